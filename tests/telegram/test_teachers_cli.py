"""`pathways links create --qr --poster` writes a QR code that decodes to the printed link and a one-page poster
holding it; `pathways links invite-teacher` prints a one-time t.me link that grants the role once."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from typer.testing import CliRunner

from bot.cli import app
from bot.telegram import deeplinks
from storage import connect
from storage import repository as repo
from tests.conftest import cli_env

TEACHER = 7150
STUDENT = 7151


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    values = cli_env(tmp_path / "data")
    for name in list(os.environ):
        if name.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_", "DATABASE_URL")):
            monkeypatch.delenv(name, raising=False)
    return values


def invoke(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.output


def test_create_writes_the_qr_code_and_the_poster(env: dict[str, str], tmp_path: Path) -> None:
    qr, poster = tmp_path / "class.png", tmp_path / "class.pdf"
    code, out = invoke(
        env, "links", "create", "--teacher", str(TEACHER), "--label", "5A Careers",
        "--bot-username", "PathwaysBot", "--qr", str(qr), "--poster", str(poster),
    )  # fmt: skip
    assert code == 0, out
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://t.me/PathwaysBot?start=c_")
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.read_bytes())))] == [link]
    reader = PdfReader(io.BytesIO(poster.read_bytes()))
    assert len(reader.pages) == 1
    assert link in reader.pages[0].extract_text()


def test_invite_teacher_prints_a_one_time_link(env: dict[str, str], tmp_path: Path) -> None:
    code, out = invoke(env, "links", "invite-teacher", "--expires-days", "3", "--bot-username", "PathwaysBot")
    assert code == 0, out
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://t.me/PathwaysBot?start=t_")
    invite = deeplinks.teacher_invite_code([link.rsplit("=", 1)[1]])
    assert invite is not None
    db = connect(f"sqlite:///{tmp_path / 'data' / 'pathways.db'}")
    try:
        assert repo.redeem_teacher_invite(db, telegram_id=STUDENT, code=invite)
        assert repo.is_teacher(db, telegram_id=STUDENT)
        assert not repo.redeem_teacher_invite(db, telegram_id=STUDENT + 1, code=invite)
    finally:
        db.dispose()
