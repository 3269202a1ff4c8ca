"""The assistant: (question, student context) → Answer, grounded in the knowledge base.

The flow reads top to bottom: understand (once: language, scope, intent, aspects, filters, follow-up topic)
→ retrieve (hybrid search behind the relevance gate, personalised with the profile) → compose (templates
over entries) → check (with an LLM configured, its wording is kept only if every check passes).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.assistant import composer, listed
from bot.assistant.acronyms import provider_of
from bot.assistant.advice_guides import advice_guide_leads
from bot.assistant.also_asked import CEF_PAGES, AlsoAsked
from bot.assistant.compared_with_last import compared_with_last
from bot.assistant.follow_up_words import conversation_provider
from bot.assistant.guide_aspects import held_on_last_guide
from bot.assistant.left_out import without_left_out
from bot.assistant.list_picks import ListPicks
from bot.assistant.named_sides import explained_sides, guides_named_first
from bot.assistant.own_entry import history_first
from bot.assistant.own_options import named_provider_options
from bot.assistant.retrieval import MAX_OPTIONS, Retriever
from bot.assistant.routes_named import asked_routes, usual_routes
from bot.assistant.sides import shared_guide
from bot.assistant.sides_in_topic import both_sides_in_last_guide
from bot.assistant.sourcing import contacts_checked, source_of
from bot.assistant.topic_tracking import TopicTracker
from bot.assistant.types import Answer, Intent, QuestionLanguage, Relaxed, StudentContext, Suggestion
from bot.assistant.understanding import Understander, Understanding
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.clause_rules import only_says_who_i_am
from bot.assistant.understanding.follow_up import conversation_topic
from bot.assistant.understanding.provider_names import names_provider, provider_ids
from bot.assistant.understanding.question_rules import ASKS_IF_REQUIRED, KIND_OF_THING, OTHERS_ASKED
from bot.assistant.understanding.reader import DOMAIN
from bot.assistant.understanding.route_words import NO_OFFER, ROUTES
from bot.assistant.unlisted import UnlistedProgrammes
from bot.assistant.wiring import LlmAnswerer, default_understander
from bot.assistant.wording import Wording
from knowledge.search import KnowledgeSearcher, SearchHit
from knowledge.views import EntryView
from storage import UiLanguage

logger = logging.getLogger(__name__)

SUPPORT_ENTRY = "support-for-stressed-students"
VERIFY_ENTRY = "digital-badges"
OFFERS_ENTRY = "jupas-offers"
ROUTE_ENTRIES = ("sub-degree-routes", "e-app-non-jupas", "jupas-minimum-requirements-332a", "diploma-yi-jin")
PLANNING_FORMS = ("S4", "S5", "S6", "after-dse")

# Scope → the template that answers it (attacks are refused, off-topic messages redirected).
REFUSALS = {
    "attack_injection": ("refused_injection", "refused"),
    "attack_credentials": ("refused_credentials", "refused"),
    "other_person": ("refused_other_students", "refused"),
    "guard_error": ("refused_guard_error", "refused"),
    "off_topic_homework": ("out_of_scope_homework", "out_of_scope"),
    "off_topic_medical": ("out_of_scope_medical", "out_of_scope"),
    "off_topic_money": ("out_of_scope_money", "out_of_scope"),
    "off_topic_general": ("out_of_scope_gossip", "out_of_scope"),
    "abuse": ("abuse", "out_of_scope"),
}


class Assistant:
    def __init__(
        self,
        searcher: KnowledgeSearcher,
        llm: LlmAnswerer | None = None,
        *,
        understander: Understander | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self.searcher = searcher
        self.llm = llm
        self.understander = understander or default_understander(searcher, cache_dir)
        self.retriever = Retriever(searcher)
        self.topics = TopicTracker(self.retriever)
        self.picks = ListPicks(self.retriever)
        self.unlisted = UnlistedProgrammes(searcher)
        self.also_asked = AlsoAsked(self.retriever)

    # -- public API --------------------------------------------------------------------------------------

    WARM_UP_QUESTION = "What is JUPAS?"

    def warm(self) -> None:
        """Fit the understanding models and load the index and templates before the first student's question,
        which would otherwise wait seconds for them."""
        self.understander.warm()
        self.answer(self.WARM_UP_QUESTION)

    def understand(self, question: str, context: StudentContext | None = None) -> Understanding:
        return self.understander.understand(question, context)

    def answer(self, question: str, context: StudentContext | None = None) -> Answer:
        """The answer, and last, the check that it shows no phone number or link that is not approved (on the
        allow-list or on the site of an entry it cites), whichever path composed it."""
        answer = self._answer(question, context or StudentContext())
        return contacts_checked(answer, self._approved_sites(answer))

    def _approved_sites(self, answer: Answer) -> list[str]:
        """The pages whose sites an answer may link to: each cited entry's own page and its sources."""
        pages = [s.url for s in answer.sources]
        for source in answer.sources:
            view = self.searcher.entry(source.id)
            if view is not None:
                pages += view.sources
        return pages

    def _answer(self, question: str, context: StudentContext) -> Answer:
        context = self.topics.in_students_order(context)
        reading = self.understand(question, context)
        words = Wording.for_language(_reply_language(reading.language))
        if reading.scope == "distress":
            return self._support_first(reading, words, context)
        if reading.scope == "empty":
            return self._no_answer(words, reading.language, [])
        if reading.scope == "greeting":
            return Answer(
                words("greeting"), reading.language, "grounded", "answer", None, (), (words.suggestion("plan"),)
            )
        if reading.scope == "about_bot":
            return Answer(
                words("about_bot"), reading.language, "grounded", "answer", None, (), (words.suggestion("plan"),)
            )
        if reading.scope == "own_data":
            text = composer.own_data(words, context)
            return Answer(text, reading.language, "grounded", "answer", None, (), (words.suggestion("plan"),))
        if reading.scope == "attack_forgery":
            return self._support_before(reading, words, self._refused_forgery(words, reading.language))
        if reading.scope in REFUSALS:
            key, scope = REFUSALS[reading.scope]
            suggestions = (words.suggestion("plan"),) if scope == "out_of_scope" else ()
            refusal = Answer(words(key), reading.language, "grounded", scope, None, (), suggestions)  # type: ignore[arg-type]
            return self._support_before(reading, words, refusal)
        if reading.intent == "plan" and only_says_who_i_am(reading.text) and asked_who_may_join(context):
            # 「我今年 15 歲，讀緊 S4」 after "how old must I be?": whether this student may join the programme asked about.
            reading = replace(reading, intent="lookup", aspects=("who",), follow_up=True)
        if reading.intent == "plan" and not self.picks.describes_a_listed_one(reading, context):
            # 「要做 lab 實驗嗰個，幾時搞？」 after a list reads like planning to the router; it picks an entry (searched
            # once, in _answer_in_scope).
            follows = self.topics.asks_of_the_last(reading, context)
            if follows is None:
                return self.plan(context, language=reading.language)
            reading = follows
        if reading.intent == "routes" and (
            ROUTES.search(reading.text) or not self.searcher.named_elsewhere(reading.text)
        ):
            # ("can i get a student loan for a vtc higher diploma?" names a route but asks about a scheme we lack:
            # it is answered as a lookup, which says so; a fear of low results gets the routes whatever it names.)
            return self._routes(reading, words, context)
        return self._answer_in_scope(reading, words, context)

    def card(self, entry_id: str, language: UiLanguage) -> Answer | None:
        """A course card for one entry (deep links, saved courses)."""
        entry = self.searcher.entry(entry_id)
        if entry is None:
            return None
        words = Wording.for_language(language)
        return Answer(
            composer.card(entry, words),
            language,
            "grounded",
            "answer",
            "lookup",
            (source_of(entry),),
            (words.suggestion("more"), words.suggestion("oea")),
        )

    def more_like(
        self, entry_id: str, context: StudentContext, language: UiLanguage, asked: Understanding | None = None
    ) -> Answer:
        words = Wording.for_language(language)
        entry = self.searcher.entry(entry_id)
        if entry is None:
            return self._no_answer(words, language, [])
        views = self.retriever.similar_options(entry, context, asked)
        if not views:
            return self._no_answer(words, language, [])
        text = composer.recommend(views, words, context, None)
        return Answer(text, language, "grounded", "answer", "recommend", tuple(source_of(v) for v in views))

    def plan(self, context: StudentContext, *, language: QuestionLanguage | None = None) -> Answer:
        """A pathway plan for the student's form and interests: tasters, credentials, and how to record them."""
        language = language or context.language or "en"
        words = Wording.for_language(_reply_language(language))
        form = context.form if context.form in PLANNING_FORMS else None
        interests = " ".join(context.interests) or "university programme"
        tasters = self.retriever.plan_pick(f"taster summer programme {interests}", ("taster",), form, context)
        # Platforms' minimum ages are unknown, so credentials are not narrowed by form (entries say so).
        credentials = self.retriever.plan_pick(
            f"online course certificate {interests}", ("microcredential", "certificate"), None, context
        )
        text = composer.plan(tasters, credentials, words, context)
        oea = self.searcher.entry("jupas-oea")
        views = [*tasters, *credentials, *([oea] if oea else [])]
        suggestions = (words.suggestion("oea"), words.suggestion("free"))
        return Answer(text, language, "grounded", "answer", "plan", tuple(source_of(v) for v in views), suggestions)

    def entry(self, entry_id: str) -> EntryView | None:
        return self.searcher.entry(entry_id)

    # -- in scope: retrieve → compose → check ------------------------------------------------------------

    def _nothing_found(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer:
        """No entry passes the gate. "how long can it be n can i write it in chinese" after two questions on the
        OEA: the earlier question's words alone ("is there a personal statement") find nothing, but a follow-up
        stays on the entry the conversation is about. Otherwise: what we do not know, in the student's words."""
        last = self.searcher.entry(context.recent_topics[-1]) if context.recent_topics else None
        if reading.follow_up and last is not None:
            return self._lookup_of(last, reading, words, context)
        return self._no_answer(words, reading.language, self.retriever.unknown_names(reading.text))

    def _fact_of_a_named_programme(self, reading: Understanding) -> Understanding:
        """「理大 JRMP 係咪要校長推薦先報到㗎？」 asks one fact of a programme it names by its acronym: a lookup, not
        a request for advice from the guides, whatever the router made of its tone."""
        asks_a_fact = bool(reading.aspects) or ASKS_IF_REQUIRED.search(reading.text) is not None
        if reading.intent == "explain" and asks_a_fact and self.retriever.acronyms.names_a_programme(reading.text):
            return replace(reading, intent="lookup")
        return reading

    def _not_listed(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer | None:
        """A switch to something the catalogue lacks ("what about Oxford's?"), or a programme it does not list
        named with a provider it knows: said plainly, never answered from a look-alike."""
        unknown = self.topics.unknown_switch(reading, context)
        if unknown is not None:
            return self._no_answer(words, reading.language, [unknown])
        unlisted = self.unlisted.named_in(reading.text)
        if unlisted is None:
            return None
        # 「科大無人機暑期班」: not HKUST's Summer Institute passed off as it; what HKUST has, after saying so.
        instead = self.unlisted.instead(unlisted, reading.topic)
        return self._no_answer(words, reading.language, [unlisted.name], instead, unlisted.provider_named)

    def _answer_in_scope(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer:
        if reading.referenced:
            answer = self._about_referenced(reading, words, context)
            if answer is not None:
                return answer
        reading = self._fact_of_a_named_programme(reading)
        context = _with_stated_form(reading, context)
        not_listed = self._not_listed(reading, words, context)
        if not_listed is not None:
            return not_listed
        # A comparison needs two: "compare it w X" is not a question about the last programme alone, unless the guide
        # just shown speaks of both things named (「咁副學士同碩士分別係第幾級？」 after the QF levels: a fact of each).
        pinned = (
            both_sides_in_last_guide(self.searcher, reading, context)
            if reading.intent == "compare"
            else (
                self.topics.returned_to(reading, context)
                or self.picks.picked_by_description(reading, context)
                or self.picks.listed_by_provider(reading, context)
                or self.topics.pinned_topic(reading, context)
            )
        )
        if pinned is not None:
            asked = replace(reading, intent="lookup") if reading.intent == "compare" else reading
            return self._lookup_of(pinned, asked, words, context)
        similar_to = self.topics.similar_asked(reading, context)
        if similar_to is not None:
            # "Any other similar camps?" after a programme: options like it, as the "More like this" button gives.
            return self.more_like(similar_to.id, context, words.language, reading)
        if context.recent_questions:
            previous = conversation_topic(context.recent_questions)
            last_topic = context.recent_topics[-1] if context.recent_topics else None
            reading = self.topics.continued(reading, previous, context.recent_sources, last_topic)
        hits, relaxed = self.retriever.retrieve(reading)
        if not hits:
            return self._nothing_found(reading, words, context)
        hits = without_left_out(self.retriever, hits, reading)
        hits = named_provider_options(self.retriever.searcher, hits, reading, context)
        hits = self.retriever.personalise(hits, context, reading.intent)
        hits = self.topics.last_topic_first(hits, reading, context.recent_topics)
        hits = self.topics.named_provider_first(hits, reading, context)
        intent = reading.intent
        named = self._programmes_named(reading) or compared_with_last(self.retriever, reading, context)
        suggestions: tuple[Suggestion, ...]
        titled = self._titled_programme(reading, hits, listed_too=len(named) > 1) if intent == "recommend" else None
        # (Not one of several the student lists by title: 「…我見到 Young Medical… 同 Medical Summer Broadening」.)
        one_of_a_list = titled is not None and len(named) > 1 and titled.id in {view.id for view in named}
        if titled is not None and not OTHERS_ASKED.search(reading.text) and not one_of_a_list:
            # 「有咩活動？」 after a programme's full title asks what that programme holds.
            ordered = [titled, *(hit for hit in hits if hit.id != titled.id)]
            return self._lookup(ordered, replace(reading, intent="lookup"), words, context)
        # "Is a Google cert like uni credit? How far from a degree?": one guide answers both sides; explain from it.
        sides = (
            self.retriever.side_tops(reading.text, conversation_provider(context))
            if intent == "compare" and not named
            else []
        )
        one_guide = shared_guide(sides)
        hits = [
            *([one_guide] if one_guide else []),
            *(hit for hit in hits if one_guide is None or hit.id != one_guide.id),
        ]
        if intent == "recommend" and not listed.weighs_the_two(named, reading.text):
            # 「港大有咩醫科 summer programme？我見到 A、B 同 C」: the programmes the student names come first, in the
            # student's order, so "the first one" means the student's first.
            # (「中大學術規劃日今年仲有冇？如果冇，有冇類似嘅？」: the programme asked after comes first, with its status.)
            views = (
                lead := named
                or self.retriever.views(
                    [titled] if titled and "status" in reading.aspects and not reading.excluded else []
                )
            ) + [v for v in self.retriever.options(hits, context, reading=reading) if v not in lead]
            text, views = self._recommended(views[: max(len(lead), MAX_OPTIONS)], reading, words, context, relaxed)
            suggestions = (words.suggestion("compare"), words.suggestion("plan"))
        elif named or (
            intent == "compare" and self.retriever.compares_options(hits, sides, reading.text) and not one_guide
        ):
            # Programmes the student lists by name are compared in the student's order ("can u explain A, B and C").
            intent = "compare"
            views = named or self.retriever.compared(sides, hits, context)
            text = composer.compare(views, words, context, reading)
            suggestions = (words.suggestion("fee"), words.suggestion("who"))
        elif intent in {"explain", "compare"}:
            # "What's the difference between a MOOC and a micro-credential?" is a concept: explain it from the
            # two or three guides that answer it.
            intent = "explain"
            named_guides = explained_sides(self.retriever, hits, sides, reading.text)
            views = self.retriever.views(named_guides) or self.retriever.top_views(
                # (In a conversation the entry talked about keeps its place: "do they count as a dse level" after ApL.)
                hits if context.recent_questions else guides_named_first(self.retriever, hits, reading.text),
                limit=3,
                same_kind_as_first=True,
            )
            text = composer.explain(views, words, reading)
            suggestions = (words.suggestion("plan"),)
        else:
            return self._lookup(hits, reading, words, context)
        answer = Answer(
            text, reading.language, "grounded", "answer", intent, tuple(source_of(v) for v in views), suggestions
        )
        return self._through_llm(answer, reading.text, views, words)

    def _recommended(
        self,
        views: list[EntryView],
        reading: Understanding,
        words: Wording,
        context: StudentContext,
        relaxed: Relaxed | None,
    ) -> tuple[str, list[EntryView]]:
        """The options worded, then Coursera's auditing and aid for a student on a budget (「最好唔使俾錢」)."""
        asked = reading.stated_subjects or (() if reading.subjects_from_profile else reading.filters.subjects)
        aid = self.also_asked.cheaper_way(views, reading)
        text = composer.recommend(views, words, context, relaxed, asked, aid, reading.text)
        return text, [*views, *([aid] if aid else [])]

    def _titled_programme(self, reading: Understanding, hits: list[SearchHit], *, listed_too: bool) -> SearchHit | None:
        """The programme a request for options names by its full title or its acronym (「中大 SI 有啲咩範疇可以揀？」
        asks what the Summer Institute offers, not for CUHK's programmes); an acronym among several programmes the
        student lists (「…我見到 Young Medical、Medical Summer Broadening 同 TOPS」) is one of a list."""
        # ("外交官或者 model UN 嗰類嘢": a name used for a kind of programme, not the one programme aliased by it)
        listed_too = listed_too or (KIND_OF_THING.search(reading.text) is not None and not names_provider(reading.text))
        named = None if listed_too else self.retriever.acronyms.the_programme_named(reading.text, fields_too=False)
        # With its provider: "STEM" alone is some programme's alias and a word every request for options may use.
        by_acronym = next((h for h in hits if h.id == named and provider_of(h.id) in provider_ids(reading.text)), None)
        return self.retriever.titled_in(reading.text, hits, by_alias=not listed_too) or by_acronym

    def _programmes_named(self, reading: Understanding) -> list[EntryView]:
        """The programmes a question names one by one, in the student's order (compared, listed first, or both
        looked up)."""
        intent = reading.intent
        # A request for options lists programmes by name only in a sentence of its own (「…有咩醫科 summer programme？
        # 我見到 A、B 同 C」) or as examples ("like CS50x, Meta Front-End or …"); others cost no search for names.
        lists_apart = intent == "recommend" and listed.lists_apart(reading.text)
        # "tell me about the CUHK and HKUST summer institutes" looks up two programmes: both are answered, side by
        # side, so "compare them" can point back at the two.
        looks_up_two = (
            intent == "lookup"
            and not reading.follow_up
            and not reading.asks_credit_elsewhere  # (one answer for both: the stacking guide's rule)
            and reading.topic == reading.text  # (a correction's topic is the part after "no, I meant")
            and listed.joins_names(reading.text)
        )
        weighs_two = intent == "recommend" and listed.weighs_either(reading.text)
        if not (intent in {"compare", "explain"} or lists_apart or looks_up_two or weighs_two):
            return []
        named = self.retriever.named_options(reading.text, guides_too=intent == "compare")
        return named or (self.retriever.named_pair(reading.text) if looks_up_two else [])

    def _lookup(self, hits: list[SearchHit], reading: Understanding, words: Wording, context: StudentContext) -> Answer:
        """One entry answers: the best hit, or the programme's own entry when a guide tops a practical question."""
        held = held_on_last_guide(self.searcher, hits, reading, context, self.retriever.names_in)  # shown, asked again
        practical = bool(reading.aspects) and not (
            reading.asks_past or reading.asks_credit_elsewhere or held or advice_guide_leads(hits, reading)
        )
        # The programme named by its acronym, even when the search ranked it nowhere ("is cuhk sayt still open?").
        named = self.retriever.acronyms.the_programme_named(reading.text)
        view = self.entry(named) if named is not None and not reading.asks_past else None
        if view is not None and "jupas" in reading.aspects:
            return self._worth_for_application(view, reading, words)
        # 「CUHK SI 幾錢？可唔可以用 CEF？」: the CEF's pages come first, the programme named answers (AlsoAsked adds the CEF).
        top_named = bool(hits) and bool(self.retriever.names_in(reading.text) & self.retriever.title_names(hits[0]))
        about_the_cef = bool(hits) and hits[0].id in CEF_PAGES
        if view is None and (beside := self.also_asked.programme_beside_the_cef(reading, hits)):
            view, about_the_cef = beside, True
        if view is not None and ((named not in {hit.id for hit in hits} and not top_named) or about_the_cef):
            # (「中大 SAYT 嗰個 STEM 英才培育計劃」 names SAYT's STEM programme, which the search found first.)
            return self._lookup_of(view, reading, words, context)
        if reading.asks_past:
            hits = history_first(self.retriever, hits, reading.topic)
        views = self.retriever.top_views(hits, limit=1, practical_query=reading.topic if practical else None)
        if not views:
            return self._no_answer(words, reading.language, [])
        return self._lookup_of(views[0], reading, words, context)

    def _lookup_of(self, entry: EntryView, reading: Understanding, words: Wording, context: StudentContext) -> Answer:
        """One entry's answer, found by search or by the conversation (「咁中六呢？」「除咗做 project 仲有咩做？」)."""
        if "jupas" in reading.aspects and entry.kind != "guide":
            return self._worth_for_application(entry, reading, words)
        text = composer.lookup(entry, words, context, reading)
        views = [entry]
        for other in self.also_asked.besides(entry, reading):
            # "can I use CEF for it?": whether the programme is reimbursable, then who may claim at all.
            text, views = composer.with_also(text, other, words, reading), [*views, other]
        for other, asked in self.also_asked.other_programmes(entry, reading):
            # "… and how long does the HKU SciSeed programme last?": that programme answered for its own part.
            text, views = f"{text}\n\n{composer.lookup(other, words, context, asked)}", [*views, other]
        keys = ("fee", "when", "who", "credits")
        suggestions = (
            (words.suggestion("plan"),)
            if entry.kind == "guide"
            else tuple(words.suggestion(k) for k in keys if k not in reading.aspects)[:3]
        )
        sources = tuple(source_of(view) for view in views)
        answer = Answer(text, reading.language, "grounded", "answer", "lookup", sources, suggestions)
        return self._through_llm(answer, reading.text, views, words)

    def _worth_for_application(self, entry: EntryView, reading: Understanding, words: Wording) -> Answer:
        """ "Is it worth it for JUPAS?" about one programme: what its entry says, then the guides on how JUPAS reads
        such experience (the OEA guide: no fixed bonus, each item on its own merit)."""
        # The OEA is where JUPAS reads such experience; the question's own words pick among the guides on it.
        asked = f"{reading.text} JUPAS OEA other experiences and achievements"
        guides = [g for g in self.retriever.guides_for(asked) if g.id != entry.id]
        views = [entry, *guides]
        text = composer.worth_for_application(entry, guides, words, reading)
        answer = Answer(
            text,
            reading.language,
            "grounded",
            "answer",
            "explain",
            tuple(source_of(v) for v in views),
            (words.suggestion("oea"), words.suggestion("plan")),
        )
        return self._through_llm(answer, reading.text, views, words)

    def _about_referenced(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer | None:
        """ "The second one", 「第二個呢？」, "compare them": the entries of the previous answer, by position."""
        views = [v for v in (self.searcher.entry(e) for e in reading.referenced) if v is not None]
        if not views:
            return None
        views = self.picks.described_over_place(views, reading, context)
        if len(views) == 1:  # "compare it w the EE summer school 2020": "it", and the programme named beside it
            views = compared_with_last(self.retriever, reading, context, views[0].id) or views
        intent: Intent
        if len(views) > 1:
            text, intent = composer.compare(views, words, context, reading), "compare"
            suggestions: tuple[Suggestion, ...] = (words.suggestion("fee"), words.suggestion("who"))
        else:
            text, intent = composer.lookup(views[0], words, context, reading), "lookup"
            suggestions = tuple(words.suggestion(k) for k in ("fee", "when", "who") if k not in reading.aspects)
        answer = Answer(
            text,
            reading.language,
            "grounded",
            "answer",
            intent,
            tuple(source_of(v) for v in views),
            suggestions,  # type: ignore[arg-type]
        )
        return self._through_llm(answer, reading.text, views, words)

    def _routes(
        self, reading: Understanding, words: Wording, context: StudentContext, *, named_too: bool = True
    ) -> Answer:
        """Low results or no JUPAS place: the routes the catalogue has, each with its key facts. ``named_too``
        adds what the question names (off for a message that also says something painful: its words would pick
        guides by chance)."""
        fixed, named_usual = usual_routes(self.retriever, reading, ROUTE_ENTRIES)
        if not fixed:
            return self._answer_in_scope(replace(reading, intent="explain"), words, context)
        # What the student named ("the VTC foundation diploma", 「冇 offer」 → the Subsequent Round) comes first,
        # then the routes every such student should know.
        named = asked_routes(self.retriever, reading, ROUTE_ENTRIES) if named_too else []
        offers = self.searcher.entry(OFFERS_ENTRY) if NO_OFFER.search(reading.text) else None
        if offers is not None and offers.id not in {v.id for v in named}:
            named.insert(0, offers)  # no JUPAS offer: the Subsequent Round and direct admission first
        views = [*named, *fixed]
        text = composer.routes(views, words, reading, named=len(named) + named_usual)
        sources = tuple(source_of(v) for v in views)
        answer = Answer(text, reading.language, "grounded", "answer", "routes", sources, (words.suggestion("plan"),))
        return self._through_llm(answer, reading.text, views, words)

    def _through_llm(self, answer: Answer, question: str, views: Sequence[EntryView], words: Wording) -> Answer:
        if self.llm is None or answer.intent is None:
            return answer
        try:
            text, note = self.llm.compose(
                question=question, language=words.language, entries=views, grounded=answer.text, intent=answer.intent
            )
        except Exception as exc:  # the LLM path must never cost the student an answer
            logger.warning("LLM answer failed (%s); using the grounded answer", exc.__class__.__name__)
            return replace(answer, notes=(*answer.notes, f"llm error: {exc.__class__.__name__}"))
        if text is None:
            return replace(answer, notes=(*answer.notes, note))
        return replace(answer, text=text, mode="llm", notes=(*answer.notes, note))

    # -- fixed replies ---------------------------------------------------------------------------------------

    def _support_first(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer:
        """Support first, whatever else the message says; the support lines come from the cited guide. A
        question asked alongside is answered after them (never an attack's request), so a false alarm costs the
        student a kind paragraph, not their answer."""
        entry = self.searcher.entry(SUPPORT_ENTRY)
        sources = (source_of(entry),) if entry else ()
        support = Answer(composer.support(entry, words), reading.language, "grounded", "support", None, sources)
        rest = self._rest_after_support(reading, words, context)
        if rest is None:
            return support
        text = "\n\n".join([support.text, words("support_then_answer"), rest.text])
        return replace(support, text=text, sources=sources + rest.sources, suggestions=rest.suggestions)

    def _support_before(self, reading: Understanding, words: Wording, answer: Answer) -> Answer:
        """A refusal or redirect for a message the distress detector also suspects: support lines first."""
        if not reading.distress:
            return answer
        entry = self.searcher.entry(SUPPORT_ENTRY)
        sources = (source_of(entry),) if entry else ()
        return replace(answer, text="\n\n".join([composer.support(entry, words), answer.text]), sources=sources)

    def _rest_after_support(self, reading: Understanding, words: Wording, context: StudentContext) -> Answer | None:
        # A stressed question about results ("my results will probably be low, what would you recommend?") is
        # a question about routes even without a catalogue word: the routes follow the support lines.
        # ... and so is a follow-up that asks a fact of the programme just discussed ("what were the main selling points
        # when it launched? like why should anyone care"); "honestly whats the point of any of this" asks none.
        if reading.scope_besides_distress != "in_scope" or not (
            DOMAIN.search(reading.text)
            or names_provider(reading.text)
            or reading.intent == "routes"
            or (reading.follow_up and bool(reading.aspects))
        ):
            return None
        plain = replace(reading, scope="in_scope", distress=False)
        if plain.intent == "plan":
            return None
        rest = (
            self._routes(plain, words, context, named_too=False)
            if plain.intent == "routes"
            else self._answer_in_scope(plain, words, context)
        )
        if rest.scope != "answer" or any(s.id == SUPPORT_ENTRY for s in rest.sources):
            return None
        return rest

    def _refused_forgery(self, words: Wording, language: QuestionLanguage) -> Answer:
        entry = self.searcher.entry(VERIFY_ENTRY)
        sources = (source_of(entry),) if entry else ()
        return Answer(words("refused_fake_certificate"), language, "grounded", "refused", None, sources)

    def _no_answer(
        self,
        words: Wording,
        language: QuestionLanguage,
        unknown_names: Sequence[str],
        instead: Sequence[EntryView] = (),
        provider: str = "",
    ) -> Answer:
        suggestions: tuple[Suggestion, ...] = (words.suggestion("plan"),)
        text = composer.no_answer(words, unknown_names, instead, provider)
        sources = tuple(source_of(view) for view in instead)
        return Answer(text, language, "grounded", "no_answer", None, sources, suggestions)


def asked_who_may_join(context: StudentContext) -> bool:
    return bool(context.recent_questions) and "who" in stated_aspects(context.recent_questions[-1])


def _with_stated_form(reading: Understanding, context: StudentContext) -> StudentContext:
    """ "just finished DSE, anything for me?": the form a message states ranks and notes as a profile's would. Not
    for a comparison: 「我中六，U Life U Like 報唔報得？」 read as one must not sink the programme asked about."""
    if not reading.stated_form or context.form or reading.intent == "compare":
        return context
    return replace(context, form=reading.stated_form)


def _reply_language(language: QuestionLanguage) -> UiLanguage:
    return "en" if language == "en" else "zh-Hant"
