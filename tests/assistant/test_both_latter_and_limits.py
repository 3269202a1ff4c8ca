"""A question about "both", "the latter", a scheme's limit, a term of the entry just answered, and a programme
asked about with the CEF: read as the student means them, over the real catalogue and a real database."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.follow_up import referenced_entries
from bot.assistant.understanding.question_rules import rule_intent
from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_conversation_turns import last_answer

SHOWN = ("google-data-analytics", "ibm-data-analyst")


@pytest.mark.parametrize("text", ["are both on coursera?", "do they both give a cert?", "佢哋兩個都要俾錢？"])
def test_both_points_at_the_two_just_shown(text: str) -> None:
    assert referenced_entries(text, SHOWN) == SHOWN


@pytest.mark.parametrize(
    "text",
    [
        # Names its own two: not the last answer's.
        "OEA 同 SLP 兩樣都要填？",
        "are both the google and meta certs on coursera?",
        # Too long to be only about the two just shown.
        "are both of these accepted by every university in hong kong for admission purposes or not really?",
    ],
)
def test_both_with_names_of_its_own_points_at_nothing(text: str) -> None:
    assert referenced_entries(text, SHOWN) == ()


def test_the_latter_and_the_former_pick_by_place() -> None:
    assert referenced_entries("咁後面嗰個今年仲有冇收中學生?", SHOWN) == ("ibm-data-analyst",)
    assert referenced_entries("the former, how long is it?", SHOWN) == ("google-data-analytics",)
    # "later" in time is no place in a list.
    assert referenced_entries("後面幾個月有冇得報？", SHOWN) == ()


def test_both_after_a_comparison_answers_both(conversation: Conversation, db: Database) -> None:
    answer = last_answer(
        conversation, db, ["compare google data analytics and ibm data analyst certs", "are both on coursera?"], 401
    )
    assert [source.id for source in answer.sources] == list(SHOWN)


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("how many activities can i put in my oea max", True),
        ("OEA 最多可以填幾多項？", True),
        ("jupas 可以揀幾多個 choice", True),
        ("how many activities does the camp have?", False),
        ("最多幾錢？", False),
    ],
)
def test_a_limit_is_an_aspect_of_its_own(text: str, limit: bool) -> None:
    assert ("limit" in stated_aspects(text)) is limit


def test_a_limit_asks_about_the_scheme_not_for_options(assistant: Assistant) -> None:
    question = "how many activities can i put in my oea max"
    assert rule_intent(question, stated_aspects(question)) == "lookup"
    answer = assistant.answer(question)
    assert answer.sources[0].id == "jupas-oea"
    assert "up to 10 items" in answer.text


def test_how_many_subjects_count_at_most_still_gets_the_routes(assistant: Assistant) -> None:
    answer = assistant.answer("如果 DSE 唔掂，ApL 拎到 Attained 可唔可以幫我入 VTC 嘅 HD？最多計幾多科？")
    assert answer.intent == "routes"
    assert answer.sources[0].id == "applied-learning-apl"


def test_how_many_took_part_is_answered_from_the_paragraph_that_says(conversation: Conversation, db: Database) -> None:
    answer = last_answer(conversation, db, ["whats the polyu jrmp thing", "how many ppl joined last time"], 402)
    assert answer.sources[0].id == "polyu-junior-researcher-mentoring"
    assert "147" in answer.text


def test_a_term_the_last_entry_uses_stays_with_it(conversation: Conversation, db: Database) -> None:
    # "Main Round" titles the JUPAS offers guide, but E-APP has a main round of its own.
    answer = last_answer(conversation, db, ["whats e-app", "ok when's the main round"], 403)
    assert answer.sources[0].id == "e-app-non-jupas"
    # Asked on its own, the JUPAS guide answers.
    fresh = last_answer(conversation, db, ["when's the jupas main round"], 404)
    assert fresh.sources[0].id == "jupas-offers"


def test_useful_for_getting_into_university_asks_what_it_is_worth(assistant: Assistant) -> None:
    assert "jupas" in stated_aspects("讀完 coursera 啲 google cert 入大學有冇用㗎？")
    answer = assistant.answer("讀完 coursera 啲 google cert 入大學有冇用㗎？會唔會當學分或者加分")
    assert "jupas-oea" in [source.id for source in answer.sources]


@pytest.mark.parametrize(
    ("question", "programme"),
    [
        ("中大暑期學院有冇學分 可唔可以用持續進修基金", "cuhk-summer-institute"),
        ("HKU SPACE 嗰個 microcred 有冇 CEF 㗎？", "hku-space-microcredentials"),
    ],
)
def test_a_programme_asked_about_with_the_cef_answers_first(
    assistant: Assistant, question: str, programme: str
) -> None:
    cited = [source.id for source in assistant.answer(question).sources]
    assert cited[:2] == [programme, "continuing-education-fund"]


def test_the_cef_alone_is_still_the_schemes_answer(assistant: Assistant) -> None:
    cited = [source.id for source in assistant.answer("CEF 點樣申請發還？").sources]
    assert cited[0] == "continuing-education-fund"
