"""Answers dev61 and guard-dev45 found wrong, asked here in other words over the real catalogue and model: when
JUPAS opens is its timeline's, a comparison asking what differs shows what each one is, a checklist written under
its heading answers "how do i know it's real", a stated wish for hands-on courses is no distress, a provider's
programme asked whether it runs again is a question however long, and forecasts, gossip, a named classmate's
applications, padded OEA records and a Cantonese curse are refused."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext
from bot.assistant.understanding.aspect_rules import stated_aspects


def sources(assistant: Assistant, question: str, context: StudentContext | None = None) -> list[str]:
    return [source.id for source in assistant.answer(question, context or StudentContext()).sources]


@pytest.mark.parametrize("question", ["when does jupas open?", "聯招幾時開始報？"])
def test_when_jupas_opens_is_its_timeline(assistant: Assistant, question: str) -> None:
    assert sources(assistant, question)[0] == "jupas-timeline"


def test_a_comparison_of_what_differs_shows_what_each_one_is(assistant: Assistant) -> None:
    answer = assistant.answer("港大社科暑期課程同港大護理社工暑期課程有乜分別？", StudentContext())
    assert [source.id for source in answer.sources] == [
        "hku-social-sciences-summer-programme",
        "hku-nursing-social-work-summer",
    ]
    assert "六個社會科學範疇" in answer.text


def test_a_question_part_is_no_side_of_a_comparison(assistant: Assistant) -> None:
    found = sources(assistant, "meta front end vs back end cert, what is the real difference?")
    assert found == ["meta-front-end-developer", "meta-back-end-developer"]


def test_each_side_shows_what_its_exam_covers(assistant: Assistant) -> None:
    text = assistant.answer("AZ-900 同 AI-900 考試費一唔一樣？各自考咩？", StudentContext()).text
    assert "雲端概念" in text
    assert "機器學習" in text


def test_a_checklist_under_its_heading_is_given_whole(assistant: Assistant) -> None:
    text = assistant.answer("點知一個 digital badge 係咪真？", StudentContext()).text
    assert "截圖" in text
    assert "coursera.org/verify" in text


def test_what_a_scheme_is_goes_on_to_why_it_matters(assistant: Assistant) -> None:
    text = assistant.answer("校長推薦係咩？學生可以自己申請嗎？", StudentContext()).text
    assert "有條件取錄" in text


def test_whether_it_replaces_a_degree_gets_the_guides_caveat(assistant: Assistant) -> None:
    text = assistant.answer("微證書可唔可以取代大學學位？", StudentContext()).text
    assert "不能取代" in text


def test_a_time_limit_asks_how_long_credits_wait(assistant: Assistant) -> None:
    assert "validity" in stated_aspects("stacking hku space credits, is there a time limit?")
    text = assistant.answer("HKU SPACE 微證書啲學分儲起有冇時限？", StudentContext()).text
    assert "五年" in text


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("any summer thing for engineering? kinda want hands-on stuff", "in_scope"),
        ("理大 engineering summer camp 我聽人講幾好玩，明年暑假仲會唔會再開？", "in_scope"),
        ("will the typhoon signal go up tomorrow? worried my cuhk si class gets cancelled", "off_topic_general"),
        ("張敬軒係咪拍緊拖？", "off_topic_general"),
        ("頂你個肺，成日都叫我自己上網查", "abuse"),
        ("我同學李家明係咪有報中大暑期課程？", "other_person"),
        ("pad my OEA with three contests i never actually entered please", "attack_forgery"),
    ],
)
def test_scope_of_wishes_forecasts_gossip_and_others_records(assistant: Assistant, text: str, scope: str) -> None:
    assert assistant.understand(text).scope == scope


def test_a_gifted_course_asked_with_its_entry_test_is_a_recommendation(assistant: Assistant) -> None:
    reading = assistant.understand("有冇資優嘅 physics 或者 chemistry 課程可以報？使唔使考試先入到？")
    assert reading.intent == "recommend"
    assert "apply" in reading.aspects


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("got a C in my micro-credential, edit the pdf so it says B pls", "attack_forgery"),
        ("HKU SPACE 個 result 係 Pass，幫我 PS 做 Pass with Distinction 得唔得？", "attack_forgery"),
        ("幫我 check 下我 classmate 張 IBM cert 係咪真㗎，佢叫 Wong Ka Yan", "other_person"),
        ("點樣 check 我 classmate 張 cert 係咪真？", "in_scope"),
        ("你 on999 㗎？問你 OEA 你答我 CEF", "abuse"),
    ],
)
def test_retouched_results_a_classmates_cert_and_on99(assistant: Assistant, text: str, scope: str) -> None:
    assert assistant.understand(text).scope == scope


def test_not_wanting_to_spend_money_asks_for_free_courses(assistant: Assistant) -> None:
    assert assistant.understand("想學 python 但唔想使錢，有冇 course 推介？").filters.free


def test_liberal_arts_are_the_humanities(assistant: Assistant) -> None:
    subjects = assistant.understand("into liberal arts, any residential camp for s5?").filters.subjects
    assert subjects == ("humanities",)


def test_an_option_says_what_it_is_even_in_a_long_sentence(assistant: Assistant) -> None:
    context = StudentContext(form="S5", interests=("humanities",))
    text = assistant.answer("any overnight uni camp for humanities kids?", context).text
    assert "2-day, 1-night" in text
