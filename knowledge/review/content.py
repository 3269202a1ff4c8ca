"""The part of a page a reader sees, so that a new script, menu or footer does not count as a change."""

from __future__ import annotations

import hashlib
import re

from bs4 import BeautifulSoup

# Page furniture that changes without the facts changing (tracking scripts, menus, cookie banners).
_FURNITURE = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg")
_WHITESPACE = re.compile(r"\s+")


def main_text(html: str) -> str:
    """The visible text of ``<main>`` (or ``<article>``, else ``<body>``), without furniture, whitespace normalised."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    return _WHITESPACE.sub(" ", root.get_text(" ")).strip()


def is_html(content_type: str | None) -> bool:
    return content_type is None or "html" in content_type.lower() or content_type.strip() == ""


def content_hash(body: bytes, content_type: str | None, encoding: str | None = None) -> str:
    """SHA-256 of the main text of an HTML page, or of the raw bytes of anything else (a PDF, an image)."""
    if is_html(content_type):
        text = body.decode(encoding or "utf-8", errors="replace")
        return hashlib.sha256(main_text(text).encode("utf-8")).hexdigest()
    return hashlib.sha256(body).hexdigest()
