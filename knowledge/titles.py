"""The words that name an entry: the distinctive words of its titles (English and Chinese).

"CEF", 「持續進修基金」 or "IBM Data Analyst" name one scheme or certificate; "certificate", 「課程」 or "summer"
appear in many titles and name none. A word is distinctive when few entries' titles use it. Retrieval uses this to
tell whether a question names a thing of its own and to keep a guide about a scheme apart from the scheme itself.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from knowledge.lexical import CHINESE_STOP_CHARS, tokens

# A word in more entries' titles than this is a kind of thing ("certificate", 「暑期」), not a name.
MAX_TITLES_PER_NAME: Final = 4
MIN_NAME_LENGTH: Final = 2  # single letters and single Chinese characters name nothing alone
MEMO_QUESTIONS: Final = 256  # questions whose aliases are remembered (see aliased_in)
# A title's code ("AZ-900", "CS50x") or acronym in capitals ("SAYT", "JRMP"): no ordinary word is written so, so
# a message using one names the catalogue, however the rest of it reads. Two-letter ones ("AI", "UX") are words.
# A course or exam code (AZ-900, CS50x, AI-900, COMP102.2x).
COURSE_CODE: Final = re.compile(r"\b[A-Za-z]{1,6}-?\d{2,4}(?:\.\d+)?[A-Za-z]?\b")
_CODE_OR_ACRONYM: Final = re.compile(rf"{COURSE_CODE.pattern}|\b[A-Z]{{3,8}}\b")
# Title acronyms that are also everyday words in a message ("my stem homework", "an app", "i've").
_EVERYDAY_WORDS: Final = frozenset({"app", "space", "stem", "ive"})
# Aliases in capitals that are everyday words in a message: "LIFE" (Lingnan's school) is "life" in "U Life U Like".
_CAPITALS_ONLY: Final = frozenset({"life", "speed", "scope"})
# A guide's title is often a question (「JUPAS 要幾多錢？」, 「點解…」, 「現在還可以讀嗎？」): a pair of characters holding a
# question word (幾多, 甚麼, 邊間), or made of two function characters (可以, 有冇), names no entry.
_QUESTION_CHARS: Final = frozenset("幾點邊咩乜甚麼嗎呢誰何怎")
# 「邊間院校冇…」: every university is a 院校 (institution), and a pair that starts with a classifier (「間院」, 「個課」)
# is cut across two words; neither names the guide whose title holds it (「JUPAS 有幾多間院校？」 asks about JUPAS).
# Nor does an everyday verb ("how can i check it's real?" names no "Where to check the latest" guide; "when does
# jupas open" names no "Open Badges"), nor a question word of a guide titled as a question ("What JUPAS is", "… what is the difference").
# ("up" of "add up", "still" and "take" of "who can still take it", the "day" of Info Day: words any question uses.)
_GENERIC_WORDS: Final = frozenset({"院校", "check", "open", "vs", "difference", "分別", "up", "still", "take", "day"})
_CLASSIFIERS: Final = frozenset("間個")


def _names_nothing(word: str) -> bool:
    if word in _GENERIC_WORDS or (len(word) == 2 and word[0] in _CLASSIFIERS):
        return True
    return bool(_QUESTION_CHARS.intersection(word)) or (len(word) == 2 and all(c in CHINESE_STOP_CHARS for c in word))


@dataclass(frozen=True)
class TitleNames:
    by_entry: Mapping[str, frozenset[str]]
    codes: frozenset[str] = frozenset()
    # Distinctive aliases, each as a pattern that finds it in a question, with the one entry it names.
    aliases: tuple[tuple[re.Pattern[str], str], ...] = ()
    # One question asks for its aliases several times (scope, retrieval, routes): about a thousand patterns each.
    _aliased_memo: dict[str, list[tuple[str, str]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, metadatas: Sequence[Mapping[str, Any]], by_entry: Mapping[str, Sequence[int]]) -> TitleNames:
        words: dict[str, frozenset[str]] = {}
        codes: set[str] = set()
        for entry_id, positions in by_entry.items():
            if not positions:
                continue
            first = metadatas[positions[0]]
            title = f"{first.get('title_en', '')} {first.get('title_zh', '')}"
            # Kept only when the code is its own token ("TOPS" stems to "top", an ordinary word).
            codes.update(
                code
                for c in _CODE_OR_ACRONYM.findall(title)
                if tokens(c) == [code := c.lower()] and code not in _EVERYDAY_WORDS
            )
            # A year or a number ("2026", "900") dates or counts something; it names nothing.
            words[entry_id] = frozenset(
                t
                for t in tokens(title)
                if len(t) >= MIN_NAME_LENGTH and any(c.isalpha() for c in t) and not _names_nothing(t)
            )
        frequency = Counter(word for found in words.values() for word in found)
        aliases = _distinctive_aliases(
            {entry_id: str(metadatas[p[0]].get("aliases", "")) for entry_id, p in by_entry.items() if p}
        )
        return cls(
            {
                entry_id: frozenset(w for w in found if frequency[w] <= MAX_TITLES_PER_NAME)
                for entry_id, found in words.items()
            },
            frozenset(codes),
            aliases,
        )

    def all_named(self, query: str) -> frozenset[str]:
        """The words of ``query`` that name any entry."""
        words = frozenset(tokens(query))
        return frozenset(w for found in self.by_entry.values() for w in found & words)

    def codes_in(self, query: str) -> frozenset[str]:
        """The codes and acronyms of titles that ``query`` uses, in any case ("ai-900", "sayt")."""
        return self.codes & frozenset(tokens(query))

    def aliased_in(self, query: str) -> list[tuple[str, str]]:
        """The entries whose distinctive alias the query writes ("中大 SI", "cuhk si"), each with the words that
        name it, in the query's order."""
        memo = self._aliased_memo.get(query)
        if memo is not None:
            return list(memo)
        found = [
            (m.start(), entry_id, m.group(0)) for pattern, entry_id in self.aliases if (m := pattern.search(query))
        ]
        named = [(entry_id, words) for _, entry_id, words in sorted(found)]
        if len(self._aliased_memo) >= MEMO_QUESTIONS:
            self._aliased_memo.clear()  # a bounded memo: recent questions only
        self._aliased_memo[query] = named
        return list(named)

    def of(self, entry_id: str) -> frozenset[str]:
        """The words that name ``entry_id``."""
        return self.by_entry.get(entry_id, frozenset())


