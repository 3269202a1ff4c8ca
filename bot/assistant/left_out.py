"""Options without what the student leaves out ("other than the HKUST Summer Institute, any other summer
programmes?", 「除咗中大 SAYT 仲有咩 STEM 活動？」, "besides cuhk, which unis run summer camps?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from bot.assistant.acronyms import provider_of
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.exclusion_rules import NO_NOMINATION_WANTED
from bot.assistant.understanding.provider_names import provider_ids
from knowledge.search import SearchHit

if TYPE_CHECKING:
    from bot.assistant.retrieval import Retriever


def without_left_out(retriever: Retriever, hits: list[SearchHit], reading: Understanding) -> list[SearchHit]:
    """The hits of a request for options less the programmes it leaves out: those its "other than" phrase names by
    title or acronym, or else every programme of the provider it names there. When nothing else is found the
    hits stand: a list of what was left out says more than "nothing found". (Programmes only a school's nomination
    gets a student into are left out when the student says so: :func:`without_nominated`.)"""
    hits = without_nominated(retriever, hits, reading)
    phrase = reading.excluded
    if reading.intent != "recommend" or not phrase:
        return hits
    named = {hit.id for hit in hits if retriever.titled_in(phrase, [hit])}
    named |= retriever.acronyms.named(phrase, fields_too=False)
    if not named and (providers := provider_ids(phrase)):
        named = {hit.id for hit in hits if provider_of(hit.id) in providers}
    return [hit for hit in hits if hit.id not in named] or hits


# An entry's "joining" field says when only a school's nomination gets a student in ("Your school principal must
# nominate you", "students could not sign up themselves"); one that names a part needing it (CityU's internship, HKAPA's
# scheme beside an Info Day that "needs no nomination") still has something a student can join alone.
_NOMINATED_ONLY: Final = re.compile(
    r"could not sign up themselves|\bmust nominate\b|\bhad to nominate\b|^Nominated by your school", re.IGNORECASE
)


def without_nominated(retriever: Retriever, hits: list[SearchHit], reading: Understanding) -> list[SearchHit]:
    """Options for "nothing needing school nomination", 「唔使學校推薦嘅」: the programmes only a school's nomination
    gets a student into are left out, unless nothing else matches."""
    if reading.intent != "recommend" or not NO_NOMINATION_WANTED.search(reading.text):
        return hits

    def nominated_only(hit: SearchHit) -> bool:
        entry = retriever.searcher.entry(hit.id)
        return entry is not None and bool(_NOMINATED_ONLY.search(entry.fact("joining", "en")))

    # (When every match needs a nomination they stand, each saying so on its "How to join" line.)
    return [hit for hit in hits if not nominated_only(hit)] or hits
