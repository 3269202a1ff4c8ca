"""Two things asked of the guide just shown ("what are the QF levels?" then 「咁副學士同碩士分別係第幾級？」).

A follow-up that names two terms reads as a comparison, and each term found alone leads to its own entry (the
sub-degree guide, an edX MicroMasters). When the guide the conversation is about speaks of both terms itself, the
question asks a fact of each from it ("respectively"): that guide answers, not two look-alikes.
"""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.sides import compared_sides
from bot.assistant.types import StudentContext
from bot.assistant.understanding.reading import Understanding
from knowledge.search import KnowledgeSearcher
from knowledge.views import EntryView

# What opens a side without naming it (「咁副學士」) and what ends its name (「碩士分別係第幾級」, "master's respectively").
_OPENING: Final = re.compile(r"^\s*(咁|噉|所以|即係|那|那麼|so|and|then|what about)\s*", re.IGNORECASE)
_AFTER_NAME: Final = re.compile(
    r"(分別|各自|係|是|有|嘅|的|喺|在|邊|點|幾|呢|嗎|[?？,，]|\s+(respectively|each|are|is|at|on|in|which|what)\b).*$",
    re.IGNORECASE,
)
_SHORTEST_NAME: Final = 2


def both_sides_in_last_guide(
    searcher: KnowledgeSearcher, reading: Understanding, context: StudentContext
) -> EntryView | None:
    """The guide last talked about, when a follow-up comparison names two terms it speaks of both."""
    if reading.intent != "compare" or not reading.follow_up or not context.recent_topics:
        return None
    guide = searcher.entry(context.recent_topics[-1])
    if guide is None or guide.kind != "guide":
        return None
    names = [_AFTER_NAME.sub("", _OPENING.sub("", side)).strip() for side in compared_sides(reading.text)]
    if len(names) != 2 or any(len(name) < _SHORTEST_NAME for name in names):
        return None
    said = " ".join((*guide.paragraphs("en"), *guide.paragraphs("zh-Hant"))).lower()
    return guide if all(name.lower() in said for name in names) else None
