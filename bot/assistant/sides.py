"""The two sides of a comparison, as the student wrote them ("A vs B", 「A 同 B」, "compare A with B")."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.listed import owners_named
from bot.assistant.understanding.question_rules import COMPARE_SPLIT
from knowledge.lexical import tokens

# "compare A with B", "A compared to B": the "with" or "to" after "compare" parts the two sides.
_COMPARED_WITH: Final = re.compile(r"\bcompar(?:e|ed|ing)\b.{3,}?\s(with|to|against)\s", re.IGNORECASE)


def compared_sides(text: str) -> list[str]:
    """The parts of "A vs B", 「A 同 B」, "compare A with B" that hold words."""
    parted = _COMPARED_WITH.search(text)
    if parted is not None:
        text = f"{text[: parted.start(1)]} vs {text[parted.end(1) :]}"
    return owners_named([part for part in COMPARE_SPLIT.split(text) if part and tokens(part)])


def squeezed(text: str) -> str:
    """Lower case without spaces, hyphens or apostrophes: 「中大 SI」 and "中大si" read alike."""
    return re.sub(r"[\s\-–—'’]+", "", text.lower())


def covers(words: str, side: str) -> bool:
    """Whether the words are most of what the side says (「中大 SI」 of 「中大 SI」, not "AWS" of a longer phrase)."""
    letters = [c for c in re.split(r"\s[-–—]\s|[?？,，]", side)[0] if c.isalnum()]  # "ust si - which one…"
    return 2 * sum(c.isalnum() for c in words) >= len(letters)
