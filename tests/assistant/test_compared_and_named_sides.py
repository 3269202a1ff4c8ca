"""Comparisons whose sides are named outright, implied by the conversation, or followed by the aspects asked; and
options that say what each one is. Real catalogue, real model, real database."""

from __future__ import annotations

from bot.assistant import composer
from bot.assistant.assistant import Assistant
from bot.assistant.sides import compared_sides
from bot.assistant.types import StudentContext
from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_topic_tracking import ask_all


def test_a_comparison_after_one_programme_compares_it_with_the_one_named(
    conversation: Conversation, db: Database
) -> None:
    turns = ["Google Cybersecurity cert 有幾多個 course？", "咁同 Google IT Support 比呢？"]
    assert set(ask_all(conversation, db, turns, telegram_id=311)) == {"google-cybersecurity", "google-it-support"}


def test_compare_it_with_a_named_programme_shows_both_sides(conversation: Conversation, db: Database) -> None:
    turns = ["cityu EE summer taster, what is it?", "compare it w the EE summer school 2020 pls"]
    assert set(ask_all(conversation, db, turns, telegram_id=312)) == {
        "cityu-ee-summer-taster",
        "cityu-ee-summer-school-2020",
    }


def test_aspects_joined_by_the_same_word_are_not_a_third_side(assistant: Assistant) -> None:
    question = "HubSpot 嘅 cert 同 Google Ads cert 都係免費？考唔過同有效期有咩分別"
    assert len(compared_sides(question)) == 2
    answer = assistant.answer(question)
    assert [s.id for s in answer.sources] == ["hubspot-academy-certifications", "google-ads-certifications"]


def test_two_guides_named_are_explained_without_a_guide_on_another_difference(assistant: Assistant) -> None:
    sources = [s.id for s in assistant.answer("OEA 同 SLP 有咩分別？兩樣都要填？").sources]
    assert sources[:2] == ["jupas-oea", "slp-and-ole"]
    assert "certificate-vs-certification-exam" not in sources


def test_jupas_named_beside_two_of_its_parts_is_not_a_side(assistant: Assistant) -> None:
    answer = assistant.answer("jupas 啲 draft choices 同 confirmed choices 有咩分別？淨係放喺 draft 算唔算數？")
    assert answer.sources[0].id == "jupas-choices-and-bands"


def test_each_recommended_option_says_what_it_is(assistant: Assistant) -> None:
    context = StudentContext(form="S4", interests=("design-arts",))
    answer = assistant.answer("F4 鍾意 design 同 UX，有冇 cert 可以自學？", context)
    entries = [assistant.searcher.entry(source.id) for source in answer.sources]
    gists = [composer.gist(entry, "zh-Hant") for entry in entries if entry is not None]
    assert "google-ux-design" in [s.id for s in answer.sources]
    assert any(gists)
    for gist in filter(None, gists):
        assert gist.endswith("。")
        assert gist in answer.text


def test_a_kind_of_award_on_one_side_is_explained_by_its_guide(assistant: Assistant) -> None:
    sources = [s.id for s in assistant.answer("google data analytics vs a uni degree").sources]
    assert sources == ["google-data-analytics", "mooc-vs-certificate-vs-microcredential-vs-degree"]
