"""Entries that may have gone stale, and tasters whose application season is coming up.

An entry is stale when its newest source (``seen``) or the latest year it is known to have run (``last_run``)
is more than a few years old. A taster's season is coming up when one of its key dates, projected onto this
year or the next (programmes tend to recur around the same time), or a month named in its ``season`` text,
falls in the next few weeks: that is when students start asking, so the admin re-checks it first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.schema import Entry

_EN_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_EN_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_EN_MONTHS["sept"] = 9
# Capitalised only: "you may apply" must not read as May.
_EN_MONTH = re.compile(r"\b(" + "|".join(sorted((m.capitalize() for m in _EN_MONTHS), key=len, reverse=True)) + r")\b")
_ZH_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_MONTH = re.compile(r"(十[一二]?|[一二三四五六七八九])月")
_DIGIT_MONTH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*月")
_RANGE_JOIN = re.compile(r"\s*(?:to|until|through|-|–|—|至|到)\s*")


@dataclass(frozen=True)
class StaleEntry:
    entry_id: str
    title_en: str
    kind: str
    path: str
    reasons: tuple[str, ...]
    # The oldest year behind the reasons (None when the entry gives no year at all).
    year: int | None


@dataclass(frozen=True)
class SeasonAlert:
    entry_id: str
    title_en: str
    path: str
    expected_on: dt.date
    detail: str


def stale_entries(
    entries: Iterable[Entry], *, today: dt.date, max_age_years: int = 2, include_past: bool = False
) -> list[StaleEntry]:
    """Entries whose ``seen`` or ``last_run`` is older than ``max_age_years``, oldest first.

    A ``past`` entry is already labelled as such for students; it is left out unless ``include_past``. An
    entry whose ``retires`` date has gone by is stale too (it should now say ``past``).
    """
    found: list[StaleEntry] = []
    for entry in entries:
        if entry.meta.status == "past" and not include_past:
            continue
        reasons: list[str] = []
        years: list[int] = []
        seen = entry.meta.seen_year
        if seen is None:
            reasons.append("no source year (seen: unknown)")
        elif today.year - seen > max_age_years:
            reasons.append(f"newest source is from {seen} ({today.year - seen} years ago)")
            years.append(seen)
        last_run = entry.meta.last_run
        if last_run is not None and today.year - last_run > max_age_years:
            reasons.append(f"last known to have run in {last_run}")
            years.append(last_run)
        if entry.meta.retires is not None and entry.meta.retires < today:
            reasons.append(f"retired on {entry.meta.retires.isoformat()} but not marked past")
            years.append(entry.meta.retires.year)
        if reasons:
            found.append(
                StaleEntry(
                    entry.id,
                    entry.meta.title_en,
                    str(entry.meta.kind),
                    entry.path,
                    tuple(reasons),
                    min(years, default=None),
                )
            )
    return sorted(found, key=lambda item: (item.year if item.year is not None else 0, item.entry_id))


def months_in(text: str) -> list[int]:
    """Month numbers named in a season text, English (January, Jan) or Chinese (七月, 7月), in order, no repeats.

    A range ("February to April", "11月至1月") counts every month in it.
    """
    found: list[tuple[int, int, int]] = []  # (start, end, month)
    found += [(m.start(), m.end(), _EN_MONTHS[m.group(1).lower()]) for m in _EN_MONTH.finditer(text)]
    found += [(m.start(), m.end(), _zh_month(m.group(1))) for m in _ZH_MONTH.finditer(text)]
    found += [(m.start(), m.end(), int(m.group(1))) for m in _DIGIT_MONTH.finditer(text)]
    found.sort()
    months: list[int] = []
    for index, (_, end, month) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        span = [month]
        if following is not None and _RANGE_JOIN.fullmatch(text[end : following[0]]):
            span = [(month - 1 + step) % 12 + 1 for step in range((following[2] - month) % 12)]
        months.extend(m for m in span if m not in months)
    return months


def _zh_month(numeral: str) -> int:
    return (
        10 + (_ZH_NUMERALS[numeral[1]] if len(numeral) == 2 else 0)
        if numeral.startswith("十")
        else _ZH_NUMERALS[numeral]
    )


def _moved_to(day: dt.date, year: int) -> dt.date:
    # 29 February falls back to the 28th in a common year.
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def next_window(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The window itself when it has not ended yet, else its copy in this year or the next that has not ended."""
    if end >= today:
        return start, end
    for year in (today.year, today.year + 1):
        moved_start = _moved_to(start, year)
        moved_end = moved_start + (end - start)
        if moved_end >= today:
            return moved_start, moved_end
    return _moved_to(start, today.year + 2), _moved_to(start, today.year + 2) + (end - start)


def upcoming_seasons(
    entries: Iterable[Entry],
    *,
    today: dt.date,
    weeks: int = 8,
    kinds: frozenset[str] = frozenset({"taster"}),
    include_past: bool = False,
) -> list[SeasonAlert]:
    """Tasters with a key date or a season month within the next ``weeks`` weeks (or under way), soonest first."""
    horizon = today + dt.timedelta(weeks=weeks)
    alerts: list[SeasonAlert] = []
    for entry in entries:
        if str(entry.meta.kind) not in kinds or (entry.meta.status == "past" and not include_past):
            continue
        # A key date is more precise than a month named in the season text: the text is the fallback.
        due = _due(_from_dates(entry, today), today, horizon) or _due(
            _from_season(entry.meta.season, today), today, horizon
        )
        if due:
            start, detail = min(due, key=lambda item: item[0])
            alerts.append(SeasonAlert(entry.id, entry.meta.title_en, entry.path, max(start, today), detail))
    return sorted(alerts, key=lambda alert: (alert.expected_on, alert.entry_id))


def _due(candidates: list[tuple[dt.date, dt.date, str]], today: dt.date, horizon: dt.date) -> list[tuple[dt.date, str]]:
    return [(start, detail) for start, end, detail in candidates if start <= horizon and end >= today]


def _from_dates(entry: Entry, today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    found = []
    for key_date in entry.meta.dates:
        start, end = next_window(key_date.start, key_date.end or key_date.start, today)
        when = start.strftime("%d %B %Y").lstrip("0")
        if start == key_date.start:
            detail = f"{key_date.what_en}: {when}"
        else:
            detail = f"{key_date.what_en}: was {key_date.start.isoformat()}, so likely around {when}"
        found.append((start, end, detail))
    return found


def _from_season(season: str, today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    found = []
    for month in months_in(season):
        first = dt.date(today.year, month, 1)
        last = dt.date(today.year, month, calendar.monthrange(today.year, month)[1])
        start, end = next_window(first, last, today)
        found.append((start, end, f"usually around {calendar.month_name[month]} (season: {season})"))
    return found
