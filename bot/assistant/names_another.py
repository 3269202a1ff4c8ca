"""Whether a follow-up names something besides the entry the conversation is about (the topic tracker asks before
it keeps the question on that entry)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.assistant.new_title_words import plainly_named
from bot.assistant.siblings_titled import siblings_titled
from bot.assistant.understanding.follow_up import CEF_FOR_IT, named_then_asked, what_about
from bot.assistant.understanding.provider_names import names_provider
from knowledge.search import KnowledgeSearcher

# Terms of applying at large: a follow-up that uses one asks beyond a programme, unless the entry's title holds it.
WIDER_TOPIC: Final = re.compile(r"\b(jupas|dse|oea|slp|cef|e-app)\b|放榜|聯招|文憑試|志願|持續進修基金", re.IGNORECASE)


def names_another(
    searcher: KnowledgeSearcher, names_in: Callable[[str], frozenset[str]], text: str, entry_id: str
) -> bool:
    """Whether a question names something besides this entry: a provider, a JUPAS term its title lacks, two title
    words in Latin letters or an acronym (one ordinary English word may be a title word by chance, unless the
    message is only that name: "咁 back-end 嗰個呢？")."""
    # 「咁可唔可以用 CEF？」 asks whether the CEF pays for this programme: the scheme is a fact of it here.
    text = CEF_FOR_IT.sub(" ", text)
    title = _title_of(searcher, entry_id)
    # (「加 8 個新志願？」 after the guide to changing JUPAS choices names that guide's own term.)
    if names_provider(text) or any(found.group(0).lower() not in title for found in WIDER_TOPIC.finditer(text)):
        return True
    others = names_in(text) - searcher.title_names(entry_id)
    name = what_about(text) or named_then_asked(text)
    if name is not None:
        # 「咁 TOPS 呢？」 is only a name, though the Academy's text mentions TOPS; 「咁後端嗰張呢？」 names by a
        # Chinese title word that the last entry's title lacks: a word of the name itself.
        return bool({word for word in others if word in name.lower()})
    # "is there any financial aid?" after the CUHK Summer Institute: Coursera's aid is titled so, but the
    # programme's own text speaks of its financial aid too, so the words name nothing else.
    own = {word for word in others if word.isascii()}
    return plainly_named(own - searcher.words_of([entry_id]), text) or bool(
        siblings_titled(searcher, names_in, text, entry_id)
    )


def _title_of(searcher: KnowledgeSearcher, entry_id: str) -> str:
    view = searcher.entry(entry_id)
    return "" if view is None else f"{view.title_en} {view.title_zh}".lower()
