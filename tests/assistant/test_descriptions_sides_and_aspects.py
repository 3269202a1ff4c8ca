"""Follow-ups that describe or half-name the programme meant, comparisons with one side implied or drifting, and
aspects a question asks that the fields do not hold (expiry, where students sleep, what one gets out of it).
Real catalogue, real model, real database."""

from __future__ import annotations

import pytest

from bot.assistant.acronyms import provider_of
from bot.assistant.assistant import Assistant
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.provider_names import provider_ids
from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_topic_tracking import ask_all


def test_an_edx_name_is_its_university() -> None:
    assert provider_ids("HKUSTx 喺 edX 嗰個 COMP102.2x") == {"hkust", "edx"}
    assert provider_ids("HKPolyUx courses") == {"polyu"}
    assert provider_ids("spacex rocket") == frozenset()  # no university before the "x"
    assert provider_of("edx-micromasters") not in provider_ids("咁 edX 呢？")


def test_edx_after_a_coursera_question_is_not_read_as_its_micromasters(
    conversation: Conversation, db: Database
) -> None:
    sources = ask_all(conversation, db, ["coursera 可唔可以免費讀？", "咁 edX 呢？"], telegram_id=301)
    assert sources
    assert "edx-micromasters" not in sources[:1]


def test_a_place_and_a_description_that_disagree_go_by_the_description(
    conversation: Conversation, db: Database
) -> None:
    turns = ["Google 有冇 IT cert 啱 f4 讀㗎", "第二個呢？python automation 嗰個有幾多個 course？"]
    assert ask_all(conversation, db, turns, telegram_id=302)[:1] == ["google-it-automation-python"]


def test_another_programme_of_the_provider_described_by_what_happens_in_it(
    conversation: Conversation, db: Database
) -> None:
    turns = ["hku biomed summer academy when is it", "and that orthopaedics shadowing one?"]
    assert ask_all(conversation, db, turns, telegram_id=303)[:1] == ["hku-teenage-orthopod-scheme"]


def test_a_comparison_naming_one_side_compares_it_with_the_last_programme(
    conversation: Conversation, db: Database
) -> None:
    turns = ["AWS cloud practitioner 考幾耐㗎", "同 Google Cloud Digital Leader compare 下，邊個平啲？"]
    assert set(ask_all(conversation, db, turns, telegram_id=304)) == {
        "aws-cloud-practitioner",
        "google-cloud-certifications",
    }


def test_a_side_that_opens_with_an_alias_is_that_programme(assistant: Assistant) -> None:
    answer = assistant.answer("理大 SI 同中大 SI 邊個要 stay hall？住幾耐？")
    assert [s.id for s in answer.sources] == ["polyu-summer-institute", "cuhk-summer-institute"]


def test_which_of_two_has_something_is_a_comparison(assistant: Assistant) -> None:
    text = "HKU SPACE microcredential 同 Coursera 嗰啲 Google cert，邊個有 credit？"
    assert assistant.understand(text).intent == "compare"
    assert assistant.understand("我同學想知邊個有 credit").intent != "compare"  # (a classmate, not "and")


def test_the_closest_match_that_stopped_is_listed_after_the_open_ones(assistant: Assistant) -> None:
    answer = assistant.answer("有冇暑期營俾中三升中四嘅人玩科技創業？")
    ids = [s.id for s in answer.sources]
    assert ids[-1] == "hkust-tech-leadership-entrepreneurship-youth-camp"
    assert "2016" in answer.text
    assert len(ids) >= 2  # never listed alone as the one option


def test_a_stopped_programme_is_not_added_when_open_ones_match_as_well(assistant: Assistant) -> None:
    ids = [s.id for s in assistant.answer("嶺大有冇 summer camp 俾高中生？").sources]
    assert ids == ["lingnan-summer-academy"]


def test_a_title_word_one_paragraph_alone_uses_picks_that_paragraph(conversation: Conversation, db: Database) -> None:
    agreed_turns = ["DSE 考得差仲可唔可以讀毅進？", "咁副學士要咩入學要求？"]
    ask_all(conversation, db, agreed_turns[:1], telegram_id=305)
    answer = conversation.ask(telegram_id=305, text=agreed_turns[1]).answer
    assert "五科" in answer.text


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("does either one expire?", "validity"),
        ("張 cert 會唔會過期？", "validity"),
        ("where do u actually sleep during the polyu si camp", "stay"),
        ("使唔使住宿舍？", "stay"),
        ("完咗有咩好處?", "benefit"),
        ("which is cheaper", "fee"),
    ],
)
def test_aspects_the_fields_do_not_hold_are_read(text: str, aspect: str) -> None:
    assert aspect in stated_aspects(text)


def test_a_comparison_shows_each_side_on_what_was_asked(assistant: Assistant) -> None:
    text = assistant.answer("az-900 vs aws cloud practitioner: which is cheaper and does either one expire?").text
    assert "do not expire" in text
    assert "valid for 3 years" in text


def test_where_students_sleep_gets_the_paragraph_on_rooms(assistant: Assistant) -> None:
    assert "twin rooms" in assistant.answer("where do u actually sleep during the polyu si camp").text


@pytest.mark.parametrize("text", ["hkbu summer institute for s5 – fee and dates?", "浸大 summer institute 幾錢？"])
def test_a_summer_institute_a_university_does_not_run_is_named_back(assistant: Assistant, text: str) -> None:
    answer = assistant.answer(text)
    assert answer.scope == "no_answer"
    assert "summer institute" in answer.text
    assert all(provider_of(s.id) == "hkbu" for s in answer.sources)
