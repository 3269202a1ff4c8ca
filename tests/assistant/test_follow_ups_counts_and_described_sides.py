"""What dev76 found, asked here in other words over the real catalogue and model: a follow-up the router reads as
planning is about the programme just answered; a course's code names one course; counts, sponsors, a year's day,
hours and validity are aspects with their own paragraphs; two programmes described as "one in X and one run by Y"
are the two sides; a description before a name the provider uses, or what the student did there, is no unknown
programme; whether a named programme teaches something, or how to start, is answered from the right entries."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext
from bot.assistant.understanding.aspect_rules import stated_aspects


def _after(assistant: Assistant, first: str, second: str) -> list[str]:
    shown = assistant.answer(first)
    context = StudentContext(
        recent_questions=(first,), recent_sources=tuple(s.id for s in shown.sources), recent_topics=()
    )
    return [source.id for source in assistant.answer(second, context).sources]


def test_a_follow_up_read_as_planning_asks_about_the_certificate_before(assistant: Assistant) -> None:
    first = "google cloud associate exam 肥咗點算"
    assert _after(assistant, first, "考多幾次都唔得嘅話 要隔幾耐先可以再考") == ["google-cloud-certifications"]


def test_a_course_code_names_the_course_asked_about(assistant: Assistant) -> None:
    answer = assistant.answer("CS50x 係咪好多人報㗎")
    assert answer.intent == "lookup"
    assert [s.id for s in answer.sources] == ["harvardx-cs50x"]


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("who sponsored the cityu chinese and history camp?", "fee"),
        ("嗰個營 2018 年有幾多營員參加？", "size"),
        ("how many schools sent students?", "size"),
        ("係咪只限中五生先報得？", "who"),
        ("JUPAS 放榜係邊日？", "when"),
        ("張 cert 有冇期限？", "validity"),
        ("考完之後幾耐要再考過？", "validity"),
        ("what did the students have to do in return for the subsidy?", "apply"),
    ],
)
def test_what_is_asked_is_read_as_its_aspect(text: str, aspect: str) -> None:
    assert aspect in stated_aspects(text)


def test_hours_asked_bring_the_paragraph_with_the_hours(assistant: Assistant) -> None:
    answer = assistant.answer("IBM data analyst 張 cert 大約要幾多個鐘讀完？")
    assert "132" in answer.text


def test_a_sponsor_and_a_head_count_come_from_the_programme_asked(assistant: Assistant) -> None:
    answer = assistant.answer("who paid for cityu chinese and history's live-in programme and how many schools joined?")
    assert answer.scope == "answer"
    assert "Tin Ka Ping" in answer.text
    assert "51" in answer.text


def test_two_programmes_described_one_by_one_are_the_two_sides(assistant: Assistant) -> None:
    answer = assistant.answer(
        "hku ran two summer things with hall stays, one about social sciences and one run by nursing and social work. "
        "which was longer?"
    )
    assert {s.id for s in answer.sources} == {"hku-social-sciences-summer-programme", "hku-nursing-social-work-summer"}


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("科大要校長推薦、星期六返學嗰個 Dual Program 今年仲有冇？", "hkust-dual-program"),
        ("我喺理大上咗個有學分嘅課程，第日入咗浸大仲計唔計？", "stackable-credentials"),
    ],
)
def test_descriptions_and_what_the_student_did_are_no_unknown_names(
    assistant: Assistant, question: str, entry: str
) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "answer"
    assert entry in {s.id for s in answer.sources}


def test_whether_a_named_certificate_teaches_something_is_a_lookup(assistant: Assistant) -> None:
    answer = assistant.answer("meta back-end cert 有冇教埋 coding interview？")
    assert answer.intent == "lookup"
    assert [s.id for s in answer.sources] == ["meta-back-end-developer"]


def test_whether_a_providers_taster_covered_a_field_asks_of_that_taster(assistant: Assistant) -> None:
    answer = assistant.answer("want to do fashion at uni via jupas. did polyu's taster cover fashion?")
    assert answer.sources[0].id == "polyu-taster-programme"


def test_steps_to_start_free_are_explained_from_the_guide(assistant: Assistant) -> None:
    answer = assistant.answer("我想試下讀網上課程但唔想俾錢住，有咩步驟建議？")
    assert answer.intent == "explain"
    assert answer.sources
    assert all(s.kind == "guide" for s in answer.sources)


def test_a_programmes_certificates_asked_after_it_stay_with_it(assistant: Assistant) -> None:
    first = "城大電機系 2020 年係咪有個網上 EE Summer School？"
    assert _after(assistant, first, "啲證書係頒俾邊啲人？") == ["cityu-ee-summer-school-2020"]


def test_a_programme_titled_with_the_acronym_is_not_passed_over_for_it(assistant: Assistant) -> None:
    answer = assistant.answer("cuhk SAYT 嗰個資優教育基金 STEM 英才計劃仲收唔收中五？")
    assert answer.sources[0].id == "cuhk-sayt-stem-mentoring"


def test_a_subject_in_brackets_before_any_university_is_said_to_be_unknown(assistant: Assistant) -> None:
    answer = assistant.answer("有冇棋藝（chess）訓練班係大學辦俾中學生？")
    assert answer.scope == "no_answer"
    assert not answer.sources
