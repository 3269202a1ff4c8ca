"""Engine and session factory.

``connect(url)`` gives a :class:`Database`; repository functions take it as their first argument and open one
session (one transaction) per call. Storage never reads the environment: the caller passes the URL.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool
from sqlmodel import Session

from storage.errors import UnsupportedDatabaseError

SQLITE_BUSY_TIMEOUT_S: Final = 30
_WRITE_OPTION: Final = "pathways_write"

Backend = Literal["sqlite", "postgresql"]


def normalise_url(url: str | URL) -> URL:
    """Parse a database URL; plain ``postgresql://``/``postgres://`` use psycopg 3 (the installed driver)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UnsupportedDatabaseError(f"not a database URL: {exc}") from None
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in {"sqlite", "sqlite+pysqlite"} or parsed.drivername == "postgresql+psycopg":
        return parsed
    raise UnsupportedDatabaseError(
        f"unsupported database {parsed.drivername!r}: use sqlite:///path or postgresql+psycopg://…"
    )


def safe_url(url: str | URL) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str | URL, *, foreign_keys: bool = True, echo: bool = False) -> Engine:
    """Create an engine with this project's settings.

    SQLite: WAL journal, a busy timeout and ``foreign_keys=ON`` on every connection, and transactions whose
    BEGIN is emitted by SQLAlchemy (pysqlite's own handling skips BEGIN before DDL and cannot do
    ``BEGIN IMMEDIATE``). Write sessions start with ``BEGIN IMMEDIATE`` so that concurrent writers wait on the
    busy timeout instead of failing with "database is locked" when a read lock cannot be upgraded.
    ``foreign_keys=False`` is only for migrations: SQLite batch migrations recreate tables, and dropping a
    referenced table with foreign keys on would cascade-delete the rows that point at it.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, echo=echo, pool_pre_ping=True)

    kwargs: dict[str, Any] = {
        "echo": echo,
        "connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
    }
    path = _sqlite_file(parsed)
    if path is None:
        # An in-memory database exists once per connection: share one connection between threads.
        kwargs["poolclass"] = StaticPool
    else:
        path.expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def for_writing(connection: Connection) -> Connection:
    """Make the connection's transactions writers (``BEGIN IMMEDIATE`` on SQLite); returns the connection."""
    return connection.execution_options(**{_WRITE_OPTION: True})


@dataclass(frozen=True)
class Database:
    """One database: its engine plus read and write sessions. Thread-safe; share one per process."""

    url: str
    engine: Engine
    _writer: Engine = field(repr=False)

    @property
    def backend(self) -> Backend:
        return "postgresql" if self.engine.dialect.name == "postgresql" else "sqlite"

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads; its transaction is rolled back when the block ends."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one unit of work: committed when the block ends, rolled back on an exception."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def connect(url: str | URL, *, echo: bool = False) -> Database:
    """Create the :class:`Database` for a URL (no connection is opened until the first query)."""
    engine = make_engine(url, echo=echo)
    writer = engine.execution_options(**{_WRITE_OPTION: True})
    return Database(url=safe_url(url), engine=engine, _writer=writer)
