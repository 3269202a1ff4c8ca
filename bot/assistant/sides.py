"""The two sides of a comparison, as the student wrote them ("A vs B", 「A 同 B」, "compare A with B")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from bot.assistant.listed import ASKING_AFTER, after_preamble, owners_named, shared_with_bare_providers
from bot.assistant.understanding.provider_names import PROVIDERS, providers_named
from bot.assistant.understanding.question_rules import COMPARE_SPLIT
from knowledge.lexical import tokens
from knowledge.search import SearchHit

# "compare A with B", "A compared to B": the "with" or "to" after "compare" parts the two sides.
_COMPARED_WITH: Final = re.compile(r"\bcompar(?:e|ed|ing)\b.{3,}?\s(with|w/?|to|against)\s", re.IGNORECASE)
# "one in social sciences and one run by nursing and social work": two programmes, each described by what it is about
# or who runs it (the second may hold an "and" of its own).
_ONE_ABOUT: Final = r"(?:(?:is |was )?(?:in|about|on|for|run by|by|from|at|with|of|covering) )?"
_ONE_AND_ANOTHER: Final = re.compile(
    rf"\bone {_ONE_ABOUT}(?P<a>[^.?!;,]{{3,60}}?),? and (?:the other|one|another)(?: one)? {_ONE_ABOUT}"
    r"(?P<b>[^.?!;,]{3,60}?)(?=[.?!;,]|$)",
    re.IGNORECASE,
)
# 「一個係 digital garage 一個係 coursera 嘅 digital marketing」: the same, said in Cantonese ("one is …, another is …").
_ONE_AND_ANOTHER_ZH: Final = re.compile(
    r"一(?:個|張|間|科|項)(?:係|叫|喺)\s*(?P<a>[^，,。？?]{2,40}?)\s*[，,]?\s*(?:另外|另)?一(?:個|張|間|科|項)(?:係|叫|喺)\s*"
    r"(?P<b>[^，,。？?]{2,60}?)(?=\s*(?:邊|which|[，,。？?]|$))",
    re.IGNORECASE,
)
# Words that stand for the thing already talked about, not a side of their own (「咁同 X 比呢」, "compare it w X").
_FILLERS: Final = frozenset({"咁", "噉", "佢", "compare", "pls", "plz", "please", "one"})
# 「同 X 比，…」「同 X 比較下，…」: X is compared with what was just discussed; what follows the comma is the question.
_WITH_IT: Final = re.compile(
    r"^\s*(?:咁\s*)?(?:同|跟|和|與)\s*(?P<side>[^，,。？?]{1,40}?)\s*(?:比較|比一比|比下|比吓|對比|比)\s*(?:下|吓)?\s*(?=[，,。？?])"
)

# The asking that opens the first side ("compare jupas and e-app", 「比較一下 JUPAS 同 E-APP」): searched with it,
# "compare jupas" came closest to a summer programme.
_ASKING_TO_COMPARE: Final = re.compile(
    r"^\s*(?:(?:can|could) (?:you|u) |pls |please |plz )?(?:compare|comparing|contrast)\s+"
    r"|^\s*(?:請|幫我)?\s*(?:比較|對比)\s*(?:一下|下|吓)?\s*",
    re.IGNORECASE,
)


def compared_sides(text: str) -> list[str]:
    """The parts of "A vs B", 「A 同 B」, "compare A with B" that name something (「咁」 or "it" alone does not).
    When the whole message parts in more than two, the first question alone may hold the two sides: in 「HubSpot 嘅
    cert 同 Google Ads cert 都係免費？考唔過同有效期有咩分別」 the second 同 joins the aspects asked, not a third side."""
    sides = _parts(text)
    if len(sides) > 2:
        # (「普通 MOOC 同 HKU SPACE 嘅 micro-credential 比，邊個有 credit？」: the first clause holds the two sides.)
        for first_part in (r"[?？]", r"[?？，,]"):
            if len(head := _parts(re.split(first_part, text, maxsplit=1)[0])) == 2:
                return head
    return sides


def _parts(text: str) -> list[str]:
    described = _ONE_AND_ANOTHER.search(text) or _ONE_AND_ANOTHER_ZH.search(text)
    if described is not None:  # "…two summer programmes, one in social sciences and one run by nursing and social work"
        owner = PROVIDERS.search(text[: described.start()])
        said = f"{owner.group(0)} " if owner is not None else ""
        return [f"{said}{described.group('a')}", f"{said}{described.group('b')}"]
    with_it = _WITH_IT.match(text)
    if with_it is not None:  # 「同佢 Data Analyst 嗰張比，邊張課程多啲？」: one side named, then what is asked
        side = with_it.group("side")
        return owners_named([side]) if set(tokens(side)) - _FILLERS else []
    parted = _COMPARED_WITH.search(text)
    if parted is not None:
        text = f"{text[: parted.start(1)]} vs {text[parted.end(1) :]}"
    parts = [part for part in COMPARE_SPLIT.split(text) if part and set(tokens(part)) - _FILLERS]
    if parts:  # 「Meta front end 同 back end 嗰兩張 cert 有咩分別？」: the last side ends where the asking starts
        parts[-1] = ASKING_AFTER.sub("", parts[-1]) or parts[-1]
        parts[0] = _ASKING_TO_COMPARE.sub("", after_preamble(parts[0])) or parts[0]
    return owners_named(shared_with_bare_providers(parts))


def shared_guide(tops: Sequence[Sequence[SearchHit]]) -> SearchHit | None:
    """ "Is a Google certificate like university credit? How far is it from a degree?": both sides of the
    comparison (each side's search results) are best answered by one guide, which compares them itself; no two
    programmes are meant."""
    if len(tops) == 2 and all(tops) and tops[0][0].id == tops[1][0].id and tops[0][0].kind == "guide":
        return tops[0][0]
    return None


def squeezed(text: str) -> str:
    """Lower case without spaces, hyphens or apostrophes: 「中大 SI」 and "中大si" read alike."""
    return re.sub(r"[\s\-–—'’]+", "", text.lower())


def covers(words: str, side: str) -> bool:
    """Whether the words are most of what the side says (「中大 SI」 of 「中大 SI」, not "AWS" of a longer phrase)."""
    letters = [c for c in re.split(r"\s[-–—]\s|[?？,，]", side)[0] if c.isalnum()]  # "ust si - which one…"
    return 2 * sum(c.isalnum() for c in words) >= len(letters)


# "google professional certificates", 「AWS 嗰啲 certification」: a provider's kind of award, not one programme of it.
_A_KIND: Final = re.compile(
    r"(嗰啲|果啲|呢啲|那些|這些)\s*[\w\s-]{0,30}?(cert|certificate|certification|證書|認證|course|課程)"
    r"|\b(those|these|all the)\b|\b(certificates|certifications|certs|courses|programmes|programs)\b",
    re.IGNORECASE,
)


def kinds_compared(sides: Sequence[str], names_in: Callable[[str], frozenset[str]]) -> bool:
    """Whether every side of a comparison names a kind of award rather than one programme: a provider's, and no
    other name ("hku summer institute courses" names a programme)."""

    def bare(side: str) -> bool:
        return not {w.lower() for w in names_in(side)} - {p.lower() for p in providers_named(side)}

    return len(sides) >= 2 and all(_A_KIND.search(side) and bare(side) for side in sides)
