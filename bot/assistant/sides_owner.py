"""「poly 嘅 summer institute 同 taster programme」: a comparison whose first side opens with its provider's
possessive compares two programmes of that provider."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.understanding.provider_names import provider_ids

# A first side that opens with its provider's possessive ("hku's", 「poly 嘅」): the provider of both sides.
_OWNER_OF_BOTH: Final = re.compile(r"^\s*(\S+(?: ?u)?)\s*(?:'s\b|’s\b|嘅|的)", re.IGNORECASE)
# ... when the other side is a kind of programme (not "a uni degree", 「毅進」, JUPAS: no provider's programme).
_PROGRAMME_KIND: Final = re.compile(
    r"taster|camp|institute|programme|program|summer|course|academy|school|workshop|micro-?credential|課程|營|學院|體驗|微證書",
    re.IGNORECASE,
)
_ROUTE_WORD: Final = re.compile(r"jupas|e-?app|毅進|yi jin|degree|學位|副學士|sub-?degree|diploma|文憑", re.IGNORECASE)


def owned_by_the_first(sides: Sequence[str]) -> list[str]:
    """The two sides, the second given the first's provider when the first opens with it ("hku's summer institute
    vs the taster programme") and the second names none and is a kind of programme."""
    first, second = sides
    owner = _OWNER_OF_BOTH.match(first)
    if (
        owner is None
        or not provider_ids(owner.group(1))
        or provider_ids(second)
        or not _PROGRAMME_KIND.search(second)
        or _ROUTE_WORD.search(second)
    ):
        return list(sides)
    return [first, f"{owner.group(1)} {second}"]
