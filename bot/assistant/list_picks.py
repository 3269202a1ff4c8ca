"""Which entry of the list just shown a follow-up picks: by what it is like ("the free one, what do i need?",
「要考甄選評估嗰個」) or by its provider ("the ust one, what's the pass mark?")."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.described import titled_beside
from bot.assistant.new_title_words import new_pairs_of_chinese_title, plainly_named
from bot.assistant.retrieval import Retriever
from bot.assistant.topic_tracking import ASKS_FOR_OTHERS, PINNED_MAX_CHARS
from bot.assistant.types import StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.follow_up import described_one
from bot.assistant.understanding.provider_names import provider_ids, providers_named
from knowledge.search import SearchHit
from knowledge.views import EntryView

DESCRIBED_WITHIN: Final = 8  # a description picks a listed entry only among its closest matches in the catalogue
_PICK_FIRST: Final = re.compile(r"(?<=[.。!！])\s+|\n")


class ListPicks:
    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.searcher = retriever.searcher

    def picked_by_description(self, reading: Understanding, context: StudentContext) -> EntryView | None:
        """The entry of the list just shown that a student picks by what it is like: "the free one, what do i
        need?", "the one where u sleep in a hall", 「要考甄選評估嗰個」 — the listed entry the description finds
        first, when it finds one among its closest matches (a description that fits none of them picks nothing)."""
        description = self._description(reading, context)
        if description is None:
            return None
        shown = set(context.recent_sources)
        # 「入門嗰個 associate exam…」: a title word only one listed entry has picks it, whatever else describes it.
        own_word = self._only_one_titled(reading.text, context.recent_sources)
        if own_word is not None:
            return self.searcher.entry(own_word)
        hits = self.searcher.search(description, k=DESCRIBED_WITHIN)
        # 「亞洲藝術文獻庫嗰個 Active Voice 營…」 after a list without it names another entry by its title words; Chinese
        # character pairs are no name here (「要校長推薦嗰個」 describes a listed one in words a third one's title holds).
        if hits and hits[0].id not in shown and self._titled_by(reading.text, hits[0], chinese_pairs=False):
            return None
        for hit in hits:
            if hit.id in shown or titled_beside(hit, description, shown):  # 「即係後端嗰個」 after a list without it
                return self.searcher.entry(hit.id)
        return None

    def _only_one_titled(self, text: str, shown: tuple[str, ...]) -> str | None:
        """The one listed entry whose title has a word (in Latin letters) of the message that no other listed title
        has; None when none or several do."""
        named = {word for word in self.retriever.names_in(text) if word.isascii()}
        titles = {entry: self.searcher.title_names(entry) for entry in shown}
        # (「google UX 嗰個」 after Google's and IBM's data certificates names a title word no listed entry has: not these.)
        if len(shown) < 2 or named - frozenset().union(*titles.values()):
            return None
        picked = [
            entry
            for entry in shown
            if named & titles[entry] - frozenset().union(*(titles[e] for e in shown if e != entry))
        ]
        return picked[0] if len(picked) == 1 else None

    def _titled_by(self, text: str, hit: SearchHit, *, chinese_pairs: bool = True) -> bool:
        """Whether the message names this entry by its title: two of its title words in Latin letters (or an
        acronym), or (``chinese_pairs``) two character pairs of its Chinese title."""
        own = {word for word in self.retriever.names_in(text) & self.retriever.title_names(hit) if word.isascii()}
        return plainly_named(own, text) or (chinese_pairs and bool(new_pairs_of_chinese_title(text, "", hit)))

    def described_over_place(
        self, views: list[EntryView], reading: Understanding, context: StudentContext
    ) -> list[EntryView]:
        """「第二個呢？python automation 嗰個…」: a place said, then what the one meant is like; when the two disagree,
        what it is like decides (the student may misremember the list's order)."""
        described = self.picked_by_description(reading, context) if len(views) == 1 else None
        return [described] if described is not None else views

    def describes_a_listed_one(self, reading: Understanding, context: StudentContext) -> bool:
        """Whether the message describes one entry of the list just shown (no search: the words alone)."""
        return self._description(reading, context) is not None

    @staticmethod
    def _description(reading: Understanding, context: StudentContext) -> str | None:
        if len(context.recent_sources) < 2:
            return None
        description = described_one(reading.text)
        if description is None or providers_named(description):
            return None  # "the hku one": the provider picks (listed_by_provider)
        return description

    def listed_by_provider(self, reading: Understanding, context: StudentContext) -> EntryView | None:
        """The one entry of the list just shown that a short follow-up picks by its provider: 「理大嗰啲總共有幾多個？」
        after MOOCs of HKUST and PolyU, "the ust one, what's the pass mark?", "ok the harvard one. what do i need to
        finish to get the cert?" (a pick said first, then its question)."""
        pick = _PICK_FIRST.split(reading.text.strip(), maxsplit=1)[0]
        if not context.recent_sources or len(pick) > PINNED_MAX_CHARS or ASKS_FOR_OTHERS.search(reading.text):
            return None
        wanted = provider_ids(pick)
        if not wanted:
            return None
        picked = [entry_id for entry_id in context.recent_sources if provider_of(entry_id) in wanted]
        if len(picked) != 1 or self._names_another_of_the_provider(pick, picked[0]):
            return None
        return self.searcher.entry(picked[0])

    def _names_another_of_the_provider(self, text: str, listed: str) -> bool:
        """「港大公共衞生學院嗰個營幾多日？」 after a list whose one HKU entry is another programme: the message names
        the provider's other programme by its title (the search's vector is the one the answer's search reuses)."""
        top = self.searcher.search(text, k=1)
        if not top or top[0].id == listed or provider_of(top[0].id) != provider_of(listed):
            return False
        return self._titled_by(text, top[0])
