"""Fixtures of the review tests: the local test site, fast polite settings, and catalogue entries made here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from knowledge.review.polite import PoliteSettings
from knowledge.schema import Entry, EntryMeta
from tests.knowledge.review.site import SiteState, serve


@pytest.fixture
def site() -> Iterator[tuple[str, SiteState]]:
    with serve() as running:
        yield running


@pytest.fixture
def fast() -> PoliteSettings:
    """Polite in every way the review is, with waits short enough for a test."""
    return PoliteSettings(per_host_delay=0.01, timeout=1.0, retries=1, backoff=0.01, concurrency=4)


def make_entry(entry_id: str, **fields: Any) -> Entry:
    data: dict[str, Any] = {
        "id": entry_id,
        "kind": "taster",
        "title_en": f"Programme {entry_id}",
        "title_zh": "測試課程",
        "provider": "Test University",
        "subjects": ["science"],
        "url": "https://example.edu.hk/programme",
        "sources": ["https://example.edu.hk/programme"],
        "seen": 2025,
        "refs": ["T01"],
        "status": "current",
        "last_run": 2025,
    }
    data.update(fields)
    return Entry(meta=EntryMeta.model_validate(data), body_en="Text.", body_zh="內容。", path=f"taster/{entry_id}.md")
