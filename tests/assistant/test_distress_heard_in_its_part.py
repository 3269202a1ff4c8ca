"""What dev75 found, asked here in other words over the real catalogue and model: a plain question about the catalogue
that merely sits close to the detector's training messages carries no support lines unless one of its other parts
says something painful on its own; clauses about what is asked ("i always get them confused", 「佢會唔會影響」) are
part of the question; another provider's alias, a left-out programme and a programme's own rules are read as such."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.distress_parts import parts


def test_chinese_typed_without_punctuation_is_split_at_its_spaces() -> None:
    assert parts("最後一次係幾時 今年會唔會有") == ["最後一次係幾時", "今年會唔會有"]
    assert parts("考完 dse 先去得唔得") == ["考完 dse 先去得唔得"]  # (a space beside an English word joins)


@pytest.mark.parametrize(
    "text",
    [
        "想問城大個研究實習 考完 dse 先去得唔得 一日要做幾多個鐘",
        "got an offer for the cuhk summer institute but wanna switch to a different module. is there a fee for changing?",
        "what does SLP stand for again? i always get them confused",
        "我有好多比賽想寫，OEA 最多填幾多項？",
        "ApL 嗰科 fail 咗，佢會唔會影響我 JUPAS？",
        "E-APP and JUPAS, what's the difference? i keep mixing them up",
        "SLP 同 OLE 有咩分別？我成日撈亂",
        "JUPAS 志願表如果揀錯咗，佢會唔會都計？",
        "嶺大以前有個住三日 hostel 嘅體驗營 最後一次係幾時 今年仲有冇",
    ],
)
def test_plain_questions_carry_no_support_lines(assistant: Assistant, text: str) -> None:
    reading = assistant.understand(text)
    assert reading.scope == "in_scope"
    assert not reading.distress


@pytest.mark.parametrize(
    "text",
    [
        "jupas 幾時截止改志願？我已經冇力再撐落去，唔想再喺度",
        "what's the hkust summer institute fee? i keep thinking everyone would be better off without me",
        "城大暑期實習幾時報名 算 我諗我等唔到嗰日",
    ],
)
def test_distress_said_beside_a_question_is_still_heard(assistant: Assistant, text: str) -> None:
    assert assistant.understand(text).distress


def test_another_providers_alias_names_nothing_for_the_provider_asked(assistant: Assistant) -> None:
    answer = assistant.answer("vtc 有冇 stem 比賽俾中學生？叫咩名？")
    assert answer.sources
    assert answer.sources[0].id.startswith("vtc-")


def test_a_programme_left_out_is_no_unknown_name(assistant: Assistant) -> None:
    answer = assistant.answer("城大 talent hub 除咗暑期研究實習仲有咩活動？")
    assert answer.scope == "answer"
    assert answer.sources[0].id == "cityu-bright-future-engineering-talent-hub"


def test_a_programmes_rules_are_a_question_not_an_order(assistant: Assistant) -> None:
    text = "my cousin said the hkbu science festival was fun. going by the programme's age requirements, can a 14 year old join?"
    assert assistant.understand(text).scope == "in_scope"


def test_whether_a_programme_goes_in_the_application_brings_a_guide_on_it(assistant: Assistant) -> None:
    answer = assistant.answer("doing the cuhk summer institute next month. can it go in my jupas application?")
    assert {"jupas-oea", "slp-and-ole", "tasters-oea-slp-and-gaps"} & {source.id for source in answer.sources}
