"""Announcements from a teacher to a class, delivered resumably: each delivery is claimed before it is sent.

Creating an announcement records one *pending* delivery per member who accepted the privacy notice and has not
muted the class, in the same transaction, under a per-teacher daily limit (Hong Kong days). A sender then
claims deliveries one by one — ``pending`` → ``sent`` in one UPDATE that only one caller can win — and sends
each only after its claim. A bot restarted half-way finds the rest still pending and sends them, never one
twice (a message whose request was cut off by the crash itself is not retried: at most once, by design).
Students who used /forget have no deliveries left (they go with the user); students who muted the class or
left it since are skipped at their claim.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, cast

from sqlalchemy import func, update
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import StorageError
from storage.models import (
    MAX_ANNOUNCEMENT_CHARS,
    MAX_ENTRY_ID_CHARS,
    Announcement,
    AnnouncementDelivery,
    ClassLink,
    ClassMember,
    User,
)
from storage.records import AnnouncementInfo, AnnouncementProgress, AnnouncementStatus, DeliveryClaim, UiLanguage
from storage.repository._rows import changed_rows, user_id_of, user_row
from storage.repository._teaching import class_id_of, hong_kong_midnight, owned_class, teacher_id
from storage.repository._validation import now_utc, optional_text, required_text, valid_telegram_id

__all__ = [
    "announcement_progress",
    "announcements_in_progress",
    "announcements_left_today",
    "claim_delivery",
    "create_announcement",
    "finish_announcement",
    "mark_delivery_failed",
    "pending_deliveries",
]

MAX_ANNOUNCEMENTS_PER_DAY: Final = 3


class AnnouncementLimitError(StorageError):
    """The teacher has already sent today's announcements (Hong Kong day)."""


def _sent_today(session: Session, owner: int, moment: dt.datetime) -> int:
    return session.exec(
        sm_select(func.count())
        .select_from(Announcement)
        .where(Announcement.teacher_id == owner, col(Announcement.created_at) >= hong_kong_midnight(moment))
    ).one()


def announcements_left_today(
    db: Database,
    *,
    teacher_telegram_id: int,
    daily_limit: int = MAX_ANNOUNCEMENTS_PER_DAY,
    now: dt.datetime | None = None,
) -> int:
    """How many more announcements the teacher may send today (NotATeacherError for anyone else)."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    moment = now_utc(now)
    with db.read() as session:
        return max(0, daily_limit - _sent_today(session, teacher_id(session, teacher_telegram_id), moment))


def create_announcement(
    db: Database,
    *,
    teacher_telegram_id: int,
    code: str,
    text: str,
    entry_id: str | None = None,
    daily_limit: int = MAX_ANNOUNCEMENTS_PER_DAY,
    now: dt.datetime | None = None,
) -> AnnouncementInfo:
    """Record an announcement and its pending deliveries. AnnouncementLimitError past the daily limit;
    NotATeacherError unless the class is the teacher's own."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    body = required_text(text, MAX_ANNOUNCEMENT_CHARS, "announcement")
    entry = optional_text(entry_id, MAX_ENTRY_ID_CHARS, "entry id")
    moment = now_utc(now)
    with db.write() as session:
        link = owned_class(session, teacher_telegram_id, code)
        teacher = user_row(session, teacher_telegram_id, lock=True)  # serialises one teacher's announcements
        assert teacher is not None
        if _sent_today(session, user_id_of(teacher), moment) >= daily_limit:
            raise AnnouncementLimitError(f"at most {daily_limit} announcements a day")
        announcement = Announcement(
            class_id=class_id_of(link), teacher_id=user_id_of(teacher), text=body, entry_id=entry, created_at=moment
        )
        session.add(announcement)
        session.flush()
        assert announcement.id is not None
        recipients = session.exec(
            sm_select(ClassMember.user_id)
            .join(User, col(User.id) == col(ClassMember.user_id))
            .where(
                ClassMember.class_id == class_id_of(link),
                col(ClassMember.muted_at).is_(None),
                col(User.consent_at).is_not(None),
                col(User.id) != user_id_of(teacher),
            )
        ).all()
        session.add_all(AnnouncementDelivery(announcement_id=announcement.id, user_id=user) for user in recipients)
        return AnnouncementInfo(
            id=announcement.id,
            class_code=link.code,
            class_label=link.label,
            text=body,
            entry_id=entry,
            created_at=moment,
            status="sending",
            recipients=len(recipients),
        )


def announcements_in_progress(db: Database) -> list[int]:
    """Announcements with deliveries still to settle, oldest first (what a starting bot resumes)."""
    with db.read() as session:
        ids = session.exec(
            sm_select(Announcement.id).where(Announcement.status == "sending").order_by(col(Announcement.id))
        ).all()
        return [announcement_id for announcement_id in ids if announcement_id is not None]


