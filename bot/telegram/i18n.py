"""UI strings in English and Traditional Chinese through gettext.

Messages are written in English in the code (the gettext msgid) and translated in
``bot/locale/zh_Hant/LC_MESSAGES/pathways.po``. The compiled ``.mo`` files are not kept in git: they are built
from the ``.po`` files with Babel the first time they are needed (and again whenever a ``.po`` is newer), so a
fresh clone works with ``make run`` or ``make test`` and no extra step. Where the package folder is read-only
the catalogue is compiled in memory instead.

Two helpers: :func:`t` returns HTML (format values are escaped, the message itself may hold Telegram HTML tags)
and :func:`tp` returns plain text (for button labels, which Telegram never parses).
"""

from __future__ import annotations

import gettext
import html
import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

# One definition of the interface languages: the ones the database stores.
from storage import UiLanguage

logger = logging.getLogger(__name__)

LANGUAGES: Final[tuple[UiLanguage, ...]] = ("en", "zh-Hant")
DOMAIN: Final = "pathways"
LOCALE_DIR: Final = Path(__file__).resolve().parent.parent / "locale"
_GETTEXT_NAMES: Final[dict[UiLanguage, str]] = {"zh-Hant": "zh_Hant"}

_lock = threading.Lock()
_loaded: dict[UiLanguage, gettext.NullTranslations] = {}


class Markup(str):
    """A value that is already HTML: :func:`t` inserts it as it is instead of escaping it."""

    __slots__ = ()


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark a string for extraction without translating it now (tables built at import time)."""
    return message


def po_files(locale_dir: Path = LOCALE_DIR) -> Iterator[Path]:
    yield from sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def compile_po(po_path: Path) -> bytes:
    """The .mo bytes for one .po file (fuzzy entries are left out, as msgfmt does)."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=po_path.parent.parent.name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def compile_catalogues(locale_dir: Path = LOCALE_DIR, *, force: bool = False) -> list[Path]:
    """Write the .mo next to every .po that has none or an older one. Returns the files written."""
    written = []
    for po_path in po_files(locale_dir):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        data = compile_po(po_path)
        try:
            temporary = mo_path.with_suffix(".mo.tmp")
            temporary.write_bytes(data)
            temporary.replace(mo_path)
        except OSError:
            logger.debug("cannot write %s; the catalogue is compiled in memory", mo_path)
            continue
        written.append(mo_path)
    return written


def _load(language: UiLanguage) -> gettext.NullTranslations:
    name = _GETTEXT_NAMES.get(language)
    if name is None:
        return gettext.NullTranslations()  # English is the source language
    po_path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    compile_catalogues()
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        with mo_path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return gettext.GNUTranslations(io.BytesIO(compile_po(po_path)))


def translations(language: UiLanguage) -> gettext.NullTranslations:
    found = _loaded.get(language)
    if found is None:
        with _lock:
            found = _loaded.get(language)
            if found is None:
                found = _loaded[language] = _load(language)
    return found


def reload() -> None:
    """Forget loaded catalogues (tests, or after editing a .po while running)."""
    with _lock:
        _loaded.clear()


def _escaped(value: object) -> str:
    return str(value) if isinstance(value, Markup) else html.escape(str(value), quote=False)


def t(language: UiLanguage, message: str, **values: object) -> str:
    """The message in the language, as Telegram HTML; values are escaped unless they are :class:`Markup`."""
    text = translations(language).gettext(message)
    if not values:
        return text
    return text.format(**{key: _escaped(value) for key, value in values.items()})


def tp(language: UiLanguage, message: str, **values: object) -> str:
    """The message in the language as plain text (button labels, document captions without parse mode)."""
    text = translations(language).gettext(message)
    return text.format(**values) if values else text


def from_telegram(code: str | None) -> UiLanguage:
    """Telegram's language code (IETF tag from the client) to a UI language: any Chinese → Traditional."""
    if code and code.lower().split("-")[0] in {"zh", "yue"}:
        return "zh-Hant"
    return "en"


def ui_language(value: str | None) -> UiLanguage:
    return "zh-Hant" if value == "zh-Hant" else "en"


def join_list(items: list[str], language: UiLanguage) -> str:
    """Items as a list in running text: "a, b" in English, 「a、b」 in Chinese."""
    return ("、" if language == "zh-Hant" else ", ").join(items)
