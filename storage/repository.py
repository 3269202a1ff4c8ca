"""Repository functions: keyword-only, one unit of work (one session, one transaction) each.

Conventions:
- People are identified by their Telegram id (``telegram_id``); internal row ids never leave storage.
- Writes about a user who does not exist raise :class:`UnknownUserError` (call :func:`upsert_user` first);
  reads about an unknown user return ``None`` or an empty list.
- Profile data (form, electives, interests, goal) is only stored after :func:`record_consent`.
- Times are timezone-aware UTC; ``now=`` parameters exist so tests and jobs can pin the clock.
- Inserts that may race (a user's first message arriving twice, a double-tapped button) use
  ``INSERT … ON CONFLICT`` against a unique constraint, so concurrent calls never create duplicates.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final, cast

from sqlalchemy import Column, CursorResult, Executable, Table, delete, select, update
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import ConsentRequiredError, InvalidValueError, NotATeacherError, UnknownUserError
from storage.models import (
    MAX_ANSWER_REF_CHARS,
    MAX_CLASS_CODE_CHARS,
    MAX_COMMENT_CHARS,
    MAX_ENTRY_ID_CHARS,
    MAX_GOAL_CHARS,
    MAX_LABEL_CHARS,
    MAX_QUESTION_CHARS,
    MAX_REMINDER_WHAT_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MAX_TELEGRAM_ID,
    MAX_TURN_CHARS,
    ClassLink,
    ClassMember,
    ConversationTurn,
    Feedback,
    QuestionLog,
    Reminder,
    SavedCourse,
    TeacherRole,
    User,
)
from storage.records import (
    FORMS,
    LANGUAGES,
    ROLES,
    ClassLinkInfo,
    ClassSummary,
    DueReminder,
    Form,
    JoinResult,
    LoggedQuestion,
    PurgeReport,
    ReminderInfo,
    Role,
    SavedCourseInfo,
    Turn,
    UiLanguage,
    UserProfile,
)
from storage.sqltypes import utcnow

__all__ = [
    "add_feedback",
    "add_reminder",
    "cancel_reminder",
    "class_summary",
    "clear_turns",
    "create_class_link",
    "delete_user",
    "due_reminders",
    "export_user",
    "get_user",
    "grant_teacher",
    "is_teacher",
    "join_class",
    "knowledge_gaps",
    "list_class_links",
    "log_question",
    "mark_reminder_sent",
    "purge",
    "recent_turns",
    "record_consent",
    "record_turn",
    "revoke_class_link",
    "revoke_teacher",
    "save_course",
    "saved_courses",
    "set_electives",
    "set_form",
    "set_goal",
    "set_interests",
    "set_language",
    "set_question_feedback",
    "set_reminders_opt_in",
    "unsave_course",
    "upsert_user",
    "user_reminders",
]

MIN_CLASS_SIZE: Final = 5
"""Teachers see aggregates only for classes with at least this many members."""
MAX_TURNS_PER_USER: Final = 20
"""``record_turn`` keeps at most this many turns per user unless told otherwise."""
EXPORT_FORMAT: Final = "dse-pathways-export/1"
_CLASS_CODE_RE: Final = re.compile(rf"[A-Za-z0-9_-]{{4,{MAX_CLASS_CODE_CHARS}}}")
_CHUNK: Final = 500

# ----------------------------------------------------------------------------------------------------------
# Helpers


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _insert(session: Session, table: Table) -> PgInsert | SqliteInsert:
    """A dialect INSERT that supports ``on_conflict_do_nothing/do_update`` (SQLite and PostgreSQL share it)."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


def _inserted(session: Session, statement: PgInsert | SqliteInsert) -> bool:
    """Run an INSERT … ON CONFLICT DO NOTHING; True if it inserted a row.

    Uses RETURNING rather than ``rowcount``: PostgreSQL inserts already use RETURNING for their keys,
    and the driver then reports no row count.
    """
    returning = statement.returning(*cast(Table, statement.table).primary_key.columns)
    return session.execute(returning).first() is not None


