"""What dev79 found, asked here in other words over the real catalogue and model: a fact of a named programme (whether
it still runs, what its students visited, whether a score passes) is no request about a person nor a forgery; a
student's own JUPAS choices or a school nomination is a question, not distress or an order; "friend" holds no "end";
"the page says…" and "will they still take it?" ask of what was just answered; a brand name of one word names its
programme; two things described one by one are compared; a comparison asked with 「比較一下」 has two sides, not three;
a history guide sharing the scheme's acronym answers a question about the past."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.sides import compared_sides
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.safety_rules import rule_kinds
from tests.assistant.turns import sources_after


@pytest.mark.parametrize(
    "text",
    [
        "中大 SAYT 我睇到啲資料係 2019 年，佢而家仲有冇開？",
        "polyu taster: how long is it and which labs did students visit last time?",
        "我 Google Digital Garage 個 mock 得 78%，咁樣 pass 唔 pass 到？",
        "班主任話會用校推推薦我，係咪即係一定有位？",
    ],
)
def test_a_question_about_a_programme_is_answered(assistant: Assistant, text: str) -> None:
    assert assistant.understand(text).scope_besides_distress == "in_scope"


def test_choices_added_after_results_are_a_question_not_distress(assistant: Assistant) -> None:
    reading = assistant.understand("放榜後如果分數低過預期，想加 6 個新志願，可唔可以？要幾錢？")
    assert reading.scope == "in_scope"


def test_a_friend_is_no_end_of_anything() -> None:
    assert rule_kinds("我 friend 佢仲有冇去 HKU 嗰個 camp") == []
    assert "distress" in rule_kinds("我想 end 咗自己")


def test_what_the_programmes_page_says_is_asked_of_that_programme(assistant: Assistant) -> None:
    first = "i got picked for sciseed, the hku and hkfyg thing. what happens in it?"
    assert sources_after(assistant, first, "the website says we can gain professional certifications, which ones?") == [
        "hku-hkfyg-jc-sciseed"
    ]


def test_a_late_submission_is_asked_of_the_guide_just_answered(assistant: Assistant) -> None:
    first = "when's the oea deadline for 2026 entry?"
    second = "what if i submit it at 5:30 that day, will they still take it?"
    assert sources_after(assistant, first, second)[:1] == ["jupas-oea"]


def test_a_one_word_brand_names_its_programme(assistant: Assistant) -> None:
    answer = assistant.answer("my school nominated me for sciseed, what would i actually do there?")
    assert [s.id for s in answer.sources] == ["hku-hkfyg-jc-sciseed"]


def test_two_things_described_one_by_one_are_compared(assistant: Assistant) -> None:
    answer = assistant.answer(
        "google 嘅 marketing cert 有兩個，一個係 digital garage，一個係 coursera 嗰個 e-commerce，邊個要錢？"
    )
    assert answer.intent == "compare"
    assert {s.id for s in answer.sources} == {
        "google-digital-garage-digital-marketing",
        "google-digital-marketing-ecommerce",
    }


def test_comparing_in_cantonese_makes_two_sides() -> None:
    assert [side.strip() for side in compared_sides("AI-900 同 AZ-900 比較一下")] == ["AI-900", "AZ-900"]
    assert len(compared_sides("CUHK SI 同 HKUST SI 比一比")) == 2


def test_the_past_of_a_scheme_is_answered_from_its_history_guide(assistant: Assistant) -> None:
    answer = assistant.answer("how much had the cef paid out by 2025, and when did the fund start?")
    assert [s.id for s in answer.sources][:1] == ["cef-history-and-eligible-courses"]


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("will my hubspot cert still be valid in two years?", "validity"),
        ("can my dad come along to the open day?", "who"),
        ("if i hand it in late will they still take it?", "when"),
        ("how many cef claims were there?", "size"),
    ],
)
def test_what_is_asked_is_read_as_its_aspect(text: str, aspect: str) -> None:
    assert aspect in stated_aspects(text)
