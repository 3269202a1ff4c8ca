"""A semantic router: labelled examples in the embedding space of the model already loaded.

Rules catch the phrasings they were written for; the router generalises to paraphrases, slang and the other
language. The examples (English, Traditional Chinese and code-mixed Cantonese) are ``data/routes.jsonl``, written
as router examples, and ``data/guard-routes.jsonl``: the guardrail development sets (attacks, off-topic, abuse and
in-scope look-alikes, the look-alikes as ``lookup``), folded in once their rules were written. Trained on them too,
the router alone refused 59 of 75 attacks of a set written apart, against 40 without (rules switched off). They are
embedded as questions, centred on their mean (e5's vectors share a large common direction, which makes raw
cosine similarities bunch together) and a small softmax regression is fitted on them at start-up. On the tuning
split this classifies 86% of messages right where nearest-neighbour voting managed 64%. The held-out set in
``knowledge/eval/understanding/`` is never used to tune it.

Example vectors come through a :class:`MemoEmbedder`, which embeds each text once and, given a folder, keeps the
vectors on disk (keyed by the embedding model), so a restart does not re-embed them.
"""

from __future__ import annotations

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
GUARD_EXAMPLES_FILE: Final = EXAMPLES_FILE.with_name("guard-routes.jsonl")
EXAMPLE_FILES: Final = (EXAMPLES_FILE, GUARD_EXAMPLES_FILE)
# Softmax regression settings: vectors scaled so the fit converges in a few hundred full-batch steps; a light
# L2 penalty keeps one odd example from deciding a label alone.
SCALE: Final = 10.0
STEPS: Final = 400
LEARNING_RATE: Final = 0.5
L2: Final = 1e-3

EmbedMany = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    language: str
    # The guardrail sets' in-scope look-alikes are labelled "lookup" without anyone choosing their intent: they
    # teach the router where scope ends, not what a question asks for (intents come from a model without them).
    scope_only: bool = False


def load_examples(paths: Sequence[Path] = EXAMPLE_FILES) -> list[Example]:
    examples = []
    for path in paths:
        scope_only = path == GUARD_EXAMPLES_FILE
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            examples.append(Example(str(item["text"]), str(item["label"]), str(item.get("language", "")), scope_only))
    return examples


@dataclass(frozen=True)
class RouteScores:
    """Per-label scores for one question, best first."""

    ranked: tuple[tuple[str, float], ...]
    # Scores of the model fitted without the scope-only examples, for the question's intent (None: use these).
    intents: RouteScores | None = None

    @property
    def best(self) -> str:
        return self.ranked[0][0] if self.ranked else ""

    def score(self, label: str) -> float:
        return next((s for name, s in self.ranked if name == label), 0.0)

    def margin(self, label: str) -> float:  # in probability
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
        examples: Sequence[Example] | None = None,
    ) -> None:
        self._embed_many = embed_many
        self._given = list(examples) if examples is not None else None
        self._lock = threading.Lock()
        self._fitted: tuple[_Model, _Model | None] | None = None

    @cached_property
    def examples(self) -> list[Example]:
        return self._given if self._given is not None else load_examples()

    @property
    def _model(self) -> tuple[_Model, _Model | None]:
        # Locked whole: a question asked while the start-up warm-up fits waits for that fit, not a second one.
        with self._lock:
            if self._fitted is None:
                self._fitted = self._fit()
            return self._fitted

    def _fit(self) -> tuple[_Model, _Model | None]:
        vectors = self._load_or_embed()
        everything = _fit_model(vectors, [e.label for e in self.examples])
        keep = [number for number, example in enumerate(self.examples) if not example.scope_only]
        if len(keep) == len(self.examples):
            return everything, None
        return everything, _fit_model(vectors[keep], [self.examples[number].label for number in keep])

    def _load_or_embed(self) -> np.ndarray:
        return np.asarray(self._embed_many([e.text for e in self.examples]), dtype=np.float32)

    def warm(self) -> None:
        """Embed the examples and fit the model now (at start-up) rather than on the first question."""
        _ = self._model

    def scores(self, vector: np.ndarray) -> RouteScores:
        """Each label's probability for one question vector, best first."""
        everything, for_intents = self._model
        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        return RouteScores(everything.ranked(query), RouteScores(for_intents.ranked(query)) if for_intents else None)


