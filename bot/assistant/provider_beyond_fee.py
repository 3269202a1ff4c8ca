"""A provider's own programmes, asked for with a fee wish they may not meet.

「中大喺 Coursera 有冇免費課程？」 names CUHK and asks for free courses: CUHK's Coursera courses were free when they
launched and whether they still are is not in our sources, so the free filter hid them and other providers' free
courses answered instead. The named provider's own options come first, their fee line saying what is known."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.assistant.acronyms import provider_of
from bot.assistant.types import OPTION_KINDS
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.provider_names import provider_ids
from knowledge.filters import SearchFilters
from knowledge.search import SearchHit


def provider_beyond_fee(
    hits: list[SearchHit], reading: Understanding, search: Callable[[SearchFilters], list[SearchHit]]
) -> list[SearchHit]:
    """The hits, after a named provider's own options when a free or fee-ceiling wish left none of them;
    ``search`` runs the question's search with the given filters."""
    filters = reading.filters
    if reading.intent != "recommend" or not (filters.free or filters.max_fee is not None):
        return hits
    # (Coursera, named as the platform, has free entries of its own; CUHK, named beside it, had none.)
    missing = provider_ids(reading.text) - {provider_of(hit.id) for hit in hits}
    if not missing:
        return hits
    unfeed = search(replace(filters, free=False, max_fee=None))
    own = [hit for hit in unfeed if provider_of(hit.id) in missing and hit.kind in OPTION_KINDS]
    return own + [hit for hit in hits if hit not in own]
