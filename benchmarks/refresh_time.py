"""Refresh time: a full build of the catalogue versus a refresh after one changed entry, and a no-op refresh."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from _common import REPO

from knowledge.embeddings import EmbeddingConfig, build_embeddings
from knowledge.refresh import refresh_index
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="pathways-bench-refresh-"))
    catalog = work / "catalog"
    shutil.copytree(REPO / "knowledge" / "catalog", catalog)
    embeddings, spec = build_embeddings(EmbeddingConfig())
    location = LocalLocation(work / "index")
    print(f"refresh time, {dt.date.today()}")

    def timed(label: str, **kwargs: object) -> None:
        started = time.perf_counter()
        report = refresh_index(location=location, embeddings=embeddings, spec=spec, catalog_paths=[catalog], **kwargs)  # type: ignore[arg-type]
        took = time.perf_counter() - started
        print(f"{label:<28} {took:6.2f} s  {report.as_json()}  embedded={report.embedded}")

    timed("full build")
    timed("nothing changed")
    entry = catalog / "taster" / "cuhk-summer-institute.md"
    entry.write_text(entry.read_text(encoding="utf-8").replace("Seven areas", "Seven subject areas"), encoding="utf-8")
    timed("one changed entry")
    timed("full rebuild (--full)", full=True)
    # A fresh install: the CLI passes the vectors shipped with the catalogue (one entry was edited above).
    location = LocalLocation(work / "fresh-index")
    timed("first build, shipped vectors", shipped=ShippedVectors.load(spec))


if __name__ == "__main__":
    main()
