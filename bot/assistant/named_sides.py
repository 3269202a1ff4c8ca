"""Whether each side of "A vs B" names its own entry outright, and those entries first when it does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from bot.assistant.acronyms import EVERY_APPLICATION, AcronymNames, provider_of
from bot.assistant.new_title_words import acronyms_in
from bot.assistant.sides import compared_sides, covers
from bot.assistant.understanding.provider_names import PROVIDERS, provider_ids, providers_spelled_out
from knowledge.search import KnowledgeSearcher, SearchHit

# Words that name a kind of course, not one programme ("professional certificate", 「課程」), or ask.
_KIND_WORDS: Final = frozenset(
    {
        "cert", "certs", "certificate", "certificates", "certification", "professional", "mooc", "moocs", "course",
        "courses", "programme", "programmes", "program", "programs", "microcredential", "microcredentials", "micro",
        "credential", "credentials", "one", "ones", "thing", "stuff", "online", "課程", "證書", "微證", "活動", "網上",
        "what", "which", "how", "diff", "difference", "between", "vs",  # (some titles ask "What is …?")
    }
)  # fmt: skip


_HAN_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{3,}")


class Retriever(Protocol):
    """What these checks read of the retriever (a protocol: the retriever imports this module)."""

    acronyms: AcronymNames
    searcher: KnowledgeSearcher

    def names_in(self, text: str) -> frozenset[str]: ...

    def title_names(self, hit: SearchHit) -> frozenset[str]: ...

    def leading_alias(self, side: str) -> str | None: ...


def side_names(retriever: Retriever, entry_id: str, side: str) -> bool:
    """Whether a side names the entry: by its acronym, or by a Latin word of its title (「HubSpot 嘅 cert」,
    "Google Ads cert 都係免費"; a Chinese pair such as 學學 in 「大學學分」 names nothing)."""
    if entry_id in retriever.acronyms.named(side) or retriever.leading_alias(side) == entry_id:
        return True  # ("cu si": the side opens with the entry's alias "CUHK SI", its provider spelled short)
    if provider_of(entry_id) in provider_ids(side) and retriever.names_in(PROVIDERS.sub(" ", side)) - _KIND_WORDS:
        # 「城大暑期研究實習」: the provider and what it runs, found first by the side's own search (not "google
        # professional certificate", "hku's moocs": a kind of course any of its entries may be).
        return True
    titled = retriever.searcher.title_names(entry_id)
    if provider_of(entry_id) in provider_ids(side) and not {w for w in titled if w.isascii()} - _KIND_WORDS:
        # 「hku space 微證書」 names "HKU SPACE Microcredentials", a title that is only its provider and a kind.
        return True
    named = retriever.names_in(side) & titled
    if any(word.isascii() and len(word) >= 3 for word in named):
        return True
    # 「毅進文憑有咩分別」: the Chinese name the entry's title opens with, written whole (not a pair in passing).
    entry = retriever.searcher.entry(entry_id)
    head = _HAN_HEAD.match(entry.title_zh) if entry is not None else None
    return head is not None and head.group(0) in side


def each_side_named(retriever: Retriever, tops: Sequence[Sequence[SearchHit]], text: str) -> bool:
    """Two sides, each naming a different entry, found first by its own search (``Retriever.side_tops``)."""
    sides = compared_sides(text) if len(tops) == 2 else []
    if len(sides) != 2 or not all(tops) or tops[0][0].id == tops[1][0].id:
        return False
    if any(
        found[0].id in EVERY_APPLICATION and retriever.names_in(side) - _KIND_WORDS - {"jupas", "聯招"}
        for found, side in zip(tops, sides, strict=True)
    ):
        # "jupas 啲 draft choices 同 confirmed choices": JUPAS is what both sides are part of ("jupas vs e-app" names
        # JUPAS itself)
        return False
    return all(side_names(retriever, found[0].id, side) for found, side in zip(tops, sides, strict=True))


def explained_sides(
    retriever: Retriever, hits: list[SearchHit], tops: Sequence[Sequence[SearchHit]], text: str, limit: int = 3
) -> list[SearchHit]:
    """「OEA 同 SLP 有咩分別？兩樣都要填？」 explained from the two guides it names, and a guide whose title names both
    (OEA, SLP and tasters); not from a guide on another difference whose title says 「有咩分別」 too. Empty unless
    each side names its own entry."""
    if not each_side_named(retriever, tops, text):
        return []
    first = [found[0] for found in tops]
    side_words = [retriever.names_in(side) for side in compared_sides(text)]
    both = [
        hit
        for hit in hits
        if hit not in first and all(words & retriever.searcher.title_names(hit.id) for words in side_words)
    ]
    return [*first, *both][:limit]


_NAMED_AMONG: Final = 6  # the hits an explanation's named guides are taken from
_NAMES_AT_MOST: Final = 2  # a word in more of their titles ("jupas") names none of them
_NAMED_GUIDES: Final = 2  # an advice question naming two guides is answered from both


def guides_named_first(retriever: Retriever, hits: Sequence[SearchHit], text: str) -> list[SearchHit]:
    """An advice question's hits with the guides whose titles it names first ("digital badges… in my jupas oea":
    the badges guide and the OEA guide before a general guide that happens to sit closer in meaning). Only when a
    guide is first already: a programme found first answers for itself."""
    if not hits or hits[0].kind != "guide":
        return list(hits)
    top = list(hits[:_NAMED_AMONG])
    titles = {hit.id: retriever.searcher.title_names(hit.id) for hit in top}
    names = {
        name
        for name in retriever.names_in(text) - _KIND_WORDS
        if sum(name in title for title in titles.values()) <= _NAMES_AT_MOST
    }
    named = [hit for hit in top if hit.kind == "guide" and names & titles[hit.id]]
    if len(named) < _NAMED_GUIDES:  # (one guide named is what search weighs anyway: "SSSDP 嗰啲 degree…")
        return list(hits)
    return [*named, *(hit for hit in hits if hit not in named)]


def named_side(retriever: Retriever, side: str) -> list[SearchHit]:
    """The entry one side of a comparison names by a word of its title ("cuhk sayt"), when that is not the
    closest in meaning: the model reads an acronym typed in lower case as nothing in particular, so "cuhk sayt"
    came closest to CUHK's Coursera MOOCs. Only an acronym counts (the title writes it in capitals): "degree"
    is a title word too, but names no one entry. Of the entries titled so, the one whose words match best."""
    aliased = retriever.searcher.aliased_in(side) or retriever.searcher.aliased_in(providers_spelled_out(side))
    # "cuhk sayt" holds two aliases of one entry ("CUHK SAYT" and "SAYT"): the longer speaks for it.
    aliased = sorted(aliased, key=lambda pair: -len(pair[1]))[:1] if len({i for i, _ in aliased}) == 1 else aliased
    if len(aliased) == 1 and covers(aliased[0][1], side):
        # 「中大 SI」 is an alias of the CUHK Summer Institute, though a guide listing summer-programme sites
        # came closer in meaning to those few words. ("考 AWS 嗰啲 certification" is about a kind of exam.)
        named = [hit for hit in retriever.searcher.search(side, k=8) if hit.id == aliased[0][0]]
        if named:
            return named
    acronyms = {word for word in retriever.names_in(side) if word.isascii() and word.isalnum()}
    if not acronyms:
        return []
    found = retriever.searcher.search(side, k=6)
    titled = [hit for hit in found if acronyms <= retriever.title_names(hit) and acronyms <= acronyms_in(hit.title)]
    if not titled or (found and found[0] in titled):
        return []
    return [max(titled, key=lambda hit: hit.lexical)]
