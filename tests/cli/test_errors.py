"""Every `pathways` error looks the same: one line on stderr starting with "Error:", nothing on stdout, no
traceback, and exit 2 for bad input or configuration, 1 for everything else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app

EVERY_COMMAND = [
    ["run"],
    ["chat"],
    ["ask", "What is OEA?"],
    ["bot"],
    ["kb", "refresh"],
    ["kb", "search", "CEF"],
    ["kb", "stats"],
    ["kb", "eval", "questions.jsonl"],
    ["db", "upgrade"],
    ["db", "downgrade", "--yes"],
    ["db", "current"],
    ["users", "export", "42"],
    ["users", "delete", "--yes", "42"],
    ["users", "purge"],
    ["links", "create", "--teacher", "7", "--label", "5A", "--bot-username", "PathwaysBot"],
    ["links", "list", "--teacher", "7"],
    ["links", "revoke", "abcd", "--teacher", "7"],
]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A clean environment: no .env, nothing of the developer's configuration."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_")) or name == "DATABASE_URL":
            monkeypatch.delenv(name)
    return {"PATHWAYS_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "80"}


def error_line(env: dict[str, str], *args: str, code: int) -> str:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exit_code == code, (args, result.output)
    assert result.stdout == "", args
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, (args, result.stderr)  # one line, even wider than the 80 columns
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_invalid_settings_stop_every_command_the_same_way(
    env: dict[str, str], tmp_path: Path, command: list[str]
) -> None:
    line = error_line({**env, "CHROMA_PORT": "0"}, *command, code=2)
    assert line.startswith("Error: invalid settings: CHROMA_PORT:")
    assert not (tmp_path / "data").exists(), "nothing is created before the settings are valid"


@pytest.mark.parametrize(
    ("command", "extra", "code", "message"),
    [
        (["kb", "search", "CEF"], {}, 1, "run `pathways kb refresh`"),
        (["users", "export", "42"], {}, 1, "run `pathways db upgrade` first"),
        (["users", "export", "４２"], {}, 2, "not a Telegram user id"),
        (["links", "list", "--teacher", "7"], {}, 1, "Telegram user 7 is not a teacher"),
        (
            ["links", "create", "--teacher", "7", "--label", "5A", "--interests", "astrology", "--bot-username", "B"],
            {},
            2,
            "unknown interest(s) astrology",
        ),
        (["links", "list", "--teacher", "7"], {"DATABASE_URL": "mysql://u@h/db"}, 2, "DATABASE_URL: unsupported"),
        (["ask", "hi", "--user-id", "7"], {"DATABASE_URL": "mysql://u@h/db"}, 2, "DATABASE_URL: unsupported"),
        (["bot"], {}, 2, "TELEGRAM_BOT_TOKEN is not set"),
    ],
)
def test_failures_and_bad_input_share_one_style(
    env: dict[str, str], command: list[str], extra: dict[str, str], code: int, message: str
) -> None:
    assert message in error_line({**env, **extra}, *command, code=code)


def test_a_message_is_printed_as_written(env: dict[str, str]) -> None:
    """Text from the operator or the database is not read as Rich markup."""
    line = error_line(env, "users", "export", "[bold]7", code=2)
    assert "'[bold]7'" in line
