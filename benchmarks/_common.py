"""Helpers shared by the benchmark scripts: a real index of the shipped catalogue in a temporary folder."""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.embeddings import EmbeddingConfig, build_embeddings
from knowledge.refresh import refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO / "knowledge" / "eval"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return f"p50 {percentile(ms, 50):6.1f} ms  p95 {percentile(ms, 95):6.1f} ms  mean {statistics.mean(ms):6.1f} ms  n={len(ms)}"


def catalogue_searcher(folder: Path | None = None) -> KnowledgeSearcher:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    location = LocalLocation(folder or Path(tempfile.mkdtemp(prefix="pathways-bench-")))
    if location.current() is None:
        refresh_index(location=location, embeddings=embeddings, spec=spec, shipped=ShippedVectors.load(spec))
    return KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
