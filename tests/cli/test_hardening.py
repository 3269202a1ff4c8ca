"""A broken machine or a careless operator gets one clear error line, never a traceback, and loses nothing:

- a file where the data folder (or the index folder) should be, for every command that reads the index;
- a full disk (a file-size limit of zero on the process: every write that grows a file fails, as on a full
  disk): the published index and the stored profiles are still there, and work, afterwards;
- a malformed or in-memory DATABASE_URL (refused before anything runs), PostgreSQL down;
- bytes that are not UTF-8 on the chat's standard input.

And the terminal chat keeps nothing about the student before they accept the privacy notice, as the bot does.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from bot.cli import app
from knowledge.catalog import CATALOG_DIR
from storage import connect, migrate
from storage import repository as repo
from tests.conftest import PATHWAYS, cli_env
from tests.telegram.conftest import BOT_CATALOG

PASSWORD = "db-Secret-77"
STUDENT = 5001
LOCAL = 1  # the terminal chat's own profile


def sqlite_url(data: Path) -> str:
    return f"sqlite:///{(data / 'pathways.db').resolve()}"


@pytest.fixture
def data(bot_index: Path, tmp_path: Path) -> Path:
    """A working data folder: the session's small index and a database holding one student who agreed."""
    folder = tmp_path / "data"
    shutil.copytree(bot_index, folder / "index")
    migrate.upgrade(sqlite_url(folder))
    db = connect(sqlite_url(folder))
    repo.upsert_user(db, telegram_id=STUDENT)
    repo.record_consent(db, telegram_id=STUDENT)
    repo.set_form(db, telegram_id=STUDENT, form="S5")
    db.dispose()
    return folder


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], dict[str, str]]:
    """The environment for in-process runs: nothing of the developer's configuration, no .env."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_")) or name == "DATABASE_URL":
            monkeypatch.delenv(name)
    return lambda data_dir: {"PATHWAYS_DATA_DIR": str(data_dir), "COLUMNS": "80", "NO_COLOR": "1"}


def invoke(environment: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=environment)
    return result.exit_code, result.stdout, result.stderr


def run(
    data_dir: Path, *args: str, stdin: bytes = b"", file_size_limit: int | None = None, **extra: str
) -> tuple[int, str, str]:
    """`pathways ARGS` as a real process; with ``file_size_limit`` no file can grow beyond that many bytes."""

    def limit_file_size() -> None:  # runs in the child: a write past the limit fails with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit or 0, file_size_limit or 0))

    result = subprocess.run(
        [PATHWAYS, *args],
        input=stdin,
        capture_output=True,
        env=cli_env(data_dir, **extra),
        cwd=data_dir.parent,
        timeout=300,
        check=False,
        preexec_fn=limit_file_size if file_size_limit is not None else None,
    )
    return result.returncode, as_text(result.stdout), as_text(result.stderr)


def as_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def one_error_line(code: int, stdout: str, stderr: str, *, expected: int) -> str:
    assert "Traceback" not in stdout + stderr, stderr
    assert code == expected, (code, stdout, stderr)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


def student_form(data: Path) -> str | None:
    db = connect(sqlite_url(data))
    try:
        profile = repo.get_user(db, telegram_id=STUDENT)
        assert profile is not None
        return profile.form
    finally:
        db.dispose()


def count_rows(data: Path, table: str) -> int:
    db = connect(sqlite_url(data))
    try:
        with db.engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        db.dispose()


def catalog_like_the_index(folder: Path) -> Path:
    """The same entries as the session's index, so a refresh neither adds nor removes any."""
    for relative in BOT_CATALOG:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CATALOG_DIR / relative, target)
    return folder


# ----------------------------------------------------------------------------------------------------------
# The data folder


INDEX_COMMANDS = [
    ["ask", "What is the CEF?"],
    ["ask", "What is the CEF?", "--user-id", str(STUDENT)],
    ["kb", "search", "CEF"],
    ["kb", "stats"],
    ["kb", "refresh", "--catalog", "CATALOG"],
    ["chat"],
]


@pytest.mark.parametrize("layout", ["data-folder-is-a-file", "data-folder-inside-a-file"])
@pytest.mark.parametrize("command", INDEX_COMMANDS, ids=" ".join)
def test_a_file_where_a_folder_should_be(
    env: Callable[[Path], dict[str, str]], tmp_path: Path, command: list[str], layout: str
) -> None:
    in_the_way = tmp_path / "in-the-way"
    in_the_way.write_text("keep me\n", encoding="utf-8")
    data_dir = in_the_way if layout == "data-folder-is-a-file" else in_the_way / "data"
    args = [str(catalog_like_the_index(tmp_path / "catalog")) if a == "CATALOG" else a for a in command]

    line = one_error_line(*invoke(env(data_dir), *args), expected=1)

    assert "a file is where a folder should be" in line
    assert "PATHWAYS_DATA_DIR" in line
    assert in_the_way.read_text(encoding="utf-8") == "keep me\n"  # nothing replaced or removed