@dataclass(frozen=True)
class _Model:
    centre: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    labels: tuple[str, ...]

    def ranked(self, query: np.ndarray) -> tuple[tuple[str, float], ...]:
        features = _normalise(query - self.centre) * SCALE
        probabilities = _softmax(features @ self.weights + self.bias)[0]
        pairs = zip(self.labels, (float(p) for p in probabilities), strict=True)
        return tuple(sorted(pairs, key=lambda i: i[1], reverse=True))


def _fit_model(vectors: np.ndarray, labels: list[str]) -> _Model:
    names = tuple(sorted(set(labels)))
    targets = np.array([names.index(label) for label in labels])
    centre = vectors.mean(axis=0)
    weights, bias = _fit_softmax(_normalise(vectors - centre) * SCALE, targets, len(names))
    return _Model(centre, weights, bias, names)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def _fit_softmax(
    features: np.ndarray, targets: np.ndarray, classes: int, steps: int = STEPS
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic: starts from zeros)."""
    weights = np.zeros((features.shape[1], classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    one_hot = np.eye(classes, dtype=np.float32)[targets]
    for _ in range(steps):
        gradient = (_softmax(features @ weights + bias) - one_hot) / len(features)
        weights -= LEARNING_RATE * (features.T @ gradient + L2 * weights)
        bias -= LEARNING_RATE * gradient.sum(axis=0)
    return weights, bias


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


class MemoEmbedder:
    """Embeds each distinct text once: the router and the distress detector share their examples' vectors, and
    with a ``cache_file`` they survive a restart (a new process would otherwise spend seconds re-embedding)."""

    def __init__(
        self, embed_many: EmbedMany, *, cache_file: Path | None = None, shipped: Path | None = None, model_key: str = ""
    ) -> None:
        self._embed_many = embed_many
        self._cache_file = cache_file
        self._model_key = model_key
        # Vectors shipped with the package for the bundled model (scripts/embed_examples.py writes them), so a
        # fresh install answers its first question without embeddings of its own training examples.
        self._known: dict[str, np.ndarray] = _read_vectors(shipped, model_key) if shipped else {}
        self._known.update(_read_vectors(cache_file, model_key) if cache_file else {})
        self._lock = threading.Lock()

    def _write_cache(self) -> None:
        if self._cache_file is None:
            return
        try:
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._cache_file.with_suffix(".tmp.npz")
            texts = list(self._known)
            np.savez(
                temporary,
                texts=np.array(texts, dtype=str),
                vectors=np.stack([self._known[t] for t in texts]),
                model=np.array(self._model_key),
            )
            temporary.replace(self._cache_file)
        except OSError:
            logger.warning("understanding cache not written (folder not writable); it will be embedded next time")

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._known))
            if missing:
                for text, vector in zip(missing, np.asarray(self._embed_many(missing), dtype=np.float32), strict=True):
                    self._known[text] = vector
                self._write_cache()
            return np.stack([self._known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


def _read_vectors(path: Path, model_key: str) -> dict[str, np.ndarray]:
    """Stored vectors, only if they were made by the same embedding model."""
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as stored:
            if "model" in stored and str(stored["model"]) != model_key:
                return {}
            return dict(
                zip((str(t) for t in stored["texts"]), np.asarray(stored["vectors"], dtype=np.float32), strict=True)
            )
    except (OSError, ValueError, KeyError):
        logger.warning("stored understanding vectors unreadable (%s); the examples will be embedded again", path.name)
        return {}
