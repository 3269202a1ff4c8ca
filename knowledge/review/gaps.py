"""Knowledge gaps: recent anonymous questions that found nothing or were marked unhelpful, grouped by meaning.

The questions are embedded with the model the product already has loaded (as queries: e5's "query:" prefix)
and grouped by average-link agglomerative clustering on cosine similarity: two groups merge while the mean
similarity between their questions stays above a threshold. Average-link (not single-link) keeps one
borderline question from chaining two topics together. multilingual-e5-small puts unrelated questions at
about 0.75-0.82 and paraphrases at 0.85-0.99 (see tests/knowledge/review/test_gaps.py), hence 0.86.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

EmbedFunction = Callable[[list[str]], list[list[float]]]

DEFAULT_THRESHOLD = 0.86


@dataclass(frozen=True)
class AskedQuestion:
    """One question from the anonymous log (no user, only the day)."""

    text: str
    asked_on: dt.date
    found: bool
    unhelpful: bool
    language: str | None = None


@dataclass(frozen=True)
class GapGroup:
    """Questions that ask about the same thing. ``label`` is the most central of them."""

    label: str
    count: int
    examples: tuple[str, ...]
    nothing_found: int
    marked_unhelpful: int
    last_asked: dt.date


def question_embedder(embeddings: Embeddings) -> EmbedFunction:
    """The query-side embedding of the product's model (e5 wants "query:" for questions), else documents."""
    embed_queries = getattr(embeddings, "embed_queries", None)
    if callable(embed_queries):
        return embed_queries  # type: ignore[no-any-return]
    return embeddings.embed_documents


def gap_questions(questions: Iterable[AskedQuestion], *, since: dt.date) -> list[AskedQuestion]:
    """Questions asked on or after ``since`` that found nothing or were marked unhelpful."""
    return [q for q in questions if q.asked_on >= since and (not q.found or q.unhelpful) and q.text.strip()]


def group_gaps(
    questions: Sequence[AskedQuestion],
    embed: EmbedFunction,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    examples: int = 3,
) -> list[GapGroup]:
    """Group the questions by meaning; the largest group first (then the most recently asked)."""
    if not questions:
        return []
    vectors = np.asarray(embed([q.text for q in questions]), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit = vectors / np.where(norms == 0, 1.0, norms)
    similarity = unit @ unit.T
    groups = [_group(questions, members, similarity, examples) for members in cluster(similarity, threshold)]
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked.toordinal(), g.label))


def cluster(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link agglomerative clustering: merge the closest pair of groups while their mean similarity
    is at least ``threshold``. Quadratic memory, one argmax per merge: fine for a month of questions."""
    count = similarity.shape[0]
    totals = similarity.astype(np.float64).copy()  # sum of similarities between the members of two groups
    sizes = np.ones(count)
    active = np.ones(count, dtype=bool)
    members: list[list[int]] = [[index] for index in range(count)]
    while True:
        mean = totals / np.outer(sizes, sizes)
        mean[~active, :] = -np.inf
        mean[:, ~active] = -np.inf
        np.fill_diagonal(mean, -np.inf)
        flat = int(np.argmax(mean))
        first, second = divmod(flat, count)
        if not np.isfinite(mean[first, second]) or mean[first, second] < threshold:
            break
        totals[first, :] += totals[second, :]
        totals[:, first] += totals[:, second]
        sizes[first] += sizes[second]
        active[second] = False
        members[first].extend(members[second])
        members[second] = []
    return [sorted(group) for group in members if group]


def _group(questions: Sequence[AskedQuestion], members: list[int], similarity: np.ndarray, examples: int) -> GapGroup:
    inner = similarity[np.ix_(members, members)]
    # The most central question: the highest mean similarity to the others of its group.
    ranked = [members[i] for i in np.argsort(-inner.mean(axis=1), kind="stable")]
    shown: list[str] = []
    for index in ranked:
        text = questions[index].text.strip()
        if text.casefold() not in {s.casefold() for s in shown}:
            shown.append(text)
        if len(shown) == examples:
            break
    chosen = [questions[i] for i in members]
    return GapGroup(
        label=shown[0],
        count=len(members),
        examples=tuple(shown),
        nothing_found=sum(1 for q in chosen if not q.found),
        marked_unhelpful=sum(1 for q in chosen if q.unhelpful),
        last_asked=max(q.asked_on for q in chosen),
    )