# An alias names one entry only when it is not an everyday phrase: it holds capitals ("CUHK SI", or "ApL", a
# short word with two) or a digit. "summer institute", 「數據分析」 or 「暑期課程」 could be anyone's (the catalogue's
# aliases include such phrases).
# A name written in camel case ("SciSeed", "HubSpot") is a brand of its own, never an everyday word.
_DISTINCTIVE_ALIAS: Final = re.compile(r"[A-Z]{2}|\d|^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,5}$|^[A-Z][a-z]+[A-Z][a-z]+$")
_ALIAS_PART: Final = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]|[^\sA-Za-z0-9\u4e00-\u9fff]")


# 「HKU SPACE 啲微證書」, 「HKU SPACE 嘅微證書」: Cantonese puts a measure word or particle where the alias has a space.
_PARTICLE: Final = r"\s*(?:(?:嗰|果)?(?:啲|個|嘅|的)\s*)?"


def _joined(parts: list[str]) -> str:
    """The alias's parts as a pattern: any spacing between them, and a particle where Latin meets Chinese."""
    joined = re.escape(parts[0])
    for before, part in itertools.pairwise(parts):
        latin_meets_chinese = before[-1].isascii() != part[0].isascii()
        joined += (_PARTICLE if latin_meets_chinese else r"\s*") + re.escape(part)
    return joined


def _distinctive_aliases(by_entry: Mapping[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Aliases that only one entry uses and that are no everyday phrase, each as a case- and space-blind
    pattern: "中大 SI" also finds 「中大SI」 and "cuhk si", never the "si" inside "simple"."""
    owners: dict[str, set[str]] = {}
    for entry_id, joined in by_entry.items():
        for alias in filter(None, (a.strip() for a in joined.split("|"))):
            if _DISTINCTIVE_ALIAS.search(alias):
                key = alias if alias.lower() in _CAPITALS_ONLY else alias.lower()
                owners.setdefault(" ".join(_ALIAS_PART.findall(key)), set()).add(entry_id)
    patterns = []
    for key, entries in sorted(owners.items()):
        if len(entries) != 1 or len(key.replace(" ", "")) < 3:
            continue
        # (A name written in the plural is still that name: "hku space micro-credentials".)
        plural = "s?" if key[-1].isascii() and key[-1].isalpha() and key[-1].islower() else ""
        pattern = r"(?<![A-Za-z0-9])" + _joined(key.split(" ")) + plural + r"(?![A-Za-z0-9])"
        flags = 0 if key.isupper() else re.IGNORECASE
        patterns.append((re.compile(pattern, flags), next(iter(entries))))
    return tuple(patterns)
