"""Teachers and classes: the teacher role, class links students join, and a class's anonymised summary."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from sqlalchemy import delete, update
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError, NotATeacherError
from storage.models import (
    MAX_CLASS_CODE_CHARS,
    MAX_LABEL_CHARS,
    MAX_TAGS,
    ClassLink,
    ClassMember,
    SavedCourse,
    TeacherRole,
    User,
)
from storage.records import ClassLinkInfo, ClassSummary, JoinResult
from storage.repository._rows import (
    CHUNK,
    changed_rows,
    dialect_insert,
    existing_user,
    has_teacher_role,
    inserted,
    random_code,
    table,
    upsert_user_row,
    user_id_of,
    user_row,
)
from storage.repository._validation import aware_utc, now_utc, required_text, valid_tags, valid_telegram_id

__all__ = [
    "class_summary",
    "create_class_link",
    "grant_teacher",
    "is_teacher",
    "join_class",
    "list_class_links",
    "revoke_class_link",
    "revoke_teacher",
]

MIN_CLASS_SIZE: Final = 5
"""Teachers see aggregates only for classes with at least this many members."""
_CLASS_CODE_RE: Final = re.compile(rf"[A-Za-z0-9_-]{{4,{MAX_CLASS_CODE_CHARS}}}")


def grant_teacher(db: Database, *, telegram_id: int, now: dt.datetime | None = None) -> bool:
    """Give an existing user the teacher role. True if it was new."""
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    with db.write() as session:
        user_id = user_id_of(existing_user(session, telegram_id))
        statement = (
            dialect_insert(session, table("teacher_roles"))
            .values(user_id=user_id, granted_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
        return inserted(session, statement)


def revoke_teacher(db: Database, *, telegram_id: int) -> bool:
    """Remove the teacher role (their class links stay until the teacher is deleted). True if they had it."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(TeacherRole).where(col(TeacherRole.user_id) == user_id_of(user))
        return changed_rows(session, statement) > 0


def is_teacher(db: Database, *, telegram_id: int) -> bool:
    """Whether the user has the teacher role (check it on every teacher action)."""
    telegram_id = valid_telegram_id(telegram_id)
    with db.read() as session:
        user = user_row(session, telegram_id)
        return user is not None and has_teacher_role(session, user_id_of(user))


def _teacher_id(session: Session, telegram_id: int) -> int:
    user = user_row(session, telegram_id)
    if user is None or not has_teacher_role(session, user_id_of(user)):
        raise NotATeacherError(f"user {telegram_id} is not a teacher")
    return user_id_of(user)


def _link_info(link: ClassLink) -> ClassLinkInfo:
    return ClassLinkInfo(
        code=link.code,
        label=link.label,
        preset_interests=tuple(link.preset_interests),
        created_at=link.created_at,
        expires_at=link.expires_at,
        revoked_at=link.revoked_at,
        join_count=link.join_count,
    )


def create_class_link(
    db: Database,
    *,
    teacher_telegram_id: int,
    label: str,
    preset_interests: Sequence[str] = (),
    expires_at: dt.datetime | None = None,
    code: str | None = None,
    now: dt.datetime | None = None,
) -> ClassLinkInfo:
    """Create a class link for a teacher. The code (random unless given) fits a Telegram deep link."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    clean_label = required_text(label, MAX_LABEL_CHARS, "label")
    tags = valid_tags(preset_interests, "preset interests")
    expiry = aware_utc(expires_at, "expires_at") if expires_at is not None else None
    if code is not None and not _CLASS_CODE_RE.fullmatch(code):
        raise InvalidValueError(f"a class code is 4–{MAX_CLASS_CODE_CHARS} characters of A–Z, a–z, 0–9, _ and -")
    moment = now_utc(now)
    with db.write() as session:
        teacher_id = _teacher_id(session, teacher_telegram_id)
        for _attempt in range(5):
            candidate = code or random_code(12)
            statement = (
                dialect_insert(session, table("class_links"))
                .values(
                    code=candidate,
                    teacher_id=teacher_id,
                    label=clean_label,
                    preset_interests=tags,
                    created_at=moment,
                    expires_at=expiry,
                    revoked_at=None,
                    join_count=0,
                )
                .on_conflict_do_nothing(index_elements=["code"])
            )
            if inserted(session, statement):
                link = session.exec(sm_select(ClassLink).where(ClassLink.code == candidate)).one()
                return _link_info(link)
            if code is not None:
                raise InvalidValueError(f"the class code {code!r} is already in use")
        raise RuntimeError("could not find a free class code")  # pragma: no cover - 72 random bits


def revoke_class_link(db: Database, *, teacher_telegram_id: int, code: str, now: dt.datetime | None = None) -> bool:
    """Stop a class link from accepting students. Only its teacher may. True if it was active."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    moment = now_utc(now)
    with db.write() as session:
        teacher_id = _teacher_id(session, teacher_telegram_id)
        statement = (
            update(ClassLink)
            .where(
                col(ClassLink.code) == code,
                col(ClassLink.teacher_id) == teacher_id,
                col(ClassLink.revoked_at).is_(None),
            )
            .values(revoked_at=moment)
        )
        return changed_rows(session, statement) == 1


