"""A second question asked after the first, as a conversation keeps it: what was shown, and the one entry answered."""

from __future__ import annotations

from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext


def sources_after(assistant: Assistant, first: str, second: str) -> list[str]:
    """The entries cited by the answer to ``second`` asked after ``first``."""
    shown = tuple(source.id for source in assistant.answer(first).sources)
    context = StudentContext(
        recent_questions=(first,), recent_sources=shown, recent_topics=shown[:1] if len(shown) == 1 else ()
    )
    return [source.id for source in assistant.answer(second, context).sources]
