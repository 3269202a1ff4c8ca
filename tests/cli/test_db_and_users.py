"""`pathways db …` and `pathways users …` against real databases, in-process and as the installed command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from storage import connect, migrate
from storage import repository as repo
from tests.storage.util import BASE_ID, count

PATHWAYS = str(Path(sys.executable).with_name("pathways"))


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean environment: no .env, no PATHWAYS_* or DATABASE_URL from the developer's shell."""
    for name in list(os.environ):
        if name.startswith("PATHWAYS_") or name == "DATABASE_URL":
            monkeypatch.delenv(name)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("PATHWAYS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _one_clear_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_export_and_delete_a_user(db_url: str, cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    code, out, _ = invoke("db", "upgrade")
    assert code == 0
    assert migrate.head() in out

    db = connect(db_url)
    try:
        repo.upsert_user(db, telegram_id=BASE_ID, language="zh-Hant")
        repo.record_consent(db, telegram_id=BASE_ID)
        repo.set_goal(db, telegram_id=BASE_ID, goal="做建築師 🏗️")
        repo.record_turn(db, telegram_id=BASE_ID, role="user", text="有冇建築嘅暑期課程？")

        code, out, _ = invoke("users", "export", str(BASE_ID))
        assert code == 0
        exported = json.loads(out)
        assert exported["telegram_id"] == BASE_ID
        assert exported["tables"]["users"][0]["goal"] == "做建築師 🏗️"
        assert exported["tables"]["conversation_turns"][0]["text"] == "有冇建築嘅暑期課程？"

        code, _, err = invoke("users", "delete", str(BASE_ID), input="n\n")
        assert code == 1
        assert "nothing was changed" in err
        assert repo.get_user(db, telegram_id=BASE_ID) is not None

        code, out, _ = invoke("users", "delete", str(BASE_ID), input="y\n")
        assert code == 0
        assert "users 1" in out
        assert count(db, "users") == 0
        assert count(db, "conversation_turns") == 0

        code, _, err = invoke("users", "export", str(BASE_ID))
        assert code == 1
        assert "no stored data" in _one_clear_line(err)
    finally:
        db.dispose()


def test_delete_with_yes_and_purge(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{cli_env / 'p.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    migrate.upgrade(url)
    db = connect(url)
    try:
        repo.upsert_user(db, telegram_id=BASE_ID)
        code, _, _ = invoke("users", "delete", "--yes", str(BASE_ID))
        assert code == 0
        assert repo.get_user(db, telegram_id=BASE_ID) is None

        code, out, _ = invoke("users", "purge", "--days", "30", "--turn-days", "7")
        assert code == 0
        assert "Purged 0 user(s) inactive for 30+ days" in out
        monkeypatch.setenv("PATHWAYS_RETENTION_DAYS", "90")
        code, out, _ = invoke("users", "purge")
        assert code == 0
        assert "inactive for 90+ days" in out
    finally:
        db.dispose()


@pytest.mark.parametrize("bad", ["abc", "-5", "0", "1.5", str(2**63), "１２３"])
def test_a_bad_telegram_id_is_a_usage_error(cli_env: Path, bad: str) -> None:
    for command in (["users", "export", "--", bad], ["users", "delete", "--yes", "--", bad]):
        code, _, err = invoke(*command)
        assert code == 2
        assert "not a Telegram user id" in _one_clear_line(err)


def test_unknown_user_and_unmigrated_database(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{cli_env / 'p.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    code, _, err = invoke("users", "export", "42")
    assert code == 1
    assert "run `pathways db upgrade`" in _one_clear_line(err)
    assert not (cli_env / "p.db").exists(), "a read-only command must not create the database"

    migrate.upgrade(url)
    migrate.downgrade(url, "base")
    code, _, err = invoke("users", "delete", "--yes", "42")
    assert code == 1
    assert "no tables yet" in _one_clear_line(err)

    migrate.upgrade(url)
    code, _, err = invoke("users", "delete", "--yes", "42")
    assert code == 1
    assert "no stored data for Telegram id 42" in _one_clear_line(err)


def test_an_unreachable_database_is_one_line_without_the_password(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://pathways:s3cret@127.0.0.1:1/pathways?connect_timeout=3")
    for command in (["users", "export", "42"], ["users", "purge"], ["db", "upgrade"], ["db", "current"]):
        code, _, err = invoke(*command)
        assert code == 1, command
        line = _one_clear_line(err)
        assert "cannot use the database" in line
        assert "s3cret" not in err


@pytest.mark.parametrize(
    ("url", "message"), [("mysql://u@h/db", "unsupported database"), ("not a url", "not a database URL")]
)
def test_an_unsupported_database_url_is_a_usage_error(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, url: str, message: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    code, _, err = invoke("users", "export", "42")
    assert code == 2
    assert message in _one_clear_line(err)


def test_invalid_settings_are_a_usage_error(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_RETENTION_DAYS", "forever")
    code, _, err = invoke("users", "purge")
    assert code == 2
    assert "PATHWAYS_RETENTION_DAYS" in _one_clear_line(err)


def test_downgrade_asks_first_and_reports_the_revision(
    db_url: str, cli_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    assert invoke("db", "upgrade")[0] == 0
    code, _, err = invoke("db", "downgrade", "base")  # no input: not confirmed
    assert code == 1
    assert "pass --yes" in err
    assert migrate.current(db_url) == migrate.head()
    code, out, _ = invoke("db", "downgrade", "base", "--yes")
    assert code == 0
    assert "base" in out
    assert migrate.current(db_url) is None
    code, out, _ = invoke("db", "current")
    assert code == 0
    assert "pathways db upgrade" in out


def test_the_installed_command_with_no_stdin(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATHWAYS_") and k != "DATABASE_URL"}
    env.update({"PATHWAYS_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"})

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PATHWAYS, *args],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    upgraded = run("db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert (tmp_path / "data" / "pathways.db").exists()  # the default: a SQLite file in PATHWAYS_DATA_DIR

    db = connect(f"sqlite:///{tmp_path / 'data' / 'pathways.db'}")
    try:
        repo.upsert_user(db, telegram_id=BASE_ID)
        exported = run("users", "export", str(BASE_ID))
        assert exported.returncode == 0, exported.stderr
        assert json.loads(exported.stdout)["telegram_id"] == BASE_ID
        refused = run("users", "delete", str(BASE_ID))  # CI: no stdin, no --yes
        assert refused.returncode == 1
        assert "Traceback" not in refused.stderr
        assert repo.get_user(db, telegram_id=BASE_ID) is not None
        deleted = run("users", "delete", "--yes", str(BASE_ID))
        assert deleted.returncode == 0, deleted.stderr
        assert repo.get_user(db, telegram_id=BASE_ID) is None
    finally:
        db.dispose()
