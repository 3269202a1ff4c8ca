"""Follow-ups: "how much is it?" names no programme of its own, so its topic is the student's previous question
and only its aspect (the fee) comes from the new words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.assistant.understanding.reading import Understanding

FOLLOW_UP = re.compile(
    r"^(and|so|what about|how about|also)\b|\b(it|this|that|they|them|those|these|that one|this one)\b"
    r"|佢|呢個|嗰個|呢啲|嗰啲|咁|個(課|course|programme|cert)|^(咁|噉|咁樣)",
    re.IGNORECASE,
)


def follow_up_topic(reading: Understanding, recent_questions: Sequence[str]) -> str | None:
    """The earlier question this one follows up, or None when it stands on its own."""
    if not recent_questions or reading.scope not in {"in_scope"}:
        return None
    content = [t for t in reading.tokens if len(t) > 1]
    if FOLLOW_UP.search(reading.text) or (reading.aspects and len(content) <= 3) or len(content) <= 1:
        return recent_questions[-1]
    return None
