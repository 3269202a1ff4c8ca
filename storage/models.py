"""The tables. Every change here needs a migration in ``storage/migrations/versions``.

Rows about a person always point at ``users.id`` with ``ON DELETE CASCADE``; nothing else stores a Telegram
id. That single rule is what lets :func:`storage.repository.delete_user` and ``export_user`` find everything
about a user generically. The anonymous question log deliberately has no link to a user at all (not even a
timestamp finer than a day, and a random id instead of a sequence), so it cannot be joined back to people.
"""

from __future__ import annotations

import datetime as dt
import secrets
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
MAX_KEY_CHARS: Final = 32
MAX_ANNOUNCEMENT_CHARS: Final = 1000
MAX_NUDGE_KEY_CHARS: Final = 200


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
    # The teacher suggests deadline nudges to the class; each student still has to turn them on.
    suggest_nudges: bool = Field(default=False)


def _random_key() -> str:
    return secrets.token_hex(16)


class ClassMember(SQLModel, table=True):
    """Which students joined which class link.

    ``membership_key`` is random, made when the student joins and deleted with the membership (a student who
    leaves and joins again gets a new one): class snapshots remember keys, never users (bot/classroom/figures.py).
    """

    __tablename__ = "class_members"

    class_id: int = Field(foreign_key="class_links.id", ondelete="CASCADE", primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True, index=True)
    joined_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    membership_key: str = Field(default_factory=_random_key, max_length=MAX_KEY_CHARS, unique=True)
    muted_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)  # no announcements from this class


class ClassSnapshot(SQLModel, table=True):
    """Class figures as published to the teacher on one Hong Kong day, and the membership keys they counted."""

    __tablename__ = "class_snapshots"
    __table_args__ = (UniqueConstraint("class_id", "published_on"),)

    id: int | None = Field(default=None, primary_key=True)
    class_id: int = Field(foreign_key="class_links.id", ondelete="CASCADE")
    published_on: dt.date = Field(sa_type=Date)
    figures_json: str = Field(sa_type=Text)
    member_keys_json: str = Field(sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class TeacherInvite(SQLModel, table=True):
    """A one-time invite that grants the teacher role. Only the SHA-256 of its code is kept."""

    __tablename__ = "teacher_invites"

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    created_by: int | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE", index=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    expires_at: dt.datetime = Field(sa_type=UtcDateTime)
    used_by: int | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE", index=True)
    used_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class Announcement(SQLModel, table=True):
    """A message from a teacher to a class. ``status``: "sending" until every delivery is settled, then "done"."""

    __tablename__ = "announcements"
    __table_args__ = (Index("ix_announcements_teacher_id_created_at", "teacher_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    class_id: int = Field(foreign_key="class_links.id", ondelete="CASCADE", index=True)
    teacher_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    text: str = Field(sa_type=Text)
    entry_id: str | None = Field(default=None, max_length=MAX_ENTRY_ID_CHARS)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    status: str = Field(default="sending", max_length=16, index=True)


class AnnouncementDelivery(SQLModel, table=True):
    """One announcement to one student. ``state``: pending → sent (claimed just before sending), or failed /
    skipped; a delivery leaves "pending" exactly once, so a restarted bot never sends it twice."""

    __tablename__ = "announcement_deliveries"
    __table_args__ = (Index("ix_announcement_deliveries_announcement_id_state", "announcement_id", "state"),)

    announcement_id: int = Field(foreign_key="announcements.id", ondelete="CASCADE", primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True, index=True)
    state: str = Field(default="pending", max_length=16)
    sent_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class NudgePreference(SQLModel, table=True):
    """Which kinds of deadline nudges a student turned on (none: no row)."""

    __tablename__ = "nudge_preferences"

    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True)
    kinds: list[str] = Field(default_factory=list, sa_type=JSON)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class NudgeSent(SQLModel, table=True):
    """A nudge claimed for sending (one row per student and nudge key, so each is sent once)."""

    __tablename__ = "nudges_sent"

    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True)
    nudge_key: str = Field(max_length=MAX_NUDGE_KEY_CHARS, primary_key=True)
    sent_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


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
