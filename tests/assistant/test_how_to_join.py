"""How a student gets in, when it is not simply by applying (a principal's or teacher's nomination), is a fact of
its own: the catalogue's ``joining`` field, shown beside who may join in lookups and recommendations, in the
student's language, and only where an entry states it."""

from __future__ import annotations

from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext


def test_a_recommendation_says_a_programme_needs_a_nomination(assistant: Assistant) -> None:
    context = StudentContext(form="S5", interests=("science",))
    answer = assistant.answer("有冇可以做 research 嘅活動推介？", context)
    assert "polyu-junior-researcher-mentoring" in {s.id for s in answer.sources}
    assert "點樣參加：須獲校長推薦" in answer.text


def test_a_lookup_says_how_to_join_in_english(assistant: Assistant) -> None:
    answer = assistant.answer("tell me about the hkust dual program", StudentContext())
    assert answer.sources[0].id == "hkust-dual-program"
    assert "How to join: Your school principal had to nominate you" in answer.text


def test_an_entry_that_states_nothing_shows_no_such_line(assistant: Assistant) -> None:
    answer = assistant.answer("what is the google data analytics certificate", StudentContext())
    assert answer.sources[0].id == "google-data-analytics"
    assert "How to join" not in answer.text


def test_the_field_travels_with_the_index(assistant: Assistant) -> None:
    view = assistant.entry("hku-space-summer-school")
    assert view is not None
    assert view.fact("joining", "en").startswith("Apply yourself")
    assert view.fact("joining", "zh-Hant").startswith("自行報名")
