"""What the previous review learned about each link, kept as JSON in the data folder.

The next review sends the stored validators (ETag, Last-Modified) as a conditional request and compares the
main-text hash, so it can say "changed since last review", "newly dead" or "fixed". The file is written to a
temporary file and moved into place with ``os.replace``, so an interrupted review never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

logger = logging.getLogger(__name__)

STATE_VERSION = 1


@dataclass(frozen=True)
class LinkState:
    """The outcome of the last check of one URL."""

    status: str
    checked_at: str
    http_status: int | None = None
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None


@dataclass
class ReviewState:
    """Every URL's last check, keyed by the URL as written in the catalogue."""

    links: dict[str, LinkState]

    @classmethod
    def empty(cls) -> ReviewState:
        return cls(links={})

    def get(self, url: str) -> LinkState | None:
        return self.links.get(url)


def load_state(path: Path) -> ReviewState:
    """The stored state, or an empty one when the file is missing or unreadable (the review starts afresh)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ReviewState.empty()
    except (OSError, ValueError) as exc:
        logger.warning("review state %s cannot be read (%s); starting afresh", path, exc.__class__.__name__)
        return ReviewState.empty()
    if not isinstance(raw, dict) or raw.get("version") != STATE_VERSION or not isinstance(raw.get("links"), dict):
        logger.warning("review state %s has an unknown layout; starting afresh", path)
        return ReviewState.empty()
    known = {f.name for f in fields(LinkState)}
    links: dict[str, LinkState] = {}
    for url, item in raw["links"].items():
        if isinstance(item, dict) and isinstance(item.get("status"), str) and isinstance(item.get("checked_at"), str):
            links[str(url)] = LinkState(**{key: value for key, value in item.items() if key in known})
    return ReviewState(links=links)


def save_state(path: Path, state: ReviewState) -> None:
    """Write the state atomically: a temporary file in the same folder, then ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "version": STATE_VERSION,
        "links": {url: asdict(item) for url, item in sorted(state.links.items())},
    }
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
