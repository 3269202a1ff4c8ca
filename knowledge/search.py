"""Hybrid search: dense (Chroma, through langchain-chroma) plus lexical (BM25 over English words and Chinese
bigrams), fused by reciprocal rank fusion and grouped per entry, with filters applied on both sides.

A generation of catalogue size is ranked densely in memory from the vectors Chroma stored (knowledge.dense);
a very large one through Chroma's query API.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import cached_property
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.dense import IN_MEMORY_LIMIT, DenseMatrix
from knowledge.elsewhere import ElsewhereNames, load_elsewhere
from knowledge.embeddings import EmbeddingSpec
from knowledge.filters import MAX_FEE_CEILING, FilterColumns, SearchFilters
from knowledge.lexical import query_tokens, tokens
from knowledge.refresh import check_spec, stored_spec
from knowledge.store import IndexLocation, IndexUnavailable, OpenCollection, read_all
from knowledge.titles import TitleNames
from knowledge.views import EntryView, build_view

# SearchFilters and MAX_FEE_CEILING live in knowledge.filters and are part of this module's interface too.
__all__ = [
    "MAX_FEE_CEILING",
    "MAX_QUERY_CHARS",
    "SEARCH_MODES",
    "STALE_AFTER_YEARS",
    "IndexStats",
    "KnowledgeSearcher",
    "RelevanceGate",
    "SearchFilters",
    "SearchHit",
]

MAX_QUERY_CHARS = 500
STALE_AFTER_YEARS = 2
# Rank fusion keeps only each ranking's order, so an entry whose words match the question far better than any
# other's (「學分…係咪去邊間大學都用得？」 writes the stackable-credentials guide's own phrases: 2.7 times the next
# entry's score) counted no more than a near tie. Such a clear lexical winner, if also among the closest in meaning,
# counts its first place twice.
LEXICAL_WINNER_RATIO = 1.5


@dataclass(frozen=True)
class RelevanceGate:
    """When a hit is evidence enough to answer from.

    e5's cosine similarities sit close together (homework or football questions still score ~0.80 against
    the catalogue), so a hit needs a dense similarity above a floor calibrated on the evaluation set (see
    docs/benchmarks.md). A query that names something the knowledge base has never heard of (a capitalised
    word found in no chunk, such as "Oxford" or "Minecraft") is not answered from look-alike entries.
    """

    dense_floor: float = 0.845

    def keeps(self, hit: SearchHit) -> bool:
        return hit.dense >= self.dense_floor


_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]{2,}\b")
_ONE_SLIP = 0.8  # how alike a mistyped word is to the one meant ("sapce" and "space")
SEARCH_MODES = ("hybrid", "dense", "lexical")
_ELSEWHERE = load_elsewhere()  # a packaged file: a malformed one fails at import, in the tests, not on a question


@dataclass
class SearchHit:
    """One entry found, with the evidence for it."""

    id: str
    title: str
    title_zh: str
    kind: str
    provider: str
    refs: list[str]
    url: str
    seen: int | None
    score: float
    dense: float
    lexical: float
    chunks: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "provider": self.provider,
            "refs": self.refs,
            "score": round(self.score, 6),
            "url": self.url,
        }


@dataclass
class _Loaded:
    generation: str
    opened: OpenCollection
    vectorstore: Any
    ids: list[str]
    texts: list[str]
    metadatas: list[dict[str, Any]]
    position: dict[str, int]
    columns: FilterColumns
    bm25: Any
    created_at: str
    vocabulary: frozenset[str]
    by_entry: dict[str, list[int]]
    names: TitleNames
    elsewhere: ElsewhereNames
    # None for a generation too large to hold in memory: dense ranking then goes through Chroma's HNSW index.
    dense: DenseMatrix | None = None
    # Every token of each entry's chunks and front matter: what a provider's entries say at all.
    entry_words: dict[str, frozenset[str]] = field(default_factory=dict)

    # Built on first use, once per generation (only a question naming an unknown acronym asks): `writes` below.
    @cached_property
    def lowered_text(self) -> str:
        return "\n".join(self.texts).lower()

    @cached_property
    def ascii_words(self) -> tuple[str, ...]:
        return tuple(word for word in self.vocabulary if word.isascii())


@dataclass
class IndexStats:
    generation: str
    entries_by_kind: dict[str, int]
    chunks: int
    spec: EmbeddingSpec | None
    last_refresh: str
    stale: list[dict[str, Any]]
    location: str

    def as_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "entries": sum(self.entries_by_kind.values()),
            "entries_by_kind": self.entries_by_kind,
            "chunks": self.chunks,
            "embedding_backend": self.spec.backend if self.spec else None,
            "embedding_model": self.spec.model if self.spec else None,
            "embedding_dimension": self.spec.dimension if self.spec else None,
            "last_refresh": self.last_refresh,
            "stale_entries": self.stale,
            "location": self.location,
        }


def _words_by_entry(
    corpus_tokens: Sequence[Sequence[str]], metadatas: Sequence[dict[str, Any]], by_entry: dict[str, list[int]]
) -> dict[str, frozenset[str]]:
    words: dict[str, frozenset[str]] = {}
    for entry_id, positions in by_entry.items():
        found: set[str] = set(tokens(" ".join(str(v) for v in metadatas[positions[0]].values())))
        for position in positions:
            found.update(corpus_tokens[position])
        words[entry_id] = frozenset(found)
    return words


def _positions_by_entry(metadatas: Sequence[dict[str, Any]]) -> dict[str, list[int]]:
    """Chunk positions per entry, so one entry's chunks are found without scanning the whole index."""
    grouped: dict[str, list[int]] = {}
    for position, meta in enumerate(metadatas):
        grouped.setdefault(str(meta.get("entry_id", "")), []).append(position)
    return grouped


