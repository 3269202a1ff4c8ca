"""Options from the provider a request names.

"any hkust stuff for S5?" and 「polyu 有咩活動俾中四中五參加？」 ask what *that* provider offers: a list that mixes in
other universities' programmes answers another question, and the search's best dozen for a short request may
hold only one or two of the provider's own. So the provider's programmes are gathered from a wider search and,
when it has two or more, they are the whole list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.types import OPTION_KINDS, StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.exclusion_rules import without_excluded
from bot.assistant.understanding.provider_names import PROVIDERS, provider_ids
from bot.assistant.understanding.question_rules import OTHERS_ASKED
from knowledge.filters import SearchFilters
from knowledge.search import KnowledgeSearcher, SearchHit

# Deep enough to hold every programme of the largest provider (HKU has about twenty entries).
WIDE_SEARCH: Final = 60
_ANY_UNIVERSITY: Final = re.compile(
    r"\b(?:a|any|other|some)\s+(?:unis?|universit(?:y|ies)|colleges?)\b|大學|院校", re.I
)
ENOUGH_OWN: Final = 2


def providers_named_now(reading: Understanding, context: StudentContext) -> frozenset[str]:
    """The providers the message names (as entry ids begin); a follow-up's only count when the earlier questions
    did not name them already (「咁中大嗰個呢？」 after HKU's Summer Institute names CUHK)."""
    wanted = provider_ids(without_excluded(reading.text))  # ("besides cuhk, …": CUHK is left out, not wanted)
    if reading.follow_up and context.recent_questions:
        wanted -= provider_ids(" ".join(context.recent_questions))
    return wanted


def named_provider_options(
    searcher: KnowledgeSearcher, hits: list[SearchHit], reading: Understanding, context: StudentContext
) -> list[SearchHit]:
    """For a request for options that names a provider now, that provider's programmes (most relevant first),
    alone when there are at least two. "Anything similar at another uni than PolyU?"
    asks for the others, and a follow-up keeps to the provider it names now, not the one asked about before."""
    if reading.intent != "recommend" or OTHERS_ASKED.search(reading.text):
        return hits
    wanted = providers_named_now(reading, context)
    if not wanted:
        return hits
    # Interests from the profile narrow a provider's short list no further than the words do.
    filters = replace(reading.filters, subjects=()) if reading.subjects_from_profile else reading.filters
    kinds = frozenset(filters.kinds) or OPTION_KINDS  # 「都大有冇微證書課程？」 asks for its micro-credentials only
    own = provider_programmes(searcher, reading.topic, wanted, kinds, filters=filters, first=hits)
    # One entry of a "provider" is often the platform's own page ("any uni courses on Coursera?" is not asking
    # about Coursera's financial aid): the search's order stands.
    # The provider's one programme found first is the answer, though ("anything from hkapa i should look into?"),
    # unless universities at large are asked about too ("run by a uni or VTC").
    # (A university's own full name, 「香港浸會大學」, is no university at large.)
    at_large = _ANY_UNIVERSITY.search(PROVIDERS.sub(" ", reading.text)) is not None
    only_one = bool(own and hits and own[0].id == hits[0].id and not at_large)
    return own if len(own) >= ENOUGH_OWN or only_one else hits


def provider_programmes(
    searcher: KnowledgeSearcher,
    query: str,
    providers: frozenset[str],
    kinds: frozenset[str] = OPTION_KINDS,
    *,
    filters: SearchFilters | None = None,
    first: Sequence[SearchHit] = (),
) -> list[SearchHit]:
    """The providers' programmes most like the query, from a search deep enough to hold all of them (the hits
    given first keep their place)."""
    own: dict[str, SearchHit] = {}  # by id, in order
    for hit in [*first, *searcher.search(query, k=WIDE_SEARCH, filters=filters)]:
        if provider_of(hit.id) in providers and hit.kind in kinds:
            own.setdefault(hit.id, hit)
    return list(own.values())
