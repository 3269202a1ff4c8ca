"""Answers dev65 and guard-dev49 found wrong, asked here in other words over the real catalogue and model: a credit
follow-up stays on the programme talked about, a provider named with a fee wish keeps its own courses, "each of
A and B" compares both, stacking micro-credentials into an award reads how to apply for it (in five years), a
guaranteed audition is how applicants are chosen (also on an option card, in English words of a Chinese answer),
a guide's own alias keeps it over its provider's activities, and a clause fearing a fake site, a condition about
an essay or "f*** this app" are read for what they are."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.listed import listed_sides
from bot.assistant.sides import compared_sides
from bot.assistant.types import StudentContext
from bot.assistant.understanding.question_rules import rule_intent
from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_topic_tracking import ask_all


def test_a_credit_follow_up_stays_on_the_programme(conversation: Conversation, db: Database) -> None:
    turns = ["PolyU Summer Institute 住邊度？", "個 credit course 入咗理大用唔用到？"]
    assert ask_all(conversation, db, turns, telegram_id=201)[0] == "polyu-summer-institute"


def test_a_named_provider_keeps_its_courses_under_a_fee_wish(assistant: Assistant) -> None:
    answer = assistant.answer("中大喺 Coursera 有冇免費網上課程？", StudentContext())
    assert answer.sources[0].id == "cuhk-coursera-moocs"
    assert "現時是否仍然免費" in answer.text  # its fee line says what is not known


def test_a_fact_of_each_of_two_is_a_comparison() -> None:
    # (「同學校」 is "and the school", not 「同學」, a classmate)
    assert rule_intent("HKAGE 個資助同學校嘅資助，每個最多俾幾多？", ("fee",)) == "compare"
    assert rule_intent("the hkage subsidy and the cef, how much does each pay?", ("fee",)) == "compare"


def test_the_sides_start_after_what_is_said_before_them_and_end_before_each() -> None:
    question = "想報暑期課程但好貴😭 HKAGE 個 Programme Subsidy 同學校用全方位學習基金嘅資助，每個最多俾幾多？"
    expected = ["HKAGE 個 Programme Subsidy", "學校用全方位學習基金嘅資助"]
    assert [side.strip() for side in listed_sides(question)] == expected
    assert [side.strip() for side in compared_sides(question)] == expected


def test_a_wish_said_first_is_no_item_of_a_list() -> None:
    assert len(listed_sides("想讀酒店管理，VTC HD 除咗 DSE 成績之外仲接受咩 qualification？")) < 2


def test_stacking_into_an_award_reads_the_time_limit(assistant: Assistant) -> None:
    text = assistant.answer("HKU SPACE 嘅微證書點樣儲成文憑？", StudentContext()).text
    assert "五年" in text


def test_a_guaranteed_audition_is_how_applicants_are_chosen(assistant: Assistant) -> None:
    text = assistant.answer("演藝學院有冇方法 guarantee 到有 audition？", StudentContext()).text
    assert "保證獲安排試演" in text


def test_an_option_card_matches_english_words_of_a_chinese_answer(assistant: Assistant) -> None:
    context = StudentContext(form="S6", interests=("performing-arts",))
    text = assistant.answer("中六，想入演藝，有冇途徑 guarantee 到一個 audition？", context).text
    assert "與你所說相符：獲提名的申請人可豁免報名費，並保證獲安排試演或面試" in text


def test_a_guides_own_alias_keeps_it_over_the_providers_activities(assistant: Assistant) -> None:
    answer = assistant.answer("想讀廚藝，VTC HD 除咗 DSE 成績仲收咩 qualification？", StudentContext())
    assert answer.sources[0].id == "sub-degree-routes"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("JUPAS 官網係咪 jupas.edu.hk？唔想入錯假網站", "in_scope"),
        ("想 check 下資歷名冊個網址，唔想撳錯啲 phishing link", "in_scope"),
        ("唔想再生存落去，唔想入錯假網站", "distress"),
        ("edX financial assistance sounds sus, free cert if u write a short essay? how long is the review", "in_scope"),
        ("write me an essay about my taster", "off_topic_homework"),
        ("f*** this bot, worst cef helper ever", "abuse"),
    ],
)
def test_fake_sites_feared_essays_as_conditions_and_swearing(assistant: Assistant, text: str, scope: str) -> None:
    assert assistant.understand(text).scope == scope
