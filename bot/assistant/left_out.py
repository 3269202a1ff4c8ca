"""Options without what the student leaves out ("other than the HKUST Summer Institute, any other summer
programmes?", 「除咗中大 SAYT 仲有咩 STEM 活動？」, "besides cuhk, which unis run summer camps?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.assistant.acronyms import provider_of
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.provider_names import provider_ids
from knowledge.search import SearchHit

if TYPE_CHECKING:
    from bot.assistant.retrieval import Retriever


def without_left_out(retriever: Retriever, hits: list[SearchHit], reading: Understanding) -> list[SearchHit]:
    """The hits of a request for options less the programmes it leaves out: those its "other than" phrase names by
    title or acronym, or else every programme of the provider it names there. When nothing else is found the
    hits stand: a list of what was left out says more than "nothing found"."""
    phrase = reading.excluded
    if reading.intent != "recommend" or not phrase:
        return hits
    named = {hit.id for hit in hits if retriever.titled_in(phrase, [hit])}
    named |= retriever.acronyms.named(phrase, fields_too=False)
    if not named and (providers := provider_ids(phrase)):
        named = {hit.id for hit in hits if provider_of(hit.id) in providers}
    return [hit for hit in hits if hit.id not in named] or hits
