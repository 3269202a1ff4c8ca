"""Users and their profiles: creation, language, consent and the profile fields that need consent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlmodel import Session

from storage.engine import Database
from storage.errors import ConsentRequiredError
from storage.models import MAX_GOAL_CHARS, User
from storage.records import Form, UiLanguage, UserProfile
from storage.repository._rows import existing_user, has_teacher_role, upsert_user_row, user_id_of, user_row
from storage.repository._validation import (
    now_utc,
    optional_text,
    valid_form,
    valid_language,
    valid_tags,
    valid_telegram_id,
)

__all__ = [
    "get_user",
    "record_consent",
    "set_electives",
    "set_form",
    "set_goal",
    "set_interests",
    "set_language",
    "set_reminders_opt_in",
    "upsert_user",
]


def _profile(session: Session, user: User) -> UserProfile:
    return UserProfile(
        telegram_id=user.telegram_id,
        language=cast(UiLanguage, user.language),
        form=cast(Form | None, user.form),
        electives=tuple(user.electives),
        interests=tuple(user.interests),
        goal=user.goal,
        consent_at=user.consent_at,
        reminders_opt_in=user.reminders_opt_in,
        is_teacher=has_teacher_role(session, user_id_of(user)),
        created_at=user.created_at,
        last_active_at=user.last_active_at,
    )


def upsert_user(
    db: Database, *, telegram_id: int, language: str | None = None, now: dt.datetime | None = None
) -> UserProfile:
    """Create the user if new, else mark them active (and switch language when given). Race-free."""
    telegram_id = valid_telegram_id(telegram_id)
    lang = valid_language(language) if language is not None else None
    moment = now_utc(now)
    with db.write() as session:
        upsert_user_row(session, telegram_id, lang, moment)
        return _profile(session, existing_user(session, telegram_id))


def get_user(db: Database, *, telegram_id: int) -> UserProfile | None:
    """The user's profile, or None."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        return None if user is None else _profile(session, user)


def _update_user(
    db: Database, telegram_id: int, now: dt.datetime | None, *, profile_data: bool, **values: Any
) -> UserProfile:
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    with db.write() as session:
        user = existing_user(session, telegram_id, lock=True)
        if profile_data and user.consent_at is None and any(v not in (None, []) for v in values.values()):
            raise ConsentRequiredError(telegram_id)
        for name, value in values.items():
            setattr(user, name, value)
        user.last_active_at = moment
        session.add(user)
        session.flush()
        return _profile(session, user)


def set_language(db: Database, *, telegram_id: int, language: str, now: dt.datetime | None = None) -> UserProfile:
    """Set the interface language ('en' or 'zh-Hant')."""
    return _update_user(db, telegram_id, now, profile_data=False, language=valid_language(language))


def record_consent(db: Database, *, telegram_id: int, now: dt.datetime | None = None) -> UserProfile:
    """Record that the user has just accepted the privacy notice (the latest acceptance time is kept)."""
    moment = now_utc(now)
    return _update_user(db, telegram_id, moment, profile_data=False, consent_at=moment)


def set_form(db: Database, *, telegram_id: int, form: str | None, now: dt.datetime | None = None) -> UserProfile:
    """Set the school form (S4, S5, S6, after-dse) or clear it with None. Needs consent."""
    return _update_user(db, telegram_id, now, profile_data=True, form=valid_form(form))


def set_electives(
    db: Database, *, telegram_id: int, electives: Sequence[str], now: dt.datetime | None = None
) -> UserProfile:
    """Replace the DSE electives (plain strings). Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, electives=valid_tags(electives, "electives"))


def set_interests(
    db: Database, *, telegram_id: int, interests: Sequence[str], now: dt.datetime | None = None
) -> UserProfile:
    """Replace the interest tags (subject tags, validated by the caller). Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, interests=valid_tags(interests, "interests"))


def set_goal(db: Database, *, telegram_id: int, goal: str | None, now: dt.datetime | None = None) -> UserProfile:
    """Set the free-text goal (at most MAX_GOAL_CHARS characters) or clear it. Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, goal=optional_text(goal, MAX_GOAL_CHARS, "goal"))


def set_reminders_opt_in(
    db: Database, *, telegram_id: int, opt_in: bool, now: dt.datetime | None = None
) -> UserProfile:
    """Turn reminders on or off; reminders of users who opted out are kept but not sent."""
    return _update_user(db, telegram_id, now, profile_data=False, reminders_opt_in=bool(opt_in))
