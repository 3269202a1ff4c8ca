"""The words that name an entry: the distinctive words of its titles (English and Chinese).

"CEF", 「持續進修基金」 or "IBM Data Analyst" name one scheme or certificate; "certificate", 「課程」 or "summer"
appear in many titles and name none. A word is distinctive when few entries' titles use it. Retrieval uses this to
tell whether a question names a thing of its own and to keep a guide about a scheme apart from the scheme itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from knowledge.lexical import tokens

# A word in more entries' titles than this is a kind of thing ("certificate", 「暑期」), not a name.
MAX_TITLES_PER_NAME: Final = 4
MIN_NAME_LENGTH: Final = 2  # single letters and single Chinese characters name nothing alone


@dataclass(frozen=True)
class TitleNames:
    by_entry: Mapping[str, frozenset[str]]

    @classmethod
    def build(cls, metadatas: Sequence[Mapping[str, Any]], by_entry: Mapping[str, Sequence[int]]) -> TitleNames:
        words: dict[str, frozenset[str]] = {}
        for entry_id, positions in by_entry.items():
            if not positions:
                continue
            first = metadatas[positions[0]]
            title = f"{first.get('title_en', '')} {first.get('title_zh', '')}"
            # A year or a number ("2026", "900") dates or counts something; it names nothing.
            words[entry_id] = frozenset(
                t for t in tokens(title) if len(t) >= MIN_NAME_LENGTH and any(c.isalpha() for c in t)
            )
        frequency = Counter(word for found in words.values() for word in found)
        return cls(
            {
                entry_id: frozenset(w for w in found if frequency[w] <= MAX_TITLES_PER_NAME)
                for entry_id, found in words.items()
            }
        )

    def all_named(self, query: str) -> frozenset[str]:
        """The words of ``query`` that name any entry."""
        words = frozenset(tokens(query))
        return frozenset(w for found in self.by_entry.values() for w in found & words)

    def of(self, entry_id: str) -> frozenset[str]:
        """The words that name ``entry_id``."""
        return self.by_entry.get(entry_id, frozenset())
