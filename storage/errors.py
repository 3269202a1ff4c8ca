"""Errors raised by storage. Callers catch these, never SQLAlchemy's."""

from __future__ import annotations


class StorageError(Exception):
    """Base class for every error storage raises on purpose."""


class UnsupportedDatabaseError(StorageError, ValueError):
    """The URL names a database other than SQLite or PostgreSQL, or is not a URL."""


class UnknownUserError(StorageError, LookupError):
    """No user has this Telegram id (call ``upsert_user`` first)."""

    def __init__(self, telegram_id: int) -> None:
        super().__init__(f"no user with Telegram id {telegram_id}")
        self.telegram_id = telegram_id


class ConsentRequiredError(StorageError):
    """Profile data (form, electives, interests, goal) may only be stored after privacy consent."""

    def __init__(self, telegram_id: int) -> None:
        super().__init__(f"user {telegram_id} has not given privacy consent; call record_consent first")
        self.telegram_id = telegram_id


class NotATeacherError(StorageError, PermissionError):
    """The action needs the teacher role (or ownership of the class link)."""


class InvalidValueError(StorageError, ValueError):
    """A value is outside what storage accepts (unknown language or form, text too long, too many tags)."""
