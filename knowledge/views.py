"""An entry as the assistant sees it, rebuilt from the chunks of the current index generation."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from knowledge.schema import STATUSES, status_label


@dataclass(frozen=True)
class KeyDateView:
    what_en: str
    what_zh: str
    start: str
    end: str | None = None


def parse_day(value: str) -> dt.date | None:
    """A catalogue date (``2026-05-30``) as a date; None for a value that is not one."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_day(day: dt.date, language: str) -> str:
    """A day as a student reads it: "30 May 2026" or 「2026年5月30日」."""
    if language == "zh-Hant":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%B')} {day.year}"


@dataclass(frozen=True)
class EntryView:
    id: str
    kind: str
    title_en: str
    title_zh: str
    provider: str
    provider_zh: str
    url: str
    seen: int | None
    refs: tuple[str, ...]
    confidence: str
    forms: tuple[str, ...]
    subjects: tuple[str, ...]
    fee_text: str
    fee_hkd: float | None
    cef: str
    mode: str
    language: str
    duration: str
    credits: str
    season: str
    dates: tuple[KeyDateView, ...]
    # Currency (see knowledge.schema): "current" | "recent" | "past" | "unknown"; years and names or None.
    status: str = "unknown"
    last_run: int | None = None
    successor: str | None = None
    successor_id: str | None = None
    retires: str | None = None
    formerly: str | None = None
    sources: tuple[str, ...] = ()  # the entry's source pages: links on their sites are approved for it
    # The word facts in Chinese ("" when the entry gives none: show the English value then).
    fee_zh: str = ""
    duration_zh: str = ""
    credits_zh: str = ""
    season_zh: str = ""
    joining: str = "unknown"  # how a student gets in when not simply by applying (a school's nomination)
    joining_zh: str = ""
    paragraphs_en: tuple[str, ...] = field(default=())
    paragraphs_zh: tuple[str, ...] = field(default=())

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_zh

    @property
    def joinable(self) -> bool:
        """False for a programme that has stopped (or a credential no longer offered): never offer it to join."""
        return self.status != "past"

    def last_day(self) -> dt.date | None:
        """The latest day among the entry's dates (an event's end, else its start); None when it has none."""
        days = [parse_day(d.end or d.start) for d in self.dates]
        return max((day for day in days if day is not None), default=None)

    def status_text(self, language: str) -> str:
        """The status as a plain phrase in the student's language, e.g. "Last ran in 2018; ask …"."""
        return status_label(self.status, self.last_run, language)

    def fact(self, name: str, language: str) -> str:
        """A word fact (``fee``, ``duration``, ``credits``, ``season`` or ``joining``) in the student's language: the Chinese
        wording for a Chinese answer when the entry gives one, else the English value."""
        english = {
            "fee": self.fee_text,
            "duration": self.duration,
            "credits": self.credits,
            "season": self.season,
            "joining": self.joining,
        }
        chinese = {
            "fee": self.fee_zh,
            "duration": self.duration_zh,
            "credits": self.credits_zh,
            "season": self.season_zh,
            "joining": self.joining_zh,
        }
        if name not in english:
            raise ValueError(f"'{name}' is not a word fact; use one of {', '.join(english)}")
        return english[name] if language == "en" or not chinese[name] else chinese[name]

    def paragraphs(self, language: str) -> tuple[str, ...]:
        own = self.paragraphs_en if language == "en" else self.paragraphs_zh
        return own or self.paragraphs_en or self.paragraphs_zh


def _split_csv(value: Any) -> tuple[str, ...]:
    return tuple(part for part in str(value or "").split(",") if part)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value else None


def _body_paragraphs(text: str) -> list[str]:
    # Every body chunk starts with the entry's title line, added at indexing for context; drop it here.
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return parts[1:] if len(parts) > 1 else parts


def build_view(chunks: Sequence[tuple[str, dict[str, Any]]]) -> EntryView | None:
    """The entry whose chunks (text, metadata) are given, in index order."""
    if not chunks:
        return None
    meta = chunks[0][1]
    english: list[str] = []
    chinese: list[str] = []
    for text, chunk_meta in chunks:
        section = chunk_meta.get("section")
        if section in {"en", "doc"}:
            english.extend(_body_paragraphs(text))
        elif section == "zh":
            chinese.extend(_body_paragraphs(text))
    try:
        raw_dates = json.loads(str(meta.get("dates") or "[]"))
    except json.JSONDecodeError:
        raw_dates = []
    fee = float(meta.get("fee_hkd", -1.0))
    status = str(meta.get("status", "unknown"))
    return EntryView(
        id=str(meta.get("entry_id", "")),
        kind=str(meta.get("kind", "")),
        title_en=str(meta.get("title_en", "")),
        title_zh=str(meta.get("title_zh", "")),
        provider=str(meta.get("provider", "")),
        provider_zh=str(meta.get("provider_zh", "")),
        url=str(meta.get("url", "")),
        seen=int(meta.get("seen", 0) or 0) or None,
        refs=_split_csv(meta.get("refs")),
        confidence=str(meta.get("confidence", "high")),
        forms=_split_csv(meta.get("forms")),
        subjects=_split_csv(meta.get("subjects")),
        fee_text=str(meta.get("fee_text", "unknown")),
        fee_hkd=fee if fee >= 0 else None,
        cef=str(meta.get("cef", "unknown")),
        mode=str(meta.get("mode", "unknown")),
        language=str(meta.get("language", "unknown")),
        duration=str(meta.get("duration", "unknown")),
        credits=str(meta.get("credits", "unknown")),
        season=str(meta.get("season", "unknown")),
        dates=tuple(
            KeyDateView(str(d.get("what_en", "")), str(d.get("what_zh", "")), str(d.get("start", "")), d.get("end"))
            for d in raw_dates
            if isinstance(d, dict)
        ),
        status=status if status in STATUSES else "unknown",
        last_run=int(meta.get("last_run", 0) or 0) or None,
        successor=_text_or_none(meta.get("successor")),
        successor_id=_text_or_none(meta.get("successor_id")),
        retires=_text_or_none(meta.get("retires")),
        formerly=_text_or_none(meta.get("formerly")),
        sources=tuple(str(meta.get("sources", "")).split()),
        fee_zh=str(meta.get("fee_zh") or ""),
        duration_zh=str(meta.get("duration_zh") or ""),
        credits_zh=str(meta.get("credits_zh") or ""),
        season_zh=str(meta.get("season_zh") or ""),
        joining=str(meta.get("joining") or "unknown"),
        joining_zh=str(meta.get("joining_zh") or ""),
        paragraphs_en=tuple(english),
        paragraphs_zh=tuple(chinese),
    )


def distinct_views(views: Sequence[EntryView]) -> list[EntryView]:
    """No two near-duplicates (the same programme under two years' titles): one per provider and title stem."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for view in views:
        stem = re.sub(r"\b(19|20)\d{2}\b|[()（）]", "", view.title_en).strip().lower()
        key = (view.provider.lower(), stem)
        if key in seen:
            continue
        seen.add(key)
        kept.append(view)
    return kept
