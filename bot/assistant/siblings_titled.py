"""A follow-up that names a sibling of the programme the conversation is on: 「咁要儲幾多 credit 先攞到 diploma？」
after HKU SPACE's micro-credentials asks about stacking them into a Diploma, which the same provider's stacking
entry holds in its title, though the micro-credentials page mentions diplomas too."""

from __future__ import annotations

from collections.abc import Callable

from bot.assistant.acronyms import provider_of
from knowledge.search import KnowledgeSearcher


def siblings_titled(
    searcher: KnowledgeSearcher, names_in: Callable[[str], frozenset[str]], text: str, entry_id: str
) -> set[str]:
    """The same provider's other entries whose titles hold a word of the question, in Latin letters, that this
    entry's title lacks. (Chinese character pairs name requirements as often as titles: 「我唔係讀嶺南體系嘅中學」
    after the Lingnan Summer Academy says who the student is, not that they mean the camp for Lingnan schools.)"""
    words = {word for word in names_in(text) - searcher.title_names(entry_id) if word.isascii()}
    if not words:
        return set()
    provider = provider_of(entry_id)
    return {
        other
        for other in searcher.entry_ids()
        # (title words first: a set lookup, where the provider is read from the id by patterns)
        if other != entry_id and words & searcher.title_names(other) and provider_of(other) == provider
    }