def _changed(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed."""
    result = cast(CursorResult[Any], session.execute(statement, execution_options={"synchronize_session": False}))
    if result.rowcount < 0:  # pragma: no cover - would mean a driver without row counts
        raise RuntimeError("the database driver did not report a row count")
    return result.rowcount


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    return _aware(now, "now")


def _aware(value: dt.datetime, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidValueError(f"{what} must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValueError(f"{what} must be timezone-aware (UTC)")
    return value.astimezone(dt.UTC)


def _telegram_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_TELEGRAM_ID:
        raise InvalidValueError(f"not a Telegram user id: {value!r}")
    return value


def _language(value: str) -> UiLanguage:
    if value not in LANGUAGES:
        raise InvalidValueError(f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)}")
    return value


def _form(value: str | None) -> Form | None:
    if value is None:
        return None
    if value not in FORMS:
        raise InvalidValueError(f"unknown form {value!r}; expected one of {', '.join(FORMS)}")
    return value


def _text(value: str | None, max_chars: int, what: str, *, required: bool = False) -> str | None:
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


def _required_text(value: str, max_chars: int, what: str) -> str:
    return cast(str, _text(value, max_chars, what, required=True))


def _tags(values: Iterable[str], what: str) -> list[str]:
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


def _user_row(session: Session, telegram_id: int, *, lock: bool = False) -> User | None:
    statement = sm_select(User).where(User.telegram_id == telegram_id)
    if lock:
        statement = statement.with_for_update()  # row lock on PostgreSQL; SQLite writers are serialised
    return session.exec(statement).first()


def _existing_user(session: Session, telegram_id: int, *, lock: bool = False) -> User:
    user = _user_row(session, telegram_id, lock=lock)
    if user is None:
        raise UnknownUserError(telegram_id)
    return user


def _user_id(user: User) -> int:
    assert user.id is not None  # loaded from the database
    return user.id


def _is_teacher(session: Session, user_id: int) -> bool:
    return session.get(TeacherRole, user_id) is not None


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
        is_teacher=_is_teacher(session, _user_id(user)),
        created_at=user.created_at,
        last_active_at=user.last_active_at,
    )


def _upsert_user_row(session: Session, telegram_id: int, language: UiLanguage | None, now: dt.datetime) -> None:
    changes: dict[str, Any] = {"last_active_at": now}
    if language is not None:
        changes["language"] = language
    statement = (
        _insert(session, _table("users"))
        .values(
            telegram_id=telegram_id,
            language=language or "en",
            form=None,
            electives=[],
            interests=[],
            goal=None,
            consent_at=None,
            reminders_opt_in=False,
            created_at=now,
            last_active_at=now,
        )
        .on_conflict_do_update(index_elements=["telegram_id"], set_=changes)
    )
    session.execute(statement)


# ----------------------------------------------------------------------------------------------------------
# Users and profiles


def upsert_user(
    db: Database, *, telegram_id: int, language: str | None = None, now: dt.datetime | None = None
) -> UserProfile:
    """Create the user if new, else mark them active (and switch language when given). Race-free."""
    telegram_id = _telegram_id(telegram_id)
    lang = _language(language) if language is not None else None
    moment = _now(now)
    with db.write() as session:
        _upsert_user_row(session, telegram_id, lang, moment)
        return _profile(session, _existing_user(session, telegram_id))


def get_user(db: Database, *, telegram_id: int) -> UserProfile | None:
    """The user's profile, or None."""
    telegram_id = _telegram_id(telegram_id)
    with db.read() as session:
        user = _user_row(session, telegram_id)
        return None if user is None else _profile(session, user)


def _update_user(
    db: Database, telegram_id: int, now: dt.datetime | None, *, profile_data: bool, **values: Any
) -> UserProfile:
    telegram_id = _telegram_id(telegram_id)
    moment = _now(now)
    with db.write() as session:
        user = _existing_user(session, telegram_id, lock=True)
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
    return _update_user(db, telegram_id, now, profile_data=False, language=_language(language))


def record_consent(db: Database, *, telegram_id: int, now: dt.datetime | None = None) -> UserProfile:
    """Record that the user has just accepted the privacy notice (the latest acceptance time is kept)."""
    moment = _now(now)
    return _update_user(db, telegram_id, moment, profile_data=False, consent_at=moment)


def set_form(db: Database, *, telegram_id: int, form: str | None, now: dt.datetime | None = None) -> UserProfile:
    """Set the school form (S4, S5, S6, after-dse) or clear it with None. Needs consent."""
    return _update_user(db, telegram_id, now, profile_data=True, form=_form(form))


def set_electives(
    db: Database, *, telegram_id: int, electives: Sequence[str], now: dt.datetime | None = None
) -> UserProfile:
    """Replace the DSE electives (plain strings). Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, electives=_tags(electives, "electives"))


def set_interests(
    db: Database, *, telegram_id: int, interests: Sequence[str], now: dt.datetime | None = None
) -> UserProfile:
    """Replace the interest tags (subject tags, validated by the caller). Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, interests=_tags(interests, "interests"))


