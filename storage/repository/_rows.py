"""Statement and row helpers shared by the repository sections (used inside an open session only).

Table objects stay inside storage: these helpers hand back rows for the sections to turn into frozen records.
"""

from __future__ import annotations

import datetime as dt
import secrets
import string
from typing import Any, Final, cast

from sqlalchemy import CursorResult, Executable, Table
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel
from sqlmodel import select as sm_select

from storage.errors import UnknownUserError
from storage.models import TeacherRole, User
from storage.records import UiLanguage

# Letters and digits only: a code that began with "-" would read as an option on the command line
# (`pathways links revoke -Uq…`), and "_" or "-" add nothing a student or teacher can tell apart.
_CODE_ALPHABET: Final = string.ascii_letters + string.digits


def random_code(length: int) -> str:
    """A random code of ``length`` letters and digits (about 5.95 bits each), safe in links and as an argument."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(length))


CHUNK: Final = 500
"""How many ids go into one ``IN (…)`` list, well below every backend's parameter limit."""


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def dialect_insert(session: Session, target: Table) -> PgInsert | SqliteInsert:
    """A dialect INSERT that supports ``on_conflict_do_nothing/do_update`` (SQLite and PostgreSQL share it)."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(target)
    return sqlite_insert(target)


def inserted(session: Session, statement: PgInsert | SqliteInsert) -> bool:
    """Run an INSERT … ON CONFLICT DO NOTHING; True if it inserted a row.

    Uses RETURNING rather than ``rowcount``: PostgreSQL inserts already use RETURNING for their keys,
    and the driver then reports no row count.
    """
    returning = statement.returning(*cast(Table, statement.table).primary_key.columns)
    return session.execute(returning).first() is not None


def changed_rows(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed."""
    result = cast(CursorResult[Any], session.execute(statement, execution_options={"synchronize_session": False}))
    if result.rowcount < 0:  # pragma: no cover - would mean a driver without row counts
        raise RuntimeError("the database driver did not report a row count")
    return result.rowcount


def user_row(session: Session, telegram_id: int, *, lock: bool = False) -> User | None:
    statement = sm_select(User).where(User.telegram_id == telegram_id)
    if lock:
        statement = statement.with_for_update()  # row lock on PostgreSQL; SQLite writers are serialised
    return session.exec(statement).first()


def existing_user(session: Session, telegram_id: int, *, lock: bool = False) -> User:
    user = user_row(session, telegram_id, lock=lock)
    if user is None:
        raise UnknownUserError(telegram_id)
    return user


def user_id_of(user: User) -> int:
    assert user.id is not None  # loaded from the database
    return user.id


def has_teacher_role(session: Session, user_id: int) -> bool:
    return session.get(TeacherRole, user_id) is not None


def upsert_user_row(session: Session, telegram_id: int, language: UiLanguage | None, now: dt.datetime) -> None:
    """Create the user if new, else mark them active (and switch language when given), with one race-free
    INSERT … ON CONFLICT DO UPDATE. Used by ``upsert_user`` and by ``join_class`` for first-time students."""
    changes: dict[str, Any] = {"last_active_at": now}
    if language is not None:
        changes["language"] = language
    statement = (
        dialect_insert(session, table("users"))
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
