"""Follow-ups: "how much is it?" names no programme of its own, so its topic is the student's previous question
and only its aspect (the fee) comes from the new words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.understanding.question_rules import REQUIREMENT_QUESTION, names_provider, stated_aspects
from bot.assistant.understanding.reading import Understanding
from knowledge.lexical import tokens

FOLLOW_UP = re.compile(
    r"^(and|so|what about|how about|also)\b|\b(it|this|that|they|them|those|these|that one|this one)\b"
    r"|佢|呢個|嗰個|呢啲|嗰啲|咁|個(課|course|programme|cert)|^(咁|噉|咁樣)",
    re.IGNORECASE,
)


MAX_CHAINED: Final = 3


FEW_CONTENT: Final = 3
# Chinese content is counted in overlapping character pairs: 「報名費幾錢？」 is four of them and one aspect.
LEANING_MAX_CONTENT: Final = 6


def leans_on_earlier(question: str) -> bool:
    """Whether a question, by these rules alone, needs an earlier one to say what it is about: a pronoun, a
    requirement yes/no, or an aspect ("how much?", 「報名費幾錢？」) with few words and no provider named."""
    if FOLLOW_UP.search(question) or REQUIREMENT_QUESTION.search(question):
        return True
    content = [t for t in tokens(question) if len(t) > 1]
    if len(content) <= 1:
        return True
    return bool(stated_aspects(question)) and not names_provider(question) and len(content) <= LEANING_MAX_CONTENT


def conversation_topic(recent_questions: Sequence[str]) -> str:
    """The student's previous question, joined to the one before it while it leans on that one: after "what's the
    HKUST Summer Institute?" and "when do applications open?", a third question is still about the institute."""
    chain: list[str] = []
    for question in reversed(recent_questions):
        chain.insert(0, question)
        if len(chain) >= MAX_CHAINED or not leans_on_earlier(question):
            break
    return " ".join(chain)


def follow_up_topic(reading: Understanding, recent_questions: Sequence[str]) -> str | None:
    """The earlier question(s) this one follows up by these rules, or None (retrieval then checks whether it names
    a programme of its own, or continues the previous question after all: :meth:`Retriever.continued`)."""
    if not recent_questions or reading.scope not in {"in_scope"}:
        return None
    if not leans_on_earlier(reading.text):
        return None
    earlier = conversation_topic(recent_questions)
    # "How much is it?", 「咁幾時報名？」 add only a pointer and an aspect, so the earlier question is the whole
    # topic; 「幾時要交志願？」 after 「JUPAS 係咩？」 adds what it asks about (the choices): both are searched.
    if FOLLOW_UP.search(reading.text):
        return earlier
    content = [t for t in reading.tokens if len(t) > 1]
    return earlier if len(content) <= FEW_CONTENT else joined_topic(earlier, reading.text)


# "What about X?" as students write it: a pointer in front ("and the", "what about", 咁) or behind ("one",
# 嗰個, 呢), and nothing asked of X itself ("and the fee?" and 「咁幾時報名？」 ask an aspect, not for another entry).
_WHAT_ABOUT = re.compile(
    r"^(?P<lead>(?:and|so|what about|how about|then)\b\s*(?:for\s+)?(?:the\s+)?|咁樣?\s*|噉\s*)?"
    r"(?P<named>.+?)"
    r"(?P<tail>\s*(?:\bones?\b|嗰個|嗰啲|果個|嗰張|嘅)?\s*(?:呢|嘞|啦)?\s*[?？!！]*)$",
    re.IGNORECASE,
)
_WHAT_ABOUT_MAX_CHARS: Final = 40
_ASKS_OF_IT = re.compile(
    r"\b(what|when|how|which|where|who|is|are|does|do|can|fee|cost)\b|幾|點|咩|邊|嗎|未|有冇|使唔使|要唔要|係唔係|可唔可以",
    re.IGNORECASE,
)


def what_about(text: str) -> str | None:
    """X of "and the meta back-end one?", 「咁中大暑期學院呢？」, "cs50x 呢？": a message that only names something
    after another question; None when it asks anything of it."""
    found = _WHAT_ABOUT.match(text.strip())
    if found is None or not (found.group("lead") or found.group("tail").strip(" ?？!！")):
        return None
    named = found.group("named").strip()
    if not named or len(named) > _WHAT_ABOUT_MAX_CHARS or _ASKS_OF_IT.search(named) or stated_aspects(named):
        return None
    return named


def joined_topic(previous: str, current: str) -> str:
    return f"{previous} {current}"


_ORDINALS: dict[int, re.Pattern[str]] = {
    1: re.compile(r"\b(the )?(first|1st)( one)?\b|第一(個|項|樣|張|款|間|part)|頭一個|1號", re.IGNORECASE),
    2: re.compile(r"\b(the )?(second|2nd)( one)?\b|第二(個|項|樣|張|款|間|part)|2號", re.IGNORECASE),
    3: re.compile(r"\b(the )?(third|3rd)( one)?\b|第三(個|項|樣|張|款|間|part)|3號", re.IGNORECASE),
    4: re.compile(r"\b(the )?(fourth|4th)( one)?\b|第四(個|項|樣|張|款|間|part)", re.IGNORECASE),
    5: re.compile(r"\b(the )?(fifth|5th)( one)?\b|第五(個|項|樣|張|款|間|part)", re.IGNORECASE),
}
_BOTH = re.compile(
    r"\bcompare (them|those|these|both)\b|\b(them|both) compared\b|\bwhich of (them|the two)\b|"
    r"\bwhich (one )?(has|is|costs?|takes) (fewer|more|less|cheaper|shorter|longer|better|easier|harder)\b|"
    r"\bwhich (one|of them|of the two|of these|of those) (gives?|offers?|has|is|costs?|takes|needs?|requires?)\b|"
    r"比較(下)?(佢哋|兩個|呢兩個)|(佢哋|兩個)(比較|邊個)|"
    # 「邊個快啲讀完？」「邊個多啲 credit？」: which of the two is more so.
    r"邊個.{0,6}(平|貴|快|慢|長|短|多|少|好|易|難|啱|抵|早|遲|高|低)(啲|d\b)",
    re.IGNORECASE,
)


def referenced_entries(text: str, recent_sources: Sequence[str], recent_topics: Sequence[str] = ()) -> tuple[str, ...]:
    """Entries of the last answers the student points at: "the second one", 「第二個呢？」 (of the last list),
    "compare them" (the last two programmes looked up one by one since that list, else the list's first two)."""
    if _BOTH.search(text):
        topics = tuple(dict.fromkeys(recent_topics))
        return topics[-2:] if len(topics) >= 2 else tuple(recent_sources[:2])
    if not recent_sources:
        return ()
    for number, pattern in _ORDINALS.items():
        if number <= len(recent_sources) and pattern.search(text):
            return (recent_sources[number - 1],)
    return ()
