"""Class figures: the exact counts of a class (read only to make rounded snapshots) and the snapshots kept.

Only the class's own teacher may read either (NotATeacherError otherwise). What may be published, and when, is
decided by bot/classroom/figures.py; storage keeps its decisions, one snapshot per class per Hong Kong day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError
from storage.models import ClassMember, ClassSnapshot, SavedCourse, User
from storage.records import FORMS, ClassCounts, ClassSnapshotRecord
from storage.repository._rows import CHUNK, dialect_insert, inserted, table, user_id_of
from storage.repository._teaching import class_id_of, owned_class
from storage.repository._validation import now_utc, valid_telegram_id

__all__ = ["class_counts", "class_snapshots", "store_class_snapshot"]


def class_counts(db: Database, *, teacher_telegram_id: int, code: str) -> ClassCounts:
    """Exact counts over the class's current members: membership keys, forms, interests and saved courses."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    with db.read() as session:
        link = owned_class(session, teacher_telegram_id, code)
        rows = session.exec(
            sm_select(User, ClassMember.membership_key)
            .join(ClassMember, col(ClassMember.user_id) == col(User.id))
            .where(ClassMember.class_id == class_id_of(link))
        ).all()
        members = [user for user, _key in rows]
        member_ids = [user_id_of(user) for user in members]
        saved: Counter[str] = Counter()
        for start in range(0, len(member_ids), CHUNK):
            chunk = member_ids[start : start + CHUNK]
            saved.update(session.exec(sm_select(SavedCourse.entry_id).where(col(SavedCourse.user_id).in_(chunk))).all())
        return ClassCounts(
            code=link.code,
            label=link.label,
            member_keys=frozenset(key for _user, key in rows),
            forms=dict(Counter(user.form for user in members if user.form in FORMS)),
            interests=dict(Counter(tag for user in members for tag in user.interests)),
            saved_courses=dict(saved),
        )


def class_snapshots(db: Database, *, teacher_telegram_id: int, code: str) -> list[ClassSnapshotRecord]:
    """Every snapshot published for the class, oldest first."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    with db.read() as session:
        link = owned_class(session, teacher_telegram_id, code)
        snapshots = session.exec(
            sm_select(ClassSnapshot)
            .where(ClassSnapshot.class_id == class_id_of(link))
            .order_by(col(ClassSnapshot.published_on), col(ClassSnapshot.id))
        ).all()
        return [
            ClassSnapshotRecord(
                published_on=snapshot.published_on,
                figures_json=snapshot.figures_json,
                member_keys_json=snapshot.member_keys_json,
            )
            for snapshot in snapshots
        ]


def store_class_snapshot(
    db: Database,
    *,
    teacher_telegram_id: int,
    code: str,
    published_on: dt.date,
    figures_json: str,
    member_keys_json: str,
    now: dt.datetime | None = None,
) -> bool:
    """Keep a newly published snapshot. False when the class already has one for that day (a concurrent tap
    published first): the caller shows the stored one."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    if not isinstance(published_on, dt.date) or isinstance(published_on, dt.datetime):
        raise InvalidValueError("published_on must be a date")
    moment = now_utc(now)
    with db.write() as session:
        link = owned_class(session, teacher_telegram_id, code)
        return inserted(
            session,
            dialect_insert(session, table("class_snapshots"))
            .values(
                class_id=class_id_of(link),
                published_on=published_on,
                figures_json=figures_json,
                member_keys_json=member_keys_json,
                created_at=moment,
            )
            .on_conflict_do_nothing(index_elements=["class_id", "published_on"]),
        )
