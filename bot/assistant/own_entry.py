"""The programme or scheme a practical question names when a guide came first.

"how do i claim the CEF?" finds the CEF's history guide first in meaning; the scheme's own entry answers how to
claim. What counts as named, and how close in meaning and words the entry must be, is decided here; the retriever
calls it for a lookup that states an aspect (fee, dates, how to apply or claim). The other way round, a question about
a scheme's past puts its history guide before the scheme's own entry (``history_first``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from bot.assistant.acronyms import KNOWN_PROVIDERS, provider_of
from bot.assistant.advice_guides import guide_answers_which_courses
from bot.assistant.new_title_words import acronyms_in
from bot.assistant.title_match import guide_alias_only
from bot.assistant.types import OPTION_KINDS
from bot.assistant.understanding.provider_names import provider_ids, providers_named
from knowledge.filters import SearchFilters
from knowledge.search import KnowledgeSearcher, SearchHit

HISTORY_DEPTH: Final = 4  # how far down the hits a scheme's history guide may sit and still lead a question on its past
# A guide whose title tells a past ("CEF history…", "How HKU SPACE launched…").
PAST_TITLE: Final = re.compile(r"\b(history|launch(ed|es)?|began|started)\b|歷史|推出", re.IGNORECASE)
PRACTICAL_MARGIN: Final = 0.015  # dense similarity a practical entry may trail a guide by and still lead
# ... and the share of the guide's word match it must then reach: the scheme a question names matches its words
# about as well as the guide does (CEF: 0.95), an unrelated certificate that is merely close in meaning does not
# (「我係 non-local student，可唔可以用 JUPAS？」: 0.65).
PRACTICAL_WORD_SHARE: Final = 0.8
OWN_ENTRY_MARGIN: Final = 0.03  # how far in meaning an entry titled with the guide's names may trail it
# JUPAS's guides (its timeline, fees, offers, what it is) and the words that name JUPAS itself.
JUPAS_GUIDES: Final = ("jupas-", "what-is-jupas")
JUPAS_NAMED: Final = re.compile(r"\bjupas\b|聯招", re.IGNORECASE)


class Retriever(Protocol):
    """What the choice reads of the retriever (a protocol: the retriever imports this module)."""

    searcher: KnowledgeSearcher

    def names_in(self, text: str) -> frozenset[str]: ...

    def title_names(self, hit: SearchHit) -> frozenset[str]: ...

    def names_entry(self, query: str) -> Callable[[SearchHit], bool]: ...


def own_entry(retriever: Retriever, hits: Sequence[SearchHit], query: str) -> SearchHit | None:
    """The scheme or programme the question names when a guide is at the top (CEF: the scheme, not its
    history guide nor a guide that shares other words), else one that matches about as well in meaning and
    in words. Names in Latin letters (CEF, SAYT) are what a code-mixed question is about; Chinese word pairs
    shared with a title (「之後」) may be chance."""
    if guide_answers_which_courses(hits[0], query):
        return None  # ("can i use CEF to pay for a coursera cert?": which courses the CEF pays for is the guide's)
    if hits[0].id.startswith(JUPAS_GUIDES) and JUPAS_NAMED.search(query) and not retriever.names_in(query):
        return None  # "when does jupas open": JUPAS's own dates, not a university's Info Day that mentions JUPAS
    # 「VTC HD 除咗 DSE 仲收咩 qualification？」: "VTC HD" is the sub-degree guide's own alias, VTC no provider asked
    # about apart from it (「ust 啲 mooc 可唔可以過 credit？」 asks about HKUST's MOOCs, "MOOC" the guide's alias).
    aliased = retriever.searcher.aliased_in(query)
    if {entry_id for entry_id, _ in aliased} == {hits[0].id}:
        rest = functools.reduce(lambda text, words: text.replace(words, " "), (words for _, words in aliased), query)
        if not provider_ids(rest):
            return None
    asked = retriever.names_in(query)  # the question is tokenised once; each candidate's names are a set lookup
    guide_names = asked & retriever.title_names(hits[0])
    # (A provider's name, "VTC" in 「想讀 VTC 高級文憑…」, says where, not which programme.)
    spelled = {word for word in asked if word.isascii()} - providers_named(query)
    kinds = SearchFilters(kinds=tuple(sorted(OPTION_KINDS)))
    found = retriever.searcher.search(query, k=3, filters=kinds)
    if spelled:
        found += retriever.searcher.search(" ".join(sorted(spelled)), k=3, filters=kinds)
    # (「校長推薦計劃係咪可以自己報名？」 names the scheme every school has, which HKAPA's title also holds: a university's
    # entry named by nothing but the guide's own words, its university unnamed, is not what is asked.)
    unnamed_provider = not provider_ids(query)

    def passed_over(hit: SearchHit) -> bool:
        """Called by the guide's alias alone, or a university's entry named only by the guide's own words."""
        own_words = (asked & retriever.title_names(hit)) - guide_names
        borrowed = unnamed_provider and provider_of(hit.id) in KNOWN_PROVIDERS and not own_words
        return borrowed or guide_alias_only(hits[0], hit, query)

    found = [hit for hit in found if not passed_over(hit)]
    own_guide = provider_of(hits[0].id) in provider_ids(query)
    near = {hit.id for hit in hits[:4]}
    named = retriever.names_entry(query)
    for hit in found:
        if not guide_names and hit.id not in near:
            # The guide's title names nothing the question does ("do coursera certificates give uni credit?"):
            # a programme sharing a word with the question (Coursera's financial aid) must also be a close match.
            continue
        names = asked & retriever.title_names(hit)
        ascii_names = {word for word in names if word.isascii() and word in spelled}
        # (「咩係校長推薦計劃？」: HKAPA's activities list the scheme in their title, far less alike in meaning.)
        if (
            names
            and hit.dense >= hits[0].dense - OWN_ENTRY_MARGIN
            and (guide_names <= names or (ascii_names and {w for w in guide_names if w.isascii()} <= ascii_names))
        ):
            return hit
    return next(
        (
            h
            for h in hits[1:4]
            if h.kind != "guide"
            and not passed_over(h)
            # (「HKU SPACE 微證書係幾時推出？」: a guide to the provider named, by a title word the programme's lacks)
            and not (own_guide and guide_names - retriever.title_names(h))
            # (one the question names by no title word nor provider, and matching fewer of its words than the
            # guide, is a guess: _guide_over_unnamed)
            and (named(h) or h.lexical >= hits[0].lexical)
            and (
                h.dense >= hits[0].dense  # closer in meaning than the guide ("cs50 幾多歲先啱讀？")
                or (h.dense >= hits[0].dense - PRACTICAL_MARGIN and h.lexical >= hits[0].lexical * PRACTICAL_WORD_SHARE)
            )
        ),
        None,
    )


