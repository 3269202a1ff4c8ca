"""One way to write word lists as patterns, shared by the guardrails and the question reader."""

from __future__ import annotations

import re

# The patterns each any_of was joined from, for `found_in`.
_ALTERNATIVES: dict[re.Pattern[str], tuple[str, ...]] = {}
_COMPILED_ALTERNATIVES: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {}


def any_of(*patterns: str) -> re.Pattern[str]:
    """A case-insensitive pattern that matches when any of the given patterns does."""
    joined = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    _ALTERNATIVES[joined] = patterns
    return joined


def found_in(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern matches somewhere in the text. A long any_of is searched one alternative at a time:
    Python's re tries every alternative of a joined pattern at every position, while a single alternative that
    opens with a word is found by a fast scan for that word. On the safety rules (hundreds of alternatives) this
    took a message's rule check from about 3 ms to under 1 ms."""
    parts = _COMPILED_ALTERNATIVES.get(pattern)
    if parts is None:
        alternatives = _ALTERNATIVES.get(pattern)
        if alternatives is None:
            return pattern.search(text) is not None
        parts = tuple(re.compile(p, pattern.flags) for p in alternatives)
        _COMPILED_ALTERNATIVES[pattern] = parts
    return any(part.search(text) for part in parts)


# English month names: dates in paragraphs (the composer's "when" aspect), and words that are never names.
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
