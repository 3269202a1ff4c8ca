"""Checks on the values callers pass in, shared by every section of the repository.

Each check either returns the cleaned value or raises :class:`InvalidValueError` before any session opens,
so a bad argument never costs a transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from storage.errors import InvalidValueError
from storage.models import MAX_TAG_CHARS, MAX_TAGS
from storage.records import FORMS, LANGUAGES, MAX_TELEGRAM_ID, Form, UiLanguage
from storage.sqltypes import utcnow


def now_utc(now: dt.datetime | None) -> dt.datetime:
    """The pinned clock if given (checked to be timezone-aware), else the current UTC time."""
    if now is None:
        return utcnow()
    return aware_utc(now, "now")


def aware_utc(value: dt.datetime, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidValueError(f"{what} must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValueError(f"{what} must be timezone-aware (UTC)")
    return value.astimezone(dt.UTC)


def valid_telegram_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_TELEGRAM_ID:
        raise InvalidValueError(f"not a Telegram user id: {value!r}")
    return value


def valid_language(value: str) -> UiLanguage:
    if value not in LANGUAGES:
        raise InvalidValueError(f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)}")
    return value


def valid_form(value: str | None) -> Form | None:
    if value is None:
        return None
    if value not in FORMS:
        raise InvalidValueError(f"unknown form {value!r}; expected one of {', '.join(FORMS)}")
    return value


def optional_text(value: str | None, max_chars: int, what: str, *, required: bool = False) -> str | None:
    """Trimmed text, or None when absent or blank (an error instead when ``required``); bounded in length."""
    if value is None:
        if required:
            raise InvalidValueError(f"{what} is required")
        return None
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text")
    value = value.strip()
    if not value:
        if required:
            raise InvalidValueError(f"{what} is required")
        return None
    if len(value) > max_chars:
        raise InvalidValueError(f"{what} is {len(value)} characters; the limit is {max_chars}")
    return value


def required_text(value: str, max_chars: int, what: str) -> str:
    return cast(str, optional_text(value, max_chars, what, required=True))


def valid_tags(values: Iterable[str], what: str) -> list[str]:
    """Plain-string tags: trimmed, without blanks or repeats, order kept, bounded in count and length.

    Which tags are allowed (the catalogue's subjects) is checked by the caller; storage stays independent
    of the knowledge package.
    """
    if isinstance(values, str):
        raise InvalidValueError(f"{what} must be a list of strings, not one string")
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise InvalidValueError(f"{what} must be strings")
        tag = value.strip()
        if not tag or tag in out:
            continue
        if len(tag) > MAX_TAG_CHARS:
            raise InvalidValueError(f"{what}: {tag[:20]!r}… is longer than {MAX_TAG_CHARS} characters")
        out.append(tag)
    if len(out) > MAX_TAGS:
        raise InvalidValueError(f"{what}: {len(out)} given; at most {MAX_TAGS}")
    return out
