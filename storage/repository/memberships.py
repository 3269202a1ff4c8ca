"""A student's classes: which they joined, muting a class's announcements, and the teacher's suggestion of
deadline nudges to a class (a suggestion only: each student turns nudges on themselves)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.models import ClassLink, ClassMember
from storage.records import ClassMembership
from storage.repository._rows import changed_rows, user_id_of, user_row
from storage.repository._teaching import class_id_of, owned_class
from storage.repository._validation import now_utc, valid_telegram_id

__all__ = ["my_classes", "set_class_muted", "suggest_nudges_to_class"]


def my_classes(db: Database, *, telegram_id: int) -> list[ClassMembership]:
    """The classes the student joined, oldest first."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return []
        rows = session.exec(
            sm_select(ClassLink, ClassMember)
            .join(ClassMember, col(ClassMember.class_id) == col(ClassLink.id))
            .where(ClassMember.user_id == user_id_of(user))
            .order_by(col(ClassMember.joined_at), col(ClassLink.id))
        ).all()
        return [
            ClassMembership(
                code=link.code, label=link.label, muted=member.muted_at is not None, suggests_nudges=link.suggest_nudges
            )
            for link, member in rows
        ]


def set_class_muted(db: Database, *, telegram_id: int, code: str, muted: bool, now: dt.datetime | None = None) -> bool:
    """Mute (or unmute) a class's announcements for this student. False if they are not in that class."""
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    with db.write() as session:
        user = user_row(session, telegram_id)
        link = session.exec(sm_select(ClassLink).where(ClassLink.code == code)).first()
        if user is None or link is None:
            return False
        statement = (
            update(ClassMember)
            .where(col(ClassMember.class_id) == class_id_of(link), col(ClassMember.user_id) == user_id_of(user))
            .values(muted_at=moment if muted else None)
        )
        return changed_rows(session, statement) == 1


def suggest_nudges_to_class(db: Database, *, teacher_telegram_id: int, code: str, suggest: bool) -> bool:
    """The teacher turns the nudge suggestion for their class on or off. True if it changed."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    with db.write() as session:
        link = owned_class(session, teacher_telegram_id, code)
        statement = (
            update(ClassLink)
            .where(col(ClassLink.id) == class_id_of(link), col(ClassLink.suggest_nudges) != suggest)
            .values(suggest_nudges=suggest)
        )
        return changed_rows(session, statement) == 1
