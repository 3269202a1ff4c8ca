"""Stale entries and upcoming seasons, on catalogue entries made in the test."""

from __future__ import annotations

import datetime as dt

from knowledge.review.stale import months_in, next_window, stale_entries, upcoming_seasons
from tests.knowledge.review.conftest import make_entry

TODAY = dt.date(2026, 3, 10)


def test_old_seen_or_last_run_is_stale_and_past_entries_are_left_out_by_default() -> None:
    entries = [
        make_entry("fresh-entry", seen=2025, last_run=2025),
        make_entry("old-source", seen=2019, last_run=2019, status="recent"),
        make_entry("recent-page-old-run", seen=2025, last_run=2021, status="recent"),
        make_entry("no-year", seen="unknown", last_run=None, kind="scheme", status="unknown"),
        make_entry("stopped-long-ago", seen=2007, last_run=2007, status="past"),
    ]

    found = {item.entry_id: item for item in stale_entries(entries, today=TODAY, max_age_years=2)}
    with_past = {item.entry_id for item in stale_entries(entries, today=TODAY, max_age_years=2, include_past=True)}

    assert set(found) == {"old-source", "recent-page-old-run", "no-year"}
    assert found["old-source"].year == 2019
    assert any("2021" in reason for reason in found["recent-page-old-run"].reasons)
    assert "stopped-long-ago" in with_past
    # Oldest first, entries without a year at the top.
    assert next(item.entry_id for item in stale_entries(entries, today=TODAY)) == "no-year"


def test_a_retired_credential_not_marked_past_is_stale() -> None:
    entry = make_entry("retired-exam", kind="certificate", status="current", retires=dt.date(2026, 1, 31))

    [found] = stale_entries([entry], today=TODAY)

    assert "retired on 2026-01-31" in found.reasons[0]


def test_month_names_in_english_and_chinese() -> None:
    assert months_in("July; applications about February to April/May") == [7, 2, 3, 4, 5]
    assert months_in("Principal nominations in September; classes about November to April") == [9, 11, 12, 1, 2, 3, 4]
    assert months_in("每年七月舉行，三月截止報名") == [7, 3]
    assert months_in("12月至1月") == [12, 1]
    assert months_in("Late July / August") == [7, 8]
    assert months_in("十一月開始報名") == [11]
    assert months_in("you may apply any time") == []


def test_past_dates_are_projected_onto_this_year_or_the_next() -> None:
    # An application window of 2024, already over for 2026's calendar date, moves to 2027.
    assert next_window(dt.date(2024, 3, 1), dt.date(2024, 3, 5), TODAY) == (dt.date(2027, 3, 1), dt.date(2027, 3, 5))
    # Still ahead this year: this year's copy.
    assert next_window(dt.date(2023, 5, 4), dt.date(2023, 5, 4), TODAY) == (dt.date(2026, 5, 4), dt.date(2026, 5, 4))
    # A window under way today stays as it is.
    assert next_window(dt.date(2024, 3, 1), dt.date(2024, 3, 31), TODAY) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    # A real future date is not moved.
    assert next_window(dt.date(2026, 5, 31), dt.date(2026, 5, 31), TODAY) == (
        dt.date(2026, 5, 31),
        dt.date(2026, 5, 31),
    )


def test_tasters_whose_season_is_coming_up() -> None:
    applications_2024 = {
        "what_en": "Applications (2024)",
        "what_zh": "報名期（2024 年）",
        "start": "2024-03-22",
        "end": "2024-05-01",
    }
    entries = [
        make_entry("dated-taster", dates=[applications_2024], season="Summer"),
        make_entry("april-taster", season="April (29 April 2026)"),
        make_entry("chinese-season", season="每年四月報名"),
        make_entry("autumn-taster", season="October"),
        make_entry("old-past-taster", season="April", status="past", last_run=2018, seen=2018),
        make_entry("a-scheme", kind="scheme", season="April", status="current"),
    ]

    alerts = {alert.entry_id: alert for alert in upcoming_seasons(entries, today=TODAY, weeks=6)}

    assert set(alerts) == {"dated-taster", "april-taster", "chinese-season"}
    assert alerts["dated-taster"].expected_on == dt.date(2026, 3, 22)
    assert "was 2024-03-22" in alerts["dated-taster"].detail
    assert alerts["april-taster"].expected_on == dt.date(2026, 4, 1)
    assert "April" in alerts["chinese-season"].detail
    # Soonest first.
    assert next(iter(alerts)) == "dated-taster"
