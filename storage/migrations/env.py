"""Alembic environment: SQLModel.metadata is the target; the URL comes from the caller, never the environment.

Three ways in:
- ``storage.migrate`` passes an open connection in ``config.attributes["connection"]``;
- the ``alembic`` command passes ``-x url=…`` (or ``sqlalchemy.url`` in an ini file);
- ``alembic … --sql`` renders the SQL offline from the same URL.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, text
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.engine import for_writing, make_engine, normalise_url
from storage.sqltypes import UtcDateTime

config = context.config
target_metadata = SQLModel.metadata

# Any constant: serialises concurrent `upgrade` calls (for example several workers starting at once).
_PG_MIGRATION_LOCK = 7_204_915_304


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database URL: pass -x url=sqlite:///path/to.db (or postgresql+psycopg://…)")
    return normalise_url(url).render_as_string(hide_password=False)


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render project column types as plain SQLAlchemy types, so migrations do not import the app."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # SQLite runs DDL inside a transaction too (our engine emits BEGIN itself). One transaction for the
        # whole upgrade means a second migrator waits for all of it: with one per step, it could read the
        # version between two steps and then repeat the step the first one applied next.
        transactional_ddl=True,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})"))
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    engine = make_engine(_url(), foreign_keys=False)
    try:
        with engine.connect() as new_connection:
            _configure(for_writing(new_connection))
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
