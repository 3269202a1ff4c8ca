"""Persistent state: SQLModel tables, the engine/session factory, repository functions and migrations.

Typical use (the caller owns configuration and passes the URL)::

    from storage import connect, migrate, repository as repo

    migrate.upgrade(url)             # on start: apply migrations
    db = connect(url)                # one per process, thread-safe
    repo.upsert_user(db, telegram_id=123, language="zh-Hant")

From async code use :mod:`storage.aio`, which has the same functions as coroutines.
Storage never reads the environment and never imports ``knowledge`` or ``bot``.
"""

from storage.engine import Database, connect, safe_url
from storage.errors import (
    ConsentRequiredError,
    InvalidValueError,
    NotATeacherError,
    StorageError,
    UnknownUserError,
    UnsupportedDatabaseError,
)
from storage.models import MAX_QUESTION_CHARS, MAX_TELEGRAM_ID
from storage.records import (
    FORMS,
    LANGUAGES,
    ClassLinkInfo,
    ClassSummary,
    DueReminder,
    JoinResult,
    LoggedQuestion,
    PurgeReport,
    ReminderInfo,
    SavedCourseInfo,
    Turn,
    UiLanguage,
    UserProfile,
)
from storage.repository import MAX_TURNS_PER_USER, MIN_CLASS_SIZE

__all__ = [
    "FORMS",
    "LANGUAGES",
    "MAX_QUESTION_CHARS",
    "MAX_TELEGRAM_ID",
    "MAX_TURNS_PER_USER",
    "MIN_CLASS_SIZE",
    "ClassLinkInfo",
    "ClassSummary",
    "ConsentRequiredError",
    "Database",
    "DueReminder",
    "InvalidValueError",
    "JoinResult",
    "LoggedQuestion",
    "NotATeacherError",
    "PurgeReport",
    "ReminderInfo",
    "SavedCourseInfo",
    "StorageError",
    "Turn",
    "UiLanguage",
    "UnknownUserError",
    "UnsupportedDatabaseError",
    "UserProfile",
    "connect",
    "safe_url",
]
