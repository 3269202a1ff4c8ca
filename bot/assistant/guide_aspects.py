"""Whether a bare follow-up about an aspect is answered by the guide just shown.

「要唔要俾錢㗎？」 after the guide to changing JUPAS choices asks about that guide's fees (HK$100 before results, free
after); a search on the whole conversation may rank the bands guide first on a title word of the earlier question.
A guide holds a follow-up only when its own text speaks of every aspect asked: what it does not cover (the dates
after 「JUPAS 係咩？」) may live in another guide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.assistant.paragraphs import paragraph_score
from bot.assistant.types import StudentContext
from bot.assistant.understanding import Understanding
from knowledge.search import KnowledgeSearcher, SearchHit


def guide_covers_asked(searcher: KnowledgeSearcher, guide_id: str, reading: Understanding, top_id: str) -> bool:
    """Whether the guide ``guide_id`` speaks of every aspect the follow-up asks, at least as much as the entry found
    first (``top_id``): 「JUPAS 係咩？」 then 「幾時要交志願？」 is the timeline's, which speaks of dates far more than the
    guide to what JUPAS is. (The caller checks that the follow-up names nothing else.)"""
    if not reading.aspects:
        return False
    guide = _aspect_scores(searcher, guide_id, reading)
    top = guide if top_id == guide_id else _aspect_scores(searcher, top_id, reading)
    return all(score > 0 for score in guide) and sum(guide) >= sum(top)


def guide_speaks_of_asked(searcher: KnowledgeSearcher, guide_id: str, reading: Understanding) -> bool:
    """Whether the guide speaks of every aspect asked at all (or none is asked)."""
    return all(score > 0 for score in _aspect_scores(searcher, guide_id, reading))


def _aspect_scores(searcher: KnowledgeSearcher, entry_id: str, reading: Understanding) -> list[int]:
    entry = searcher.entry(entry_id)
    if entry is None:
        return [0 for _ in reading.aspects]
    text = " ".join(entry.paragraphs_en if reading.language == "en" else entry.paragraphs_zh)
    return [paragraph_score(text, aspect) for aspect in reading.aspects]


def held_on_last_guide(
    searcher: KnowledgeSearcher,
    hits: Sequence[SearchHit],
    reading: Understanding,
    context: StudentContext,
    names_in: Callable[[str], frozenset[str]],
) -> bool:
    """Whether the guide at the top is the one just shown, asked about again by a follow-up naming nothing: then no
    programme the conversation's words happen to match takes its place (「要唔要俾錢㗎？」 is still about changing
    JUPAS choices, not about HKUST's MOOCs), when the guide speaks of what is asked (``guide_covers_asked``)."""
    return (
        bool(hits)
        and hits[0].kind == "guide"
        and reading.follow_up
        and context.recent_topics[-1:] == (hits[0].id,)
        and not names_in(reading.text)
        and guide_covers_asked(searcher, hits[0].id, reading, hits[0].id)
    )