class KnowledgeSearcher:
    """Answers searches from the current index generation and follows refreshes made by other processes."""

    def __init__(
        self,
        *,
        location: IndexLocation,
        embeddings: Embeddings,
        spec: EmbeddingSpec,
        candidates: int = 40,
        rrf_k: int = 60,
        check_interval_seconds: float = 0.0,
        gate: RelevanceGate | None = None,
    ) -> None:
        self.location = location
        self.embeddings = embeddings
        self.spec = spec
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.check_interval = check_interval_seconds
        self.gate = gate or RelevanceGate()
        self._loaded: _Loaded | None = None
        self._token: str | None = None
        self._checked_at = 0.0
        self._lock = threading.Lock()
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()

    # -- loading ---------------------------------------------------------------------------------------

    def _pointer_token(self) -> str:
        token = getattr(self.location, "pointer_token", None)
        return str(token()) if callable(token) else str(self.location.current() or "")

    def _current(self) -> _Loaded:
        now = time.monotonic()
        loaded = self._loaded
        if loaded is not None and now - self._checked_at < self.check_interval:
            return loaded
        with self._lock:
            token = self._pointer_token()
            self._checked_at = now
            if self._loaded is not None and token == self._token:
                return self._loaded
            generation = self.location.current()
            if generation is None:
                raise IndexUnavailable("the knowledge base has not been built yet; run `pathways kb refresh`")
            if self._loaded is None or self._loaded.generation != generation:
                fresh = self._load(generation)
                old, self._loaded = self._loaded, fresh
                if old is not None:
                    old.opened.close()
            self._token = token
            return self._loaded  # type: ignore[return-value]

    def _load(self, generation: str) -> _Loaded:
        import bm25s
        from langchain_chroma import Chroma

        # bm25s sets its own logger to DEBUG when imported; every index build would be logged.
        logging.getLogger("bm25s").setLevel(logging.WARNING)

        opened = self.location.open(generation)
        try:
            metadata = dict(opened.collection.metadata or {})
            check_spec(stored_spec(metadata), self.spec)
            # The vectors are read only for a generation small enough to rank in memory: a large one would move
            # every vector out of Chroma (over the network with a Chroma server) just to drop it.
            in_memory = opened.collection.count() <= IN_MEMORY_LIMIT
            data = read_all(opened.collection, ["documents", "metadatas", *(["embeddings"] if in_memory else [])])
        except Exception:
            opened.close()
            raise
        ids: list[str] = list(data["ids"])
        texts: list[str] = list(data["documents"] or [])
        metadatas: list[dict[str, Any]] = [dict(m or {}) for m in (data["metadatas"] or [])]
        retriever = bm25s.BM25()
        corpus_tokens = [tokens(t) or ["∅"] for t in texts]
        if ids:
            retriever.index(corpus_tokens, show_progress=False)
        vectorstore = Chroma(
            client=opened.client,
            collection_name=opened.collection.name,
            embedding_function=self.embeddings,
            create_collection_if_not_exists=False,
        )
        by_entry = _positions_by_entry(metadatas)
        return _Loaded(
            generation=generation,
            opened=opened,
            vectorstore=vectorstore,
            ids=ids,
            texts=texts,
            metadatas=metadatas,
            position={cid: i for i, cid in enumerate(ids)},
            columns=FilterColumns.build(metadatas),
            bm25=retriever,
            created_at=str(metadata.get("created_at", "")),
            vocabulary=frozenset(t for doc in corpus_tokens for t in doc),
            by_entry=by_entry,
            names=TitleNames.build(metadatas, by_entry),
            elsewhere=ElsewhereNames(_ELSEWHERE, [*texts, *(str(v) for m in metadatas for v in m.values())]),
            dense=DenseMatrix.build(data["embeddings"]) if in_memory else None,
            entry_words=_words_by_entry(corpus_tokens, metadatas, by_entry),
        )

    def close(self) -> None:
        with self._lock:
            if self._loaded is not None:
                self._loaded.opened.close()
                self._loaded = None

    # -- searching -------------------------------------------------------------------------------------

    def query_vector(self, query: str) -> list[float]:
        """The query's embedding, cached: understanding and dense search embed a question once between them."""
        cached = self._query_cache.get(query)
        if cached is not None:
            self._query_cache.move_to_end(query)
            return cached
        vector = self.embeddings.embed_query(query)
        self._query_cache[query] = vector
        if len(self._query_cache) > 1024:
            self._query_cache.popitem(last=False)
        return vector

    def dense_ranking(self, loaded: _Loaded, query: str, filters: SearchFilters) -> list[tuple[int, float]]:
        """(chunk position, cosine similarity), best first."""
        if not loaded.ids:
            return []
        k = min(self.candidates, len(loaded.ids))
        if loaded.dense is not None:
            return loaded.dense.rank(self.query_vector(query), k, loaded.columns.mask(filters))
        results = loaded.vectorstore.similarity_search_by_vector_with_relevance_scores(
            self.query_vector(query), k=k, filter=filters.chroma_where()
        )
        ranking = []
        for document, distance in results:
            position = loaded.position.get(str(document.id))
            if position is not None:
                ranking.append((position, 1.0 - float(distance)))
        return ranking

    def lexical_ranking(self, loaded: _Loaded, query: str, filters: SearchFilters) -> list[tuple[int, float]]:
        """(chunk position, BM25 score), best first; only chunks sharing at least one token."""
        asked = query_tokens(query)
        if not loaded.ids or not asked:
            return []
        mask = loaded.columns.mask(filters)
        if mask is not None and not mask.any():
            return []
        documents, scores = loaded.bm25.retrieve(
            [asked],
            k=min(self.candidates, len(loaded.ids)),
            show_progress=False,
            weight_mask=mask.astype(np.float32) if mask is not None else None,
        )
        return [(int(d), float(s)) for d, s in zip(documents[0], scores[0], strict=True) if s > 0]

    def search(
        self, query: str, *, k: int = 5, filters: SearchFilters | None = None, mode: str = "hybrid"
    ) -> list[SearchHit]:
        """The k best entries for a query, fused from dense and lexical rankings. `mode` "dense" or "lexical"
        uses one ranking alone (for the benchmarks that compare them)."""
        if mode not in SEARCH_MODES:
            raise ValueError(f"unknown search mode '{mode}' (use {', '.join(SEARCH_MODES)})")
        query = " ".join(query.split())[:MAX_QUERY_CHARS]
        if not query or k < 1:
            return []
        filters = filters or SearchFilters()
        loaded = self._current()
        dense = self.dense_ranking(loaded, query, filters) if mode in {"hybrid", "dense"} else []
        lexical = self.lexical_ranking(loaded, query, filters) if mode in {"hybrid", "lexical"} else []
        return self._fuse(loaded, dense, lexical, k)

    def knows(self, word: str) -> bool:
        """Whether every token of a word appears somewhere in the knowledge base."""
        vocabulary = self._current().vocabulary
        word_tokens = tokens(word)
        return bool(word_tokens) and all(t in vocabulary for t in word_tokens)

    def writes(self, fragment: str) -> bool:
        """Whether the knowledge base writes the fragment at the start of a word in any case ("UGC" in "UGC-funded"),
        or a word one slip of the keys away ("SAPCE" for "space")."""
        loaded = self._current()
        wanted = fragment.lower()
        if re.search(rf"(?<![a-z0-9]){re.escape(wanted)}", loaded.lowered_text):
            return True
        alike = [word for word in loaded.ascii_words if abs(len(word) - len(wanted)) <= 1]
        return bool(get_close_matches(wanted, alike, n=1, cutoff=_ONE_SLIP))

    def unknown_names(self, query: str) -> list[str]:
        """Capitalised words of the query that appear nowhere in the knowledge base (e.g. "Oxford")."""
        vocabulary = self._current().vocabulary
        unknown = []
        for name in _NAME.findall(query):
            name_tokens = tokens(name)  # empty for stopwords such as "Does" or "What"
            if name_tokens and all(t not in vocabulary for t in name_tokens):
                unknown.append(name)
        return unknown

    def named_elsewhere(self, query: str) -> list[str]:
        """Institutions, platforms and figures the query names that the catalogue never mentions ("shue yan",
        「樹仁」, "median score"), as written there."""
        return self._current().elsewhere.named_in(query)

    def relevant(self, query: str, hits: list[SearchHit]) -> list[SearchHit]:
        """The hits the relevance gate accepts, in order; empty means "the knowledge base does not know"."""
        if self.unknown_names(query) or self.named_elsewhere(query):
            return []
        return [hit for hit in hits if self.gate.keeps(hit)]

    def _fuse(
        self, loaded: _Loaded, dense: list[tuple[int, float]], lexical: list[tuple[int, float]], k: int
    ) -> list[SearchHit]:
        fused: dict[str, float] = {}
        best_dense: dict[str, float] = {}
        best_lexical: dict[str, float] = {}
        evidence: dict[str, list[int]] = {}
        for ranking, best in ((dense, best_dense), (lexical, best_lexical)):
            rank = 0
            for position, score in ranking:
                entry = str(loaded.metadatas[position].get("entry_id", ""))
                evidence.setdefault(entry, [])
                if position not in evidence[entry]:
                    evidence[entry].append(position)
                if entry in best:
                    continue  # an entry counts once per ranking, at its best chunk
                best[entry] = score
                rank += 1
                fused[entry] = fused.get(entry, 0.0) + 1.0 / (self.rrf_k + rank)
        winner = _clear_winner(best_lexical)
        if winner is not None and winner in best_dense:  # (words alone, far in meaning, are no winner)
            fused[winner] += 1.0 / (self.rrf_k + 1)
        ordered = sorted(fused, key=lambda e: fused[e], reverse=True)[:k]
        hits = []
        for entry in ordered:
            meta = loaded.metadatas[evidence[entry][0]]
            seen = int(meta.get("seen", 0) or 0)
            hits.append(
                SearchHit(
                    id=entry,
                    title=str(meta.get("title_en", "")),
                    title_zh=str(meta.get("title_zh", "")),
                    kind=str(meta.get("kind", "")),
                    provider=str(meta.get("provider", "")),
                    refs=[r for r in str(meta.get("refs", "")).split(",") if r],
                    url=str(meta.get("url", "")),
                    seen=seen or None,
                    score=fused[entry],
                    dense=best_dense.get(entry, 0.0),
                    lexical=best_lexical.get(entry, 0.0),
                    chunks=[loaded.texts[p] for p in evidence[entry][:3]],
                    metadata=meta,
                )
            )
        return hits

    # -- inspection ------------------------------------------------------------------------------------

    def stats(self, today: dt.date | None = None) -> IndexStats:
        loaded = self._current()
        year = (today or dt.date.today()).year
        kinds: dict[str, set[str]] = {}
        entries: dict[str, dict[str, Any]] = {}
        for meta in loaded.metadatas:
            entry = str(meta.get("entry_id", ""))
            kinds.setdefault(str(meta.get("kind", "")), set()).add(entry)
            entries.setdefault(entry, meta)
        stale = [
            {"id": e, "title": str(m.get("title_en", "")), "seen": int(m.get("seen", 0) or 0) or "unknown"}
            for e, m in sorted(entries.items())
            if m.get("kind") != "document" and year - int(m.get("seen", 0) or 0) > STALE_AFTER_YEARS
        ]
        return IndexStats(
            generation=loaded.generation,
            entries_by_kind={k: len(v) for k, v in sorted(kinds.items())},
            chunks=len(loaded.ids),
            spec=stored_spec(dict(loaded.opened.collection.metadata or {})),
            last_refresh=loaded.created_at,
            stale=stale,
            location=self.location.describe(),
        )

    def entry_ids(self) -> set[str]:
        """Every entry (and extra document) the current generation holds."""
        return {str(m.get("entry_id", "")) for m in self._current().metadatas}

    def entry_chunks(self, entry_id: str) -> list[tuple[str, dict[str, Any]]]:
        """All chunks of one entry (text, metadata), in the order they were written."""
        loaded = self._current()
        positions = loaded.by_entry.get(entry_id, [])
        ordered = sorted(positions, key=lambda p: int(loaded.metadatas[p].get("position", 0)))
        return [(loaded.texts[p], loaded.metadatas[p]) for p in ordered]

    def names_in(self, query: str) -> frozenset[str]:
        """The words of a query that name some entry: distinctive words of titles (knowledge.titles)."""
        return self._current().names.all_named(query)

    def aliased_in(self, query: str) -> list[tuple[str, str]]:
        """The entries a query names by a distinctive alias ("中大 SI", "JRMP"), each with the words that name it,
        in the query's order."""
        return self._current().names.aliased_in(query)

    def codes_in(self, query: str) -> frozenset[str]:
        """Title codes and acronyms the query uses ("az-900", "jrmp"): each names an entry unmistakably."""
        return self._current().names.codes_in(query)

    def words_of(self, entry_ids: Iterable[str]) -> frozenset[str]:
        """Every token the given entries use anywhere (text, titles, aliases, subjects)."""
        words = self._current().entry_words
        return frozenset().union(*(words.get(entry_id, frozenset()) for entry_id in entry_ids))

    def title_names(self, entry_id: str) -> frozenset[str]:
        """The distinctive words of one entry's titles."""
        return self._current().names.of(entry_id)

    def entry(self, entry_id: str) -> EntryView | None:
        """One entry as the assistant composes from it, or None when the index does not hold it."""
        return build_view(self.entry_chunks(entry_id))


def _clear_winner(scores: dict[str, float]) -> str | None:
    """The entry whose lexical score is at least LEXICAL_WINNER_RATIO times every other's, if one is."""
    ranked = heapq.nlargest(2, scores.items(), key=lambda item: item[1])
    if not ranked or ranked[0][1] <= 0:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEXICAL_WINNER_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
