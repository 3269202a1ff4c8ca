"""The words of a name that say a follow-up names this entry and not the last one: its Chinese title's character
pairs, or every Latin word of its title, new to the conversation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from typing import Final

from bot.assistant.understanding.provider_names import PROVIDERS
from knowledge.lexical import tokens
from knowledge.search import SearchHit

# Pointers and particles that sit inside a Chinese name without naming anything (「科大嗰個…」「…呢」).
_CHINESE_POINTERS = re.compile(r"嗰個|果個|呢個|嗰啲|嗰張|嘅|呢|㗎|呀|啊|咩|個")
_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
MIN_NEW_CHINESE_PAIRS: Final = 2


def new_pairs_of_chinese_title(named: str, previous: str, hit: SearchHit) -> set[str]:
    """「唔係，我想問科大嗰個科技創業青年營」 after the EV programme, 「咁港大護理同社工嗰個呢？」 after another HKU
    programme: Chinese has no spaces to find title words by, so the name's character pairs that the entry's Chinese
    title holds and the previous question did not use say that the student names this entry (two of them, so that
    one shared pair such as 「暑期」 is not enough)."""
    name = _CHINESE_POINTERS.sub(" ", PROVIDERS.sub(" ", named))
    pairs = {run[i : i + 2] for run in _CHINESE_RUN.findall(name) for i in range(len(run) - 1)}
    # A pair may be an abbreviation of the title's words: 「社工」 of 「社會工作」.
    new = {pair for pair in pairs if re.search(f"{pair[0]}.{{0,2}}{pair[1]}", hit.title_zh) and pair not in previous}
    # 「咁後端嗰張呢？」 after Meta's front-end certificate: a name that is one pair alone is that pair.
    return new if len(new) >= MIN_NEW_CHINESE_PAIRS or (new and len(pairs) == 1) else set()


def new_words_of_whole_title(named: str, previous: str, hit: SearchHit) -> set[str]:
    """ "咁 IBM Data Science 呢？" after the IBM Data Analyst certificate: "science" names too many titles to be
    distinctive, but every Latin word of the name is in this entry's title, and "science" is new to the
    conversation: the name is this entry's."""
    # A provider alone ("and the hkust one?") names no title: the same kind of programme there is meant.
    words = {word for word in tokens(PROVIDERS.sub(" ", named)) if word.isascii() and word.isalpha() and len(word) > 2}
    words -= {"one", "ones"}
    if not words or not words <= set(tokens(hit.title)):
        return set()
    return words - set(tokens(previous))


def plainly_named(own: Set[str], text: str) -> bool:
    """Whether a question's own title words (in Latin letters) name something: two of them, or one written as an
    acronym (TOPS). One ordinary English word may be a title word by chance."""
    return len(own) >= 2 or bool(own & acronyms_in(text))


ACRONYM = re.compile(r"\b[A-Z][A-Z0-9-]{2,}\b")


def acronyms_in(text: str) -> set[str]:
    """Words written in capitals (TOPS, SAYT, AZ-900), as titles' names are tokenised ("tops" → "top")."""
    return {token for word in ACRONYM.findall(text) for token in tokens(word)}


MIN_GUIDE_PAIRS: Final = 2  # Chinese pairs of a guide's title, apart, that name it (「改志願」 and 「放榜」)


def pairs_apart(pairs: Iterable[str]) -> int:
    """How many of the Chinese character pairs share no character with another counted before them (「校長」「長推」
    「推薦」 are two apart: 校長, 推薦)."""
    seen: set[str] = set()
    count = 0
    for pair in sorted(pairs):
        if not seen & set(pair):
            count += 1
        seen |= set(pair)
    return count
