"""Questions about what a term means: an acronym or a catalogue word asked for its meaning is a question about that
term, never a cry for help nor a follow-up about the programme before it."""

from __future__ import annotations

import re

# The meaning of an acronym ("wait what does SSSDP mean", 「OEA 即係咩？」): a question about a term, which the
# distress detector once scored 0.97 (an unknown word and "what does it mean"). Capitals only, case-sensitive.
ACRONYM_MEANING = re.compile(
    r"\b(?i:what|wat|wut|whats)\b.{0,15}\b[A-Z][A-Z0-9-]{1,9}\b.{0,15}\b(?i:mean|means|stand for|stands for)\b"
    r"|\b(?i:what'?s|what is|what are|whats)\s+(?i:an?\s+|the\s+)?[A-Z][A-Z0-9-]{1,9}s?(?i: again| anyway| exactly)?"
    r"\s*[?？]?\s*$"
    r"|[A-Z][A-Z0-9-]{1,9}\s*(係|即係|代表|指|全寫係|全名係)\s*(咩|乜|什麼|邊個)"
)
# 「stackable 即係咩意思 =.=」, "what does stackable mean": a word in lower case asked for its meaning (the distress
# detector read 「stackable 即係咩意思」 at 0.76).
_WORD_MEANING = re.compile(
    r"\b[a-z][a-z0-9-]{2,20}\s*(即係|係)\s*(咩|乜|乜嘢|什麼)\s*(意思|嚟)|\bwhat does [\"'“]?[a-z][\w-]{2,20}[\"'”]? (mean|stand for)\b",
    re.IGNORECASE,
)


def asks_a_meaning(text: str) -> bool:
    """Whether the message asks what a term means: an acronym (「OEA 即係咩？」) or a word (「stackable 即係咩意思」)."""
    return bool(ACRONYM_MEANING.search(text) or _WORD_MEANING.search(text))
