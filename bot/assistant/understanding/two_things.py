"""Whether a message names two things, so that a comparison read into it by the router has two sides to show."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.understanding import question_rules as rules
from bot.assistant.understanding.provider_names import PROVIDERS

# What separates the two things a comparison names: "A vs B", 「A 同 B」, 「A、B 邊個好？」, "A/B".
_TWO_THINGS: Final = re.compile(rf"{rules.COMPARE_SPLIT.pattern}|[,，、/]", re.IGNORECASE)

# A side of a comparison names something: a word in Latin letters, a provider, a catalogue word, or a Chinese name
# (「屋企唔係好夠錢」 after 「中大 SI 好貴呀」 is no second thing).
_NAMES_A_THING: Final = re.compile(
    rf"[A-Za-z]{{2,}}|{PROVIDERS.pattern}|{rules.DOMAIN.pattern}|學院|計劃|課程|證書|營", re.IGNORECASE
)
_NAMES_A_PROGRAMME: Final = re.compile(rf"{PROVIDERS.pattern}|{rules.DOMAIN.pattern}", re.IGNORECASE)

# When the student would take it (「DSE 之後讀啱唔啱？」, "after the dse") names no second thing to compare.
_WHEN_SAID: Final = re.compile(
    r"\b(?:after|before) (?:the |my )?dse\b|(?:DSE|文憑試)\s*(?:之後|以後|後|之前|前|考完|完)", re.IGNORECASE
)

# "for google's data analytics certificate, what do you build for a portfolio?": the clause after the comma asks
# something of the programme named before it; a question without a programme's name is no second side.
_ASKS_OF_IT: Final = re.compile(
    r"^\s*((and|or|also|plus|then)\s+)?(what|which|how|when|where|who|why|do|does|did|is|are|can|could|will|would|should)\b",
    re.IGNORECASE,
)


# ... unless it weighs things against each other ("…, which one has more hands-on work?"): then the router's
# comparison stands.
_WEIGHS: Final = re.compile(
    r"\b(better|best|more|most|less|least|cheaper|easier|harder|longer|shorter|which one|which of|both|either|"
    r"between|each|versus|than)\b",
    re.IGNORECASE,
)


def _names_a_thing(part: str) -> bool:
    part = _WHEN_SAID.sub(" ", part)
    # (Not only between two parts: "hku si 2020 (the school one): when did apps open, when did results come out,
    # and how did the early bird work?" asks three things of one programme.)
    if _ASKS_OF_IT.match(part) and not (_NAMES_A_PROGRAMME.search(part) or _WEIGHS.search(part)):
        return False
    return _NAMES_A_THING.search(part) is not None


def names_two_things(text: str) -> bool:
    parts = [part for part in _TWO_THINGS.split(text) if part and part.strip()]
    return len([part for part in parts if _names_a_thing(part)]) >= 2
