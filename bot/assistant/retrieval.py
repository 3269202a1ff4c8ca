"""Retrieval for one understood question: which entries answer it, in what order, and which are options.

Everything here works from the :class:`Understanding` (never the raw words again, except to search them) and
the student's own profile. Options that still run come first; a programme that stopped is offered only when
nothing current matches, and then labelled as such by the composer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Final

from bot.assistant.acronyms import AcronymNames, provider_of
from bot.assistant.advice_guides import advice_guides, question_guides_first
from bot.assistant.listed import MAX_LISTED, listed_sides, provider_and_more
from bot.assistant.named_sides import each_side_named, named_side
from bot.assistant.new_title_words import ACRONYM, acronyms_in
from bot.assistant.not_names import NOT_NAMES
from bot.assistant.own_entry import own_entry
from bot.assistant.provider_beyond_fee import provider_beyond_fee
from bot.assistant.sides import compared_sides, kinds_compared, squeezed
from bot.assistant.sides_owner import owned_by_the_first
from bot.assistant.title_match import (
    TITLE_WORDS_NAMING,
    fuller_title_match_first,
    guide_over_unnamed,
    guides_first_for_advice,
    named_as_a_guide_is,
    names_a_programme,
)
from bot.assistant.types import OPTION_KINDS, PROGRAMME_KINDS, Intent, Relaxed, StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.advice_rules import advice_kinds
from bot.assistant.understanding.aspect_rules import NOMINATION_ASKED, stated_aspects
from bot.assistant.understanding.history_rules import OPEN_NOW_ASKED, PAST_PROGRAMMES_ASKED
from bot.assistant.understanding.provider_names import provider_ids, providers_named, providers_spelled_out
from bot.assistant.understanding.question_rules import ANOTHER_PROVIDER, PLATFORMS
from bot.assistant.understanding.stated_filters import stated_form, stated_subjects
from knowledge.search import KnowledgeSearcher, SearchFilters, SearchHit
from knowledge.views import EntryView, distinct_views

MIN_OPTIONS: Final = 3
MAX_OPTIONS: Final = 5
JOINABLE_STATUSES: Final = frozenset({"current", "recent", "unknown"})
# Every student's question may mention the exam; "DSE" in a title ("a camp for S6 after the DSE") names nothing.
EXAMS_EVERYONE_SITS: Final = frozenset({"dse", "hkdse"})
_IN_A_LANGUAGE: Final = re.compile(r"\b(?:in|into)\s+(chinese|english|cantonese|mandarin|putonghua)\b", re.IGNORECASE)
# How far under the gate a best match may stand when the question uses its title's words and matches its text
# strongly (BM25 score): the long two-part questions that fell under it scored 0.833–0.840 and 7.8–8.2, the
# off-topic messages closest to the catalogue 0.826–0.842 with under 5.
NAMED_MARGIN: Final = 0.015
NAMED_LEXICAL: Final = 6.0
WORDS_FAR_CLOSER: Final = 2.0  # how much better the search's first must match the question's words to pass the gate
NAMED_WITHIN: Final = 30  # how far down the search an entry named by its alias is looked for
ACRONYM_MARGIN: Final = 0.03

# What follows a title's name: 「嶺大暑期學院（Summer Academy）」, "HKU Biomedical Sciences Summer Academy (formerly …)".
_TITLE_NOTE = re.compile(r"\s*[（(]")
MIN_TITLE_CHARS: Final = 4  # shorter titles ("CEF") are names handled by the title words, not written out
_SHORTEST_ACRONYM: Final = 3  # "HD", "AD" may shorten what the catalogue writes in full
_CURRENCIES: Final = frozenset({"usd", "hkd", "rmb", "gbp", "eur", "cny", "aud", "cad", "jpy", "twd", "sgd"})
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？]\s*)([A-Z][A-Za-z0-9]+)")
# How much better a stopped programme's words must match a request than any open option's to be listed after them.
PAST_LEAD: Final = 2.5
# ... or this much when it also stands at least as close in meaning as the best open option: 「對心理學同社工有興趣」
# finds HKU's nursing and social work summer programme (last run 2018) first, which a counsellor would name.
PAST_LEAD_CLOSER: Final = 2.0

# 「Google 啲 professional cert」, "google's certs", "those coursera courses": a provider's programmes asked about together.
_SEVERAL_ASKED: Final = re.compile(
    r"(啲|嗰啲|D|d|呢啲|佢哋)\s*\S{0,16}?\s*(cert|證書|course|課程)|\b(certs|certificates|courses|programmes|programs)\b",
    re.IGNORECASE,
)


_POSSESSIVE: Final = re.compile(r"(?<=\w)['’]s\b")


class Retriever:
    def __init__(self, searcher: KnowledgeSearcher) -> None:
        self.searcher = searcher
        self.acronyms = AcronymNames(searcher)

    def retrieve(self, reading: Understanding) -> tuple[list[SearchHit], Relaxed | None]:
        """Hits for the question's topic behind the relevance gate, with the stated filters; when nothing meets
        every filter, the closest matches and a description of the filters that were relaxed; when nothing at
        all, the guides for advice about a kind of programme ("is coursera worth it")."""
        hits, relaxed = self._filtered(reading)
        if hits or self._blocking_names(reading.text):  # ("is udemy's python bootcamp worth it": not known here)
            return question_guides_first(self.searcher, hits, reading, self.names_entry), relaxed
        return advice_guides(self.searcher, reading), None

    def _filtered(self, reading: Understanding) -> tuple[list[SearchHit], Relaxed | None]:
        k = 12 if reading.intent in {"recommend", "compare"} else 6
        if reading.intent in {"lookup", "explain", "compare"} and (
            reading.filters.free or reading.filters.max_fee is not None
        ):
            # "when is the free jupas choice change period?", 「浸大同 Google 合作嗰個免費 cert 係咩嚟？」 ask about one
            # thing, "a micro-credential vs watching an online course for free" about two: "free" narrows nothing.
            reading = replace(reading, filters=replace(reading.filters, free=False, max_fee=None))
        # An entry the question names by its alias ("ApL", "cuhk sayt") is relevant however far it is in meaning;
        # only what the student names now, not the earlier question a follow-up's topic carries.
        named = frozenset(self.acronyms.named(reading.text))
        hits = self._gated(reading.topic, reading.intent, reading.filters, k, named, words_may_lead=True)
        if reading.intent != "recommend":
            hits = fuller_title_match_first(hits, reading.topic)
        if reading.intent == "explain":
            hits = self.acronyms.phrase_named_first(hits, reading.text)
            # "what is cuhk sayt" (read as an explanation): the programme its acronym names, not its provider's other
            # summer programme found closer in meaning. (A field, 「城大有咩 STEM 活動」, names no programme.)
            acronymed = self.acronyms.named(reading.text, fields_too=False)
            if any(hit.id in acronymed and hit.kind in PROGRAMME_KINDS for hit in hits):
                hits = self.acronyms.named_first(hits, reading.text)
        # (Not after a follow-up, whose topic holds the list before it; a lookup only when it asks if a kind is worth it,
        # and not what it is worth for JUPAS, which the worth-for-application answer gives from the first programme.)
        advice = reading.intent == "explain" or (
            reading.intent == "lookup" and "jupas" not in reading.aspects and bool(advice_kinds(reading.text))
        )
        if advice and not reading.follow_up:
            guides = partial(self._gated, reading.topic, reading.intent, SearchFilters(kinds=("guide",)), 3, named)
            hits = guides_first_for_advice(hits, self._names_one_of_many(hits, reading.topic), guides)
        if reading.intent == "lookup":
            hits = self.acronyms.named_first(hits, reading.topic)
            hits = self.acronyms.scheme_first(hits, reading.topic)
            hits = self._guide_over_unnamed(hits, reading.topic)
        if reading.intent in {"lookup", "explain"} and not reading.follow_up:
            # Last: "JUPAS" names its own guide first above, yet "when does jupas open" asks the timeline's dates.
            hits = self.acronyms.jupas_itself_first(hits, reading.text, self.names_in)
        hits = provider_beyond_fee(
            hits, reading, lambda wider: self._gated(reading.topic, "recommend", wider, k, named)
        )
        if reading.subjects_from_profile and len(hits) < MIN_OPTIONS:
            # Interests narrow the list only while enough options remain; then other matches fill it up.
            wider = self._gated(reading.topic, reading.intent, replace(reading.filters, subjects=()), k, named)
            hits += [hit for hit in wider if hit.id not in {h.id for h in hits}]
        stated = reading.filters.stated
        if reading.intent == "recommend" and 0 < len(hits) < MIN_OPTIONS and stated:
            # One option meeting "online, S5, science" is a thin list: close matches follow, said to be close.
            wider = self._gated(reading.topic, reading.intent, SearchFilters(kinds=reading.filters.kinds), k, named)
            extra = [hit for hit in wider if hit.id not in {h.id for h in hits} and _shares_subject(hit, hits)]
            return (hits + extra, Relaxed(reading.filters, some_match=True)) if extra else (hits, None)
        if hits or reading.filters.empty:
            return hits, None
        # (When nothing is close in meaning, "any free summer camps for s4?" gets camps that are not free.)
        kinds_only = [SearchFilters(kinds=reading.filters.kinds)] if reading.filters.kinds else []
        for fewer in (SearchFilters(), *kinds_only):
            hits = hits or self._gated(reading.topic, reading.intent, fewer, k, named)
        return hits, Relaxed(reading.filters) if hits and stated else None

    def _guide_over_unnamed(self, hits: list[SearchHit], query: str) -> list[SearchHit]:
        return guide_over_unnamed(hits, query, self.names_entry(query))

    def names_entry(self, query: str, *, by_provider: bool = True) -> Callable[[SearchHit], bool]:
        """Whether the question names an entry: a word of its title, its provider, or its alias ("AZ900" for the
        AZ-900 entry). Read once per question. Without ``by_provider``, the provider named (and the provider's
        name in a title, "IBM Data Science") names none of its entries."""
        asked = self.names_in(query) - (frozenset() if by_provider else providers_named(query))
        providers = provider_ids(query) if by_provider else frozenset()
        aliased = self.acronyms.named(query)
        return lambda hit: bool(asked & self.title_names(hit)) or provider_of(hit.id) in providers or hit.id in aliased

    def _names_one_of_many(self, hits: Sequence[SearchHit], query: str) -> Callable[[SearchHit], bool]:
        """Whether advice names an entry: 「Google 啲 professional cert 有冇大學學分？」 names Google, whose
        certificates fill the top, so it asks about them as a kind; a word of one's title or its alias names it."""
        providers = provider_ids(query)
        several = bool(advice_kinds(query)) and _SEVERAL_ASKED.search(query) is not None
        named = self.names_entry(
            query, by_provider=not (several and sum(provider_of(h.id) in providers for h in hits[:3]) >= 2)
        )
        return named_as_a_guide_is(hits, self.names_in(query), self.title_names, named, bool(providers))

    def _gated(
        self,
        query: str,
        intent: Intent,
        filters: SearchFilters,
        k: int,
        named: frozenset[str] = frozenset(),
        *,
        words_may_lead: bool = False,
    ) -> list[SearchHit]:
        # An entry named by its alias may stand further down than the closest k when other words of the question
        # fill them ("does putting a summer programme in OEA actually add marks"): one deeper search (its first k
        # are the same) keeps it in reach.
        found = self.searcher.search(query, k=max(k, NAMED_WITHIN) if named else k, filters=filters)
        found, further = found[:k], [hit for hit in found[k:] if hit.id in named]
        if self._blocking_names(query):
            return []
        if intent == "recommend" and (filters.kinds or filters.subjects):
            # "Recommend me some tasters", "really into chemistry, anything i can join?": the kind or subject asked
            # for is the whole topic, and the filter already holds every hit to it; the gate, built for questions
            # about one thing, finds no single close match.
            return found
        kept = [hit for hit in found if self.searcher.gate.keeps(hit)]
        if intent == "recommend" and not kept and (named_providers := provider_ids(query)):
            # 「都大有冇 taster 俾中學生？」: the provider named is the topic.
            kept = [hit for hit in found if provider_of(hit.id) in named_providers and hit.kind in OPTION_KINDS]
        if intent == "recommend" and kept:
            # "Any summer programmes for me?" is broad: once the gate confirms the topic is known, the other
            # matches that meet the filters are options too.
            return kept + [hit for hit in found if hit not in kept]
        if not kept and found and intent != "recommend":
            kept = self._named_near_floor(query, found)
        elif words_may_lead and kept and self._words_far_closer(lead := max(found, key=lambda h: h.lexical), kept):
            # 「taster course 拎到嘅 credit 係咪邊間 uni 都用得？」: the guide whose words (its aliases) the question uses
            # stands a hair under the floor in meaning while looser matches pass it; it leads, wherever the search
            # ranked it (「過咗截止日期先遲交…」: the JUPAS timeline, fourth). (The whole question only: one side of a
            # comparison is a few words, whose word matches mean less.)
            kept = [lead, *(hit for hit in kept if hit is not lead)]
        # ... and an entry named by its alias is kept too, after those ("wait what does SSSDP mean": E-APP spells it
        # out; the JUPAS basics, whose alias it also is, follow).
        kept += [hit for hit in found if hit.id in named and hit not in kept]
        return kept + further

    def _words_far_closer(self, hit: SearchHit, kept: list[SearchHit]) -> bool:
        near = hit.dense >= self.searcher.gate.dense_floor - NAMED_MARGIN and hit.lexical >= NAMED_LEXICAL
        return near and hit.lexical >= WORDS_FAR_CLOSER * max(other.lexical for other in kept)

    def _named_near_floor(self, query: str, found: list[SearchHit]) -> list[SearchHit]:
        """A question in several parts ("when did ust first run its summer institute and how many students joined
        that first year") sits further in meaning from every entry than each part does: the best match stands a
        little under the gate when the question matches its words strongly and uses a word of its title."""
        top = found[0]
        floor = self.searcher.gate.dense_floor
        # "what does OLE stand for": a few words around an acronym of the entry's title sit further from it in
        # meaning than a sentence would, yet the capitals name it plainly.
        if top.dense >= floor - ACRONYM_MARGIN and self._spells_out(top, query):
            return [top]
        if top.dense < floor - NAMED_MARGIN or top.lexical < NAMED_LEXICAL:
            return []
        return [top] if self.names_in(query) & self.title_names(top) else []

    def _spells_out(self, hit: SearchHit, query: str) -> bool:
        """Whether the entry is named by an acronym of the question: one of its title's names, or written in
        capitals in its text ("SSSDP" in the E-APP guide)."""
        asked = acronyms_in(query)
        if asked & self.title_names(hit) or hit.id in self.acronyms.named(query):  # (also "ApL", mixed case)
            return True
        view = self.searcher.entry(hit.id)
        written = " ".join((*view.paragraphs_en, *view.paragraphs_zh)) if view is not None else ""
        return any(re.search(rf"\b{re.escape(word)}\b", written) for word in ACRONYM.findall(query))

    def unknown_names(self, text: str) -> list[str]:
        """Names the student used that the knowledge base does not know: places, platforms and figures it never
        mentions however they are written ("shue yan", 「樹仁」, "median score"), and capitalised words it has never
        seen; real names only, never a word that is capitalised because it starts a sentence or is an ordinary
        word."""
        elsewhere = self.searcher.named_elsewhere(text)
        said = " ".join(elsewhere).lower()
        return [*elsewhere, *(name for name in self._unknown_capitalised(text) if name.lower() not in said)]

    def _unknown_capitalised(self, text: str) -> list[str]:
        starts = {m.group(1) for m in _SENTENCE_START.finditer(text)}
        return [
            name
            for name in self.searcher.unknown_names(text)
            if name.lower() not in NOT_NAMES
            and not (name in starts and not name.isupper())
            # ("where do i apply for ADs/HDs": the plural of an acronym the catalogue writes.)
            and not (name.endswith("s") and name[:-1].isupper() and self.searcher.writes(name[:-1]))
        ]

    def _blocking_names(self, text: str) -> bool:
        """An unknown proper name ("Oxford summer school", "a udacity nanodegree") means the student asks about
        something we lack, so similar entries must not be passed off as the answer. So does an acronym of three
        letters or more that the catalogue never writes ("TOEFL", "AFS"); a two-letter one ("HD", "AD") may be a
        shortening of something it knows under its full name."""
        return bool(self.searcher.named_elsewhere(text)) or any(
            not name.isupper() or self._acronym_unwritten(name, text) for name in self._unknown_capitalised(text)
        )

    def _acronym_unwritten(self, name: str, text: str) -> bool:
        """An acronym standing alone, not a code's letters ("COMP102.2x", "CLF-C02") nor a currency, that the
        catalogue never writes at a word's start ("UGC" is in "UGC-funded") nor mistyped ("SAPCE")."""
        if len(name) < _SHORTEST_ACRONYM or name.lower() in _CURRENCIES or re.search(rf"\b{name}[\d.-]", text):
            return False
        return not self.searcher.writes(name)

    def personalise(self, hits: list[SearchHit], context: StudentContext, intent: Intent) -> list[SearchHit]:
        """Interests lift matching entries; for recommendations, entries the student cannot join sink."""
        if not context.interests and not (context.form and intent == "recommend"):
            return hits

        def score(hit: SearchHit) -> float:
            bonus = 0.004 * sum(1 for s in context.interests if hit.metadata.get(f"subj_{s}"))
            if intent == "recommend" and context.form and hit.kind in OPTION_KINDS:
                forms = str(hit.metadata.get("forms", ""))
                if forms and context.form not in forms.split(","):
                    bonus -= 0.02
            return hit.score + bonus

        return sorted(hits, key=score, reverse=True)

    def views(self, hits: Sequence[SearchHit]) -> list[EntryView]:
        return [v for v in (self.searcher.entry(h.id) for h in hits) if v is not None]

    def options(
        self,
        hits: Sequence[SearchHit],
        context: StudentContext,
        limit: int = MAX_OPTIONS,
        reading: Understanding | None = None,
    ) -> list[EntryView]:
        """What a student could join: joinable before past, eligible before not, no near-duplicates. A past
        programme appears only when nothing current or recent matches. With the question (``reading``), too few
        options open to a school leaver are topped up from a search for that form ("dse just ended, anything this
        summer?" found S4–S5 camps first)."""
        preferred = [h for h in hits if h.kind in OPTION_KINDS] or list(hits)
        views = distinct_views(self.views(preferred))
        if context.form:
            eligible = [v for v in views if not v.forms or context.form in v.forms]
            # Only for school leavers: most programmes here are for S4–S6, so their list is the one that runs dry
            # (a form filter would also drop every entry that states no form, the online certificates).
            if context.form == "after-dse" and reading is not None and len([v for v in eligible if v.joinable]) < limit:
                kinds = reading.filters.kinds or tuple(sorted(OPTION_KINDS))
                for_form = replace(reading.filters, form=context.form, kinds=kinds)
                found = self.searcher.search(reading.topic, k=12, filters=for_form)
                eligible += [v for v in distinct_views(self.views(found)) if v not in eligible and v.forms]
            # A programme the student's form cannot join is no option ("HKBU × Google, for HKBU students only" for an
            # S4); such entries are listed only when nothing else matches.
            views = eligible or views
        joinable = [v for v in views if v.joinable]
        if not joinable or (reading is not None and PAST_PROGRAMMES_ASKED.search(reading.text)):
            return views[:limit]  # (「以前有冇…」 asks for programmes that ran before: by how well they match)
        if reading is not None and OPEN_NOW_ASKED.search(reading.text):
            # (「有冇而家仲開緊嘅？」: running this year first, and no stopped programme after them)
            return sorted(joinable, key=lambda view: view.status != "current")[:limit]
        # The closest match has stopped ("科技創業嘅暑期營" → HKUST's youth camp, last run in 2016) and its words match
        # the question far better than any open option's: the list names it after the ones open now, with its
        # status, rather than hide it behind options that match less.
        closest = distinct_views(self.views(preferred[:1]))
        open_ids = {view.id for view in joinable}
        best_open = max((hit.lexical for hit in preferred if hit.id in open_ids), default=0.0)
        closest_open = max((hit.dense for hit in preferred if hit.id in open_ids), default=0.0)
        lead = PAST_LEAD_CLOSER if preferred[0].dense >= closest_open else PAST_LEAD
        # (A full list of options gives up its last place: "really into chinese history" finds CityU's Chinese history
        # camp, last run in 2019, far ahead of five open programmes that match only the field. A comparison's or a
        # plan's few picks keep theirs.)
        if (
            (len(joinable) < limit or limit >= MAX_OPTIONS)
            and closest
            and not closest[0].joinable
            and self.searcher.gate.keeps(preferred[0])
            and preferred[0].lexical >= lead * best_open
            and not (context.form and closest[0].forms and context.form not in closest[0].forms)
        ):
            return [*joinable[: limit - 1], closest[0]]
        return joinable[:limit]

    def similar_options(
        self, entry: EntryView, context: StudentContext, asked: Understanding | None = None
    ) -> list[EntryView]:
        """Options like one programme; with the student's request ("any similar ones? like a one day thing at
        another uni", 「有冇類似但係免費嘅？」) its words, its filters and "another provider" count too."""
        query = " ".join([entry.title_en, entry.title_zh, *entry.subjects, asked.text if asked else ""])
        filters = SearchFilters()
        if asked is not None:
            stated = asked.filters
            filters = SearchFilters(free=stated.free, max_fee=stated.max_fee, modes=stated.modes)
        elsewhere = asked is not None and ANOTHER_PROVIDER.search(asked.text) is not None
        hits = [
            h
            for h in self.searcher.search(query, k=12, filters=filters)
            if h.id != entry.id and not (elsewhere and provider_of(h.id) == provider_of(entry.id))
        ]
        # 「咁浸大有冇類似嘅 summer course？」 after HKU SPACE's: only that provider's, found by the student's words
        # alone and with the programme's title (「咁城市大學有冇類似嘅？」 says nothing of what it is like).
        if asked is not None and (others := provider_ids(asked.text) - {provider_of(entry.id)}):
            wanted = providers_spelled_out(asked.text)
            for query in (f"{wanted} {entry.title_en}", wanted):
                hits += self.searcher.search(query, k=12, filters=filters)
            hits = list({h.id: h for h in hits if provider_of(h.id) in others and h.id != entry.id}.values())
        return self.options(hits, context, limit=4)

    def compares_options(
        self, hits: Sequence[SearchHit], tops: Sequence[Sequence[SearchHit]] = (), text: str = ""
    ) -> bool:
        """Two programmes to set side by side: the search's best is one, or each side of "A vs B" names its own
        programme by its short name (「cuhk si 同 hkust si 有咩分別」: a guide on kinds of course came first for
        「有咩分別」; "a micro-credential vs an online course" names none)."""
        # (Two guides named by their short names, 「OEA 同 SLP 有咩分別？」, are concepts: explained, not tabled.)
        if kinds_compared(compared_sides(text), self.names_in):
            return False  # "google professional certificates vs aws certifications": the guide to the two kinds
        if not all(found and found[0].kind == "guide" for found in tops) and each_side_named(self, tops, text):
            return True
        # ("cuhk SAYT - whats the diff between university-credit and academy-credit courses": two parts of one.)
        return len(hits) >= 2 and hits[0].kind != "guide" and len(self.acronyms.named(text)) != 1

    def named_options(self, text: str, *, guides_too: bool = False) -> list[EntryView]:
        """The programmes a question lists by name, in the student's order ("google it support, google it
        automation and google cybersecurity", 「Google 數據分析、IBM 數據分析師同 IBM 數據科學」): each part found on
        its own and named by it. Empty unless two or more are. "The third one" then means the student's third."""
        sides = listed_sides(text)
        if not 2 <= len(sides) <= MAX_LISTED:
            return []
        # Only a part that uses some entry's title words, or names a provider and something of it ("hkust si"),
        # can name one: the others cost no search.
        # ("…, whats the actual difference?" is the question, not a part naming a guide titled "what is …")
        named = [
            (side, names)
            for side in sides
            if ((names := self.names_in(side)) and names != {"what"}) or provider_and_more(side)
        ]
        if len(named) < 2 or kinds_compared([side for side, _ in named], self.names_in):
            return []  # (kinds of award, "google professional certificates vs aws certifications", name no programme)
        kinds = (*OPTION_KINDS, "guide") if guides_too else OPTION_KINDS
        found: list[SearchHit] = []
        for number, (side, names) in enumerate(named):
            if len(found) + len(named) - number < 2:
                break  # the sides left cannot make two: their searches would be spent for nothing
            # "cuhk sayt": an acronym typed in lower case is found by its title, as a comparison's side is.
            found_for_side = named_side(self, side) or self._gated(side, "lookup", SearchFilters(), 3)
            tops = fuller_title_match_first(found_for_side, side)
            if not tops and len(names) >= 2:
                # "我見到 Young Medical": a few words sit under the gate, yet two title words of one entry name it.
                closest = self.searcher.search(side, k=1)
                tops = [hit for hit in closest if names <= self.title_names(hit)]
            if not tops or tops[0].kind not in kinds or tops[0].id in {hit.id for hit in found}:
                continue
            if names & self.title_names(tops[0]) or (not names and provider_of(tops[0].id) in provider_ids(side)):
                found.append(tops[0])
        if all(hit.kind == "guide" for hit in found):
            return []  # concepts compared (「資歷架構第三級同第五級」) are explained from their guides
        return self.views(found) if len(found) >= 2 else []

    def named_pair(self, text: str) -> list[EntryView]:
        """Two programmes a question names by their short names, one on each side of 「同」 or "and" (「中大 SI 同科大
        SI 每科教幾多個鐘？」): both, when each side names its own entry outright; else none."""
        sides = compared_sides(text)
        named = [self.leading_alias(side) for side in sides] if len(sides) == 2 else []
        if len(named) != 2 or not all(named) or named[0] == named[1]:
            return []
        return [view for view in (self.searcher.entry(str(entry_id)) for entry_id in named) if view is not None]

    def leading_alias(self, side: str) -> str | None:
        """The entry whose alias opens this side (「科大 SI 每科教幾多個鐘？」 opens with "科大 SI"; "cu si" with "CUHK SI",
        the provider spelled out), if one does."""
        for written in (side, providers_spelled_out(side).strip()):
            ids = {
                entry_id
                for entry_id, alias in self.searcher.aliased_in(written)
                if squeezed(written).startswith(squeezed(alias))
            }
            if ids:
                return ids.pop() if len(ids) == 1 else None
        return None

    def side_tops(self, text: str, provider: str | None = None) -> list[list[SearchHit]]:
        """Each side of "A vs B" found on its own (by an acronym of its title first); empty unless there are two.
        Found once per question: both the comparison and the one-guide check read them. A side that names no
        provider is the conversation's ``provider``'s, when it has one ("the taster programme and the summer
        institute" after "what does polyu have for s4?")."""
        sides = compared_sides(text)
        if len(sides) != 2:
            return []
        if provider and not any(provider_ids(side) for side in sides):
            sides = [f"{provider} {side}" for side in sides]
        else:
            sides = owned_by_the_first(sides)
        found = [self.side_found(side) for side in sides]
        if sum(map(bool, found)) == 1:
            # "google data analytics vs a uni degree": a kind of award on one side, which no programme is; the guide
            # that explains it stands for it, when the side uses a word of that guide's title.
            found = [hits or self._guide_titled(side) for hits, side in zip(found, sides, strict=True)]
        return found

    def _guide_titled(self, side: str) -> list[SearchHit]:
        words = {word for word in self.names_in(side) if word.isascii()}
        guides = self.searcher.search(side, k=1, filters=SearchFilters(kinds=("guide",))) if words else []
        return [hit for hit in guides if words & self.title_names(hit)]

    def side_found(self, side: str) -> list[SearchHit]:
        """What one side of a comparison names: by an alias it opens with, an acronym of a title, else meaning."""
        found = self._opened_by_alias(side) or named_side(self, side) or self._gated(side, "lookup", SearchFilters(), 3)
        # ("cu 第一個 coursera mooc": CUHK's MOOCs, though HKUST's came closer in meaning; a platform hosts many.)
        named = provider_ids(PLATFORMS.sub(" ", side))
        own = [hit for hit in found if provider_of(hit.id) in named] if len(named) == 1 else []
        found = [*own, *(hit for hit in found if hit not in own)]
        # (「港大 Summer Institute」 writes HKU's title, whatever came first; a guide's words are any question's)
        titled = self.titled_in(side, found, by_alias=False)
        return [titled, *(h for h in found if h is not titled)] if titled and titled.kind in OPTION_KINDS else found

    def _opened_by_alias(self, side: str) -> list[SearchHit]:
        """「中大 SI 邊個要 stay hall？」: a side that opens with an entry's alias is that entry, whatever the question
        words after it come closest to."""
        entry_id = self.leading_alias(side)
        if entry_id is None:
            return []
        return [hit for hit in self.searcher.search(side, k=8) if hit.id == entry_id][:1]

    def compared(
        self, tops: Sequence[Sequence[SearchHit]], hits: list[SearchHit], context: StudentContext
    ) -> list[EntryView]:
        """The two things compared: each side of "A vs B" found on its own (``side_tops``), else the two best
        options."""
        if len(tops) == 2 and all(tops) and tops[0][0].id != tops[1][0].id:
            sided = self.views([found[0] for found in tops])
            if len(sided) == 2:
                return sided
        views = self.options(hits, context, limit=2)
        if len(views) < 2:
            views = self.views(hits[:2])
        return views

    def guides_for(self, question: str, limit: int = 2) -> list[EntryView]:
        """The guides that answer a general question asked about one programme ("is it worth it for JUPAS?")."""
        return self.views(self.searcher.search(question, k=limit, filters=SearchFilters(kinds=("guide",))))

    def top_views(
        self,
        hits: Sequence[SearchHit],
        *,
        limit: int,
        same_kind_as_first: bool = False,
        practical_query: str | None = None,
    ) -> list[EntryView]:
        """The best entries; for an explanation, more guides only (an explainer drawing on a programme's page
        would answer another question). For a practical question (fee, dates, how to apply or claim), a scheme's
        or programme's own entry outranks a guide about it (the CEF's history guide must not answer "how do I
        claim the CEF?")."""
        hits = list(hits)
        if practical_query is not None and hits and hits[0].kind == "guide":
            own = own_entry(self, hits, practical_query)
            if own is not None:
                hits = [own, *(h for h in hits if h.id != own.id)]
        chosen = list(hits[:1])
        for hit in hits[1:]:
            if len(chosen) >= limit:
                break
            if same_kind_as_first and (hit.kind == "guide") != (chosen[0].kind == "guide"):
                continue
            if hit.dense >= chosen[0].dense - 0.02:  # only near-equal matches add to the answer
                chosen.append(hit)
        return self.views(chosen)

    def titled_in(self, text: str, hits: Sequence[SearchHit], *, by_alias: bool = True) -> SearchHit | None:
        """The top hit whose own title the question writes out in full (「嶺大暑期學院有咩活動？」 names the Summer
        Academy, where 「嶺大有咩活動？」 names only its university): its programme is asked about, not a list."""
        # (「港大 Summer Institute」 writes "HKU Summer Institute" with the provider as students call it.)
        # ("google's digital marketing & e-commerce certificate" writes Google's "… Professional Certificate")
        unpossessed = _POSSESSIVE.sub("", text)
        asked = (squeezed(unpossessed), squeezed(providers_spelled_out(unpossessed)))
        for hit in hits[:3]:
            view = self.searcher.entry(hit.id)
            if view is None:
                continue
            cores = {squeezed(_TITLE_NOTE.split(title)[0]) for title in (view.title_en, view.title_zh)}
            cores |= {core.replace("professionalcertificate", "certificate") for core in cores}
            if any(len(core) >= MIN_TITLE_CHARS and any(core in a for a in asked) for core in cores):
                return hit
        # "hkust academy for bright future young engineers - the electric vehicle thing": not the whole title, but
        # three of its distinctive words name it (in Latin letters: Chinese character pairs match by chance); a liked
        # subject ("chinese lit n history") counts only with the provider named ("a microsoft AI fundamentals cert").
        names, providers = {word for word in self.names_in(text) if word.isascii()}, provider_ids(text)
        liked = {word for word in names if stated_subjects(word)}
        aliased = {i for i, w in self.searcher.aliased_in(text) if by_alias and names_a_programme(w)}

        def named_by_words(hit: SearchHit) -> bool:
            own = names if provider_of(hit.id) in providers else names - liked
            return len(own & self.title_names(hit)) >= TITLE_WORDS_NAMING

        return next((h for h in hits[:3] if named_by_words(h) or (h.id in aliased and h.kind in OPTION_KINDS)), None)

    def names_in(self, text: str) -> frozenset[str]:
        """The words of the question that name some entry, leaving out a form ("S5") and what a question asks
        about ("credits", 「學費」), which some titles also use; the CEF is both a scheme and an aspect."""
        # "can i write it in chinese": a language to write or study in, not CityU's Chinese and History taster.
        languages = {match.lower() for match in _IN_A_LANGUAGE.findall(text)}
        text = NOMINATION_ASKED.sub(" ", text)  # (a requirement asked, not the nominations guide named)
        return frozenset(
            word
            for word in self.searcher.names_in(text)
            if not stated_form(word)
            and set(stated_aspects(word)) <= {"cef"}
            and word not in languages
            and word not in EXAMS_EVERYONE_SITS
        )

    def title_names(self, hit: SearchHit) -> frozenset[str]:
        return self.searcher.title_names(hit.id)

    def plan_pick(
        self, query: str, kinds: tuple[str, ...], form: str | None, context: StudentContext
    ) -> list[EntryView]:
        filters = SearchFilters(kinds=kinds, form=form, subjects=tuple(context.interests))
        hits = self.searcher.search(query, k=8, filters=filters)
        if not hits:
            hits = self.searcher.search(query, k=8, filters=SearchFilters(kinds=kinds, form=form))
        return self.options(hits, context, limit=3)


def _shares_subject(hit: SearchHit, others: Sequence[SearchHit]) -> bool:
    """Whether the hit is about a subject one of the others is about (a close match, not any match)."""
    return any(
        key.startswith("subj_") and value and any(other.metadata.get(key) for other in others)
        for key, value in hit.metadata.items()
    )
