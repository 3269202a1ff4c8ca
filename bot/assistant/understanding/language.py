"""Which language a student wrote in: English, Traditional Chinese, or code-mixed (Cantonese with English)."""

from __future__ import annotations

import re

from bot.assistant.types import QuestionLanguage

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str, fallback: QuestionLanguage = "en") -> QuestionLanguage:
    """`mixed` when both Chinese characters and English words appear ("中大 summer programme 幾錢")."""
    has_cjk = bool(_CJK.search(text))
    has_latin = bool(_LATIN_WORD.search(text))
    if has_cjk and has_latin:
        return "mixed"
    if has_cjk:
        return "zh-Hant"
    if has_latin:
        return "en"
    return fallback


def chinese_share(text: str) -> float:
    """Share of Chinese characters among letters and characters (used to check an LLM answer's language)."""
    cjk = len(_CJK.findall(text))
    latin = sum(len(w) for w in _LATIN_WORD.findall(text)) / 4  # ~4 letters carry what one character does
    total = cjk + latin
    return cjk / total if total else 0.0
