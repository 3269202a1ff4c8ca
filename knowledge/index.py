"""Choosing where the index lives from plain configuration values."""

from __future__ import annotations

from pathlib import Path

from knowledge.store import IndexLocation, LocalLocation, ServerLocation


def index_location(*, index_dir: Path, chroma_host: str | None = None, chroma_port: int = 8000) -> IndexLocation:
    """A Chroma server when a host is configured, else embedded Chroma folders under `index_dir`."""
    if chroma_host:
        return ServerLocation(chroma_host, chroma_port)
    return LocalLocation(index_dir)
