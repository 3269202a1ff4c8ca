"""One way to write word lists as patterns, shared by the guardrails and the question reader."""

from __future__ import annotations

import re


def any_of(*patterns: str) -> re.Pattern[str]:
    """A case-insensitive pattern that matches when any of the given patterns does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# English month names: dates in paragraphs (the composer's "when" aspect), and words that are never names.
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
