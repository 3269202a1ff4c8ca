"""Building the knowledge index from the CLI: `pathways kb refresh`, and the first run of `chat`, `bot` and `run`,
which build the index when there is none yet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bot import services
from bot.cli.common import console, err_console
from bot.config import Settings

if TYPE_CHECKING:
    from knowledge.refresh import RefreshReport


def run_refresh(
    settings: Settings,
    *,
    sources: list[Path],
    full: bool,
    show_progress: bool,
    catalog: Path | None = None,
    allow_shrink: bool = False,
) -> RefreshReport:
    """Refresh the index from the catalogue (or ``catalog``) and the extra source folders, with a progress bar on
    stderr. Raises ValueError for a folder that does not exist."""
    from knowledge.embeddings import build_embeddings
    from knowledge.refresh import refresh_index
    from knowledge.shipped_vectors import ShippedVectors

    embeddings, spec = build_embeddings(services.embedding_config(settings))
    source_dirs = [*settings.extra_source_dirs, *sources]
    missing = [str(p) for p in source_dirs if not p.exists()]
    if missing:
        raise ValueError(f"source folder not found: {', '.join(missing)}")
    if catalog is not None and not catalog.is_dir():
        raise ValueError(f"catalogue folder not found: {catalog}")
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True, disable=not show_progress) as bar:
        task = bar.add_task("reading sources", total=None)

        def progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=what)

        return refresh_index(
            location=services.location(settings),
            embeddings=embeddings,
            spec=spec,
            catalog_paths=[catalog] if catalog else None,
            source_dirs=source_dirs,
            full=full,
            progress=progress,
            allow_shrink=allow_shrink,
            shipped=ShippedVectors.load(spec),
        )


def ensure_index(settings: Settings) -> None:
    """Build the index when none exists yet; an existing one is left as it is (refreshing is an admin's call)."""
    if services.location(settings).current() is not None:
        return
    console.print(
        "Building the knowledge base for the first run (seconds with the shipped vectors; minutes for an edited catalogue)…"
    )
    report = run_refresh(settings, sources=[], full=False, show_progress=True)
    console.print(f"Indexed {report.added} documents in {report.chunks} chunks.")
