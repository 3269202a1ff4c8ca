"""An entry picked by the words of a description ("no i meant the one where students built a hovercraft")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from knowledge.search import SearchHit

# A description's words pick an entry under the relevance gate when its meaning is this close to the gate's floor
# and its words match that entry strongly (BM25) and two and a half times as well as the next one's.
DESCRIBED_MARGIN: Final = 0.03
DESCRIBED_LEXICAL: Final = 5.0
DESCRIBED_LEAD: Final = 2.5


def words_pick(found: Sequence[SearchHit], dense_floor: float) -> bool:
    """Whether the best of ``found`` (best first) is singled out by the description's words though its meaning sits
    just under the gate: a few rare words ("hovercraft") weigh little in a sentence's meaning."""
    if not found:
        return False
    top, runner_up = found[0], (found[1].lexical if len(found) > 1 else 0.0)
    near = top.dense >= dense_floor - DESCRIBED_MARGIN
    return near and top.lexical >= DESCRIBED_LEXICAL and top.lexical >= DESCRIBED_LEAD * runner_up
