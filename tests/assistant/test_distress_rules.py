"""Table tests for the high-precision distress rules: phrasings that mean only one thing are caught by a rule
(support only, whatever else the message asks), and plain exam nerves or idioms that share their words are not."""

from __future__ import annotations

import pytest

from bot.assistant.understanding import safety_rules

# Each of these must trip the distress rule on its own (no model involved).
CAUGHT = [
    # Not wanting to exist, others better off, not waking up.
    "我真係唔想存在",
    "唔想再 exist 落去",
    "冇咗我佢哋會好過好多",
    "冇咗我 family 會 happier",
    "唔想再醒",
    "我唔值得活",
    "i wouldn't mind never waking up",
    "honestly i'm tired of existing",
    "i'm done with life",
    "生不如死",
    "好驚自己會做傻事",
    "我寫好咗遺言",
    # Self-harm slang.
    "sh again after two months",
    "used the blade again last night",
    # Bullied or not safe at home.
    "班同學喺群組叫我去死",
    "i don't feel safe at home",
    "i'm not safe at home tonight",
    "屋企好唔安全",
    "home 唔 safe",
    "my stepdad beats me when he's drunk",
    "我老豆醉酒就打我",
    "佢哋用藤條打我",
    "今晚唔敢返屋企",
    "i'm scared to go home tonight",
    # Stress that has gone past exam nerves, and the existing rules kept.
    "壓力大到想喊",
    "DSE 壓力好大，我想死",
    "我想 end 咗佢",
    "i feel hopeless",
    "最近成日瞓唔著",
    "i can't sleep at night anymore",
]

# Ordinary questions and idioms that share words with the rules above: none may trip a distress rule.
NOT_CAUGHT = [
    "今年考 DSE 好大壓力",
    "壓力好大，有冇減壓工作坊",
    "so stressed about paper 2 tomorrow, any tips",
    "我好驚面試，有冇貼士",
    "考試前瞓唔著點算",
    "i can't sleep before exams, any tips",
    "我想 end 咗個 Netflix subscription",
    "end 咗個 project 先報名",
    "i'm hopeless at maths, which electives avoid it",
    "老師叫我死都要溫完呢課",
    "死都唔想讀會計",
    "i'm done with this essay, what's next",
    "my dad pays the fee, can he pay later",
    "我唔想再讀 business，想轉 science",
    "i didn't wake up in time for the mock",
    "住邊度？",
    "幾時截止？",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_unambiguous_distress_is_caught_by_a_rule(text: str) -> None:
    assert "distress" in safety_rules.rule_kinds(text)


@pytest.mark.parametrize("text", NOT_CAUGHT)
def test_exam_nerves_and_idioms_trip_no_distress_rule(text: str) -> None:
    assert "distress" not in safety_rules.rule_kinds(text)