def pending_deliveries(db: Database, *, announcement_id: int, limit: int = 200) -> list[int]:
    """Telegram ids of students whose delivery is still pending (claim each before sending)."""
    with db.read() as session:
        return list(
            session.exec(
                sm_select(User.telegram_id)
                .join(AnnouncementDelivery, col(AnnouncementDelivery.user_id) == col(User.id))
                .where(AnnouncementDelivery.announcement_id == announcement_id, AnnouncementDelivery.state == "pending")
                .order_by(col(User.id))
                .limit(limit)
            ).all()
        )


def _set_state(session: Session, announcement_id: int, user_id: int, state: str, moment: dt.datetime | None) -> bool:
    statement = (
        update(AnnouncementDelivery)
        .where(
            col(AnnouncementDelivery.announcement_id) == announcement_id,
            col(AnnouncementDelivery.user_id) == user_id,
            col(AnnouncementDelivery.state) == "pending",
        )
        .values(state=state, sent_at=moment)
    )
    return changed_rows(session, statement) == 1


def claim_delivery(
    db: Database, *, announcement_id: int, telegram_id: int, now: dt.datetime | None = None
) -> DeliveryClaim | None:
    """Claim one pending delivery for sending. Only one caller ever gets it; None when it is not pending any
    more, or when the student has since muted or left the class (then it is marked skipped)."""
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    with db.write() as session:
        found = session.exec(
            sm_select(User, Announcement, ClassLink)
            .join(AnnouncementDelivery, col(AnnouncementDelivery.user_id) == col(User.id))
            .join(Announcement, col(Announcement.id) == col(AnnouncementDelivery.announcement_id))
            .join(ClassLink, col(ClassLink.id) == col(Announcement.class_id))
            .where(
                User.telegram_id == telegram_id,
                AnnouncementDelivery.announcement_id == announcement_id,
                AnnouncementDelivery.state == "pending",
            )
        ).first()
        if found is None:
            return None
        user, announcement, link = found
        membership = session.get(ClassMember, (class_id_of(link), user_id_of(user)))
        if membership is None or membership.muted_at is not None or user.consent_at is None:
            _set_state(session, announcement_id, user_id_of(user), "skipped", None)
            return None
        if not _set_state(session, announcement_id, user_id_of(user), "sent", moment):
            return None  # another worker claimed it first
        return DeliveryClaim(
            announcement_id=announcement_id,
            telegram_id=telegram_id,
            language=cast(UiLanguage, user.language),
            class_code=link.code,
            class_label=link.label,
            text=announcement.text,
            entry_id=announcement.entry_id,
        )


def mark_delivery_failed(db: Database, *, announcement_id: int, telegram_id: int) -> bool:
    """A claimed delivery that Telegram refused (the student blocked the bot): counted as not received."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return False
        statement = (
            update(AnnouncementDelivery)
            .where(
                col(AnnouncementDelivery.announcement_id) == announcement_id,
                col(AnnouncementDelivery.user_id) == user_id_of(user),
                col(AnnouncementDelivery.state) == "sent",
            )
            .values(state="failed", sent_at=None)
        )
        return changed_rows(session, statement) == 1


def _progress(session: Session, announcement: Announcement) -> AnnouncementProgress:
    assert announcement.id is not None
    counts = dict(
        session.exec(
            sm_select(AnnouncementDelivery.state, func.count())
            .where(AnnouncementDelivery.announcement_id == announcement.id)
            .group_by(col(AnnouncementDelivery.state))
        ).all()
    )
    teacher = session.get(User, announcement.teacher_id)
    link = session.get(ClassLink, announcement.class_id)
    assert teacher is not None  # deleting the teacher deletes the announcement
    assert link is not None
    return AnnouncementProgress(
        id=announcement.id,
        teacher_telegram_id=teacher.telegram_id,
        teacher_language=cast(UiLanguage, teacher.language),
        class_label=link.label,
        status=cast(AnnouncementStatus, announcement.status),
        pending=counts.get("pending", 0),
        sent=counts.get("sent", 0),
        failed=counts.get("failed", 0),
        skipped=counts.get("skipped", 0),
    )


def announcement_progress(db: Database, *, announcement_id: int) -> AnnouncementProgress | None:
    """Counts of the announcement's deliveries by state (None if it no longer exists)."""
    with db.read() as session:
        announcement = session.get(Announcement, announcement_id)
        return None if announcement is None else _progress(session, announcement)


def finish_announcement(db: Database, *, announcement_id: int) -> AnnouncementProgress | None:
    """Mark the announcement done once nothing is pending. Returns its counts to the one caller that finished
    it (who tells the teacher), None to everyone else."""
    with db.write() as session:
        pending = session.exec(
            sm_select(func.count())
            .select_from(AnnouncementDelivery)
            .where(AnnouncementDelivery.announcement_id == announcement_id, AnnouncementDelivery.state == "pending")
        ).one()
        if pending:
            return None
        statement = (
            update(Announcement)
            .where(col(Announcement.id) == announcement_id, col(Announcement.status) == "sending")
            .values(status="done")
        )
        if changed_rows(session, statement) != 1:
            return None
        announcement = session.get(Announcement, announcement_id)
        assert announcement is not None
        session.refresh(announcement)
        return _progress(session, announcement)
