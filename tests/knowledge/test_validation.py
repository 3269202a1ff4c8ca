"""`pathways kb validate` reports each kind of problem with file, field and reason, and exits 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.catalog import CATALOG_DIR, load_catalog
from tests.conftest import run_cli

GOOD = (CATALOG_DIR / "taster" / "cuhk-summer-institute.md").read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_catalogue_is_valid() -> None:
    result = load_catalog()
    assert result.problems == []
    assert len(result.entries) >= 5


def test_valid_file_passes(tmp_path: Path) -> None:
    write(tmp_path, "ok.md", GOOD)
    result = run_cli("kb", "validate", str(tmp_path), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "1 entries are valid" in result.stdout


@pytest.mark.parametrize(
    ("mutate", "field", "reason"),
    [
        (lambda t: t.replace("kind: taster", "kind: bootcamp"), "kind", "Input should be"),
        (lambda t: t.replace("subjects: [business,", "subjects: [astrology,"), "subjects", "unknown subject"),
        (lambda t: t.replace("url: https://www.summer.cuhk.edu.hk/si/", "url: not-a-url"), "url", "URL"),
        (lambda t: t.replace("seen: 2023", "seen: 2999"), "seen", "in the future"),
        (lambda t: t.replace("title_zh: 中大暑期學院（Summer Institute）\n", ""), "title_zh", "Field required"),
        (
            lambda t: t.replace("title_zh: 中大暑期學院（Summer Institute）", "title_zh: CUHK SI"),
            "title_zh",
            "no Chinese",
        ),
        (lambda t: t.split("## 中文")[0], "body", "'## 中文'"),
        (lambda t: t.replace("refs: [T01]", "refs: [Z9]"), "refs.0", "not a fact-sheet id"),
        (lambda t: t.replace("aliases: [", "aliases: [[["), "front matter", "invalid YAML"),
    ],
)
def test_each_problem_is_reported(tmp_path: Path, mutate: object, field: str, reason: str) -> None:
    assert callable(mutate)
    path = write(tmp_path, "bad.md", mutate(GOOD))
    result = run_cli("kb", "validate", str(path), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = next(line for line in result.stderr.splitlines() if "bad.md" in line)
    assert field in line, line
    assert reason in line, line


def test_duplicate_id_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "one.md", GOOD)
    write(tmp_path, "two.md", GOOD)
    result = run_cli("kb", "validate", str(tmp_path), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "duplicate id 'cuhk-summer-institute'" in result.stderr


def test_missing_front_matter_and_all_problems_listed(tmp_path: Path) -> None:
    write(tmp_path, "plain.md", "# Just a heading\n")
    shutil.copy(CATALOG_DIR / "guide" / "jupas-oea.md", tmp_path / "fine.md")
    write(
        tmp_path, "future.md", GOOD.replace("seen: 2023", "seen: 2999").replace("id: cuhk-summer-institute", "id: x2-y")
    )
    result = run_cli("kb", "validate", str(tmp_path), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "plain.md: front matter" in result.stderr
    assert "future.md: seen" in result.stderr
    assert "2 problem(s)" in result.stderr
