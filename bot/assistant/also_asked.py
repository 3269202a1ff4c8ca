"""The scheme or guide a question about one programme also asks about.

"CUHK SI 幾錢？可唔可以用 CEF？", "does the HKUST SI give credit? and how many items can OEA have?", "how long is
the google data analytics cert? and can i get coursera financial aid, how long does approval take?": the
programme answers the first part, but the second is answered by another entry — the CEF (who may claim at all),
the OEA guide, Coursera's aid. That entry is named in the question by its alias ("CEF", "OEA"), or a later part
of the question names its title ("coursera financial aid"); its paragraph for that part follows the programme's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from bot.assistant.acronyms import EVERY_APPLICATION, provider_of
from bot.assistant.retrieval import Retriever
from bot.assistant.types import OPTION_KINDS, PROGRAMME_KINDS
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.provider_names import provider_ids
from bot.assistant.understanding.stated_filters import CEF_NAMED, wants_free
from knowledge.search import SearchHit
from knowledge.views import EntryView

# Schemes and guides are asked about "besides" in any later part; another programme only in a part that asks
# something of it (see ``other_programmes``).
_BESIDES_KINDS: Final = frozenset({"scheme", "guide"})
# A later part of the question: after a question mark, a full stop, or "and"/「另外」 starting a new question.
_PARTS: Final = re.compile(
    r"[?？。；;]+|,?\s+and (?=(?:if|can|how|what|what'?s|when|which|where|is|does|do) )|另外|仲有", re.IGNORECASE
)
_TITLE_WORDS: Final = 2  # distinctive title words a part must use to name an entry
MAX_BESIDES: Final = 2
MAX_OTHER_PROGRAMMES: Final = 1
CEF_SCHEME: Final = "continuing-education-fund"
CEF_PAGES: Final = frozenset({CEF_SCHEME, "cef-history-and-eligible-courses"})  # (the CEF's own pages)


COURSERA_AID: Final = "coursera-financial-aid-and-auditing"
# "free or cheap", 「唔使俾錢或者平啲」: a student who asks for Coursera certificates on a budget also needs to know
# that courses can be audited free and that financial aid exists. (What counts as "free" is the filter's reading.)
_CHEAP: Final = re.compile(
    r"\b(cheap|cheaper|cheapest|budget|afford|affordable|low[- ]cost)\b|唔(使|駛|洗)\s*(俾|畀)\s*錢|平(啲|d|嘅)|慳錢|負擔"
    # 「最好唔使太貴」, "nothing too expensive", 「唔好太貴」
    r"|(唔(使|駛|洗|好|想)|不要|唔係好)\s*(太|咁)\s*貴|\b(not|nothing) (too|that|very) (expensive|pricey|costly)\b",
    re.IGNORECASE,
)


class AlsoAsked:
    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.searcher = retriever.searcher

    def besides(self, entry: EntryView, reading: Understanding) -> list[EntryView]:
        """The schemes or guides the question asks about besides this programme or guide (at most two): named in
        a part of the question that does not name it, or anywhere in a follow-up that does not name it either
        ("can I use CEF for it?"). "How many items can the OEA have? and the SLP's file size?" asks two guides."""
        if entry.kind not in OPTION_KINDS and entry.kind != "guide":
            return []
        parts = [part for part in _PARTS.split(reading.text) if part and part.strip()]
        if entry.kind == "guide" and len(parts) < 2:
            return []  # a guide is asked "besides" only in a question of several parts ("OEA items? and SLP size?")
        other_parts = [part for part in parts if not self._names(part, entry.id)]
        wanted = [
            entry_id
            for part in other_parts
            for entry_id, _ in self.searcher.aliased_in(part)
            if entry_id != entry.id and entry_id not in EVERY_APPLICATION
        ]
        # (The first part too when a later one asked what the entry answers: "how much is the jupas application fee,
        # and when do main round offers come out?" is answered by the offers guide, the fee by the fees guide.)
        first_too = bool(other_parts) and other_parts[0] == parts[0] and len(other_parts) < len(parts)
        wanted += [
            found for part in other_parts if part != parts[0] or first_too for found in self._titled(part, entry.id)
        ]
        if CEF_NAMED.search(reading.text):
            # "can I get CEF to cover the IBM cert? im 17": asked of the programme in the same breath, the CEF is
            # still another entry's answer (who may claim at all).
            wanted.append(CEF_SCHEME)
        views = [v for v in (self.searcher.entry(e) for e in dict.fromkeys(wanted) if e != entry.id) if v is not None]
        return [v for v in views if v.kind in _BESIDES_KINDS][-MAX_BESIDES:]

    def programme_beside_the_cef(self, reading: Understanding, hits: list[SearchHit]) -> EntryView | None:
        """「中大暑期學院有冇學分 可唔可以用持續進修基金」, "HKU SPACE 嗰個 microcred 有冇 CEF？": the CEF's words
        outweigh the programme's, so the CEF's own page (or a page titled with the CEF) comes first. The programme
        the question names without them answers, and the CEF's paragraph follows (``besides``). Named means its
        title written out or its provider named: "can I use CEF for online courses?" names no programme."""
        if not hits or reading.asks_past or not CEF_NAMED.search(reading.text):
            return None  # (the CEF's past is its history guide's)
        if hits[0].id not in CEF_PAGES and "cef" not in self.retriever.title_names(hits[0]):
            return None
        without = CEF_NAMED.sub(" ", reading.text)
        found = self.searcher.search(without, k=3)
        if not found or found[0].id == hits[0].id or found[0].kind not in PROGRAMME_KINDS:
            return None
        named = self.retriever.titled_in(without, found[:1]) is not None or (
            provider_of(found[0].id) in provider_ids(without)
        )
        return self.searcher.entry(found[0].id) if named else None

    def _names(self, part: str, entry_id: str) -> bool:
        """Whether a part of the question names the programme: by an alias, or by a word of its title."""
        if any(found == entry_id for found, _ in self.searcher.aliased_in(part)):
            return True
        return any(word.isascii() for word in self.retriever.names_in(part) & self.searcher.title_names(entry_id))

    def _titled(self, part: str, entry_id: str) -> list[str]:
        """The entry a later part names by two distinctive words of its title ("coursera financial aid")."""
        names = {word for word in self.retriever.names_in(part) if word.isascii()}
        if len(names) < _TITLE_WORDS:
            return []  # (a search embeds the part: only when two title words could name something)
        top = self.searcher.search(part, k=1)
        if not top or top[0].id == entry_id:
            return []
        return [top[0].id] if len(names & self.retriever.title_names(top[0])) >= _TITLE_WORDS else []

    def other_programmes(self, entry: EntryView, reading: Understanding) -> list[tuple[EntryView, Understanding]]:
        """Another programme a part of the question asks something of, with that part: "AWS Cloud Practitioner
        個 exam 幾錢？Meta 嘅 exam 又要幾錢？", "which forms can join X, and how long does SciSeed last?". The part
        must not name this programme and must ask about an aspect (a fee, a date, who may join); the reading
        returned is that part's, so the other programme is answered for what was asked of it."""
        if entry.kind not in OPTION_KINDS:
            return []
        found: list[tuple[EntryView, Understanding]] = []
        for part in self._parts_by_name(reading.text):
            aspects = stated_aspects(part)
            aliased = [found for found, _ in self.searcher.aliased_in(part)]
            # By an alias only: a title word alone ("exam") is shared by too many programmes to tell them apart.
            if not aspects or entry.id in aliased:
                continue
            for entry_id in aliased:
                view = self.searcher.entry(entry_id)
                # (A scheme named in a part is ``besides``'s: its paragraph follows, not a second lookup.)
                if view is not None and view.id != entry.id and view.kind in PROGRAMME_KINDS:
                    found.append((view, replace(reading, text=part, aspects=aspects)))
                    break
        return found[:MAX_OTHER_PROGRAMMES]

    def _parts_by_name(self, text: str) -> list[str]:
        """The question's parts, a part that names two programmes by alias cut where the second is named (「…考
        AZ-900 張 cert 會唔會過期 AI-900 又仲考唔考到」, typed without punctuation, asks one thing of each)."""
        parts: list[str] = []
        for part in (p for p in _PARTS.split(text) if p and p.strip()):
            # (Each piece must ask something of its own: "which forms can join HKFYG's AI for Sustainability
            # programme" is one question, whatever aliases it holds.)
            starts = sorted({part.find(words) for _, words in self.searcher.aliased_in(part)} - {-1})[1:]
            pieces = [part[a:b] for a, b in pairwise([0, *starts, len(part)])]
            parts += pieces if len(pieces) > 1 and all(stated_aspects(piece) for piece in pieces) else [part]
        return parts

    def cheaper_way(self, options: Sequence[EntryView], reading: Understanding) -> EntryView | None:
        """Coursera's auditing and financial aid, when options on Coursera are listed for a student on a budget."""
        on_a_budget = wants_free(reading.text) or _CHEAP.search(reading.text) is not None
        if not on_a_budget or any(view.id == COURSERA_AID for view in options):
            return None
        on_coursera = any("coursera" in f"{view.provider} {view.url}".lower() for view in options)
        return self.searcher.entry(COURSERA_AID) if on_coursera else None
