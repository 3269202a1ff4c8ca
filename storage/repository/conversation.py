"""The conversation: recent turns kept for follow-up questions, and a user's verdict on an answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final, cast

from sqlalchemy import delete, select
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError
from storage.models import (
    MAX_ANSWER_REF_CHARS,
    MAX_COMMENT_CHARS,
    MAX_ENTRY_ID_CHARS,
    MAX_TURN_CHARS,
    ConversationTurn,
    Feedback,
)
from storage.records import ROLES, Role, Turn
from storage.repository._rows import changed_rows, existing_user, user_id_of, user_row
from storage.repository._validation import now_utc, optional_text, required_text, valid_telegram_id
from storage.scrub import scrub

__all__ = ["add_feedback", "clear_turns", "recent_turns", "record_turn"]

MAX_TURNS_PER_USER: Final = 20
"""``record_turn`` keeps at most this many turns per user unless told otherwise."""


def add_feedback(
    db: Database,
    *,
    telegram_id: int,
    helpful: bool,
    answer_ref: str | None = None,
    entry_ids: Sequence[str] = (),
    comment: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Record the user's verdict on one answer. Returns the feedback id."""
    telegram_id = valid_telegram_id(telegram_id)
    ref = optional_text(answer_ref, MAX_ANSWER_REF_CHARS, "answer_ref")
    note = optional_text(comment, MAX_COMMENT_CHARS, "comment")
    entries = [required_text(e, MAX_ENTRY_ID_CHARS, "entry id") for e in entry_ids]
    moment = now_utc(now)
    with db.write() as session:
        user_id = user_id_of(existing_user(session, telegram_id))
        row = Feedback(
            user_id=user_id, helpful=bool(helpful), answer_ref=ref, entry_ids=entries, comment=note, created_at=moment
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def record_turn(
    db: Database,
    *,
    telegram_id: int,
    role: str,
    text: str,
    language: str | None = None,
    keep: int = MAX_TURNS_PER_USER,
    max_age: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Remember one message for follow-ups; keeps only the newest ``keep`` (and none older than ``max_age``).

    Text longer than MAX_TURN_CHARS is cut: turns are context, not a record. Credentials, phone numbers,
    emails and HKID-like strings are scrubbed before anything is written.
    """
    telegram_id = valid_telegram_id(telegram_id)
    if role not in ROLES:
        raise InvalidValueError(f"role must be one of {', '.join(ROLES)}")
    if not isinstance(text, str):
        raise InvalidValueError("text must be a string")
    if keep < 1:
        raise InvalidValueError("keep must be at least 1")
    lang = optional_text(language, 8, "language")
    moment = now_utc(now)
    with db.write() as session:
        # Locking the user serialises this user's turns (PostgreSQL), so the bound is exact under concurrency.
        user_id = user_id_of(existing_user(session, telegram_id, lock=True))
        session.add(
            ConversationTurn(
                user_id=user_id, role=role, text=scrub(text)[:MAX_TURN_CHARS], language=lang, created_at=moment
            )
        )
        session.flush()
        surplus = (
            select(col(ConversationTurn.id))
            .where(col(ConversationTurn.user_id) == user_id)
            .order_by(col(ConversationTurn.created_at).desc(), col(ConversationTurn.id).desc())
            .offset(keep)
        )
        session.execute(delete(ConversationTurn).where(col(ConversationTurn.id).in_(surplus)))
        if max_age is not None:
            session.execute(
                delete(ConversationTurn).where(
                    col(ConversationTurn.user_id) == user_id, col(ConversationTurn.created_at) < moment - max_age
                )
            )


def recent_turns(
    db: Database,
    *,
    telegram_id: int,
    limit: int = 10,
    max_age: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> list[Turn]:
    """The user's last ``limit`` turns no older than ``max_age``, oldest first (ready for a prompt)."""
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    with db.read() as session:
        user = user_row(session, telegram_id)
        if user is None or limit < 1:
            return []
        statement = sm_select(ConversationTurn).where(ConversationTurn.user_id == user_id_of(user))
        if max_age is not None:
            statement = statement.where(col(ConversationTurn.created_at) >= moment - max_age)
        rows = session.exec(
            statement.order_by(col(ConversationTurn.created_at).desc(), col(ConversationTurn.id).desc()).limit(limit)
        ).all()
        return [
            Turn(role=cast(Role, row.role), text=row.text, language=row.language, created_at=row.created_at)
            for row in reversed(rows)
        ]


def clear_turns(db: Database, *, telegram_id: int) -> int:
    """Forget the conversation so far (for example on /reset). Returns how many turns were removed."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return 0
        statement = delete(ConversationTurn).where(col(ConversationTurn.user_id) == user_id_of(user))
        return changed_rows(session, statement)
