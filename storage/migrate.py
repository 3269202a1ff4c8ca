"""Run the Alembic migrations programmatically (``pathways db upgrade`` and the bot's start-up use this).

The migration scripts live inside the package, so this works from any working directory and when the
package is installed. ``storage/alembic.ini`` exists only for running the ``alembic`` command by hand::

    alembic -c storage/alembic.ini -x url=sqlite:///data/pathways.db upgrade head
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from storage.engine import for_writing, make_engine, normalise_url

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent / "migrations"

# Alembic keeps its migration context in module globals, so one migration at a time per process. Across
# processes the database serialises them (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL).
_IN_PROCESS = threading.Lock()


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged migrations (no ini file needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _migration_engine(url: str) -> Engine:
    # Foreign keys off on SQLite while tables are rebuilt; checked again after the migration (see below).
    return make_engine(normalise_url(url), foreign_keys=False)


def _run(url: str, revision: str, *, up: bool) -> None:
    engine = _migration_engine(url)
    try:
        with _IN_PROCESS, engine.connect() as connection:
            for_writing(connection)  # take SQLite's write lock up front: another migrator waits, never fails
            config = alembic_config()
            config.attributes["connection"] = connection
            if up:
                command.upgrade(config, revision)
            else:
                command.downgrade(config, revision)
            if connection.dialect.name == "sqlite":
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken foreign key(s): {problems[:5]}")
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (default: the newest). Safe to call on every start."""
    _run(url, revision, up=True)


def downgrade(url: str, revision: str = "-1") -> None:
    """Undo migrations down to ``revision`` (``"base"`` removes every table; ``"-1"`` undoes one step)."""
    _run(url, revision, up=False)


def current(url: str) -> str | None:
    """The revision the database is at, or None if it has never been migrated."""
    engine = _migration_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def head() -> str:
    """The newest revision in the packaged migrations."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:  # pragma: no cover - guarded by a test
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def is_current(url: str) -> bool:
    """True when the database has every migration applied."""
    return current(url) == head()