def set_goal(db: Database, *, telegram_id: int, goal: str | None, now: dt.datetime | None = None) -> UserProfile:
    """Set the free-text goal (at most MAX_GOAL_CHARS characters) or clear it. Needs consent unless clearing."""
    return _update_user(db, telegram_id, now, profile_data=True, goal=_text(goal, MAX_GOAL_CHARS, "goal"))


def set_reminders_opt_in(
    db: Database, *, telegram_id: int, opt_in: bool, now: dt.datetime | None = None
) -> UserProfile:
    """Turn reminders on or off; reminders of users who opted out are kept but not sent."""
    return _update_user(db, telegram_id, now, profile_data=False, reminders_opt_in=bool(opt_in))


# ----------------------------------------------------------------------------------------------------------
# Teachers and classes


def grant_teacher(db: Database, *, telegram_id: int, now: dt.datetime | None = None) -> bool:
    """Give an existing user the teacher role. True if it was new."""
    telegram_id = _telegram_id(telegram_id)
    moment = _now(now)
    with db.write() as session:
        user_id = _user_id(_existing_user(session, telegram_id))
        statement = (
            _insert(session, _table("teacher_roles"))
            .values(user_id=user_id, granted_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
        return _inserted(session, statement)


def revoke_teacher(db: Database, *, telegram_id: int) -> bool:
    """Remove the teacher role (their class links stay until the teacher is deleted). True if they had it."""
    telegram_id = _telegram_id(telegram_id)
    with db.write() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(TeacherRole).where(col(TeacherRole.user_id) == _user_id(user))
        return _changed(session, statement) > 0


def is_teacher(db: Database, *, telegram_id: int) -> bool:
    """Whether the user has the teacher role (check it on every teacher action)."""
    telegram_id = _telegram_id(telegram_id)
    with db.read() as session:
        user = _user_row(session, telegram_id)
        return user is not None and _is_teacher(session, _user_id(user))


def _teacher_id(session: Session, telegram_id: int) -> int:
    user = _user_row(session, telegram_id)
    if user is None or not _is_teacher(session, _user_id(user)):
        raise NotATeacherError(f"user {telegram_id} is not a teacher")
    return _user_id(user)


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
    teacher_telegram_id = _telegram_id(teacher_telegram_id)
    clean_label = _required_text(label, MAX_LABEL_CHARS, "label")
    tags = _tags(preset_interests, "preset interests")
    expiry = _aware(expires_at, "expires_at") if expires_at is not None else None
    if code is not None and not _CLASS_CODE_RE.fullmatch(code):
        raise InvalidValueError(f"a class code is 4–{MAX_CLASS_CODE_CHARS} characters of A–Z, a–z, 0–9, _ and -")
    moment = _now(now)
    with db.write() as session:
        teacher_id = _teacher_id(session, teacher_telegram_id)
        for _attempt in range(5):
            candidate = code or secrets.token_urlsafe(9)
            statement = (
                _insert(session, _table("class_links"))
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
            if _inserted(session, statement):
                link = session.exec(sm_select(ClassLink).where(ClassLink.code == candidate)).one()
                return _link_info(link)
            if code is not None:
                raise InvalidValueError(f"the class code {code!r} is already in use")
        raise RuntimeError("could not find a free class code")  # pragma: no cover - 72 random bits


def revoke_class_link(db: Database, *, teacher_telegram_id: int, code: str, now: dt.datetime | None = None) -> bool:
    """Stop a class link from accepting students. Only its teacher may. True if it was active."""
    teacher_telegram_id = _telegram_id(teacher_telegram_id)
    moment = _now(now)
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
        return _changed(session, statement) == 1


def list_class_links(db: Database, *, teacher_telegram_id: int) -> list[ClassLinkInfo]:
    """The teacher's own class links, newest first."""
    teacher_telegram_id = _telegram_id(teacher_telegram_id)
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
    telegram_id = _telegram_id(telegram_id)
    moment = _now(now)
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
        _upsert_user_row(session, telegram_id, None, moment)
        user = _existing_user(session, telegram_id, lock=True)
        joined = _inserted(
            session,
            _insert(session, _table("class_members"))
            .values(class_id=link.id, user_id=_user_id(user), joined_at=moment)
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
    teacher_telegram_id = _telegram_id(teacher_telegram_id)
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
        member_ids = [_user_id(user) for user in members]
        saved: Counter[str] = Counter()
        for start in range(0, len(member_ids), _CHUNK):
            chunk = member_ids[start : start + _CHUNK]
            saved.update(session.exec(sm_select(SavedCourse.entry_id).where(col(SavedCourse.user_id).in_(chunk))).all())
        return ClassSummary(
            code=link.code,
            label=link.label,
            members=len(members),
            interests=dict(interests.most_common()),
            forms=dict(sorted(forms.items())),
            saved_courses=dict(saved.most_common(top)),
        )


# ----------------------------------------------------------------------------------------------------------
# Saved courses


def save_course(db: Database, *, telegram_id: int, entry_id: str, now: dt.datetime | None = None) -> bool:
    """Bookmark a catalogue entry. True if newly saved; saving twice is harmless."""
    telegram_id = _telegram_id(telegram_id)
    entry = _required_text(entry_id, MAX_ENTRY_ID_CHARS, "entry id")
    moment = _now(now)
    with db.write() as session:
        user_id = _user_id(_existing_user(session, telegram_id))
        statement = (
            _insert(session, _table("saved_courses"))
            .values(user_id=user_id, entry_id=entry, saved_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id", "entry_id"])
        )
        return _inserted(session, statement)


def unsave_course(db: Database, *, telegram_id: int, entry_id: str) -> bool:
    """Remove a bookmark. True if there was one."""
    telegram_id = _telegram_id(telegram_id)
    with db.write() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(SavedCourse).where(
            col(SavedCourse.user_id) == _user_id(user), col(SavedCourse.entry_id) == entry_id
        )
        return _changed(session, statement) > 0


def saved_courses(db: Database, *, telegram_id: int) -> list[SavedCourseInfo]:
    """The user's bookmarks, oldest first."""
    telegram_id = _telegram_id(telegram_id)
    with db.read() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return []
        rows = session.exec(
            sm_select(SavedCourse)
            .where(SavedCourse.user_id == _user_id(user))
            .order_by(col(SavedCourse.saved_at), col(SavedCourse.id))
        ).all()
        return [SavedCourseInfo(entry_id=row.entry_id, saved_at=row.saved_at) for row in rows]


# ----------------------------------------------------------------------------------------------------------
# Reminders


def _reminder_info(row: Reminder) -> ReminderInfo:
    assert row.id is not None
    return ReminderInfo(id=row.id, entry_id=row.entry_id, what=row.what, due_at=row.due_at, sent_at=row.sent_at)


def add_reminder(
    db: Database, *, telegram_id: int, entry_id: str, what: str, due_at: dt.datetime, now: dt.datetime | None = None
) -> ReminderInfo:
    """Set a reminder; setting the same (entry, what) again moves its date and makes it unsent again."""
    telegram_id = _telegram_id(telegram_id)
    entry = _required_text(entry_id, MAX_ENTRY_ID_CHARS, "entry id")
    label = _required_text(what, MAX_REMINDER_WHAT_CHARS, "what")
    due = _aware(due_at, "due_at")
    moment = _now(now)
    with db.write() as session:
        user_id = _user_id(_existing_user(session, telegram_id))
        statement = (
            _insert(session, _table("reminders"))
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
    telegram_id = _telegram_id(telegram_id)
    with db.write() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return False
        statement = delete(Reminder).where(col(Reminder.id) == reminder_id, col(Reminder.user_id) == _user_id(user))
        return _changed(session, statement) > 0


def user_reminders(db: Database, *, telegram_id: int, include_sent: bool = False) -> list[ReminderInfo]:
    """The user's reminders by due date."""
    telegram_id = _telegram_id(telegram_id)
    with db.read() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return []
        statement = sm_select(Reminder).where(Reminder.user_id == _user_id(user))
        if not include_sent:
            statement = statement.where(col(Reminder.sent_at).is_(None))
        rows = session.exec(statement.order_by(col(Reminder.due_at), col(Reminder.id))).all()
        return [_reminder_info(row) for row in rows]


def due_reminders(db: Database, *, now: dt.datetime | None = None, limit: int = 100) -> list[DueReminder]:
    """Unsent reminders due by ``now`` for users who opted in, oldest first."""
    moment = _now(now)
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
    moment = _now(now)
    with db.write() as session:
        statement = (
            update(Reminder)
            .where(col(Reminder.id) == reminder_id, col(Reminder.sent_at).is_(None))
            .values(sent_at=moment)
        )
        return _changed(session, statement) == 1


# ----------------------------------------------------------------------------------------------------------
# Feedback, conversation turns and the anonymous question log


def add_feedback(
    db: Database,
    *,
    telegram_id: int,
    helpful: bool,
    answer_ref: str | None = None,
    entry_ids: Sequence[str] = (),
    comment: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Record the user's verdict on one answer. Returns the feedback id."""
    telegram_id = _telegram_id(telegram_id)
    ref = _text(answer_ref, MAX_ANSWER_REF_CHARS, "answer_ref")
    note = _text(comment, MAX_COMMENT_CHARS, "comment")
    entries = [_required_text(e, MAX_ENTRY_ID_CHARS, "entry id") for e in entry_ids]
    moment = _now(now)
    with db.write() as session:
        user_id = _user_id(_existing_user(session, telegram_id))
        row = Feedback(
            user_id=user_id, helpful=bool(helpful), answer_ref=ref, entry_ids=entries, comment=note, created_at=moment
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def record_turn(
    db: Database,
    *,
    telegram_id: int,
    role: str,
    text: str,
    language: str | None = None,
    keep: int = MAX_TURNS_PER_USER,
    max_age: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Remember one message for follow-ups; keeps only the newest ``keep`` (and none older than ``max_age``).

    Text longer than MAX_TURN_CHARS is cut: turns are context, not a record.
    """
    telegram_id = _telegram_id(telegram_id)
    if role not in ROLES:
        raise InvalidValueError(f"role must be one of {', '.join(ROLES)}")
    if not isinstance(text, str):
        raise InvalidValueError("text must be a string")
    if keep < 1:
        raise InvalidValueError("keep must be at least 1")
    lang = _text(language, 8, "language")
    moment = _now(now)
    with db.write() as session:
        # Locking the user serialises this user's turns (PostgreSQL), so the bound is exact under concurrency.
        user_id = _user_id(_existing_user(session, telegram_id, lock=True))
        session.add(
            ConversationTurn(user_id=user_id, role=role, text=text[:MAX_TURN_CHARS], language=lang, created_at=moment)
        )
        session.flush()
        surplus = (
            select(col(ConversationTurn.id))
            .where(col(ConversationTurn.user_id) == user_id)
            .order_by(col(ConversationTurn.created_at).desc(), col(ConversationTurn.id).desc())
            .offset(keep)
        )
        session.execute(delete(ConversationTurn).where(col(ConversationTurn.id).in_(surplus)))
        if max_age is not None:
            session.execute(
                delete(ConversationTurn).where(
                    col(ConversationTurn.user_id) == user_id, col(ConversationTurn.created_at) < moment - max_age
                )
            )


def recent_turns(
    db: Database,
    *,
    telegram_id: int,
    limit: int = 10,
    max_age: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> list[Turn]:
    """The user's last ``limit`` turns no older than ``max_age``, oldest first (ready for a prompt)."""
    telegram_id = _telegram_id(telegram_id)
    moment = _now(now)
    with db.read() as session:
        user = _user_row(session, telegram_id)
        if user is None or limit < 1:
            return []
        statement = sm_select(ConversationTurn).where(ConversationTurn.user_id == _user_id(user))
        if max_age is not None:
            statement = statement.where(col(ConversationTurn.created_at) >= moment - max_age)
        rows = session.exec(
            statement.order_by(col(ConversationTurn.created_at).desc(), col(ConversationTurn.id).desc()).limit(limit)
        ).all()
        return [
            Turn(role=cast(Role, row.role), text=row.text, language=row.language, created_at=row.created_at)
            for row in reversed(rows)
        ]


def clear_turns(db: Database, *, telegram_id: int) -> int:
    """Forget the conversation so far (for example on /reset). Returns how many turns were removed."""
    telegram_id = _telegram_id(telegram_id)
    with db.write() as session:
        user = _user_row(session, telegram_id)
        if user is None:
            return 0
        statement = delete(ConversationTurn).where(col(ConversationTurn.user_id) == _user_id(user))
        return _changed(session, statement)


def log_question(db: Database, *, question: str, language: str, found: bool, now: dt.datetime | None = None) -> str:
    """Add a question to the anonymous log (no user, only the day). Returns its random id for feedback.

    Do not store the returned id next to a user anywhere: that would link the log to people.
    """
    if not isinstance(question, str) or not question.strip():
        raise InvalidValueError("question is required")
    lang = _required_text(language, 8, "language")
    moment = _now(now)
    with db.write() as session:
        row = QuestionLog(
            question=question.strip()[:MAX_QUESTION_CHARS], language=lang, found=bool(found), asked_on=moment.date()
        )
        session.add(row)
        session.flush()
        return row.id


def set_question_feedback(db: Database, *, question_id: str, helpful: bool) -> bool:
    """Attach a helpful/unhelpful verdict to a logged question. True if the question is still in the log."""
    with db.write() as session:
        statement = update(QuestionLog).where(col(QuestionLog.id) == question_id).values(helpful=bool(helpful))
        return _changed(session, statement) == 1


def knowledge_gaps(
    db: Database, *, days: int = 30, limit: int = 200, now: dt.datetime | None = None
) -> list[LoggedQuestion]:
    """Questions of the last ``days`` days that found nothing or were marked unhelpful, newest day first."""
    since = (_now(now) - dt.timedelta(days=days)).date()
    with db.read() as session:
        rows = session.exec(
            sm_select(QuestionLog)
            .where(
                col(QuestionLog.asked_on) >= since,
                col(QuestionLog.found).is_(False) | col(QuestionLog.helpful).is_(False),
            )
            .order_by(col(QuestionLog.asked_on).desc(), col(QuestionLog.question))
            .limit(limit)
        ).all()
        return [
            LoggedQuestion(
                id=r.id, question=r.question, language=r.language, found=r.found, helpful=r.helpful, asked_on=r.asked_on
            )
            for r in rows
        ]


# ----------------------------------------------------------------------------------------------------------
# Privacy: export, delete, purge


def _user_links() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) that points at users.id, in dependency order (parents before children)."""
    users = _table("users")
    links: list[tuple[Table, Column[Any]]] = []
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is users:
                links.append((table, fk.parent))
    return links


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def export_user(db: Database, *, telegram_id: int, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """Everything held about the user, as a JSON-serialisable dict (None if there is no such user).

    ``tables`` has one list of rows per table that holds anything about the user, found through the
    foreign keys to ``users``, so a table added later is exported without changing this function.
    """
    telegram_id = _telegram_id(telegram_id)
    moment = _now(now)
    users = _table("users")
    with db.read() as session:
        row = session.execute(select(users).where(users.c.telegram_id == telegram_id)).mappings().first()
        if row is None:
            return None
        user_id = row["id"]
        tables: dict[str, list[dict[str, Any]]] = {"users": [_jsonable(dict(row))]}
        for table, column in _user_links():
            rows = session.execute(
                select(table).where(column == user_id).order_by(*table.primary_key.columns)
            ).mappings()
            tables.setdefault(table.name, []).extend(_jsonable(dict(r)) for r in rows)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": moment.isoformat(),
            "telegram_id": telegram_id,
            "tables": tables,
            "not_included": (
                "The anonymous question log keeps question texts without any link to you "
                "(no user, only the day), so it cannot be exported or deleted per person; it is purged by age."
            ),
        }


def _delete_user_ids(session: Session, user_ids: Sequence[int]) -> dict[str, int]:
    """Delete every row about these users from every table, children first. Returns rows per table."""
    counts: dict[str, int] = {}
    users = _table("users")
    for start in range(0, len(user_ids), _CHUNK):
        chunk = list(user_ids[start : start + _CHUNK])
        for table, column in reversed(_user_links()):
            deleted = _changed(session, delete(table).where(column.in_(chunk)))
            counts[table.name] = counts.get(table.name, 0) + deleted
        deleted = _changed(session, delete(users).where(users.c.id.in_(chunk)))
        counts["users"] = counts.get("users", 0) + deleted
    return counts


def delete_user(db: Database, *, telegram_id: int) -> dict[str, int]:
    """Delete everything about the user from every table. Returns rows deleted per table ({} if unknown).

    Class links the user created as a teacher go too, with their classes' memberships.
    """
    telegram_id = _telegram_id(telegram_id)
    with db.write() as session:
        user = _user_row(session, telegram_id, lock=True)
        if user is None:
            return {}
        user_id = _user_id(user)
        session.expunge(user)
        return {name: n for name, n in _delete_user_ids(session, [user_id]).items() if n}


def purge(
    db: Database,
    *,
    inactive_days: int,
    turn_days: int,
    question_days: int | None = None,
    now: dt.datetime | None = None,
) -> PurgeReport:
    """Apply the retention policy.

    - users inactive for ``inactive_days`` are deleted with everything about them;
    - conversation turns older than ``turn_days`` are deleted, and so are sent reminders older than that;
    - anonymous questions older than ``question_days`` (default: ``inactive_days``) are deleted.
    """
    for name, days in (("inactive_days", inactive_days), ("turn_days", turn_days)):
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise InvalidValueError(f"{name} must be a whole number of days, at least 1")
    question_days = inactive_days if question_days is None else question_days
    moment = _now(now)
    user_cutoff = moment - dt.timedelta(days=inactive_days)
    turn_cutoff = moment - dt.timedelta(days=turn_days)
    question_cutoff = (moment - dt.timedelta(days=question_days)).date()
    with db.write() as session:
        # Lock the rows first (PostgreSQL), so a user who comes back mid-purge is either kept or re-created.
        stale = session.exec(sm_select(User.id).where(col(User.last_active_at) < user_cutoff).with_for_update()).all()
        stale_ids = [user_id for user_id in stale if user_id is not None]
        users = _delete_user_ids(session, stale_ids).get("users", 0) if stale_ids else 0
        turns = _changed(session, delete(ConversationTurn).where(col(ConversationTurn.created_at) < turn_cutoff))
        reminders = _changed(
            session,
            delete(Reminder).where(col(Reminder.sent_at).is_not(None), col(Reminder.sent_at) < turn_cutoff),
        )
        questions = _changed(session, delete(QuestionLog).where(col(QuestionLog.asked_on) < question_cutoff))
        return PurgeReport(users=users, turns=turns, questions=questions, reminders=reminders)
