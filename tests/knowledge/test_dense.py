"""The in-memory dense ranking (knowledge.dense) agrees with Chroma's own query on the real catalogue."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from knowledge.dense import IN_MEMORY_LIMIT, DenseMatrix
from knowledge.search import KnowledgeSearcher, SearchFilters


def test_rank_orders_by_cosine_and_respects_the_mask() -> None:
    matrix = DenseMatrix.build([[1.0, 0.0], [0.6, 0.8], [0.0, 2.0], [-1.0, 0.0]])
    assert matrix is not None
    assert [p for p, _ in matrix.rank([1.0, 0.1], k=3)] == [0, 1, 2]
    assert matrix.rank([0.0, 1.0], k=1)[0] == (2, pytest.approx(1.0))
    mask = np.array([False, True, False, True])
    assert [p for p, _ in matrix.rank([1.0, 0.0], k=4, mask=mask)] == [1, 3]
    assert matrix.rank([1.0, 0.0], k=4, mask=np.zeros(4, dtype=bool)) == []


def test_unusable_input_ranks_nothing_or_falls_back_to_chroma() -> None:
    matrix = DenseMatrix.build([[1.0, 0.0]])
    assert matrix is not None
    assert matrix.rank([0.0, 0.0], k=1) == []  # a zero vector has no direction
    assert matrix.rank([1.0, 0.0, 0.0], k=1) == []  # another model's dimension
    assert DenseMatrix.build([]) is None
    assert DenseMatrix.build([[1.0, 0.0], None]) is None  # type: ignore[list-item]
    assert DenseMatrix.build(np.zeros((IN_MEMORY_LIMIT + 1, 2))) is None


@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(form="S5"), SearchFilters(kinds=("certificate",), max_fee=2000)],
)
@pytest.mark.parametrize(
    "query", ["CUHK Summer Institute credits", "持續進修基金幾多歲先可以用", "google data cert 要讀幾耐"]
)
def test_in_memory_ranking_matches_chroma(full_index: KnowledgeSearcher, query: str, filters: SearchFilters) -> None:
    loaded = full_index._current()
    assert loaded.dense is not None  # the catalogue is small enough to rank in memory
    in_memory = full_index.dense_ranking(loaded, query, filters)
    through_chroma = full_index.dense_ranking(replace(loaded, dense=None), query, filters)
    assert in_memory
    assert [p for p, _ in in_memory[:10]] == [p for p, _ in through_chroma[:10]]
    assert in_memory[0][1] == pytest.approx(through_chroma[0][1], abs=1e-4)
