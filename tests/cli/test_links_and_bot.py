"""`pathways links …` for teachers' class links, and `pathways bot` / `pathways run` as real processes talking to
the fake Bot API (migrations on start, the token never printed)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from storage import connect
from storage import repository as repo
from tests.conftest import PATHWAYS, cli_env
from tests.fakes.telegram_api import TOKEN, FakeTelegramServer

TEACHER = 7100


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no stray .env
    values = cli_env(tmp_path / "data")
    for name in list(os.environ):
        if name.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_", "DATABASE_URL")):
            monkeypatch.delenv(name, raising=False)
    return values


def invoke(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.output


def test_create_list_and_revoke_class_links(env: dict[str, str], tmp_path: Path) -> None:
    code, out = invoke(env, "links", "create", "--teacher", str(TEACHER), "--label", "5A Careers",
                       "--interests", "engineering,data-ai", "--expires-days", "30", "--bot-username", "@PathwaysBot")  # fmt: skip
    assert code == 0, out
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://t.me/PathwaysBot?start=c_")
    assert "teacher role" in out
    db = connect(f"sqlite:///{tmp_path / 'data' / 'pathways.db'}")
    assert repo.is_teacher(db, telegram_id=TEACHER)
    (info,) = repo.list_class_links(db, teacher_telegram_id=TEACHER)
    assert info.preset_interests == ("engineering", "data-ai")
    assert info.expires_at is not None
    assert link.endswith(info.code)

    code, out = invoke(env, "links", "list", "--teacher", str(TEACHER), "--json", "--bot-username", "PathwaysBot")
    assert code == 0, out
    (listed,) = json.loads(out)
    assert listed["state"] == "active"
    assert listed["link"] == link
    assert listed["joined"] == 0

    code, out = invoke(env, "links", "revoke", info.code, "--teacher", str(TEACHER))
    assert code == 0, out
    code, out = invoke(env, "links", "list", "--teacher", str(TEACHER), "--json")
    assert json.loads(out)[0]["state"] == "revoked"
    code, out = invoke(env, "links", "revoke", info.code, "--teacher", str(TEACHER))
    assert code == 1
    db.dispose()


def test_links_refuse_bad_input(env: dict[str, str]) -> None:
    code, out = invoke(env, "links", "create", "--teacher", "1", "--label", "x", "--interests", "astrology",
                       "--bot-username", "B0t")  # fmt: skip
    assert code == 2
    assert "unknown interest" in out
    code, out = invoke(env, "links", "create", "--teacher", "1", "--label", "x")
    assert code == 2
    assert "--bot-username" in out
    code, out = invoke(env, "links", "list", "--teacher", "12345")
    assert code == 1
    assert "not a teacher" in out


def test_create_asks_telegram_for_the_username(env: dict[str, str], fake_telegram: FakeTelegramServer) -> None:
    env = {**env, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake_telegram.base_url}
    code, out = invoke(env, "links", "create", "--teacher", str(TEACHER), "--label", "5B", "--json")
    assert code == 0, out
    created = json.loads(out)
    assert created["link"] == f"https://t.me/DSEPathwaysTestBot?start=c_{created['code']}"
    assert fake_telegram.api.calls_of("getMe")
    assert TOKEN not in out


def test_bot_needs_a_token(env: dict[str, str]) -> None:
    code, out = invoke(env, "bot")
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in out


@pytest.fixture
def process_data(bot_index: Path, tmp_path: Path) -> Path:
    """A data folder with the session's small index (so the process does not build the whole catalogue)."""
    data = tmp_path / "data"
    shutil.copytree(bot_index, data / "index")
    return data


@pytest.mark.parametrize("command", ["bot", "run"])
def test_the_bot_process_migrates_answers_and_stops_cleanly(
    command: str, process_data: Path, fake_telegram: FakeTelegramServer
) -> None:
    api = fake_telegram.api
    env = cli_env(process_data, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_telegram.base_url)
    assert not (process_data / "pathways.db").exists()
    process = subprocess.Popen(
        [PATHWAYS, command], env=env, cwd=process_data.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        api.wait_for(lambda: len(api.calls_of("setMyCommands")) == 2, timeout=120)
        api.send_text(42, "/start", language_code="zh-hant")
        (welcome,) = api.wait_for_messages(42, 1, timeout=60)
        assert "DSE Pathways" in welcome.text
        api.tap(42, welcome, "ok", language_code="zh-hant")
        api.wait_for_messages(42, 2, timeout=60)
        db = connect(f"sqlite:///{process_data / 'pathways.db'}")  # created and migrated on start
        profile = repo.get_user(db, telegram_id=42)
        assert profile is not None
        assert profile.language == "zh-Hant"
        db.dispose()
    finally:
        process.send_signal(signal.SIGINT)
        try:
            stdout, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
    assert process.returncode == 0, stderr
    assert "running" in stdout
    assert TOKEN not in stdout + stderr
    assert TOKEN.split(":")[1] not in stdout + stderr


def test_create_explains_when_telegram_cannot_be_asked(env: dict[str, str], fake_telegram: FakeTelegramServer) -> None:
    env = {**env, "TELEGRAM_BOT_TOKEN": "999:wrong-token-here", "TELEGRAM_API_BASE_URL": fake_telegram.base_url}
    code, out = invoke(env, "links", "create", "--teacher", str(TEACHER), "--label", "5B")
    assert code == 1
    assert "--bot-username" in out
    assert "wrong-token-here" not in out
