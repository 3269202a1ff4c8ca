"""A comparison asked after one programme: "compare it w the EE summer school 2020", 「咁同 Google IT Support 比呢？」.
The two sides are the programme the conversation is on and the one this message names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.assistant.sides import compared_sides
from bot.assistant.types import StudentContext
from bot.assistant.understanding import Understanding
from knowledge.views import EntryView

if TYPE_CHECKING:
    from bot.assistant.retrieval import Retriever


def compared_with_last(
    retriever: Retriever, reading: Understanding, context: StudentContext, last: str | None = None
) -> list[EntryView]:
    """The conversation's programme (or ``last``, the one "it" points back at) and the one named beside it; empty
    unless the message names exactly one."""
    if reading.intent != "compare" or not (reading.follow_up or last):
        return []
    if last is None and context.recent_topics:
        last = context.recent_topics[-1]
    if last is None and len(context.recent_sources) == 1:
        last = context.recent_sources[0]
    sides = compared_sides(reading.text)
    # A side that names nothing ("compare it with others") would leave the second programme to a guess.
    if last is None or len(sides) != 1 or not (retriever.names_in(sides[0]) or retriever.searcher.aliased_in(sides[0])):
        return []
    other = next((hit for hit in retriever.side_found(sides[0]) if hit.id != last), None)
    views = [retriever.searcher.entry(last), retriever.searcher.entry(other.id) if other else None]
    return [view for view in views if view is not None] if None not in views else []
