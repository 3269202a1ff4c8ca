"""The assistant: (question, student context) → Answer, grounded in the knowledge base.

Flow: guardrails (fail closed) → read the question (intent, aspect, stated filters) → resolve a follow-up from
the student's own recent questions → hybrid search behind the relevance gate → personalise with the profile
→ compose from templates; with an LLM configured, let it word the answer from the same entries and keep its
text only if every check passes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from bot.assistant import composer
from bot.assistant.composer import Wording
from bot.assistant.guardrails import ABUSE, GuardResult, check, is_abusive
from bot.assistant.intents import COMPARE_SPLIT, GREETING, Reading, read_question
from bot.assistant.language import detect_language
from bot.assistant.types import OPTION_KINDS, Answer, Intent, QuestionLanguage, Source, StudentContext, Suggestion
from knowledge.lexical import tokens
from knowledge.schema import SUBJECTS
from knowledge.search import KnowledgeSearcher, SearchFilters, SearchHit
from knowledge.views import EntryView
from storage import MAX_QUESTION_CHARS, UiLanguage

logger = logging.getLogger(__name__)

SUPPORT_ENTRY = "support-for-stressed-students"
VERIFY_ENTRY = "digital-badges"
PLANNING_FORMS = ("S4", "S5", "S6", "after-dse")
MIN_OPTIONS = 3
_FOLLOW_UP = re.compile(
    r"^(and|so|what about|how about|also)\b|\b(it|this|that|they|them|those|these|that one|this one)\b"
    r"|佢|呢個|嗰個|呢啲|嗰啲|咁|個(課|course|programme|cert)|^(咁|噉|咁樣)",
    re.IGNORECASE,
)


class LlmAnswerer(Protocol):
    """Words an answer through an LLM from the same entries; returns checked text, or None to fall back."""

    def compose(
        self, *, question: str, language: UiLanguage, entries: Sequence[EntryView], grounded: str, intent: Intent
    ) -> tuple[str | None, str]: ...


class Assistant:
    def __init__(self, searcher: KnowledgeSearcher, llm: LlmAnswerer | None = None) -> None:
        self.searcher = searcher
        self.llm = llm

    # -- public API --------------------------------------------------------------------------------------

    def answer(self, question: str, context: StudentContext | None = None) -> Answer:
        context = context or StudentContext()
        question = " ".join(question.split())[:MAX_QUESTION_CHARS]
        language = detect_language(question, fallback=context.language or "en")
        words = Wording.for_language("en" if language == "en" else "zh-Hant")
        early = self._early_reply(question, words, language)
        if early is not None:
            return early
        reading = read_question(question)
        if reading.intent == "plan":
            return self.plan(context, language=language)
        reading = self._with_profile_subjects(reading, context)
        hits, relaxed = self._retrieve(self._topic_query(question, reading, context), reading)
        if not hits:
            if is_abusive(question):
                return Answer(words("abuse"), language, "grounded", "out_of_scope")
            return self._no_answer(words, language, self.searcher.unknown_names(question))
        hits = self._personalise(hits, context, reading.intent)
        return self._compose(question, reading, hits, relaxed, words, language, context)

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
            (self._source(entry),),
            (words.suggestion("more"), words.suggestion("oea")),
        )

    def more_like(self, entry_id: str, context: StudentContext, language: UiLanguage) -> Answer:
        words = Wording.for_language(language)
        entry = self.searcher.entry(entry_id)
        if entry is None:
            return self._no_answer(words, language, [])
        query = " ".join([entry.title_en, entry.title_zh, *entry.subjects])
        hits = [h for h in self.searcher.search(query, k=12) if h.id != entry_id]
        views = self._options(hits, context, limit=4)
        if not views:
            return self._no_answer(words, language, [])
        text = composer.recommend(views, words, context, None)
        return Answer(text, language, "grounded", "answer", "recommend", tuple(self._source(v) for v in views))

    def plan(self, context: StudentContext, *, language: QuestionLanguage | None = None) -> Answer:
        """A pathway plan for the student's form and interests: tasters, credentials, and how to record them."""
        language = language or context.language or "en"
        words = Wording.for_language("en" if language == "en" else "zh-Hant")
        interests = " ".join(context.interests) or "university programme"
        form = context.form if context.form in PLANNING_FORMS else None
        tasters = self._plan_pick(f"taster summer programme {interests}", ("taster",), form, context)
        # Platforms' minimum ages are unknown, so credentials are not narrowed by form (entries say so).
        credentials = self._plan_pick(
            f"online course certificate {interests}", ("microcredential", "certificate"), None, context
        )
        text = composer.plan(tasters, credentials, words, context)
        oea = self.searcher.entry("jupas-oea")
        views = [*tasters, *credentials, *([oea] if oea else [])]
        suggestions = (words.suggestion("oea"), words.suggestion("free"))
        return Answer(text, language, "grounded", "answer", "plan", tuple(self._source(v) for v in views), suggestions)

    def entry(self, entry_id: str) -> EntryView | None:
        return self.searcher.entry(entry_id)

    # -- steps ------------------------------------------------------------------------------------------

    def _early_reply(self, question: str, words: Wording, language: QuestionLanguage) -> Answer | None:
        """Replies decided before any search: empty input, guardrails, and bare insults."""
        if not question:
            return self._no_answer(words, language, [])
        guard = check(question)
        if guard is not None:
            return self._guarded(guard, words, language)
        if is_abusive(question) and not has_question_content(question):
            return Answer(words("abuse"), language, "grounded", "out_of_scope")
        if GREETING.match(question):
            return Answer(words("greeting"), language, "grounded", "answer", None, (), (words.suggestion("plan"),))
        return None

    def _topic_query(self, question: str, reading: Reading, context: StudentContext) -> str:
        """What to search for. A follow-up ("how much is it?") names no programme of its own: its topic is the
        student's previous question, and only its aspect (the fee) comes from the new one."""
        if not context.recent_questions:
            return question
        content = [t for t in tokens(question) if len(t) > 1]
        if _FOLLOW_UP.search(question) or (reading.aspects and len(content) <= 3) or len(content) <= 1:
            return context.recent_questions[-1]
        return question

    @staticmethod
    def _with_profile_subjects(reading: Reading, context: StudentContext) -> Reading:
        """A recommendation follows the subject the question names, else the student's interests."""
        if not reading.generic or reading.filters.subjects:
            return reading
        if reading.stated_subjects:
            return replace(reading, filters=replace(reading.filters, subjects=reading.stated_subjects))
        interests = tuple(s for s in context.interests if s in SUBJECTS)
        if not interests:
            return reading
        return replace(reading, filters=replace(reading.filters, subjects=interests), subjects_from_profile=True)

    def _gated_search(self, query: str, reading: Reading, filters: SearchFilters, k: int) -> list[SearchHit]:
        found = self.searcher.search(query, k=k, filters=filters)
        kept = self.searcher.relevant(query, found)
        if reading.intent == "recommend" and kept:
            # "Any summer programmes for me?" is broad: once the gate confirms the topic is known, the other
            # matches that meet the filters are options too.
            return kept + [hit for hit in found if hit not in kept]
        return kept

    def _retrieve(self, query: str, reading: Reading) -> tuple[list[SearchHit], str | None]:
        k = 12 if reading.intent in {"recommend", "compare"} else 6
        hits = self._gated_search(query, reading, reading.filters, k)
        if reading.subjects_from_profile and len(hits) < MIN_OPTIONS:
            # Interests narrow the list only while enough options remain; then other matches fill it up.
            wider = self._gated_search(query, reading, replace(reading.filters, subjects=()), k)
            hits += [hit for hit in wider if hit.id not in {h.id for h in hits}]
        if hits or reading.filters.empty:
            return hits, None
        # Nothing met every stated filter: show the closest matches and say so, rather than nothing.
        hits = self._gated_search(query, reading, SearchFilters(), k)
        described = _describe_filters(reading.filters)
        return hits, described if hits and described else None

    def _personalise(self, hits: list[SearchHit], context: StudentContext, intent: Intent) -> list[SearchHit]:
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

    def _options(self, hits: Sequence[SearchHit], context: StudentContext, limit: int = 5) -> list[EntryView]:
        preferred = [h for h in hits if h.kind in OPTION_KINDS] or list(hits)
        views = [v for v in (self.searcher.entry(h.id) for h in preferred) if v is not None]
        if context.form:
            eligible = [v for v in views if not v.forms or context.form in v.forms]
            views = eligible + [v for v in views if v not in eligible]
        return views[:limit]

    def _compared(self, question: str, hits: list[SearchHit], context: StudentContext) -> list[EntryView]:
        """The two things compared: each side of "A vs B" found on its own, else the two best options."""
        sides = [part for part in COMPARE_SPLIT.split(question) if part and len(tokens(part)) >= 1]
        if len(sides) == 2:
            tops = [self.searcher.relevant(side, self.searcher.search(side, k=3)) for side in sides]
            if all(tops) and tops[0][0].id != tops[1][0].id:
                sided = [v for v in (self.searcher.entry(found[0].id) for found in tops) if v is not None]
                if len(sided) == 2:
                    return sided
        views = self._options(hits, context, limit=2)
        if len(views) < 2:
            views = [v for v in (self.searcher.entry(h.id) for h in hits[:2]) if v is not None]
        return views

    def _plan_pick(
        self, query: str, kinds: tuple[str, ...], form: str | None, context: StudentContext
    ) -> list[EntryView]:
        filters = SearchFilters(kinds=kinds, form=form, subjects=tuple(context.interests))
        hits = self.searcher.search(query, k=6, filters=filters)
        if not hits:
            hits = self.searcher.search(query, k=6, filters=SearchFilters(kinds=kinds, form=form))
        return self._options(hits, context, limit=3)

    def _compose(
        self,
        question: str,
        reading: Reading,
        hits: list[SearchHit],
        relaxed: str | None,
        words: Wording,
        language: QuestionLanguage,
        context: StudentContext,
    ) -> Answer:
        intent = reading.intent
        suggestions: tuple[Suggestion, ...]
        if intent == "recommend":
            views = self._options(hits, context)
            text = composer.recommend(views, words, context, relaxed)
            suggestions = (words.suggestion("compare"), words.suggestion("plan"))
        elif intent == "compare" and len(hits) >= 2 and hits[0].kind != "guide":
            views = self._compared(question, hits, context)
            text = composer.compare(views, words, context)
            suggestions = (words.suggestion("fee"), words.suggestion("who"))
        else:
            top = hits[0]
            if intent == "compare":  # "what's the difference between a MOOC and a micro-credential" is a concept
                intent = "explain"
            view = self.searcher.entry(top.id)
            if view is None:
                return self._no_answer(words, language, [])
            views = [view]
            if intent == "explain":
                text = composer.explain(view, words, question)
            else:
                text = composer.lookup(view, words, context, reading.aspects, question)
            if view.kind == "guide":
                suggestions = (words.suggestion("plan"),)
            else:
                keys = ("fee", "when", "who", "credits")
                suggestions = tuple(words.suggestion(k) for k in keys if k not in reading.aspects)[:3]
        answer = Answer(
            text, language, "grounded", "answer", intent, tuple(self._source(v) for v in views), suggestions
        )
        return self._through_llm(answer, question, views, words)

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

    def _guarded(self, guard: GuardResult, words: Wording, language: QuestionLanguage) -> Answer:
        if guard.kind == "distress":
            entry = self.searcher.entry(SUPPORT_ENTRY)
            sources = (self._source(entry),) if entry else ()
            return Answer(composer.support(entry, words), language, "grounded", "support", None, sources)
        if guard.kind == "fake_certificate":
            entry = self.searcher.entry(VERIFY_ENTRY)
            return Answer(
                words("refused_fake_certificate"),
                language,
                "grounded",
                "refused",
                None,
                (self._source(entry),) if entry else (),
            )
        key = {
            "injection": "refused_injection",
            "other_students": "refused_other_students",
            "guard_error": "refused_guard_error",
        }.get(guard.kind, f"out_of_scope_{guard.kind}")
        suggestions = (words.suggestion("plan"),) if guard.scope == "out_of_scope" else ()
        return Answer(words(key), language, "grounded", guard.scope, None, (), suggestions)

    def _no_answer(self, words: Wording, language: QuestionLanguage, unknown_names: Sequence[str]) -> Answer:
        suggestions: tuple[Suggestion, ...] = (words.suggestion("plan"),)
        return Answer(
            composer.no_answer(words, unknown_names), language, "grounded", "no_answer", None, (), suggestions
        )

    @staticmethod
    def _source(entry: EntryView) -> Source:
        return Source(
            entry.id, entry.title_en, entry.refs, entry.url, entry.seen, entry.kind, entry.title_zh, entry.confidence
        )


def has_question_content(text: str) -> bool:
    """Whether anything but insults, particles and the word "bot" is left to answer."""
    cleaned = ABUSE.sub(" ", text)
    content = [t for t in tokens(cleaned) if t not in {"bot", "ai", "你", "個", "you", "your", "u"} and len(t) > 1]
    return len(content) >= 2


def _describe_filters(filters: SearchFilters) -> str:
    bits = []
    if filters.free:
        bits.append("free")
    if filters.max_fee is not None:
        bits.append(f"≤ HK${filters.max_fee:,.0f}")
    if filters.form:
        bits.append(filters.form)
    if filters.modes:
        bits.append("/".join(filters.modes))
    if filters.cef:
        bits.append("CEF")
    if filters.kinds:
        bits.append("/".join(filters.kinds))
    return ", ".join(bits)
