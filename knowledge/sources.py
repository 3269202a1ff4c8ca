"""Loaders for the documents an index is built from: catalogue entries and extra source files.

Extra source folders may hold `.md` (plain, or in the catalogue's entry format), `.pdf`, `.html`/`.htm` and
`.csv` files, e.g. a university's taster brochure or a course list exported from a spreadsheet. Each loader
raises :class:`SourceError` with a reason an admin can act on; one bad file never stops the others.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.catalog import parse_entry, split_front_matter
from knowledge.schema import Entry

SOURCE_SUFFIXES = frozenset({".md", ".pdf", ".html", ".htm", ".csv"})
MAX_SOURCE_BYTES = 50 * 1024 * 1024


class SourceError(ValueError):
    """A source file that cannot be loaded, with the reason."""


@dataclass(frozen=True)
class SourceDocument:
    """One unit of the index: a catalogue entry, or a document (or CSV row) from an extra source folder."""

    key: str
    title: str
    text: str
    content_hash: str
    source: str
    entry: Entry | None = None
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:24]


def entry_document(entry: Entry, raw_text: str) -> SourceDocument:
    return SourceDocument(
        key=f"entry:{entry.id}",
        title=entry.meta.title_en,
        text=entry.body_en + "\n\n" + entry.body_zh,
        content_hash=digest(raw_text),
        source=entry.path,
        entry=entry,
        url=str(entry.meta.url),
    )


def source_files(folders: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if folder.is_file():
            found.append(folder)
        elif folder.is_dir():
            found.extend(
                p
                for p in folder.rglob("*")
                if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith(".")
            )
    return sorted(set(found))


def load_source_file(path: Path) -> list[SourceDocument]:
    """Load one extra source file into one or more documents."""
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(f"unsupported file type '{suffix}' (use .md, .pdf, .html or .csv)")
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"file is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot be read ({exc.strerror or exc.__class__.__name__})") from exc
    name = str(path)
    if suffix == ".pdf":
        return [_pdf_document(path, raw, name)]
    text = _decode(raw)
    if suffix == ".md":
        return [_markdown_document(path, text, name)]
    if suffix in {".html", ".htm"}:
        return [_html_document(path, text, name)]
    return list(_csv_documents(path, text, name))


def _decode(raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise SourceError("looks like a binary file, not text")
    for encoding in ("utf-8-sig", "big5hkscs"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError("is neither UTF-8 nor Big5 text")


def _require_text(text: str, what: str) -> str:
    cleaned = "\n".join(line.rstrip() for line in text.splitlines())
    cleaned = "\n\n".join(p.strip() for p in cleaned.split("\n\n") if p.strip())
    if len(cleaned) < 20:
        raise SourceError(f"{what} has no readable text")
    return cleaned


def _markdown_document(path: Path, text: str, name: str) -> SourceDocument:
    if split_front_matter(text) is not None:
        entry, problems = parse_entry(path, name)
        if entry is None:
            raise SourceError("; ".join(f"{p.field}: {p.reason}" for p in problems))
        return entry_document(entry, text)
    body = _require_text(text, "the Markdown file")
    title = next((line.lstrip("# ").strip() for line in body.splitlines() if line.startswith("#")), path.stem)
    return SourceDocument(f"file:{name}", title, body, digest(text), name)


def _pdf_document(path: Path, raw: bytes, name: str) -> SourceDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise SourceError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or path.stem
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"is not a readable PDF ({exc.__class__.__name__})") from exc
    body = _require_text("\n\n".join(pages), "the PDF")
    return SourceDocument(f"file:{name}", str(title), body, digest(body), name)


def _html_document(path: Path, text: str, name: str) -> SourceDocument:
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "footer", "header"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else path.stem
    body_tag = soup.body or soup
    blocks = [b.get_text(" ", strip=True) for b in body_tag.find_all(["h1", "h2", "h3", "p", "li", "td"])]
    body = "\n\n".join(b for b in blocks if b) or body_tag.get_text("\n", strip=True)
    body = _require_text(body, "the HTML page")
    canonical = soup.find("link", rel="canonical")
    url = str(canonical.get("href", "")) if isinstance(canonical, Tag) else ""
    return SourceDocument(f"file:{name}", title or path.stem, body, digest(text), name, url=url)


_TITLE_COLUMNS = ("title", "title_en", "name", "course", "programme", "program", "課程", "名稱")
_URL_COLUMNS = ("url", "link", "website", "網址")


def _csv_documents(path: Path, text: str, name: str) -> Iterable[SourceDocument]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise SourceError(f"is not valid CSV ({exc})") from exc
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if len(rows) < 2:
        raise SourceError("needs a header row and at least one data row")
    header = [h.strip() for h in rows[0]]
    if len(set(header)) != len(header) or not all(header):
        raise SourceError("the header row has empty or repeated column names")
    lowered = [h.lower() for h in header]
    title_col = next((lowered.index(c) for c in _TITLE_COLUMNS if c in lowered), 0)
    url_col = next((lowered.index(c) for c in _URL_COLUMNS if c in lowered), None)
    documents: list[SourceDocument] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise SourceError(f"row {number} has {len(row)} cells but the header has {len(header)}")
        values = {h: v.strip() for h, v in zip(header, row, strict=True)}
        title = row[title_col].strip() or f"{path.stem} row {number}"
        body = "\n".join(f"{h}: {v}" for h, v in values.items() if v)
        url = row[url_col].strip() if url_col is not None else ""
        documents.append(
            SourceDocument(f"file:{name}#row{number}", title, body, digest(body), name, url=url, extra=values)
        )
    return documents
