"""Vectors of the shipped catalogue's chunks, made by the bundled model and shipped with the package.

Embedding the whole catalogue takes two minutes on two cores; without these a fresh install's first start (and
every test session) would spend them before the first answer. A refresh takes a chunk's vector from here only
when the exact text of the chunk was embedded by the same model (the key is a hash of the text), so an entry an
admin edited is embedded as usual and a stale file can never give a wrong vector, only a missing one.

One file per catalogue entry (``<entry id>.npz``: text hashes, vectors, the model), so editing one entry changes
one small file. ``scripts/embed_catalog.py`` writes them; tests/knowledge/test_shipped_vectors.py says when
they are stale. A ``--full`` refresh ignores them and embeds everything.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.embeddings import EmbeddingSpec

logger = logging.getLogger(__name__)

SHIPPED_VECTORS_DIR = Path(__file__).resolve().parent / "vectors"
Embed = Callable[[list[str]], Sequence[Sequence[float]]]  # what an `Embeddings.embed_documents` is


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ShippedVectors:
    """Read-only lookup of shipped vectors by chunk text, for one embedding model."""

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self._vectors = vectors

    def __len__(self) -> int:
        return len(self._vectors)

    @classmethod
    def load(cls, spec: EmbeddingSpec, folder: Path = SHIPPED_VECTORS_DIR) -> ShippedVectors:
        """Every readable file made by ``spec``'s model; a file that is unreadable, made by another model or of
        the wrong shape is skipped with a warning (its chunks are then embedded)."""
        found: dict[str, np.ndarray] = {}
        for path in sorted(folder.glob("*.npz")) if folder.is_dir() else []:
            found.update(_read(path, spec))
        return cls(found)

    def get(self, text: str) -> np.ndarray | None:
        return self._vectors.get(text_key(text))

    def fill(self, texts: Sequence[str], embed: Embed) -> tuple[list[Any], int]:
        """Each text's vector, in order: the shipped one when there is one, else embedded (every missing text in
        one call); and how many were shipped."""
        found: list[Any] = [self.get(text) for text in texts]
        missing = [position for position, vector in enumerate(found) if vector is None]
        fresh = embed([texts[position] for position in missing]) if missing else []
        for position, vector in zip(missing, fresh, strict=True):
            found[position] = vector
        return found, len(texts) - len(missing)


def _read(path: Path, spec: EmbeddingSpec) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["model"]) != spec.describe():
                return {}
            keys = [str(k) for k in stored["keys"]]
            vectors = np.asarray(stored["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError):
        logger.warning("shipped vectors unreadable (%s); its chunks will be embedded", path.name)
        return {}
    if vectors.shape != (len(keys), spec.dimension) or not np.isfinite(vectors).all():
        logger.warning("shipped vectors of the wrong shape (%s); its chunks will be embedded", path.name)
        return {}
    return dict(zip(keys, vectors, strict=True))


def write_entry_vectors(
    folder: Path, entry_id: str, texts: Iterable[str], vectors: np.ndarray, spec: EmbeddingSpec
) -> Path:
    """One entry's file, written whole to a temporary name first so a reader never sees half of it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{entry_id}.npz"
    temporary = folder / f".{entry_id}.tmp.npz"
    np.savez_compressed(
        temporary,
        keys=np.array([text_key(t) for t in texts], dtype=str),
        vectors=np.asarray(vectors, dtype=np.float32),
        model=np.array(spec.describe()),
    )
    temporary.replace(target)
    return target
