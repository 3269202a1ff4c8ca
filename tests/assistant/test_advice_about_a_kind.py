"""Advice about a kind of programme ("is coursera worth it", 「唔讀 taster 會唔會蝕底？」) names no programme, so
nothing passes the relevance gate; the guides written for that kind answer it. A question that names something the
knowledge base does not know ("udemy") still gets "not in my knowledge base"."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext
from bot.assistant.understanding.advice_rules import advice_kinds


@pytest.mark.parametrize(
    ("question", "guide"),
    [
        ("my dad thinks online certs are a waste, is he right?", "mooc-vs-certificate-vs-microcredential-vs-degree"),
        ("is coursera worth it", "mooc-vs-certificate-vs-microcredential-vs-degree"),
        ("唔讀 taster 會唔會蝕底？", "tasters-oea-slp-and-gaps"),
        ("is doing a summer camp at uni actually useful or just for show", "tasters-oea-slp-and-gaps"),
    ],
)
def test_advice_about_a_kind_is_answered_from_its_guides(assistant: Assistant, question: str, guide: str) -> None:
    answer = assistant.answer(question, StudentContext())
    assert answer.scope == "answer"
    assert answer.sources[0].id == guide


def test_advice_about_something_unknown_is_not_answered_from_guides(assistant: Assistant) -> None:
    answer = assistant.answer("udemy 嗰啲 python bootcamp cert 有冇用? 幾錢?", StudentContext())
    assert answer.scope == "no_answer"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("is coursera worth it", ("certificate",)),
        ("讀 taster 有冇用", ("taster",)),
        ("are micro-credentials a waste of money", ("microcredential",)),
        ("how much is the coursera google cert", ()),  # a fact, not advice
        ("is the new iphone worth it", ()),  # advice about nothing the catalogue holds
    ],
)
def test_advice_kinds_reads_the_kind_asked_about(text: str, kinds: tuple[str, ...]) -> None:
    assert advice_kinds(text) == kinds
