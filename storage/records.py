"""What repository functions return: frozen, plain values that are safe to pass between threads.

Table objects never leave storage, so callers cannot trigger lazy loads or half-saved changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

UiLanguage = Literal["en", "zh-Hant"]
Form = Literal["S4", "S5", "S6", "after-dse"]
Role = Literal["user", "assistant"]
JoinStatus = Literal["joined", "already-member", "unknown", "expired", "revoked"]

LANGUAGES: tuple[UiLanguage, ...] = ("en", "zh-Hant")
FORMS: tuple[Form, ...] = ("S4", "S5", "S6", "after-dse")
ROLES: tuple[Role, ...] = ("user", "assistant")


@dataclass(frozen=True)
class UserProfile:
    telegram_id: int
    language: UiLanguage
    form: Form | None
    electives: tuple[str, ...]
    interests: tuple[str, ...]
    goal: str | None
    consent_at: dt.datetime | None
    reminders_opt_in: bool
    is_teacher: bool
    created_at: dt.datetime
    last_active_at: dt.datetime

    @property
    def has_consented(self) -> bool:
        return self.consent_at is not None


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str
    language: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class SavedCourseInfo:
    entry_id: str
    saved_at: dt.datetime


@dataclass(frozen=True)
class ReminderInfo:
    id: int
    entry_id: str
    what: str
    due_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class DueReminder:
    """A reminder to send now, with what the sender needs to address it."""

    id: int
    telegram_id: int
    language: UiLanguage
    entry_id: str
    what: str
    due_at: dt.datetime


@dataclass(frozen=True)
class ClassLinkInfo:
    code: str
    label: str
    preset_interests: tuple[str, ...]
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    join_count: int


@dataclass(frozen=True)
class JoinResult:
    """Outcome of following a class link. Only "joined"/"already-member" wrote anything."""

    status: JoinStatus
    label: str | None = None
    preset_interests: tuple[str, ...] = ()
    interests_applied: bool = False

    @property
    def ok(self) -> bool:
        return self.status in ("joined", "already-member")


@dataclass(frozen=True)
class ClassSummary:
    """Anonymised aggregates over one class (only produced for at least MIN_CLASS_SIZE members)."""

    code: str
    label: str
    members: int
    interests: dict[str, int] = field(default_factory=dict)
    forms: dict[str, int] = field(default_factory=dict)
    saved_courses: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LoggedQuestion:
    id: str
    question: str
    language: str
    found: bool
    helpful: bool | None
    asked_on: dt.date


@dataclass(frozen=True)
class PurgeReport:
    users: int
    turns: int
    questions: int
    reminders: int

    @property
    def total(self) -> int:
        return self.users + self.turns + self.questions + self.reminders
