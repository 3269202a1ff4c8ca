"""The dependency rule: bot may import knowledge, storage and prompts; knowledge and storage never import bot
(nor each other); only the Telegram transport imports telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_packages(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("knowledge", {"bot", "storage", "telegram"}),
        ("storage", {"bot", "knowledge", "telegram"}),
        ("prompts", {"bot", "storage", "knowledge", "telegram"}),
    ],
)
def test_lower_layers_do_not_import_upper_ones(package: str, forbidden: set[str]) -> None:
    offenders = {path: names & forbidden for path, names in imported_packages(package).items() if names & forbidden}
    assert offenders == {}


def test_only_the_telegram_transport_imports_telegram() -> None:
    offenders = {
        path
        for path, names in imported_packages("bot").items()
        if "telegram" in names and not path.startswith("bot/telegram")
    }
    assert offenders == set()
