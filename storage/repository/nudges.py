"""Deadline nudges: the kinds a student turned on, who gets nudges, and claiming a nudge so it is sent once.

Which dates exist and which fit a student is the bot's business (it reads them from the catalogue); storage
keeps only the student's choice and, per student, the keys of the nudges already claimed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import ConsentRequiredError, InvalidValueError
from storage.models import MAX_NUDGE_KEY_CHARS, NudgePreference, User
from storage.records import Form, NudgeRecipient, UiLanguage
from storage.repository._rows import dialect_insert, existing_user, inserted, table, user_id_of, user_row
from storage.repository._validation import now_utc, required_text, valid_tags, valid_telegram_id

__all__ = ["claim_nudge", "nudge_kinds", "nudge_recipients", "set_nudge_kinds"]


def nudge_kinds(db: Database, *, telegram_id: int) -> tuple[str, ...]:
    """The kinds of nudges the student turned on (empty: none)."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return ()
        preference = session.get(NudgePreference, user_id_of(user))
        return tuple(preference.kinds) if preference else ()


def set_nudge_kinds(
    db: Database, *, telegram_id: int, kinds: Sequence[str], now: dt.datetime | None = None
) -> tuple[str, ...]:
    """Replace the student's nudge kinds (plain strings, checked by the caller); empty turns nudges off.
    Turning them on needs consent."""
    telegram_id = valid_telegram_id(telegram_id)
    chosen = valid_tags(kinds, "nudge kinds")
    moment = now_utc(now)
    with db.write() as session:
        user = existing_user(session, telegram_id, lock=True)
        user_id = user_id_of(user)
        if not chosen:
            session.execute(delete(NudgePreference).where(col(NudgePreference.user_id) == user_id))
            return ()
        if user.consent_at is None:
            raise ConsentRequiredError(telegram_id)
        session.execute(
            dialect_insert(session, table("nudge_preferences"))
            .values(user_id=user_id, kinds=chosen, updated_at=moment)
            .on_conflict_do_update(index_elements=["user_id"], set_={"kinds": chosen, "updated_at": moment})
        )
        return tuple(chosen)


def nudge_recipients(db: Database, *, after_telegram_id: int = 0, limit: int = 500) -> list[NudgeRecipient]:
    """Consenting students with nudges on, by Telegram id (page with ``after_telegram_id``)."""
    if limit < 1:
        raise InvalidValueError("limit must be at least 1")
    with db.read() as session:
        rows = session.exec(
            sm_select(User, NudgePreference)
            .join(NudgePreference, col(NudgePreference.user_id) == col(User.id))
            .where(col(User.consent_at).is_not(None), col(User.telegram_id) > after_telegram_id)
            .order_by(col(User.telegram_id))
            .limit(limit)
        ).all()
        return [
            NudgeRecipient(
                telegram_id=user.telegram_id,
                language=cast(UiLanguage, user.language),
                form=cast(Form | None, user.form),
                interests=tuple(user.interests),
                kinds=tuple(preference.kinds),
            )
            for user, preference in rows
        ]


def claim_nudge(db: Database, *, telegram_id: int, nudge_key: str, now: dt.datetime | None = None) -> bool:
    """Claim one nudge for one student. Only the first caller gets True, so a nudge is sent at most once."""
    telegram_id = valid_telegram_id(telegram_id)
    key = required_text(nudge_key, MAX_NUDGE_KEY_CHARS, "nudge key")
    moment = now_utc(now)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return False
        return inserted(
            session,
            dialect_insert(session, table("nudges_sent"))
            .values(user_id=user_id_of(user), nudge_key=key, sent_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id", "nudge_key"]),
        )
