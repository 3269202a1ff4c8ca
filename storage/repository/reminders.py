"""Reminders: dated nudges about a catalogue entry, claimed once by whichever worker sends them."""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import delete, update
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.models import MAX_ENTRY_ID_CHARS, MAX_REMINDER_WHAT_CHARS, Reminder, User
from storage.records import DueReminder, ReminderInfo, UiLanguage
from storage.repository._rows import changed_rows, dialect_insert, existing_user, table, user_id_of, user_row
from storage.repository._validation import aware_utc, now_utc, required_text, valid_telegram_id

__all__ = ["add_reminder", "cancel_reminder", "due_reminders", "mark_reminder_sent", "user_reminders"]


def _reminder_info(row: Reminder) -> ReminderInfo:
    assert row.id is not None
    return ReminderInfo(id=row.id, entry_id=row.entry_id, what=row.what, due_at=row.due_at, sent_at=row.sent_at)


def add_reminder(
    db: Database, *, telegram_id: int, entry_id: str, what: str, due_at: dt.datetime, now: dt.datetime | None = None
) -> ReminderInfo:
    """Set a reminder; setting the same (entry, what) again moves its date and makes it unsent again."""
    telegram_id = valid_telegram_id(telegram_id)
    entry = required_text(entry_id, MAX_ENTRY_ID_CHARS, "entry id")
    label = required_text(what, MAX_REMINDER_WHAT_CHARS, "what")
    due = aware_utc(due_at, "due_at")
    moment = now_utc(now)
    with db.write() as session:
        user_id = user_id_of(existing_user(session, telegram_id))
        statement = (
            dialect_insert(session, table("reminders"))
            .values(user_id=user_id, entry_id=entry, what=label, due_at=due, created_at=moment, sent_at=None)
            .on_conflict_do_update(
                index_elements=["user_id", "entry_id", "what"], set_={"due_at": due, "sent_at": None}
            )
        )
        session.execute(statement)
        row = session.exec(
            sm_select(Reminder).where(Reminder.user_id == user_id, Reminder.entry_id == entry, Reminder.what == label)
        ).one()
        return _reminder_info(row)


def cancel_reminder(db: Database, *, telegram_id: int, reminder_id: int) -> bool:
    """Delete one of the user's reminders. True if it existed (and was theirs)."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(Reminder).where(col(Reminder.id) == reminder_id, col(Reminder.user_id) == user_id_of(user))
        return changed_rows(session, statement) > 0


def user_reminders(db: Database, *, telegram_id: int, include_sent: bool = False) -> list[ReminderInfo]:
    """The user's reminders by due date."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return []
        statement = sm_select(Reminder).where(Reminder.user_id == user_id_of(user))
        if not include_sent:
            statement = statement.where(col(Reminder.sent_at).is_(None))
        rows = session.exec(statement.order_by(col(Reminder.due_at), col(Reminder.id))).all()
        return [_reminder_info(row) for row in rows]


def due_reminders(db: Database, *, now: dt.datetime | None = None, limit: int = 100) -> list[DueReminder]:
    """Unsent reminders due by ``now`` for users who opted in, oldest first."""
    moment = now_utc(now)
    with db.read() as session:
        rows = session.exec(
            sm_select(Reminder, User)
            .join(User, col(User.id) == col(Reminder.user_id))
            .where(col(Reminder.sent_at).is_(None), col(Reminder.due_at) <= moment, col(User.reminders_opt_in))
            .order_by(col(Reminder.due_at), col(Reminder.id))
            .limit(limit)
        ).all()
        return [
            DueReminder(
                id=cast(int, reminder.id),
                telegram_id=user.telegram_id,
                language=cast(UiLanguage, user.language),
                entry_id=reminder.entry_id,
                what=reminder.what,
                due_at=reminder.due_at,
            )
            for reminder, user in rows
        ]


def mark_reminder_sent(db: Database, *, reminder_id: int, now: dt.datetime | None = None) -> bool:
    """Claim a reminder for sending. Only the first caller gets True, so two workers never both send it."""
    moment = now_utc(now)
    with db.write() as session:
        statement = (
            update(Reminder)
            .where(col(Reminder.id) == reminder_id, col(Reminder.sent_at).is_(None))
            .values(sent_at=moment)
        )
        return changed_rows(session, statement) == 1
