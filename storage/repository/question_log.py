"""The anonymous question log: question texts with a language and a day, never linked to a person.

It exists to find gaps in the catalogue (questions that found nothing or were marked unhelpful).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError
from storage.models import QuestionLog
from storage.records import MAX_QUESTION_CHARS, LoggedQuestion
from storage.repository._rows import changed_rows
from storage.repository._validation import now_utc, required_text
from storage.scrub import scrub

__all__ = ["knowledge_gaps", "log_question", "set_question_feedback"]


def log_question(db: Database, *, question: str, language: str, found: bool, now: dt.datetime | None = None) -> str:
    """Add a question to the anonymous log (no user, only the day). Returns its random id for feedback.

    Do not store the returned id next to a user anywhere: that would link the log to people. Credentials,
    phone numbers, emails and HKID-like strings are scrubbed first, so the log holds nothing identifying.
    """
    if not isinstance(question, str) or not question.strip():
        raise InvalidValueError("question is required")
    lang = required_text(language, 8, "language")
    moment = now_utc(now)
    with db.write() as session:
        row = QuestionLog(
            question=scrub(question.strip())[:MAX_QUESTION_CHARS],
            language=lang,
            found=bool(found),
            asked_on=moment.date(),
        )
        session.add(row)
        session.flush()
        return row.id


def set_question_feedback(db: Database, *, question_id: str, helpful: bool) -> bool:
    """Attach a helpful/unhelpful verdict to a logged question. True if the question is still in the log."""
    with db.write() as session:
        statement = update(QuestionLog).where(col(QuestionLog.id) == question_id).values(helpful=bool(helpful))
        return changed_rows(session, statement) == 1


def knowledge_gaps(
    db: Database, *, days: int = 30, limit: int = 200, now: dt.datetime | None = None
) -> list[LoggedQuestion]:
    """Questions of the last ``days`` days that found nothing or were marked unhelpful, newest day first."""
    since = (now_utc(now) - dt.timedelta(days=days)).date()
    with db.read() as session:
        rows = session.exec(
            sm_select(QuestionLog)
            .where(
                col(QuestionLog.asked_on) >= since,
                col(QuestionLog.found).is_(False) | col(QuestionLog.helpful).is_(False),
            )
            .order_by(col(QuestionLog.asked_on).desc(), col(QuestionLog.question))
            .limit(limit)
        ).all()
        return [
            LoggedQuestion(
                id=r.id, question=r.question, language=r.language, found=r.found, helpful=r.helpful, asked_on=r.asked_on
            )
            for r in rows
        ]
