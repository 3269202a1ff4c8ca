"""A request for options that leaves something out ("other than the HKUST Summer Institute…", 「除咗中大 SAYT…」,
"besides cuhk, which unis…") gets the others; a request about one provider with one programme gets that one alone,
over the real catalogue and model."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.exclusion_rules import excluded, without_excluded


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("other than hkust summer institute, any other summer programmes?", "hkust summer institute"),
        ("besides cuhk which unis run summer camps for s4?", "cuhk"),
        ("除咗中大 SAYT 仲有咩 STEM 活動推介？", "中大 SAYT"),
        ("除咗港大之外，邊間大學有醫科暑期營？", "港大"),
        ("apart from the fee what else do i pay", "fee"),
        # Nothing after it: 「唔計」 here is part of the question, not a thing left out.
        ("唔計學費要俾幾多錢", ""),
        ("which summer programmes are there?", ""),
    ],
)
def test_what_a_message_leaves_out(text: str, left_out: str) -> None:
    assert excluded(text) == left_out
    assert left_out == "" or left_out not in without_excluded(text)


@pytest.mark.parametrize(
    ("question", "left_out_id"),
    [
        ("other than hkust summer institute, any other summer programmes?", "hkust-summer-institute"),
        ("除咗中大 SAYT 仲有咩 STEM 活動推介？", "cuhk-sayt"),
    ],
)
def test_the_programme_left_out_is_not_offered(assistant: Assistant, question: str, left_out_id: str) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "answer"
    assert len(answer.sources) >= 2
    assert left_out_id not in {source.id for source in answer.sources}


@pytest.mark.parametrize(
    ("question", "provider"),
    [
        ("besides cuhk, which unis run summer camps for s4?", "cuhk"),
        ("除咗港大之外，邊間大學有醫科暑期營？", "hku"),
    ],
)
def test_a_provider_left_out_gets_the_other_providers(assistant: Assistant, question: str, provider: str) -> None:
    answer = assistant.answer(question)
    assert answer.intent == "recommend"
    assert answer.sources
    assert not any(source.id.startswith(f"{provider}-") for source in answer.sources)


def test_a_left_out_question_about_a_kind_stays_a_question(assistant: Assistant) -> None:
    # 「其他大學有冇自己嘅 micro-credential？」 asks what is known of a kind, not for a list of options.
    reading = assistant.understander.understand("除咗 HKU SPACE 其他大學有冇自己嘅 micro-credential?")
    assert reading.intent != "recommend"


def test_one_providers_only_programme_is_the_answer(assistant: Assistant) -> None:
    answer = assistant.answer("s6 here, wanna study drama after the dse. anything from hkapa i should look into?")
    assert [source.id for source in answer.sources] == ["hkapa-student-recruitment-activities"]


def test_a_provider_or_any_university_keeps_the_others(assistant: Assistant) -> None:
    answer = assistant.answer("any STEM competitions or challenges run by a uni or VTC that a form 4 can enter?")
    assert len(answer.sources) >= 2
