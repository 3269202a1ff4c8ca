"""One student's exchange with the assistant, shared by every transport.

It loads only that student's own profile and recent questions, asks the assistant, remembers the question
for follow-ups, and logs it anonymously for the admins' knowledge-gap report. Nothing about one student can
reach another student's answer: the context is built from the asking student's id alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from bot.assistant.assistant import SUPPORT_ENTRY, Assistant
from bot.assistant.types import Answer, StudentContext
from storage import Database, UserProfile
from storage import repository as repo

logger = logging.getLogger(__name__)

FOLLOW_UP_TURNS = 3
FOLLOW_UP_MAX_AGE = dt.timedelta(minutes=30)
# Only questions about the catalogue are kept: never distress, refusals (credentials included), off-topic or abuse.
LOGGED_SCOPES = frozenset({"answer", "no_answer"})


@dataclass(frozen=True)
class Reply:
    answer: Answer
    question_id: str | None  # the anonymous log row, for 👍/👎 feedback; never stored next to a user


# The assistant's turn is stored as the ids of what it showed, never its text: a list, or one looked-up entry.
SOURCES_PREFIX = "sources:"
TOPIC_PREFIX = "topic:"
# Answers about one entry first: a lookup, or an explanation ("what is the PolyU taster programme?") whose first
# entry is the one asked about (not lists, plans or routes).
TOPIC_INTENTS = frozenset({"lookup", "explain"})


def context_from(
    profile: UserProfile | None,
    recent_questions: tuple[str, ...] = (),
    recent_sources: tuple[str, ...] = (),
    recent_topics: tuple[str, ...] = (),
) -> StudentContext:
    if profile is None:
        return StudentContext(
            recent_questions=recent_questions, recent_sources=recent_sources, recent_topics=recent_topics
        )
    return StudentContext(
        user_key=profile.telegram_id,
        language=profile.language,
        form=profile.form,
        interests=profile.interests,
        electives=profile.electives,
        recent_questions=recent_questions,
        recent_sources=recent_sources,
        recent_topics=recent_topics,
    )


def shown_turns(answer: Answer) -> list[str]:
    """What of an answer is kept for follow-ups: the entry an answer is about (its first source:
    "compare them" after two lookups, "how many courses?" after one), or a list the student may point back at
    ("the second one", "compare them"), which later lookups do not replace."""
    # A kind answer that goes on to answer the question ("我諗住報科大 SI 同埋中大 SI，兩個都想試" read as stress) keeps
    # what it answered, so "第二個呢？" counts from that, not from the support page.
    sources = [s for s in answer.sources if s.id != SUPPORT_ENTRY]
    if answer.scope not in {"answer", "support"} or not sources:
        return []
    topic = TOPIC_PREFIX + sources[0].id
    if len(sources) == 1:
        return [topic]
    listed = SOURCES_PREFIX + ",".join(s.id for s in sources)
    # An explanation drawn from several entries is about its first, and its entries can be pointed at too
    # (「理大嗰啲」 after MOOCs of HKUST and PolyU).
    return [listed, topic] if answer.intent in TOPIC_INTENTS else [listed]


class Conversation:
    def __init__(self, assistant: Assistant, db: Database, *, turn_max_age: dt.timedelta = FOLLOW_UP_MAX_AGE) -> None:
        self.assistant = assistant
        # The same knowledge and understanding without the LLM, for students who have not agreed yet.
        self.grounded = Assistant(assistant.searcher, understander=assistant.understander)
        self.db = db
        self.turn_max_age = turn_max_age

    def context(self, telegram_id: int) -> StudentContext:
        profile = repo.get_user(self.db, telegram_id=telegram_id)
        turns = repo.recent_turns(
            # Each exchange is up to two turns, and a list shown a few lookups ago is still pointed at.
            self.db,
            telegram_id=telegram_id,
            limit=4 * FOLLOW_UP_TURNS,
            max_age=self.turn_max_age,
        )
        questions = tuple(t.text for t in turns if t.role == "user")[-FOLLOW_UP_TURNS:]
        sources: tuple[str, ...] = ()
        topics: list[str] = []
        for turn in (t for t in turns if t.role == "assistant"):
            if turn.text.startswith(SOURCES_PREFIX):
                sources, topics = tuple(i for i in turn.text.removeprefix(SOURCES_PREFIX).split(",") if i), []
            elif turn.text.startswith(TOPIC_PREFIX):
                topics.append(turn.text.removeprefix(TOPIC_PREFIX))
        return context_from(profile, questions, sources, tuple(topics))

    def ask(self, *, telegram_id: int, text: str) -> Reply:
        profile = repo.get_user(self.db, telegram_id=telegram_id)
        if profile is None or not profile.has_consented:
            # Before the student accepts the privacy notice nothing is stored and nothing reaches an LLM: a
            # grounded answer with no profile, the same as the bot gives.
            return Reply(self.grounded.answer(text, StudentContext()), None)
        answer = self.assistant.answer(text, self.context(telegram_id))
        if answer.scope in LOGGED_SCOPES:
            # Only questions are kept as context for follow-ups. A distressed message, a refused one (say, a
            # password sent by mistake) or an off-topic one is answered and forgotten.
            repo.record_turn(self.db, telegram_id=telegram_id, role="user", text=text, language=answer.language)
            for shown in shown_turns(answer):
                repo.record_turn(self.db, telegram_id=telegram_id, role="assistant", text=shown)
        question_id = None
        if answer.scope in LOGGED_SCOPES:
            question_id = repo.log_question(
                self.db, question=text, language=answer.language, found=answer.scope == "answer"
            )
        if answer.notes:
            logger.info("answer notes: %s", "; ".join(answer.notes))
        return Reply(answer, question_id)

    async def ask_async(self, *, telegram_id: int, text: str) -> Reply:
        """The same, off the event loop: retrieval and an LLM call can take a while."""
        return await asyncio.to_thread(self.ask, telegram_id=telegram_id, text=text)
