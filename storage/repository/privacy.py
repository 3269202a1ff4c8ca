"""Privacy: export everything about a user, delete it, and apply the retention policy (purge).

Every table that holds something about a person points at ``users.id`` (see :mod:`storage.models`); these
functions find those tables through the foreign keys, so a table added later is exported and deleted
without changing this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import Column, Table, delete, select
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError
from storage.models import ConversationTurn, QuestionLog, Reminder, User
from storage.records import PurgeReport
from storage.repository._rows import CHUNK, changed_rows, table, user_id_of, user_row
from storage.repository._validation import now_utc, valid_telegram_id

__all__ = ["delete_user", "export_user", "purge"]

EXPORT_FORMAT: Final = "dse-pathways-export/1"


def _user_links() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) that points at users.id, in dependency order (parents before children)."""
    users = table("users")
    links: list[tuple[Table, Column[Any]]] = []
    for linked in SQLModel.metadata.sorted_tables:
        for fk in linked.foreign_keys:
            if fk.column.table is users:
                links.append((linked, fk.parent))
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
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    users = table("users")
    with db.read() as session:
        row = session.execute(select(users).where(users.c.telegram_id == telegram_id)).mappings().first()
        if row is None:
            return None
        user_id = row["id"]
        tables: dict[str, list[dict[str, Any]]] = {"users": [_jsonable(dict(row))]}
        for linked, column in _user_links():
            rows = session.execute(
                select(linked).where(column == user_id).order_by(*linked.primary_key.columns)
            ).mappings()
            tables.setdefault(linked.name, []).extend(_jsonable(dict(r)) for r in rows)
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
    users = table("users")
    for start in range(0, len(user_ids), CHUNK):
        chunk = list(user_ids[start : start + CHUNK])
        for linked, column in reversed(_user_links()):
            deleted = changed_rows(session, delete(linked).where(column.in_(chunk)))
            counts[linked.name] = counts.get(linked.name, 0) + deleted
        deleted = changed_rows(session, delete(users).where(users.c.id.in_(chunk)))
        counts["users"] = counts.get("users", 0) + deleted
    return counts


def delete_user(db: Database, *, telegram_id: int) -> dict[str, int]:
    """Delete everything about the user from every table. Returns rows deleted per table ({} if unknown).

    Class links the user created as a teacher go too, with their classes' memberships.
    """
    telegram_id = valid_telegram_id(telegram_id)
    with db.write() as session:
        user = user_row(session, telegram_id, lock=True)
        if user is None:
            return {}
        user_id = user_id_of(user)
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
    moment = now_utc(now)
    user_cutoff = moment - dt.timedelta(days=inactive_days)
    turn_cutoff = moment - dt.timedelta(days=turn_days)
    question_cutoff = (moment - dt.timedelta(days=question_days)).date()
    with db.write() as session:
        # Lock the rows first (PostgreSQL), so a user who comes back mid-purge is either kept or re-created.
        stale = session.exec(sm_select(User.id).where(col(User.last_active_at) < user_cutoff).with_for_update()).all()
        stale_ids = [user_id for user_id in stale if user_id is not None]
        users = _delete_user_ids(session, stale_ids).get("users", 0) if stale_ids else 0
        turns = changed_rows(session, delete(ConversationTurn).where(col(ConversationTurn.created_at) < turn_cutoff))
        reminders = changed_rows(
            session,
            delete(Reminder).where(col(Reminder.sent_at).is_not(None), col(Reminder.sent_at) < turn_cutoff),
        )
        questions = changed_rows(session, delete(QuestionLog).where(col(QuestionLog.asked_on) < question_cutoff))
        return PurgeReport(users=users, turns=turns, questions=questions, reminders=reminders)
