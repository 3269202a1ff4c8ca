"""Alembic migrations on SQLite and PostgreSQL: upgrade head, downgrade base, and the schema matches the models."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlmodel import SQLModel

from storage import migrate
from storage.engine import normalise_url
from tests.storage.util import tables

STORAGE_DIR = Path(migrate.__file__).resolve().parent


def _table_names(url: str) -> set[str]:
    engine = create_engine(normalise_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _schema_diff(url: str) -> list[object]:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def test_upgrade_head_then_downgrade_base(db_url: str) -> None:
    expected = {table.name for table in tables()}
    assert migrate.current(db_url) is None

    migrate.upgrade(db_url)
    assert migrate.current(db_url) == migrate.head()
    assert migrate.is_current(db_url)
    assert expected <= _table_names(db_url)
    assert _schema_diff(db_url) == [], "the models and the migrations disagree: add a migration"

    migrate.upgrade(db_url)  # running it again (every start) is a no-op
    assert migrate.current(db_url) == migrate.head()

    migrate.downgrade(db_url, "base")
    assert migrate.current(db_url) is None
    assert _table_names(db_url) <= {"alembic_version"}

    migrate.upgrade(db_url)  # and the cycle can be repeated
    assert expected <= _table_names(db_url)


def test_concurrent_upgrades_in_one_process_do_not_collide(db_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        for future in [pool.submit(migrate.upgrade, db_url) for _ in range(4)]:
            future.result()
    assert migrate.current(db_url) == migrate.head()


def test_concurrent_upgrades_from_several_processes_do_not_collide(db_url: str, tmp_path: Path) -> None:
    # Several workers (or the bot and the chat) starting at once on a fresh database.
    code = "import sys; from storage import migrate; migrate.upgrade(sys.argv[1])"
    processes = [
        subprocess.Popen([sys.executable, "-c", code, db_url], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    assert migrate.current(db_url) == migrate.head()


def test_upgrade_works_from_any_working_directory(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    migrate.upgrade(db_url)
    assert migrate.current(db_url) == migrate.head()


def _alembic(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(STORAGE_DIR / "alembic.ini"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_alembic_command_upgrades_and_downgrades(db_url: str, tmp_path: Path) -> None:
    up = _alembic("-x", f"url={db_url}", "upgrade", "head", cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    assert migrate.current(db_url) == migrate.head()
    down = _alembic("-x", f"url={db_url}", "downgrade", "base", cwd=tmp_path)
    assert down.returncode == 0, down.stderr
    assert migrate.current(db_url) is None


@pytest.mark.parametrize("url", ["sqlite:///offline.db", "postgresql+psycopg://u@localhost/offline"])
def test_offline_sql_can_be_rendered(url: str, tmp_path: Path) -> None:
    result = _alembic("-x", f"url={url}", "upgrade", "head", "--sql", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "CREATE TABLE users" in result.stdout
    assert not (tmp_path / "offline.db").exists()


def test_one_linear_history_with_downgrades() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(scripts.get_heads()) == 1
    for revision in scripts.walk_revisions():
        source = Path(revision.path).read_text(encoding="utf-8")
        assert "def downgrade() -> None:" in source
        assert "\n    pass\n" not in source.split("def downgrade() -> None:")[1], (
            f"{revision.revision} cannot be undone"
        )


def test_an_upgrade_is_one_transaction_so_no_other_migrator_runs_between_its_steps(db_url: str) -> None:
    # Between two commits of one upgrade another process could read the version and repeat the next step.
    commits: list[str] = []

    def count(connection: Connection) -> None:
        commits.append(connection.dialect.name)

    event.listen(Engine, "commit", count)
    try:
        migrate.upgrade(db_url)
    finally:
        event.remove(Engine, "commit", count)
    assert len(commits) == 1
    assert migrate.current(db_url) == migrate.head()
