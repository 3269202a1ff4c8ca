"""The tables. Every change here needs a migration in ``storage/migrations/versions``.

Rows about a person always point at ``users.id`` with ``ON DELETE CASCADE``; nothing else stores a Telegram
id. That single rule is what lets :func:`storage.repository.delete_user` and ``export_user`` find everything
about a user generically. The anonymous question log deliberately has no link to a user at all (not even a
timestamp finer than a day, and a random id instead of a sequence), so it cannot be joined back to people.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Final

from sqlalchemy import JSON, BigInteger, Date, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.sqltypes import UtcDateTime, utcnow

# Constraint names that are stable across databases, so later migrations (and SQLite batch mode) can
# refer to them by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MAX_GOAL_CHARS: Final = 300
MAX_TAG_CHARS: Final = 40
MAX_TAGS: Final = 20
MAX_ENTRY_ID_CHARS: Final = 200
MAX_LABEL_CHARS: Final = 80
MAX_REMINDER_WHAT_CHARS: Final = 200
MAX_COMMENT_CHARS: Final = 500
MAX_ANSWER_REF_CHARS: Final = 64
MAX_CLASS_CODE_CHARS: Final = 32
MAX_TURN_CHARS: Final = 4000
MAX_QUESTION_CHARS: Final = 1000
# Telegram ids are 64-bit; the one bound every boundary (repository, CLI) checks against.
MAX_TELEGRAM_ID: Final = 2**63 - 1


class User(SQLModel, table=True):
    """One student (or teacher): only what personalising suggestions needs, nothing that names them."""

    __tablename__ = "users"
    # AUTOINCREMENT on SQLite: a deleted user's id is never handed to someone else.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, unique=True)
    language: str = Field(default="en", max_length=8)
    form: str | None = Field(default=None, max_length=12)
    electives: list[str] = Field(default_factory=list, sa_type=JSON)
    interests: list[str] = Field(default_factory=list, sa_type=JSON)
    goal: str | None = Field(default=None, max_length=MAX_GOAL_CHARS)
    consent_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    reminders_opt_in: bool = Field(default=False)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    last_active_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)


class TeacherRole(SQLModel, table=True):
    """Users who may create class links and see class aggregates."""

    __tablename__ = "teacher_roles"

    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True)
    granted_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class ClassLink(SQLModel, table=True):
    """A deep-link code a teacher shares with a class; joining applies the preset interests."""

    __tablename__ = "class_links"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=MAX_CLASS_CODE_CHARS, unique=True)
    teacher_id: int = Field(foreign_key="users.id", ondelete="CASCADE", index=True)
    label: str = Field(max_length=MAX_LABEL_CHARS)
    preset_interests: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    expires_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    revoked_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    join_count: int = Field(default=0)


class ClassMember(SQLModel, table=True):
    """Which students joined which class link."""

    __tablename__ = "class_members"

    class_id: int = Field(foreign_key="class_links.id", ondelete="CASCADE", primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True, index=True)
    joined_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class SavedCourse(SQLModel, table=True):
    """A catalogue entry the student bookmarked (by its entry id string)."""

    __tablename__ = "saved_courses"
    __table_args__ = (UniqueConstraint("user_id", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    entry_id: str = Field(max_length=MAX_ENTRY_ID_CHARS)
    saved_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Reminder(SQLModel, table=True):
    """A reminder about a date of a catalogue entry (for example its application deadline)."""

    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("user_id", "entry_id", "what"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    entry_id: str = Field(max_length=MAX_ENTRY_ID_CHARS)
    what: str = Field(max_length=MAX_REMINDER_WHAT_CHARS)
    due_at: dt.datetime = Field(sa_type=UtcDateTime, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    sent_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class Feedback(SQLModel, table=True):
    """A thumbs up/down (and optional comment) on one answer."""

    __tablename__ = "feedback"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", index=True)
    helpful: bool
    answer_ref: str | None = Field(default=None, max_length=MAX_ANSWER_REF_CHARS)
    entry_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class ConversationTurn(SQLModel, table=True):
    """One recent message (the student's or the assistant's), kept only for follow-up questions."""

    __tablename__ = "conversation_turns"
    __table_args__ = (Index("ix_conversation_turns_user_id_created_at", "user_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    role: str = Field(max_length=16)
    text: str = Field(sa_type=Text)
    language: str | None = Field(default=None, max_length=8)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)


def _random_id() -> str:
    return uuid.uuid4().hex


class QuestionLog(SQLModel, table=True):
    """Anonymous questions for the knowledge-gap report. Never add a user column here."""

    __tablename__ = "question_log"

    id: str = Field(default_factory=_random_id, primary_key=True, max_length=32)
    question: str = Field(sa_type=Text)
    language: str = Field(max_length=8)
    found: bool
    helpful: bool | None = Field(default=None)
    asked_on: dt.date = Field(default_factory=lambda: utcnow().date(), sa_type=Date, index=True)
