"""An entry picked by the words of a description ("no i meant the one where students built a hovercraft")."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.understanding.follow_up import described_one
from bot.assistant.understanding.provider_names import PROVIDERS, providers_named
from knowledge.lexical import tokens
from knowledge.search import KnowledgeSearcher, SearchHit

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


def sibling_described(searcher: KnowledgeSearcher, text: str, last_id: str | None) -> SearchHit | None:
    """ "the advanced one 呢?" after the Google Data Analytics certificate: a description that is not in the title
    just answered but, added to it, titles another programme of the same provider (Google Advanced Data Analytics).
    """
    description = described_one(text)
    last = searcher.entry(last_id) if last_id is not None and description is not None else None
    if last is None or description is None:
        return None
    wanted, last_words = set(tokens(description)), set(tokens(last.title_en))
    # No title uses the description's words ("the residential one"): no programme is titled so, and no search is spent.
    if not wanted or wanted <= last_words or not searcher.names_in(description):
        return None
    for hit in searcher.search(f"{last.title_en} {description}", k=3):
        title = set(tokens(hit.title))
        if hit.id != last.id and provider_of(hit.id) == provider_of(last.id) and wanted <= title:
            return hit if len(last_words - title) <= 1 else None
    return None


def other_described(searcher: KnowledgeSearcher, text: str, last_id: str | None) -> SearchHit | None:
    """ "and that orthopaedics shadowing one?" after HKU's biomedical academy: a description that the title just
    answered does not hold, whose rare words alone single out another programme of the same provider (TOPS, where
    students job-shadow orthopaedic surgeons). A description of a kind ("the online one") singles out none."""
    description = described_one(text)
    last = searcher.entry(last_id) if last_id is not None and description is not None else None
    if last is None or description is None or providers_named(description):
        return None
    wanted = set(tokens(description))
    if not wanted or wanted <= set(tokens(f"{last.title_en} {last.title_zh}")):
        return None
    found = searcher.search(description, k=2)
    if not found or found[0].id == last.id or provider_of(found[0].id) != provider_of(last.id):
        return None
    runner_up = found[1].lexical if len(found) > 1 else 0.0
    singled_out = found[0].lexical >= DESCRIBED_LEXICAL and found[0].lexical >= DESCRIBED_LEAD * runner_up
    return found[0] if singled_out and searcher.gate.keeps(found[0]) else None


def titled_beside(hit: SearchHit, description: str, shown: Collection[str]) -> bool:
    """Whether ``hit`` is a programme of a provider just shown whose title says what the description says
    (「即係後端嗰個」 after Meta's list without its back-end certificate): that programme is meant, not the nearest
    one listed."""
    in_title = set(tokens(description)) <= set(tokens(f"{hit.title} {hit.title_zh}"))
    return in_title and provider_of(hit.id) in {provider_of(entry_id) for entry_id in shown}


def described_beside(searcher: KnowledgeSearcher, text: str, last_id: str | None) -> SearchHit | None:
    """Another programme of the provider just answered, picked by a description: by its title ("the advanced one")
    or by the rare words of its text ("that orthopaedics shadowing one")."""
    return sibling_described(searcher, text, last_id) or other_described(searcher, text, last_id)


_POINTER_CHARACTERS: Final = frozenset("嗰果個呢張款間科項係咩")


def described_words(text: str) -> int:
    """How much a correction says besides providers and pointers: its words in Latin letters and its Chinese
    characters (「港大要住 hall 嗰個」 says 要住 and hall; 「中大嗰個」 and "the hkust one" say nothing more)."""
    rest = PROVIDERS.sub(" ", text)
    latin = [t for t in tokens(rest) if t.isascii() and len(t) > 1]
    chinese = [c for c in rest if "\u4e00" <= c <= "\u9fff" and c not in _POINTER_CHARACTERS]
    return len(latin) + len(chinese)
