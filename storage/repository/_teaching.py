"""Helpers for the teachers' sections (used inside an open session only): the teacher's own class, by code."""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlmodel import Session
from sqlmodel import select as sm_select

from storage.errors import NotATeacherError
from storage.models import ClassLink
from storage.repository._rows import has_teacher_role, user_id_of, user_row

# Hong Kong has had no daylight saving since 1979: a fixed offset is exact. Storage keeps its own copy so that
# it never imports the bot's configuration.
HONG_KONG: Final = dt.timezone(dt.timedelta(hours=8), "HKT")


def teacher_id(session: Session, telegram_id: int) -> int:
    """The user id of a teacher; NotATeacherError for anyone without the role."""
    user = user_row(session, telegram_id)
    if user is None or not has_teacher_role(session, user_id_of(user)):
        raise NotATeacherError(f"user {telegram_id} is not a teacher")
    return user_id_of(user)


def owned_class(session: Session, teacher_telegram_id: int, code: str) -> ClassLink:
    """The teacher's own class link; NotATeacherError for a non-teacher or someone else's (or no such) class."""
    owner = teacher_id(session, teacher_telegram_id)
    link = session.exec(sm_select(ClassLink).where(ClassLink.code == code, ClassLink.teacher_id == owner)).first()
    if link is None:
        raise NotATeacherError("no such class link for this teacher")
    return link


def class_id_of(link: ClassLink) -> int:
    assert link.id is not None  # loaded from the database
    return link.id


def hong_kong_midnight(moment: dt.datetime) -> dt.datetime:
    """The start (in UTC) of the Hong Kong day ``moment`` falls on."""
    local = moment.astimezone(HONG_KONG)
    return dt.datetime.combine(local.date(), dt.time(0, 0), tzinfo=HONG_KONG).astimezone(dt.UTC)
