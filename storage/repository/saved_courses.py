"""Saved courses: a student's bookmarks of catalogue entries (plain entry ids; storage never reads the catalogue)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.models import MAX_ENTRY_ID_CHARS, SavedCourse
from storage.records import SavedCourseInfo
from storage.repository._rows import changed_rows, dialect_insert, existing_user, inserted, table, user_id_of, user_row
from storage.repository._validation import now_utc, required_text, valid_telegram_id

__all__ = ["save_course", "saved_courses", "unsave_course"]


def save_course(db: Database, *, telegram_id: int, entry_id: str, now: dt.datetime | None = None) -> bool:
    """Bookmark a catalogue entry. True if newly saved; saving twice is harmless."""
    telegram_id = valid_telegram_id(telegram_id)
    entry = required_text(entry_id, MAX_ENTRY_ID_CHARS, "entry id")
    moment = now_utc(now)
    with db.write() as session:
        user_id = user_id_of(existing_user(session, telegram_id))
        statement = (
            dialect_insert(session, table("saved_courses"))
            .values(user_id=user_id, entry_id=entry, saved_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id", "entry_id"])
        )
        return inserted(session, statement)


def unsave_course(db: Database, *, telegram_id: int, entry_id: str) -> bool:
    """Remove a bookmark. True if there was one."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(SavedCourse).where(
            col(SavedCourse.user_id) == user_id_of(user), col(SavedCourse.entry_id) == entry_id
        )
        return changed_rows(session, statement) > 0


def saved_courses(db: Database, *, telegram_id: int) -> list[SavedCourseInfo]:
    """The user's bookmarks, oldest first."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return []
        rows = session.exec(
            sm_select(SavedCourse)
            .where(SavedCourse.user_id == user_id_of(user))
            .order_by(col(SavedCourse.saved_at), col(SavedCourse.id))
        ).all()
        return [SavedCourseInfo(entry_id=row.entry_id, saved_at=row.saved_at) for row in rows]
