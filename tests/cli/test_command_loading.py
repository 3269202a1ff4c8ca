"""`pathways` registers only the command a command line names, so a light command never loads the heavy ones."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from bot.cli.root import build_app, named_command


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["kb", "validate"], "kb"),
        (["-v", "kb", "search", "CEF"], "kb"),
        (["--verbose", "chat"], "chat"),
        (["--help"], None),
        ([], None),
        (["no-such-command"], None),
    ],
)
def test_the_named_command_is_found_past_the_root_options(argv: list[str], expected: str | None) -> None:
    assert named_command(argv) == expected


def test_only_the_named_group_is_registered() -> None:
    result = CliRunner().invoke(build_app("users"), ["--help"])
    assert result.exit_code == 0
    assert "users" in result.output
    assert "kb" not in result.output.split()


def test_validating_loads_neither_the_assistant_nor_telegram() -> None:
    """A fresh interpreter runs `pathways kb validate` as main does and reports what it imported."""
    script = (
        "import sys; from bot.cli.root import build_app\n"
        "try:\n    build_app('kb')(['kb', 'validate'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('bot.assistant.assistant', 'telegram', 'matplotlib', 'sqlalchemy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
