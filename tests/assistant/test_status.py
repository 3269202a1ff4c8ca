"""Which programmes still run: options a student can join come first, and a programme that stopped is never
offered as one to join while a current or recent one matches (English, Chinese and mixed; with and without a
profile). Course cards and lookups say the status in the student's language."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.provenance import dates_passed_line
from bot.assistant.types import StudentContext
from bot.assistant.wording import Wording

QUESTIONS = [
    "any biology summer programmes for me?",
    "有冇生物暑期課程推介？",
    "有冇 biology summer programme 推介？",
    "any nursing or social science summer camps?",
]
PROFILES = [StudentContext(), StudentContext(form="S5", interests=("medicine-health", "science"))]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("context", PROFILES)
def test_no_past_programme_is_offered_while_a_joinable_one_matches(
    assistant: Assistant, question: str, context: StudentContext
) -> None:
    answer = assistant.answer(question, context)
    assert answer.intent == "recommend"
    statuses = [assistant.entry(s.id).status for s in answer.sources]  # type: ignore[union-attr]
    assert statuses, answer.text
    assert "past" not in statuses, [(s.id, st) for s, st in zip(answer.sources, statuses, strict=True)]


def test_a_past_programme_asked_by_name_is_labelled_in_english(assistant: Assistant) -> None:
    answer = assistant.answer("CityU Science and Engineering Fun Days summer day camp 2004–2007")
    assert answer.sources[0].id == "cityu-science-engineering-fun-days"
    assert "may have stopped" in answer.text or "Last" in answer.text


def test_a_past_programme_asked_by_name_is_labelled_in_chinese(assistant: Assistant) -> None:
    answer = assistant.answer("城大科學及工程學院 Fun Day 係咩？")
    assert answer.sources[0].id == "cityu-science-engineering-fun-days"
    assert "停辦" in answer.text or "最近一次" in answer.text


def test_course_card_says_the_status(assistant: Assistant) -> None:
    card = assistant.card("cityu-science-engineering-fun-days", "en")
    assert card is not None
    assert "2007" in card.text
    zh = assistant.card("cityu-science-engineering-fun-days", "zh-Hant")
    assert zh is not None
    assert "2007" in zh.text


def test_a_running_programme_whose_dates_have_all_passed_says_so(assistant: Assistant) -> None:
    """CUHK's PGT still runs, but every date the catalogue holds (the spring 2026 round) is behind us: the
    answer says the dates were last round's instead of letting them read as this year's."""
    english = assistant.answer("cuhk pgt when is the deadline?")
    assert english.sources[0].id == "cuhk-pgt"
    assert "has passed (the last was 30 May 2026)" in english.text
    chinese = assistant.answer("中大 PGT 幾時截止報名？")
    assert chinese.sources[0].id == "cuhk-pgt"
    assert "已全部過去（最後一個是 2026年5月30日）" in chinese.text


def test_the_dates_passed_line_depends_on_today_and_the_status(assistant: Assistant) -> None:
    pgt, stopped = assistant.entry("cuhk-pgt"), assistant.entry("hku-taster")
    assert pgt is not None
    assert stopped is not None
    words = Wording.for_language("en")
    assert dates_passed_line(pgt, words, today=dt.date(2026, 5, 29)) is None
    assert "30 May 2026" in (dates_passed_line(pgt, words, today=dt.date(2026, 5, 31)) or "")
    # A stopped programme's status line already says it may have stopped; no second line about its dates.
    assert dates_passed_line(stopped, words, today=dt.date(2026, 5, 31)) is None