def list_class_links(db: Database, *, teacher_telegram_id: int) -> list[ClassLinkInfo]:
    """The teacher's own class links, newest first."""
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    with db.read() as session:
        teacher_id = _teacher_id(session, teacher_telegram_id)
        links = session.exec(
            sm_select(ClassLink)
            .where(ClassLink.teacher_id == teacher_id)
            .order_by(col(ClassLink.created_at).desc(), col(ClassLink.id).desc())
        ).all()
        return [_link_info(link) for link in links]


def _merge_tags(current: Sequence[str], extra: Sequence[str]) -> list[str]:
    merged = list(current)
    for tag in extra:
        if tag not in merged and len(merged) < MAX_TAGS:
            merged.append(tag)
    return merged


def join_class(db: Database, *, telegram_id: int, code: str, now: dt.datetime | None = None) -> JoinResult:
    """Follow a class link. An unknown, malformed, expired or revoked code writes nothing and raises nothing.

    A valid code creates the user if needed, records the membership once (counting it in ``join_count``)
    and, if the student has given consent, adds the link's preset interests to theirs. Without consent the
    presets are returned (``interests_applied=False``) for the caller to apply after consent.
    """
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    if not isinstance(code, str) or not _CLASS_CODE_RE.fullmatch(code):
        return JoinResult(status="unknown")
    with db.write() as session:
        link = session.exec(sm_select(ClassLink).where(ClassLink.code == code)).first()
        if link is None:
            return JoinResult(status="unknown")
        if link.revoked_at is not None:
            return JoinResult(status="revoked", label=link.label)
        if link.expires_at is not None and link.expires_at <= moment:
            return JoinResult(status="expired", label=link.label)
        upsert_user_row(session, telegram_id, None, moment)
        user = existing_user(session, telegram_id, lock=True)
        joined = inserted(
            session,
            dialect_insert(session, table("class_members"))
            .values(class_id=link.id, user_id=user_id_of(user), joined_at=moment)
            .on_conflict_do_nothing(index_elements=["class_id", "user_id"]),
        )
        if joined:
            session.execute(
                update(ClassLink).where(col(ClassLink.id) == link.id).values(join_count=col(ClassLink.join_count) + 1)
            )
        applied = False
        if link.preset_interests and user.consent_at is not None:
            user.interests = _merge_tags(user.interests, link.preset_interests)
            session.add(user)
            applied = True
        return JoinResult(
            status="joined" if joined else "already-member",
            label=link.label,
            preset_interests=tuple(link.preset_interests),
            interests_applied=applied,
        )


def class_summary(db: Database, *, code: str, teacher_telegram_id: int, top: int = 10) -> ClassSummary | None:
    """Anonymised aggregates for the teacher's own class, or None when it has fewer than MIN_CLASS_SIZE members.

    Only counts leave this function: how many members, and how many of them chose each interest, each form
    and each saved course. Raises :class:`NotATeacherError` for anyone but the class's teacher.
    """
    teacher_telegram_id = valid_telegram_id(teacher_telegram_id)
    with db.read() as session:
        teacher_id = _teacher_id(session, teacher_telegram_id)
        link = session.exec(
            sm_select(ClassLink).where(ClassLink.code == code, ClassLink.teacher_id == teacher_id)
        ).first()
        if link is None:
            raise NotATeacherError("no such class link for this teacher")
        members = session.exec(
            sm_select(User)
            .join(ClassMember, col(ClassMember.user_id) == col(User.id))
            .where(ClassMember.class_id == link.id)
        ).all()
        if len(members) < MIN_CLASS_SIZE:
            return None
        interests = Counter(tag for user in members for tag in user.interests)
        forms = Counter(user.form for user in members if user.form)
        member_ids = [user_id_of(user) for user in members]
        saved: Counter[str] = Counter()
        for start in range(0, len(member_ids), CHUNK):
            chunk = member_ids[start : start + CHUNK]
            saved.update(session.exec(sm_select(SavedCourse.entry_id).where(col(SavedCourse.user_id).in_(chunk))).all())
        return ClassSummary(
            code=link.code,
            label=link.label,
            members=len(members),
            interests=dict(interests.most_common()),
            forms=dict(sorted(forms.items())),
            saved_courses=dict(saved.most_common(top)),
        )
