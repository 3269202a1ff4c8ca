"""Engine settings: SQLite pragmas on every connection, URL handling, foreign keys, UTC datetimes."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from storage import Database, InvalidValueError, UnsupportedDatabaseError, connect, safe_url
from storage import repository as repo
from storage.engine import normalise_url
from tests.storage.util import BASE_ID, internal_id


def test_sqlite_pragmas_hold_on_every_pooled_connection(tmp_path: Path) -> None:
    db = connect(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'p.db'}")  # parent folders are created
    barrier = threading.Barrier(4)

    def pragmas() -> tuple[str, int, int]:
        with db.engine.connect() as conn:
            barrier.wait(timeout=10)  # four connections open at once: four distinct pooled connections
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
            busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
            return str(mode), int(fks), int(busy)

    try:
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda _: pragmas(), range(4)))
    finally:
        db.dispose()
    assert results == [("wal", 1, 30_000)] * 4


def test_sqlite_writer_waits_for_a_long_transaction_instead_of_failing(tmp_path: Path) -> None:
    from storage import migrate

    url = f"sqlite:///{tmp_path / 'p.db'}"
    migrate.upgrade(url)
    db = connect(url)
    holding = threading.Event()

    def hold_write_lock() -> None:
        with db.write() as session:
            session.execute(text("UPDATE users SET language = 'en' WHERE 1 = 0"))
            holding.set()
            time.sleep(1.0)

    try:
        holder = threading.Thread(target=hold_write_lock)
        holder.start()
        assert holding.wait(5)
        started = time.monotonic()
        repo.upsert_user(db, telegram_id=BASE_ID)  # must wait on the busy timeout, not raise "locked"
        waited = time.monotonic() - started
        holder.join()
    finally:
        db.dispose()
    assert waited > 0.5


def test_foreign_keys_are_enforced(db: Database) -> None:
    saved = SQLModel.metadata.tables["saved_courses"]
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(saved.insert().values(user_id=999_999, entry_id="x", saved_at=dt.datetime.now(dt.UTC)))


def test_datetimes_come_back_timezone_aware_utc(db: Database) -> None:
    hong_kong = dt.timezone(dt.timedelta(hours=8))
    moment = dt.datetime(2025, 3, 1, 20, 30, 15, 123456, tzinfo=hong_kong)
    repo.upsert_user(db, telegram_id=BASE_ID, now=moment)
    profile = repo.record_consent(db, telegram_id=BASE_ID, now=moment)
    assert profile.created_at == moment
    assert profile.created_at.tzinfo == dt.UTC
    assert profile.consent_at == dt.datetime(2025, 3, 1, 12, 30, 15, 123456, tzinfo=dt.UTC)
    fetched = repo.get_user(db, telegram_id=BASE_ID)
    assert fetched is not None
    assert fetched.last_active_at.tzinfo == dt.UTC
    assert fetched.last_active_at == moment


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(InvalidValueError, match="timezone-aware"):
        repo.upsert_user(db, telegram_id=BASE_ID, now=dt.datetime(2025, 1, 1))
    assert repo.get_user(db, telegram_id=BASE_ID) is None


def test_internal_ids_are_not_reused_after_delete(db: Database) -> None:
    repo.upsert_user(db, telegram_id=BASE_ID)
    first = internal_id(db, BASE_ID)
    repo.delete_user(db, telegram_id=BASE_ID)
    repo.upsert_user(db, telegram_id=BASE_ID + 1)
    assert internal_id(db, BASE_ID + 1) != first


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgresql://u:p@localhost/db", "postgresql+psycopg"),
        ("postgres://u:p@localhost/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u:p@localhost/db", "postgresql+psycopg"),
        ("sqlite:///x.db", "sqlite"),
    ],
)
def test_urls_are_normalised(given: str, driver: str) -> None:
    assert normalise_url(given).drivername == driver


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url", "postgresql+psycopg2://u@h/db"])
def test_unsupported_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(UnsupportedDatabaseError):
        connect(url)


def test_safe_url_hides_the_password() -> None:
    assert "s3cret" not in safe_url("postgresql+psycopg://me:s3cret@db.example/pathways")
    assert "s3cret" not in connect("postgresql+psycopg://me:s3cret@127.0.0.1:1/pathways").url
