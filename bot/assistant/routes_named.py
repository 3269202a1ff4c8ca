"""What a low-results question names besides the routes every such student should know.

「如果 DSE 唔掂，ApL 拎到 Attained 可唔可以幫我入 VTC 嘅 HD？」 names Applied Learning: it comes first, then the usual
routes (sub-degrees, E-APP, 332A, Yi Jin). "pretty sure im not gonna hit 332A, what can i do after dse" names
nothing besides them, though a guide on why micro-credentials help DSE students matches its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.retrieval import EXAMS_EVERYONE_SITS, NAMED_LEXICAL, NAMED_MARGIN, Retriever
from bot.assistant.title_match import words_alike
from bot.assistant.types import OPTION_KINDS
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.provider_names import provider_ids
from knowledge.lexical import tokens
from knowledge.search import SearchHit
from knowledge.views import EntryView

MAX_ASKED_ROUTES: Final = 2
MIN_TITLE_WORDS: Final = 2  # one title word ("文憑", "diploma") is shared by several routes
_ROUTE_NAMES: Final = frozenset({"毅進", "dyj", "jin", "e-app", "非聯", "sub-degree", "associate"})


def asked_routes(retriever: Retriever, reading: Understanding, usual: Sequence[str]) -> list[EntryView]:
    """Guides and schemes the question names by a distinctive word of their title ("ApL", "foundation
    diploma"): those it names by an acronym wherever the search ranked them, others when they rank above the first
    usual route and match its words at least half as well (the exam everyone sits, "DSE", names nothing). Guides
    and schemes only: a student afraid of missing university is not offered a summer camp here."""
    searcher = retriever.searcher
    found = searcher.search(reading.topic, k=8)
    first = next((hit for hit in found if hit.id in usual), None)
    above = found[: found.index(first)] if first is not None else found
    half_its_words = first.lexical / 2 if first is not None else 0.0
    asked = retriever.names_in(reading.topic) - EXAMS_EVERYONE_SITS
    by_acronym = retriever.acronyms.named(reading.text)
    named: list[SearchHit] = []
    providers = provider_ids(reading.text)
    for hit in found:
        if hit.id in usual or not asked & retriever.title_names(hit):
            continue
        # A programme only when the question names it with its provider and the search put it first (「DSE 考得唔好，
        # HKU SPACE 附屬學院有冇 CEF 課程可以讀？」): then it is what the student asks about.
        own = (
            hit is found[0]
            and provider_of(hit.id) in providers
            # ("is vtc an option? any events where i can check it out": VTC's one entry, named by its provider)
            and (
                len(asked & retriever.title_names(hit)) >= 2
                # ("…could i just stack hku space micro-credentials into a diploma": "stack" of "stacking")
                or words_alike(frozenset(tokens(reading.text)), retriever.title_names(hit)) >= MIN_TITLE_WORDS
                or _only_entry_of_its_provider(retriever, hit.id)
            )
        )
        # (A scheme named by its acronym is asked about: "…short courses after dse? and can cef pay for them".)
        if hit.kind in OPTION_KINDS and not own and not (hit.kind == "scheme" and hit.id in by_acronym):
            continue
        ranked = hit in above and _close(retriever, hit, asked) and hit.lexical >= half_its_words
        if hit.id in by_acronym or ranked or own:
            named.append(hit)
    return retriever.views(named[:MAX_ASKED_ROUTES])


def _close(retriever: Retriever, hit: SearchHit, asked: frozenset[str]) -> bool:
    """Past the relevance gate, or just under it when the question uses two words of its title and matches its
    words strongly ("can i use the change after results to add safer programmes?": changing choices after the
    results)."""
    if retriever.searcher.gate.keeps(hit):
        return True
    near = hit.dense >= retriever.searcher.gate.dense_floor - NAMED_MARGIN
    return near and hit.lexical >= NAMED_LEXICAL and len(asked & retriever.title_names(hit)) >= 2


def usual_routes(retriever: Retriever, reading: Understanding, usual: Sequence[str]) -> tuple[list[EntryView], int]:
    """The routes every such student should know, the one the question names by two or more words of its title
    first (「好驚 DSE 唔合格，讀毅進文憑得唔得？」: Yi Jin, which no longer takes new students), and how many of them
    the question names."""
    asked = retriever.names_in(reading.text) - EXAMS_EVERYONE_SITS

    def named_by(entry_id: str) -> int:
        shared = asked & retriever.searcher.title_names(entry_id)
        if len(shared) >= MIN_TITLE_WORDS:
            return len(shared)
        # 「聽講毅進可以投考公務員？」: a route's own name, said alone, names it. (Only a name: a title's other words,
        # "still", 「現在」, and the bar the student fears missing, "not gonna hit 332A", name no route.)
        return MIN_TITLE_WORDS if shared & _ROUTE_NAMES else 0

    names = {entry_id: named_by(entry_id) for entry_id in usual}
    ranked = sorted(usual, key=lambda e: -names[e])
    views = [v for v in (retriever.searcher.entry(e) for e in ranked) if v is not None]
    return views, sum(1 for v in views if names[v.id])


def _only_entry_of_its_provider(retriever: Retriever, entry_id: str) -> bool:
    provider = provider_of(entry_id)
    return sum(1 for other in retriever.searcher.entry_ids() if provider_of(other) == provider) == 1
