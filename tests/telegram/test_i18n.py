"""UI strings: every message the code uses has a Traditional Chinese translation with the same placeholders and
valid Telegram HTML; catalogues compile from .po on a fresh clone."""

from __future__ import annotations

import re
import shutil
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.telegram import i18n
from bot.telegram.app import COMMANDS, menu
from tests.fakes.telegram_api import parse_html

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "bot" / "locale" / "zh_Hant" / "LC_MESSAGES" / "pathways.po"
KEYWORDS = {"t": (2,), "tp": (2,), "N_": None}


def used_messages() -> set[str]:
    found = extract_from_dir(ROOT / "bot" / "telegram", method_map=[("**.py", "python")], keywords=KEYWORDS)
    return {message for _file, _line, message, _comments, _context in found}


def catalogue() -> dict[str, str]:
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    return {m.id: m.string for m in catalog if m.id and not m.fuzzy}  # type: ignore[misc]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_ui_string_is_translated() -> None:
    translations = catalogue()
    missing = sorted(m for m in used_messages() if not translations.get(m))
    assert missing == []


def test_translations_keep_placeholders_and_valid_html() -> None:
    for msgid, msgstr in catalogue().items():
        assert placeholders(msgid) == placeholders(msgstr), msgid
        values = {name: "x" for name in placeholders(msgid)}
        parse_html(msgid.format(**values))
        parse_html(msgstr.format(**values))


def test_no_stale_entries_in_the_catalogue() -> None:
    stale = sorted(set(catalogue()) - used_messages())
    assert stale == []


def test_lookup_in_both_languages_and_escaping() -> None:
    assert i18n.t("en", "Form saved: {form}", form="<S5>") == "Form saved: &lt;S5&gt;"
    assert i18n.t("zh-Hant", "Form saved: {form}", form="中五") == "已儲存年級：中五"
    assert i18n.t("zh-Hant", "Form saved: {form}", form=i18n.Markup("<b>中五</b>")) == "已儲存年級：<b>中五</b>"
    assert i18n.tp("zh-Hant", "⭐ Save") == "⭐ 收藏"


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("zh-hant", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-hans", "zh-Hant"),
        ("yue", "zh-Hant"),
        ("zh", "zh-Hant"),
        ("en", "en"),
        ("en-GB", "en"),
        ("fr", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_language_from_telegram(code: str | None, language: str) -> None:
    assert i18n.from_telegram(code) == language


def test_catalogues_are_compiled_when_missing(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "bot" / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    written = i18n.compile_catalogues(locale)
    assert [p.name for p in written] == ["pathways.mo"]
    assert i18n.compile_catalogues(locale) == []  # up to date: nothing to do
    (locale / "zh_Hant" / "LC_MESSAGES" / "pathways.po").touch()
    assert len(i18n.compile_catalogues(locale, force=True)) == 1


def test_mo_files_are_not_tracked() -> None:
    gitignore = (ROOT / ".gitignore").read_text()
    assert re.search(r"^\*\.mo$", gitignore, re.MULTILINE)


def test_commands_menu_is_valid_in_both_languages() -> None:
    for language in ("en", "zh-Hant"):
        commands = menu(language)  # type: ignore[arg-type]
        assert [c.command for c in commands] == [name for name, _ in COMMANDS]
        for command in commands:
            assert re.fullmatch(r"[a-z0-9_]{1,32}", command.command)
            assert 1 <= len(command.description) <= 256
    assert menu("zh-Hant")[1].description == "你嘅升學部署"
