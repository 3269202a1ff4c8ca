"""What repository functions return: frozen, plain values that are safe to pass between threads.

Table objects never leave storage, so callers cannot trigger lazy loads or half-saved changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final, Literal

# Bounds the settings and every boundary check against; here (plain values) so reading them loads no database code.
MAX_QUESTION_CHARS: Final = 1000
# Telegram ids are 64-bit; the one bound every boundary (repository, CLI) checks against.
MAX_TELEGRAM_ID: Final = 2**63 - 1

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


DeliveryState = Literal["pending", "sent", "failed", "skipped"]
AnnouncementStatus = Literal["sending", "done"]


@dataclass(frozen=True)
class ClassCounts:
    """The exact figures of one class now (for bot.classroom.figures.RawClassCounts). Never shown to anyone:
    only rounded snapshots made from them are."""

    code: str
    label: str
    member_keys: frozenset[str]
    forms: dict[str, int]
    interests: dict[str, int]
    saved_courses: dict[str, int]


@dataclass(frozen=True)
class ClassSnapshotRecord:
    """A published snapshot as stored: its Hong Kong day, the figures and the membership keys (JSON)."""

    published_on: dt.date
    figures_json: str
    member_keys_json: str


@dataclass(frozen=True)
class TeacherInvite:
    """A new invite: the code is shown once (only its hash is stored)."""

    code: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class ClassMembership:
    """One class a student joined, as the student sees it."""

    code: str
    label: str
    muted: bool
    suggests_nudges: bool


@dataclass(frozen=True)
class AnnouncementInfo:
    id: int
    class_code: str
    class_label: str
    text: str
    entry_id: str | None
    created_at: dt.datetime
    status: AnnouncementStatus
    recipients: int  # deliveries created (consenting, non-muted members when it was confirmed)


@dataclass(frozen=True)
class DeliveryClaim:
    """A delivery this worker has claimed: send it now (it will never be handed out again)."""

    announcement_id: int
    telegram_id: int
    language: UiLanguage
    class_code: str
    class_label: str
    text: str
    entry_id: str | None


@dataclass(frozen=True)
class AnnouncementProgress:
    """Counts only: the teacher learns how many received it, never who."""

    id: int
    teacher_telegram_id: int
    teacher_language: UiLanguage
    class_label: str
    status: AnnouncementStatus
    pending: int
    sent: int
    failed: int
    skipped: int


@dataclass(frozen=True)
class NudgeRecipient:
    """A student with deadline nudges on: what choosing and addressing their nudges needs."""

    telegram_id: int
    language: UiLanguage
    form: Form | None
    interests: tuple[str, ...]
    kinds: tuple[str, ...]
