"""Fixtures for storage tests: each test gets a fresh, migrated database on SQLite and on PostgreSQL.

PostgreSQL is a real server started once per session by ``scripts/ensure_postgres.sh`` (which installs
Debian's ``postgresql`` package when the server binaries are missing). Set PATHWAYS_TEST_POSTGRES_URL to use
an existing server instead (a URL whose user may CREATE DATABASE). The PostgreSQL tests are skipped, with
the reason in the summary, only when the server cannot be installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage import Database, connect, migrate

ROOT = Path(__file__).resolve().parents[2]
ENSURE_POSTGRES = ROOT / "scripts" / "ensure_postgres.sh"
CANNOT_INSTALL = 3
_skip_reason: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason in _skip_reason:
        terminalreporter.write_line(f"PostgreSQL tests skipped: {reason}", yellow=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a PostgreSQL server's maintenance database, started for this test session."""
    external = os.environ.get("PATHWAYS_TEST_POSTGRES_URL")
    if external:
        yield external
        return
    cluster = tempfile.mkdtemp(prefix="pathways-pg-")
    result = subprocess.run(
        ["bash", str(ENSURE_POSTGRES), "start", cluster],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=1200,
        env={**os.environ, "PYTHON": sys.executable},
        check=False,
    )
    if result.returncode == CANNOT_INSTALL:
        reason = "PostgreSQL cannot be installed here: " + (result.stderr.strip().splitlines() or ["?"])[-1]
        _skip_reason.append(reason)
        print(reason, file=sys.stderr)
        pytest.skip(reason)
    if result.returncode != 0:
        subprocess.run(["bash", str(ENSURE_POSTGRES), "stop", cluster], check=False, capture_output=True)
        pytest.fail(f"could not start PostgreSQL (exit {result.returncode}):\n{result.stderr}", pytrace=False)
    url = result.stdout.strip().splitlines()[-1]
    try:
        yield url
    finally:
        subprocess.run(["bash", str(ENSURE_POSTGRES), "stop", cluster], check=False, capture_output=True, timeout=120)


@pytest.fixture
def fresh_postgres_url(postgres_url: str) -> Iterator[str]:
    """An empty PostgreSQL database of its own for one test, dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield (
            make_url(postgres_url)
            .set(drivername="postgresql+psycopg", database=name)
            .render_as_string(hide_password=False)
        )
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (not migrated) on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pathways.db'}"
    return str(request.getfixturevalue("fresh_postgres_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A migrated database on each backend."""
    migrate.upgrade(db_url)
    database = connect(db_url)
    try:
        yield database
    finally:
        database.dispose()
