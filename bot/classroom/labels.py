"""Bilingual words for the class chart and its text alternative (English and Traditional Chinese, Hong Kong).

Kept here rather than in the Telegram translation catalogue because the classroom package must not depend on
the Telegram transport, and because these strings end up inside images and PDFs, not messages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final

from bot.classroom.figures import FORM_NOT_SET, THRESHOLD
from knowledge.schema import SUBJECTS
from storage import UiLanguage

CourseTitles = Mapping[str, tuple[str, str]]  # entry id -> (English title, Chinese title)

FORM_NAMES: Final[dict[str, tuple[str, str]]] = {
    "S4": ("S4", "中四"),
    "S5": ("S5", "中五"),
    "S6": ("S6", "中六"),
    "after-dse": ("After the DSE", "DSE 之後"),
    FORM_NOT_SET: ("Form not given", "未填年級"),
}

WORDS: Final[dict[str, tuple[str, str]]] = {
    "title": ("{label} — class figures as of {date}", "{label} — 班級統計（截至 {date}）"),
    "students": ("Students: {n}", "學生人數：{n}"),
    "forms": ("Joined students by form", "已加入的學生（按年級）"),
    "interests": ("Top interests", "最多人選的興趣"),
    "saved": ("Most saved courses", "最多人收藏的課程"),
    "none": (f"none chosen by {THRESHOLD} or more students yet", f"暫時未有項目達 {THRESHOLD} 人或以上"),
    "other interests": (f"every other interest: <{THRESHOLD}", f"其餘每項興趣：<{THRESHOLD}"),
    "other courses": (f"every other course: <{THRESHOLD}", f"其餘每個課程：<{THRESHOLD}"),
    "more interests": ("other interests not listed", "其他興趣未有列出"),
    "more courses": ("other courses not listed", "其他課程未有列出"),
    "note": (
        f"Counts are rounded down to steps of {THRESHOLD}; “<{THRESHOLD}” means fewer than {THRESHOLD}, possibly "
        f"none. The figures change at most once a day, and only after at least {THRESHOLD} students have joined "
        "or left the class.",
        f"人數以 {THRESHOLD} 為單位向下取整；「<{THRESHOLD}」表示少於 {THRESHOLD} 人（可能是零）。統計每日最多更新"
        f"一次，而且要有至少 {THRESHOLD} 名學生加入或離開班級後才會更新。",
    ),
}

MAX_LABEL_CHARS: Final = 40
# CJK and full-width characters: they need a CJK font (matplotlib's default DejaVu Sans has none).
_CJK: Final = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")


def word(language: UiLanguage, key: str, **values: object) -> str:
    english, chinese = WORDS[key]
    return (chinese if language == "zh-Hant" else english).format(**values)


def _pick(names: tuple[str, str], language: UiLanguage) -> str:
    return names[1] if language == "zh-Hant" else names[0]


def form_name(form: str, language: UiLanguage) -> str:
    return _pick(FORM_NAMES.get(form, (form, form)), language)


def interest_name(tag: str, language: UiLanguage) -> str:
    return _pick(SUBJECTS.get(tag, (tag, tag)), language)


def course_name(entry_id: str, language: UiLanguage, titles: CourseTitles | None) -> str:
    names = (titles or {}).get(entry_id)
    return shortened(_pick(names, language)) if names else entry_id


def plain_label(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A teacher's label as plain text: control and private-use characters dropped, spaces collapsed,
    at most ``limit`` characters (longer ones end with "…"). Nothing in it is ever interpreted as markup."""
    kept = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return shortened(" ".join(kept.split()), limit)


def shortened(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with "…", at a space when there is one in the second half."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:-—") + "…"


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def without_cjk(text: str) -> str:
    """``text`` with CJK characters removed, for drawing when no CJK font is installed."""
    return " ".join(_CJK.sub(" ", text).split())
