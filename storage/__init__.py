"""Persistent state: SQLModel tables, the engine/session factory, repository functions and migrations.

Typical use (the caller owns configuration and passes the URL)::

    from storage import connect, migrate, repository as repo

    migrate.upgrade(url)             # on start: apply migrations
    db = connect(url)                # one per process, thread-safe
    repo.upsert_user(db, telegram_id=123, language="zh-Hant")

From async code use :mod:`storage.aio`, which has the same functions as coroutines.
Storage never reads the environment and never imports ``knowledge`` or ``bot``.
"""

import importlib
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from storage.engine import Database, connect, safe_url
    from storage.errors import (
        ConsentRequiredError,
        InvalidValueError,
        NotATeacherError,
        StorageError,
        UnknownUserError,
        UnsupportedDatabaseError,
    )
    from storage.records import (
        FORMS,
        LANGUAGES,
        MAX_QUESTION_CHARS,
        MAX_TELEGRAM_ID,
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

# Names resolve on first use (PEP 562): `from storage import MAX_QUESTION_CHARS` in the settings must not load
# SQLAlchemy and every table, which costs each `pathways` command most of a second before it does anything.
_EXPORTS: Final[dict[str, str]] = {
    "Database": "storage.engine",
    "connect": "storage.engine",
    "safe_url": "storage.engine",
    "ConsentRequiredError": "storage.errors",
    "InvalidValueError": "storage.errors",
    "NotATeacherError": "storage.errors",
    "StorageError": "storage.errors",
    "UnknownUserError": "storage.errors",
    "UnsupportedDatabaseError": "storage.errors",
    "MAX_QUESTION_CHARS": "storage.records",
    "MAX_TELEGRAM_ID": "storage.records",
    "FORMS": "storage.records",
    "LANGUAGES": "storage.records",
    "ClassLinkInfo": "storage.records",
    "ClassSummary": "storage.records",
    "DueReminder": "storage.records",
    "JoinResult": "storage.records",
    "LoggedQuestion": "storage.records",
    "PurgeReport": "storage.records",
    "ReminderInfo": "storage.records",
    "SavedCourseInfo": "storage.records",
    "Turn": "storage.records",
    "UiLanguage": "storage.records",
    "UserProfile": "storage.records",
    "MAX_TURNS_PER_USER": "storage.repository",
    "MIN_CLASS_SIZE": "storage.repository",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once resolved, a plain module attribute
    return value


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
