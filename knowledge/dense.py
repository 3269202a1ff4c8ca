"""Exact dense ranking over a generation's chunk vectors held in memory.

Chroma stays the store: a generation's vectors are read from it once, when the generation is loaded (BM25 is
built at the same moment from the same read). Ranking a question against a few thousand vectors is then one
matrix product — well under a millisecond — where a round trip through Chroma's query API costs 10–15 ms on
this machine, most of a grounded answer's time budget. Past `IN_MEMORY_LIMIT` chunks the vectors would cost
too much memory per worker, and the searcher queries Chroma's HNSW index instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# 20k chunks × 384 float32 dimensions ≈ 30 MB per worker; the catalogue has a few hundred chunks.
IN_MEMORY_LIMIT = 20_000


@dataclass(frozen=True)
class DenseMatrix:
    """Unit-length chunk vectors, one row per chunk position (the same positions BM25 uses)."""

    vectors: np.ndarray

    @classmethod
    def build(cls, embeddings: Sequence[Sequence[float]] | np.ndarray) -> DenseMatrix | None:
        """None when there are too many vectors to hold, or when any chunk has no vector (then the searcher
        falls back to Chroma, which knows what it stored)."""
        if len(embeddings) > IN_MEMORY_LIMIT or any(v is None for v in embeddings):
            return None
        matrix = np.asarray(embeddings, dtype=np.float32)
        if matrix.ndim != 2 or len(matrix) == 0:
            return None
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return cls(matrix / norms)

    def rank(self, query: Sequence[float], k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(chunk position, cosine similarity), best first, at most k; masked-out chunks are never returned.

        Cosine similarity is what Chroma's cosine space reports as 1 − distance, so the relevance gate's
        calibrated floor means the same on both paths."""
        vector = np.asarray(query, dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        if norm == 0 or vector.shape != (self.vectors.shape[1],):
            return []
        scores = self.vectors @ (vector / norm)
        candidates = np.flatnonzero(mask) if mask is not None else np.arange(len(scores))
        if k < 1 or len(candidates) == 0:
            return []
        if len(candidates) > k:
            best = np.argpartition(-scores[candidates], k - 1)[:k]
            candidates = candidates[best]
        ordered = candidates[np.argsort(-scores[candidates], kind="stable")]
        return [(int(position), float(scores[position])) for position in ordered]