def test_an_index_folder_that_is_a_file(env: Callable[[Path], dict[str, str]], data: Path) -> None:
    shutil.rmtree(data / "index")
    (data / "index").write_text("not an index\n", encoding="utf-8")
    for args in (["ask", "What is the CEF?"], ["chat"], ["kb", "search", "CEF"]):
        line = one_error_line(*invoke(env(data), *args), expected=1)
        assert "a file is where a folder should be" in line
    assert student_form(data) == "S5"


def test_a_full_disk_loses_nothing(data: Path, tmp_path: Path) -> None:
    catalog = catalog_like_the_index(tmp_path / "catalog")
    generation = (data / "index" / "CURRENT").read_text(encoding="utf-8")

    for args, stdin in [
        (["kb", "refresh", "--full", "--catalog", str(catalog)], b""),
        (["kb", "search", "CEF"], b""),
        (["ask", "What is the CEF?", "--user-id", str(STUDENT)], b""),
        (["chat"], b"/accept\n/form S6\nWhat is the CEF?\n"),
    ]:
        line = one_error_line(*run(data, *args, stdin=stdin, file_size_limit=0), expected=1)
        assert "disk full" in line, line

    assert (data / "index" / "CURRENT").read_text(encoding="utf-8") == generation  # the same index is published
    code, stdout, stderr = run(data, "kb", "search", "CEF")
    assert code == 0, stderr
    assert "Continuing Education Fund" in stdout  # … and still answers
    assert student_form(data) == "S5"  # the stored profile is untouched
    assert count_rows(data, "users") == 1  # the chat's attempt left no half-made profile


# ----------------------------------------------------------------------------------------------------------
# DATABASE_URL


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (f"postgresql://pathways:{PASSWORD}@db-host:notaport/pathways", "not a valid database URL"),
        (f"postgresql://pathways:{PASSWORD}@[::1/pathways", "not a valid database URL"),
        ("sqlite://", "in-memory SQLite database keeps nothing"),
        ("sqlite:///:memory:", "in-memory SQLite database keeps nothing"),
    ],
)
@pytest.mark.parametrize(
    "command", [["db", "upgrade"], ["ask", "hi", "--user-id", str(STUDENT)], ["users", "export", str(STUDENT)]]
)
def test_a_database_url_that_cannot_work_is_refused(
    env: Callable[[Path], dict[str, str]], data: Path, url: str, message: str, command: list[str]
) -> None:
    code, stdout, stderr = invoke({**env(data), "DATABASE_URL": url}, *command)

    line = one_error_line(code, stdout, stderr, expected=2)
    assert line.startswith("Error: DATABASE_URL: ")
    assert message in line
    assert PASSWORD not in stdout + stderr
    assert student_form(data) == "S5"  # the database in the data folder was not touched


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once the probe is closed


def test_asking_for_a_student_with_postgresql_down(env: Callable[[Path], dict[str, str]], data: Path) -> None:
    url = f"postgresql://pathways:{PASSWORD}@127.0.0.1:{closed_port()}/pathways"
    code, stdout, stderr = invoke({**env(data), "DATABASE_URL": url}, "ask", "What is the CEF?", "--user-id", "7")

    line = one_error_line(code, stdout, stderr, expected=1)
    assert line.startswith("Error: cannot use the database at postgresql://pathways:***@127.0.0.1:")
    assert PASSWORD not in stdout + stderr


# ----------------------------------------------------------------------------------------------------------
# The terminal chat


def test_the_chat_reads_bytes_that_are_not_utf8(data: Path) -> None:
    script = b"What is \xff\xfe the CEF \xc3?\n/accept\n/form S4\n\xed\xa0\x80\n/profile\n/quit\n"
    code, stdout, stderr = run(data, "chat", stdin=script)
    assert code == 0, stderr
    assert "Traceback" not in stdout + stderr
    assert "Saved." in stdout  # the lines after the bad bytes were read and handled
    assert '"form": "S4"' in stdout


def test_the_chat_keeps_nothing_before_consent(data: Path) -> None:
    before = "What is the CEF?\n/form S5\n/interests engineering\n/plan\n/quit\n"
    code, stdout, stderr = run(data, "chat", stdin=before.encode())
    assert code == 0, stderr
    assert "/accept" in stdout  # the notice asks for agreement …
    assert "Continuing Education Fund" in stdout  # … questions are still answered …
    assert "Not saved" in stdout  # … but nothing is kept
    assert count_rows(data, "users") == 1  # only the fixture's student
    assert count_rows(data, "conversation_turns") == 0
    assert count_rows(data, "question_log") == 0

    after = "/accept\nWhat is the CEF?\n/form S5\n/quit\n"
    code, stdout, stderr = run(data, "chat", stdin=after.encode())
    assert code == 0, stderr
    assert "Saved." in stdout
    db = connect(sqlite_url(data))
    try:
        profile = repo.get_user(db, telegram_id=LOCAL)
        assert profile is not None
        assert profile.has_consented
        assert profile.form == "S5"
    finally:
        db.dispose()
    assert count_rows(data, "conversation_turns") == 2  # the question, and the id of the entry it was about
