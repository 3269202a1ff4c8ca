"""A follow-up that names a sibling of the programme the conversation is on: 「咁要儲幾多 credit 先攞到 diploma？」
after HKU SPACE's micro-credentials asks about stacking them into a Diploma, which the same provider's stacking
entry holds in its title, though the micro-credentials page mentions diplomas too."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.assistant.acronyms import provider_of
from knowledge.search import KnowledgeSearcher

CHINESE_PAIRS = 2  # character pairs of a sibling's title a question must use to name it


def siblings_titled(
    searcher: KnowledgeSearcher, names_in: Callable[[str], frozenset[str]], text: str, entry_id: str
) -> set[str]:
    """The same provider's other entries whose titles hold a word of the question, in Latin letters, that this
    entry's title lacks, or two of its Chinese character pairs. (One pair names requirements as often as titles:
    「我唔係讀嶺南體系嘅中學」 after the Lingnan Summer Academy says who the student is, not that they mean the camp
    for Lingnan schools.)"""
    own = searcher.title_names(entry_id)
    words = {word for word in names_in(text) - own if word.isascii()}
    # (Pairs as the index reads them: 「學分」, which the question asks about, still names a title.)
    pairs = {word for word in searcher.names_in(text) - own if not word.isascii()}
    provider = provider_of(entry_id)
    named_first = _NAMED_FIRST.match(text)
    opening = named_first.group(1) if named_first else ""

    def titled(other: str) -> bool:
        # (Two character pairs apart at least: 「要儲幾多學分先可以攞文憑？」 names 「學分」 and 「文憑」 of the stacking
        # entry; 「嶺南體系」's pairs are one name.)
        names = searcher.title_names(other)
        return bool(words & names) or _apart(text, pairs & names) or opening in pairs & names

    by_words = {
        other
        for other in searcher.entry_ids()
        # (title words first: a set lookup, where the provider is read from the id by patterns)
        if (words or len(pairs) >= CHINESE_PAIRS or opening in pairs)
        and other != entry_id
        and titled(other)
        and provider_of(other) == provider
    }
    return by_words or siblings_by_phrase(searcher, text, entry_id, provider)


# 「個徽章喺邊度下載？」 after HKU SPACE's micro-credentials: "the badge", named first as the thing asked about, is one
# pair of a sibling's title that is enough (the micro-credentials page mentions badges, but the badges entry answers).
_NAMED_FIRST = re.compile(r"^\s*(?:咁|噉)?\s*(?:個|張|嗰個|嗰張|啲)\s*([\u4e00-\u9fff]{2})")


def _apart(text: str, pairs: set[str]) -> bool:
    """Whether two of the character pairs stand apart in the text, some character between them (「嶺南體系」 is one
    name, its pairs side by side)."""
    starts = sorted(text.find(pair) for pair in pairs)
    return len(starts) >= CHINESE_PAIRS and starts[-1] - starts[0] > CHINESE_PAIRS


def siblings_by_phrase(searcher: KnowledgeSearcher, text: str, entry_id: str, provider: str | None) -> set[str]:
    """ "what about the summer academy?" after Experience in Lingnan: two words of a sibling's title, written
    together, name it, though each alone is in too many titles to count as a name ("summer", "academy")."""
    words = _LATIN_WORD.findall(text.lower())
    own = searcher.entry(entry_id) if len(words) >= 2 else None  # (most Chinese questions stop here)
    if own is None:
        return set()
    asked = " ".join(words)
    own_pairs = _pairs(own.title_en)
    found = set()
    for other in searcher.entry_ids():
        if other == entry_id or provider_of(other) != provider:
            continue
        view = searcher.entry(other)
        if view is not None and any(f" {pair} " in f" {asked} " for pair in _pairs(view.title_en) - own_pairs):
            found.add(other)
    return found


_LATIN_WORD = re.compile(r"[a-z][a-z0-9'-]*")


def _pairs(title: str) -> set[str]:
    words = _LATIN_WORD.findall(title.lower())
    return {f"{a} {b}" for a, b in itertools.pairwise(words)}


def named_by_pair(text: str, previous: str, title: str) -> bool:
    """Whether the text points at two words of the title written together ("what about the summer academy") that
    the previous question did not use."""
    asked, before = (f" {' '.join(_LATIN_WORD.findall(t.lower()))} " for t in (text, previous))
    # After a pointer only: "which faculty ran it with the summer institute?" names it as a partner, not the topic.
    return any(
        re.search(rf" (?:what about|how about|and|then) (?:the )?{re.escape(pair)} ", asked)
        and f" {pair} " not in before
        for pair in _pairs(title)
    )
