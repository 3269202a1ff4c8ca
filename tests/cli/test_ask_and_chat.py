"""`pathways ask` and `pathways chat` as a user runs them: real processes over a small real index."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from storage import connect, migrate
from storage import repository as repo
from tests.conftest import PATHWAYS, cli_env, run_cli


@pytest.fixture
def data_dir(tmp_path: Path, small_catalog: Path) -> Path:
    data = tmp_path / "data"
    built = run_cli("kb", "refresh", "--catalog", str(small_catalog), "--json", data_dir=data)
    assert built.returncode == 0, built.stderr
    return data


def test_ask_json(data_dir: Path) -> None:
    result = run_cli("ask", "中大 summer institute 幾錢？", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"answer", "language", "mode", "scope", "sources"} <= set(data)
    assert data["language"] == "mixed"
    assert data["mode"] == "grounded"
    assert data["scope"] == "answer"
    assert data["sources"][0]["id"] == "cuhk-summer-institute"
    assert set(data["sources"][0]) >= {"id", "title", "refs", "url"}
    assert "HK$7,200" in data["answer"]


def test_ask_with_a_user_profile(data_dir: Path) -> None:
    url = f"sqlite:///{(data_dir / 'pathways.db').resolve()}"
    migrate.upgrade(url)
    db = connect(url)
    repo.upsert_user(db, telegram_id=2**41)
    repo.record_consent(db, telegram_id=2**41)  # a student who agreed in the bot
    db.engine.dispose()
    result = run_cli("ask", "What is OEA?", "--user-id", str(2**41), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["id"] == "jupas-oea"
    exported = run_cli("users", "export", str(2**41), data_dir=data_dir)
    assert "What is OEA?" in exported.stdout  # the turn is kept for follow-ups, and visible to its owner


def test_ask_without_an_index_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("ask", "What is OEA?", data_dir=tmp_path / "empty")
    assert result.returncode == 1
    assert "pathways kb refresh" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_session(data_dir: Path) -> None:
    script = "\n".join(
        [
            "/accept",
            "/form S5",
            "/interests medicine-health",
            "/interests astrology",
            "Tell me about the HKUST Summer Institute",
            "how much is it?",
            "what do you know about me?",
            "/mydata",
            "/forget",
            "/profile",
            "/quit",
        ]
    )
    result = subprocess.run(
        [PATHWAYS, "chat"],
        input=script,
        capture_output=True,
        text=True,
        env=cli_env(data_dir),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Saved." in out
    assert "Unknown interest(s): astrology" in out
    answers = out.split("{", 1)[0]  # what the chat said before /profile exported the stored data
    assert "hkust-summer-institute" not in answers  # ids are not shown to students, titles are
    assert "HKUST Summer Institute" in answers
    # Asked in words, the chat tells what it keeps and the commands, which work here as in the bot.
    assert "your form (S5)" in answers
    assert "/forget deletes it all" in answers
    # The export shows what is stored: of the bot's side, only the ids of the entries it showed.
    assert '"text": "topic:hkust-summer-institute"' in out
    assert "HKUST Summer Institute" in out
    assert '"form": "S5"' in out
    assert "Nothing is stored about you." in out
    assert "Traceback" not in result.stderr