def history_first(retriever: Retriever, hits: list[SearchHit], query: str) -> list[SearchHit]:
    """For a question about a year gone by ("what was the CEF max subsidy back in 2019"), a guide among the
    first few that is titled with the same name the question uses for the top entry (the CEF's history
    guide) comes before that entry, whose page is about the present. When the relevance gate kept the top entry
    alone, the guides closest to the question are looked at."""
    if not hits or hits[0].kind == "guide":
        return hits
    shared = {w for w in retriever.names_in(query) & retriever.title_names(hits[0]) if w.isascii()}
    if not shared:
        return hits
    # (Or the acronym they share: "…when did the fund begin?" names the CEF and its "fund", the guide "CEF" only.)
    top_acronyms = acronyms_in(hits[0].title)

    def tells_its_past(hit: SearchHit) -> bool:
        return hit.kind == "guide" and (
            shared <= retriever.title_names(hit)
            or bool(shared & retriever.title_names(hit) & acronyms_in(hit.title))
            # ("…總共收過幾多 claims" after the CEF names its "fund"; "when did hku space's microcredentials
            # start": a guide titled with the top entry's acronym and a past of its own.)
            or bool(top_acronyms & acronyms_in(hit.title) and PAST_TITLE.search(hit.title))
        )

    candidates = hits[1:HISTORY_DEPTH]
    if len(hits) < 2:
        candidates = retriever.searcher.search(query, k=HISTORY_DEPTH, filters=SearchFilters(kinds=("guide",)))
    guide = next((h for h in candidates if tells_its_past(h)), None)
    return hits if guide is None else [guide, *(h for h in hits if h.id != guide.id)]
