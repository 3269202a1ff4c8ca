"""Search latency p50/p95 at the catalogue's size, and at 10k and 100k synthetic chunks.

Synthetic chunks reuse catalogue words and random unit vectors with the catalogue's metadata shape, so Chroma's
HNSW index and BM25 do the same work they would on real text of that size. Queries are the evaluation set's
questions, embedded by the real model (each distinct query once per run, as the searcher caches).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import EVAL_DIR, catalogue_searcher, summary_ms

from knowledge.embeddings import EmbeddingConfig, build_embeddings
from knowledge.evaluation import load_questions
from knowledge.refresh import spec_metadata
from knowledge.search import KnowledgeSearcher
from knowledge.store import LocalLocation, new_generation_name


def measure(searcher: KnowledgeSearcher, queries: list[str]) -> tuple[list[float], list[float]]:
    """(first sight of each query, including its embedding; repeats, served from the query cache)."""
    searcher.search("warm-up question about nothing in particular")  # load the generation outside the timing
    rounds: list[list[float]] = [[], []]
    for samples in rounds:
        for query in queries:
            started = time.perf_counter()
            searcher.search(query, k=5)
            samples.append(time.perf_counter() - started)
    return rounds[0], rounds[1]


def synthetic_index(size: int, base: KnowledgeSearcher, folder: Path) -> KnowledgeSearcher:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    loaded = base._current()
    words = " ".join(loaded.texts).split()
    rng = np.random.default_rng(7)
    shuffle = random.Random(7)
    location = LocalLocation(folder)
    generation = new_generation_name()
    target = location.create(
        generation, {**spec_metadata(spec), "generation": generation, "created_at": dt.datetime.now(dt.UTC).isoformat()}
    )
    batch = 2000
    for start in range(0, size, batch):
        count = min(batch, size - start)
        vectors = rng.standard_normal((count, spec.dimension)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        metas = [dict(loaded.metadatas[(start + i) % len(loaded.metadatas)]) for i in range(count)]
        for i, meta in enumerate(metas):
            meta["entry_id"] = f"synthetic-{start + i}"
        texts = [" ".join(shuffle.choices(words, k=120)) for _ in range(count)]
        target.collection.add(
            ids=[f"s{start + i}" for i in range(count)], embeddings=vectors.tolist(), documents=texts, metadatas=metas
        )
    target.close()
    location.publish(generation)
    return KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="synthetic chunk counts")
    args = parser.parse_args()
    queries = [q.question for q in load_questions([EVAL_DIR])]
    base = catalogue_searcher()
    print(f"search latency, {dt.date.today()}, {len(queries)} distinct queries")
    first, repeat = measure(base, queries)
    print(
        f"catalogue ({len(base._current().ids)} chunks): new query {summary_ms(first)} | repeated {summary_ms(repeat)}"
    )
    for size in [int(s) for s in args.sizes.split(",") if s]:
        started = time.perf_counter()
        synthetic = synthetic_index(size, base, Path(tempfile.mkdtemp(prefix=f"pathways-bench-{size}-")))
        synthetic.search(queries[0])
        built = time.perf_counter() - started
        first, repeat = measure(synthetic, queries)
        print(
            f"{size:>9} synthetic chunks: new query {summary_ms(first)} | repeated {summary_ms(repeat)}  (built and loaded in {built:.0f}s)"
        )


if __name__ == "__main__":
    main()
