"""Programmes a question lists by name: "google it support, google it automation and google cybersecurity",
「Google 數據分析、IBM 數據分析師同 IBM 數據科學」, "the CUHK and HKUST summer institutes". Text only; the
retriever finds what each part names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.understanding.provider_names import PROVIDERS, provider_ids
from bot.assistant.understanding.question_rules import COMPARE_SPLIT
from knowledge.lexical import tokens

# A list of programmes in one question: its parts are split at commas, 「、」 and the words of a comparison.
# A list is marked by 、, "and", 同, "or", "vs" or a slash; commas alone may join clauses, and a clause that asks
# (「可唔可以…用？」) is no list item.
_LIST_MARK: Final = re.compile(r"、|/|\b(and|or|vs\.?|versus)\b|同|定係|或者|還是|抑或|\s定\s", re.IGNORECASE)
_CLAUSES_ONLY: Final = re.compile(
    r"[,，][^,，]*(可唔可以|可不可以|(?P<verb>\S)唔(?P=verb)|\bcan i\b|\bshould i\b)[^,，]*$", re.IGNORECASE
)
# A wish said before the question (「想讀酒店管理，…」, "i wanna study nursing, …"): no item of a list.
_WISH: Final = re.compile(
    r"^\s*(?:我)?\s*(?:好|都)?\s*想(?:讀|報|入|學|做|試)|^\s*(?:i\s+)?(?:want|wanna|hope|plan) to (?:study|do|get into)\b",
    re.IGNORECASE,
)
# Where a clause said before a list ends, when no comma does: an emoji (「…但好貴😭 HKAGE 個…」) or a full stop.
_PREAMBLE_ENDS: Final = re.compile(r"[，,。!！;；]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def after_preamble(side: str) -> str:
    """The first side of a list or comparison without what the student says before it (「想報暑期課程但好貴😭 HKAGE 個
    Programme Subsidy」 → "HKAGE 個 Programme Subsidy")."""
    return next((part for part in reversed(_PREAMBLE_ENDS.split(side)) if tokens(part)), side)


_ASKING_PART: Final = re.compile(
    r"\s*(?:(?:which|what|how|is|are|does|do|can|should|would|will|who|each)\b|邊個|邊樣|邊間|邊一個|邊張|邊款|點揀|係咪"
    r"|每個|兩個|各自)",
    re.IGNORECASE,
)
# What a comparison asks after its last side: 「有咩分別」, "what's the difference", and any question after it.
ASKING_AFTER: Final = re.compile(
    r"\s*(?:(?:有|係)(?:咩|乜|乜嘢|什麼|甚麼|啲咩)\s*(?:分別|唔同|不同|區別)|(?:what'?s|whats) the (?:diff|difference)\b"
    r"|[，,]\s*(?:每個|兩個|各自|each)"
    # "ust si vs cu si: which one makes u stay overnight…": a colon, then the question.
    r"|\s*[:：]\s*(?:which|what|who|how|where|when|do|does|did|is|are|can|will|邊|點|幾|有冇|係咪)"
    # 「A 同 B 比較一下」「…比較下，邊個平啲」: the asking to compare ends the last side.
    r"|(?:比較|比一比|對比)\s*(?:一下|下|吓)?\s*(?:呢|啦|吖)?\s*(?:[?？，,]|$)).*$",
    re.IGNORECASE | re.DOTALL,
)
LISTED: Final = re.compile(rf"{COMPARE_SPLIT.pattern}|\s*[,，、/]\s*", re.IGNORECASE)
MAX_LISTED: Final = 4
_SENTENCE_BREAK: Final = re.compile(r"[?？。!！:：;；]+")
# "ways to start coding online, like CS50x, Meta Front-End or …": a list of examples of what is asked for.
_EXAMPLES_FOLLOW: Final = re.compile(r"\b(?:like|such as|e\.g\.|eg|including)\b|例如|好似|譬如|比如", re.IGNORECASE)
_LEADING_EXAMPLES: Final = re.compile(rf"^\s*(?:{_EXAMPLES_FOLLOW.pattern})\s*", re.IGNORECASE)
# What the student is doing with the list (「我睇緊 A、B 同 C」, "i'm choosing between A and B") is no part of A's name.
_LEAD_IN: Final = re.compile(
    r"^\s*(?:我|i'?m|i am|im)?\s*(?:而家|now\s)?\s*(?:睇緊|考慮緊|諗緊|揀緊|比較緊|looking at|considering|thinking about|"
    r"deciding between|choosing between|comparing)\s*(?:the\s+)?",
    re.IGNORECASE,
)


def list_clause(text: str) -> str:
    """The sentence that holds the list: 「港大有咩醫科 summer programme？我見到 A、B 同 C」 lists in its second,
    "found 3 cityu things: A, B and C" after its colon. Of equally long lists, the last."""
    sentences = [part for part in _SENTENCE_BREAK.split(text) if part.strip()]
    if len(sentences) < 2:
        return text
    return max(reversed(sentences), key=lambda part: len(LISTED.findall(part)))


def lists_apart(text: str) -> bool:
    """Whether the message lists things in a sentence apart from the rest ("found 3 cityu things: A, B and C"),
    or as examples of what it asks for ("ways to start coding online, like CS50x, Meta Front-End or …")."""
    clause = list_clause(text)
    if clause != text and len(LISTED.findall(clause)) >= 1:
        return True
    examples = _EXAMPLES_FOLLOW.search(text)
    return examples is not None and len(LISTED.findall(text[examples.end() :])) >= 1


def joins_names(text: str) -> bool:
    """Whether a question joins two things at all ("A and B", 「A 同 B」, "A, B"): only then can it list names."""
    return LISTED.search(text) is not None


def provider_and_more(side: str) -> bool:
    """ "hkust si", 「中大 SAYT」: a provider and a word of what it runs, as a list item names one programme."""
    return bool(provider_ids(side)) and len([t for t in tokens(PROVIDERS.sub(" ", side)) if len(t) > 1]) >= 1


# A later part that names its provider by a pronoun: 「HKU SPACE 暑期學校同佢哋嘅微證書」, "the HKU SPACE summer school
# vs their micro-credentials".
_THEIR: Final = re.compile(r"^\s*(?:the\s+)?(?:佢哋|佢|他們|their\b|its\b)\s*(?:嘅|的|個|啲|d\b)?\s*", re.IGNORECASE)
# "cs50x or the ibm data science cert for an f5 …": two programmes weighed against each other.
_EITHER: Final = re.compile(r"\s(?:or)\s|定係|定|還是|抑或", re.IGNORECASE)


def owners_named(sides: list[str]) -> list[str]:
    """The parts with a pronoun for the provider replaced by the provider the first part names."""
    found = list(PROVIDERS.finditer(sides[0])) if sides else []
    if not found:
        return sides
    end = found[0].end()
    for match in found[1:]:  # "HKU SPACE" is one provider, written as two names
        if sides[0][end : match.start()].strip():
            break
        end = match.end()
    owner = sides[0][found[0].start() : end]
    return [sides[0], *(_THEIR.sub(f"{owner} ", side, count=1) for side in sides[1:])]


def weighs_either(text: str) -> bool:
    """Whether the listing clause weighs one thing against another ("A or B", 「A 定係 B」)."""
    return _EITHER.search(list_clause(text)) is not None


def weighs_the_two(named: Sequence[object], text: str) -> bool:
    """ "cs50x or the ibm data science cert for an f5 …?": two programmes named and weighed against each other are
    compared, however much the rest asks for advice."""
    return len(named) == 2 and weighs_either(text)


def listed_sides(text: str) -> list[str]:
    """The parts of the list that hold words. A part that is only a provider shares the next part's words:
    "the CUHK and HKUST summer institutes" lists "CUHK summer institutes" and "HKUST summer institutes"."""
    # (「例如理大 SI」: the word introducing the examples is no part of the first one's name.)
    clause = list_clause(text)
    if _CLAUSES_ONLY.search(clause) and not _LIST_MARK.search(clause):
        # 「我中五，自己讀咗幾個科大喺 coursera 嘅 MOOC，將來入到科大可唔可以當 credit 用？」: commas between clauses
        # that ask or tell, no list.
        return []
    parts = [_LEAD_IN.sub("", _LEADING_EXAMPLES.sub("", part)) for part in LISTED.split(clause) if part]
    sides = [part for part in parts if tokens(part)]
    if sides and _PREAMBLE_ENDS.search(sides[0]):
        sides[0] = after_preamble(sides[0])
    elif sides and _WISH.match(sides[0]):
        sides = sides[1:]  # (「想讀酒店管理，VTC HD 除咗 DSE 仲收咩？」: what the student wants to study names no item)
    while len(sides) > 2 and _ASKING_PART.match(sides[-1]):
        sides.pop()  # ("A vs B, which one helps more?": the question after the list is no item of it)
    if sides:  # (「Meta front-end 同 back-end cert 有咩分別」: the last item ends where the asking starts)
        sides[-1] = ASKING_AFTER.sub("", sides[-1]) or sides[-1]
    return owners_named(shared_with_bare_providers(sides))


def shared_with_bare_providers(sides: list[str]) -> list[str]:
    """A side that is only a provider shares the next side's words, up to where that side's question starts:
    "the CUHK and HKUST summer institutes" → "CUHK summer institutes", "HKUST summer institutes"."""
    shared = []
    for number, side in enumerate(sides):
        following = sides[number + 1] if number + 1 < len(sides) else ""
        following = _QUESTION_STARTS.split(following, maxsplit=1)[0]
        bare = provider_ids(side) and not provider_and_more(_LEAD_IN.sub("", side)) and provider_and_more(following)
        shared.append(f"{side} {PROVIDERS.sub(' ', following).strip()}" if bare else side)
    return shared


# Where a side's own words end and the question about it starts: " - per module…", "，邊個…", "? which…".
_QUESTION_STARTS: Final = re.compile(r"\s+[-–—]\s+|[，,?？。]")
