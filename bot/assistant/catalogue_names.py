"""Whether a message names a catalogue entry, asked by understanding before it decides a message's scope: for the
router's reading, an entry's code or alias counts as a catalogue word."""

from __future__ import annotations

from bot.assistant.retrieval import EXAMS_EVERYONE_SITS
from knowledge.search import KnowledgeSearcher
from knowledge.store import IndexUnavailable


def names_an_entry(searcher: KnowledgeSearcher, text: str) -> bool:
    try:
        # A title's code ("SAYT", "AZ-900") or an entry's distinctive alias (「理大 SI」).
        # The exam everyone sits ("DSE" in a title such as AAA's "for S6 after the HKDSE") names no entry.
        return bool(searcher.codes_in(text) - EXAMS_EVERYONE_SITS) or bool(searcher.aliased_in(text))
    except IndexUnavailable:
        return False  # no index yet: retrieval reports it plainly, understanding must not turn it into a refusal
