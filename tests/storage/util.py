"""Helpers for storage tests that look at the raw tables, independently of the repository code."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, select
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage import Database

BASE_ID = 2**40 + 7
"""Telegram ids in tests start above 2^32 so 32-bit truncation cannot go unnoticed."""


def tables() -> list[Table]:
    return list(SQLModel.metadata.sorted_tables)


def users_table() -> Table:
    return SQLModel.metadata.tables["users"]


def user_columns(table: Table) -> list[str]:
    """Columns of ``table`` that hold a users.id (its foreign keys to users, or users.id itself)."""
    users = users_table()
    names = [fk.parent.name for fk in table.foreign_keys if fk.column.table is users]
    if table is users:
        names.append("id")
    return names


def internal_id(db: Database, telegram_id: int) -> int:
    users = users_table()
    with db.engine.connect() as conn:
        value = conn.execute(select(users.c.id).where(users.c.telegram_id == telegram_id)).scalar_one()
    return int(value)


def count(db: Database, table: str, **where: Any) -> int:
    target = SQLModel.metadata.tables[table]
    statement = select(func.count()).select_from(target)
    for name, value in where.items():
        statement = statement.where(target.c[name] == value)
    with db.engine.connect() as conn:
        return int(conn.execute(statement).scalar_one())


def _mentions(value: Any, needles: list[str]) -> bool:
    if isinstance(value, str):
        return any(needle in value for needle in needles)
    if isinstance(value, list | tuple):
        return any(_mentions(v, needles) for v in value)
    if isinstance(value, dict):
        return any(_mentions(v, needles) or _mentions(k, needles) for k, v in value.items())
    return False


def rows_about(db: Database, *, user_id: int, telegram_id: int, markers: list[str]) -> list[str]:
    """Every row in every table that still refers to a user: by internal id in a user column, by Telegram
    id in any column (number or text), or by one of the user's marker strings in any text or JSON value."""
    found: list[str] = []
    needles = [str(telegram_id), *markers]
    with db.engine.connect() as conn:
        for table in tables():
            linked = user_columns(table)
            for row in conn.execute(select(table)).mappings():
                for name, value in row.items():
                    hit = (
                        (name in linked and value == user_id)
                        or (isinstance(value, int) and not isinstance(value, bool) and value == telegram_id)
                        or _mentions(value, needles)
                    )
                    if hit:
                        found.append(f"{table.name}.{name}={value!r}")
    return found
