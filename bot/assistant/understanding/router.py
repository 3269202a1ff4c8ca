"""A semantic router: the nearest labelled examples in the embedding space of the model already loaded.

Rules catch the phrasings they were written for; the router generalises to paraphrases, slang and the other
language. Each label's score is the mean cosine similarity of the question to that label's closest examples,
so one odd example cannot decide alone. The examples live in ``data/routes.jsonl`` (English, Traditional
Chinese and code-mixed Cantonese); the held-out set in ``knowledge/eval/`` is never used to tune them.

Example vectors are computed once per process and kept on disk next to the index when a folder is given
(keyed by the examples' hash and the embedding model), so a restart does not re-embed them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Final

import numpy as np

logger = logging.getLogger(__name__)

EXAMPLES_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "routes.jsonl"
NEAREST: Final = 3  # a label's score is the mean similarity of its NEAREST closest examples

EmbedMany = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    language: str


def load_examples(path: Path = EXAMPLES_FILE) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        examples.append(Example(str(item["text"]), str(item["label"]), str(item.get("language", ""))))
    return examples


@dataclass(frozen=True)
class RouteScores:
    """Per-label scores for one question, best first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def best(self) -> str:
        return self.ranked[0][0] if self.ranked else ""

    def score(self, label: str) -> float:
        return next((s for name, s in self.ranked if name == label), 0.0)

    def margin(self, label: str) -> float:
        """How far the label is ahead of the best other label (negative when behind)."""
        others = [s for name, s in self.ranked if name != label]
        return self.score(label) - (max(others) if others else 0.0)

    def best_of(self, labels: Sequence[str]) -> tuple[str, float]:
        candidates = [(name, s) for name, s in self.ranked if name in labels]
        return candidates[0] if candidates else ("", 0.0)


class SemanticRouter:
    def __init__(
        self,
        embed_many: EmbedMany,
        *,
        model_key: str,
        examples: Sequence[Example] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self._embed_many = embed_many
        self._model_key = model_key
        self._given = list(examples) if examples is not None else None
        self._cache_dir = cache_dir
        self._lock = threading.Lock()

    @cached_property
    def examples(self) -> list[Example]:
        return self._given if self._given is not None else load_examples()

    @cached_property
    def _matrix(self) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        with self._lock:
            vectors = self._load_or_embed()
        labels = tuple(sorted({e.label for e in self.examples}))
        index = np.array([labels.index(e.label) for e in self.examples])
        return _normalise(vectors), index, labels

    def _cache_path(self) -> Path | None:
        if self._cache_dir is None:
            return None
        digest = hashlib.sha256(self._model_key.encode())
        for example in self.examples:
            digest.update(f"{example.label}\t{example.text}\n".encode())
        return self._cache_dir / f"router-{digest.hexdigest()[:16]}.npy"

    def _load_or_embed(self) -> np.ndarray:
        path = self._cache_path()
        if path is not None and path.is_file():
            try:
                cached = np.load(path)
                if cached.shape[0] == len(self.examples):
                    return np.asarray(cached, dtype=np.float32)
            except (OSError, ValueError):
                logger.warning("router cache unreadable; embedding the examples again")
        vectors = np.asarray(self._embed_many([e.text for e in self.examples]), dtype=np.float32)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_suffix(".tmp.npy")
                np.save(temporary, vectors)
                temporary.replace(path)
            except OSError:
                logger.warning("router cache not written (folder not writable); it will be embedded next time")
        return vectors

    def warm(self) -> None:
        """Embed the examples now (at start-up) rather than on the first question."""
        _ = self._matrix

    def scores(self, vector: np.ndarray) -> RouteScores:
        matrix, index, labels = self._matrix
        query = _normalise(np.asarray(vector, dtype=np.float32).reshape(1, -1))[0]
        similarities = matrix @ query
        ranked = []
        for position, label in enumerate(labels):
            own = np.sort(similarities[index == position])[::-1][:NEAREST]
            ranked.append((label, float(own.mean()) if own.size else 0.0))
        ranked.sort(key=lambda item: item[1], reverse=True)
        return RouteScores(tuple(ranked))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


_SHARED: dict[tuple[str, str], SemanticRouter] = {}
_SHARED_LOCK = threading.Lock()


def shared_router(embed_many: EmbedMany, *, model_key: str, cache_dir: Path | None = None) -> SemanticRouter:
    """One router per embedding model and cache folder in a process: the example vectors are computed once
    however many assistants are built (the CLI, the bot and the tests each build several)."""
    key = (model_key, str(cache_dir or ""))
    with _SHARED_LOCK:
        router = _SHARED.get(key)
        if router is None:
            router = _SHARED[key] = SemanticRouter(embed_many, model_key=model_key, cache_dir=cache_dir)
        return router
