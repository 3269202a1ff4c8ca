"""Answers dev39 found wrong, each asked here in other words over the real catalogue: "compare the two" after
two lookups, two programmes named before "them", a field ("STEM") that is some programme's alias, the turn after
a kind answer, a stopped programme asked about with a verb, advice about a kind of course, whether one route
harms another, a request for options that also asks what a field is like, a student on a budget, and camps
asked for with filters nothing meets."""

from __future__ import annotations

from bot.assistant.assistant import SUPPORT_ENTRY, Assistant
from bot.assistant.types import Answer, Source, StudentContext
from bot.conversation import SOURCES_PREFIX, Conversation, shown_turns
from storage import Database
from tests.assistant.test_conversation_turns import last_answer


def test_compare_the_two_after_two_lookups_compares_them(conversation: Conversation, db: Database) -> None:
    turns = ["whats the google project management cert", "and the google ux design one?", "ok compare the two pls"]
    answer = last_answer(conversation, db, turns, telegram_id=901)
    assert answer.scope == "answer"
    assert [s.id for s in answer.sources] == ["google-project-management", "google-ux-design"]


def test_two_named_before_them_are_compared_not_the_last_list(conversation: Conversation, db: Database) -> None:
    turns = ["有冇 data 相關嘅網上證書？", "IBM data analyst 同 google data analytics 比較下佢哋"]
    answer = last_answer(conversation, db, turns, telegram_id=902)
    assert {s.id for s in answer.sources} == {"ibm-data-analyst", "google-data-analytics"}


def test_a_field_word_does_not_pick_the_one_programme_aliased_by_it(assistant: Assistant) -> None:
    """「城大工學院有咩 STEM 活動」 asks for CityU's STEM activities; "STEM" is also the alias of CityU's 2020 EE
    summer school, which must not be taken for the programme asked about."""
    answer = assistant.answer("城大工學院搞咩 STEM 活動？", StudentContext())
    assert answer.sources[0].id == "cityu-bright-future-engineering-talent-hub"


def test_a_kind_answer_keeps_the_programmes_it_answered_for_the_next_turn() -> None:
    sources = tuple(Source(i, i, (), "", 2025, "taster") for i in (SUPPORT_ENTRY, "hkust-summer-institute", "x-si"))
    answer = Answer("…", "zh-Hant", "grounded", "support", "compare", sources)
    assert shown_turns(answer)[0] == SOURCES_PREFIX + "hkust-summer-institute,x-si"


def test_a_stopped_programme_asked_about_with_a_verb_is_found(assistant: Assistant) -> None:
    answer = assistant.answer("has hkust cancelled the dual program? my teacher mentioned it")
    assert answer.scope == "answer"
    assert answer.sources[0].id == "hkust-dual-program"


def test_advice_about_a_kind_of_course_is_explained_from_guides(assistant: Assistant) -> None:
    answer = assistant.answer(
        "my teacher says coursera certificates are useless since they carry no credit, is she right?"
    )
    assert answer.intent == "explain"
    kinds = [assistant.entry(s.id).kind for s in answer.sources]  # type: ignore[union-attr]
    assert kinds[0] == "guide", answer.sources


def test_whether_one_route_harms_another_gets_its_paragraph(assistant: Assistant) -> None:
    answer = assistant.answer("will applying through E-APP mess up my JUPAS application?")
    assert answer.sources[0].id == "e-app-non-jupas"
    assert "does not affect" in answer.text


def test_options_asked_for_with_what_a_field_is_like_are_a_recommendation(assistant: Assistant) -> None:
    answer = assistant.answer("想知讀醫係咩感覺，有咩暑期活動推介？", StudentContext(form="S5"))
    assert answer.intent == "recommend"


def test_a_student_on_a_budget_is_told_about_auditing_and_aid(assistant: Assistant) -> None:
    answer = assistant.answer("any cheap online data certs? cant afford much", StudentContext(form="S6"))
    ids = [s.id for s in answer.sources]
    assert "coursera-financial-aid-and-auditing" in ids
    assert "financial aid" in answer.text.lower()
    plain = assistant.answer("any online data certs?", StudentContext(form="S6"))
    assert "coursera-financial-aid-and-auditing" not in [s.id for s in plain.sources]


def test_camps_asked_for_with_filters_nothing_meets_still_get_camps(assistant: Assistant) -> None:
    answer = assistant.answer("any free summer camps for S5?")
    assert answer.scope == "answer"
    assert answer.intent == "recommend"
    assert {assistant.entry(s.id).kind for s in answer.sources} == {"taster"}  # type: ignore[union-attr]
    assert "Nothing matched all of what you asked for" in answer.text


def test_a_practical_clause_beside_a_question_is_no_alarm(assistant: Assistant) -> None:
    text = "how many classes can i skip at the cuhk summer institute? might be away for a wedding"
    assert assistant.answer(text).scope == "answer"


def test_distress_in_a_clause_is_still_heard(assistant: Assistant) -> None:
    answer = assistant.answer("does the polyu summer institute give refunds? asking coz i wont be around much longer")
    assert answer.scope == "support"
