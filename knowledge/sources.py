"""Loaders for the documents an index is built from: catalogue entries and extra source files.

Extra source folders may hold `.md` (plain, or in the catalogue's entry format), `.pdf`, `.html`/`.htm` and
`.csv` files, e.g. a university's taster brochure or a course list exported from a spreadsheet. Each loader
raises :class:`SourceError` with a reason an admin can act on; one bad file never stops the others.

Sources are untrusted data (see :mod:`knowledge.safety`): text hidden in a web page is dropped, a file with
instruction-like text is refused, phone numbers and links that are not on the allow-list are removed, only an
http(s) URL becomes a document's official page, and a document's id is its path inside the source folder,
never a path on the machine. Text past :data:`MAX_SOURCE_CHARS` is cut, so no file takes minutes to embed.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Tag

from knowledge.catalog import parse_entry, shipped_allowlist, split_front_matter
from knowledge.safety import ApprovedContacts, find_instructions, is_web_url, redact_contacts
from knowledge.schema import Entry

SOURCE_SUFFIXES = frozenset({".md", ".pdf", ".html", ".htm", ".csv"})
MAX_SOURCE_BYTES = 50 * 1024 * 1024
# About 100 chunks: embedded in well under a minute on two cores. Longer text is cut (a CSV is refused).
MAX_SOURCE_CHARS = 100_000


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
    # What an admin should know about a document that was loaded anyway (contacts removed, text cut).
    notes: tuple[str, ...] = ()


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


@dataclass(frozen=True, order=True)
class SourceFile:
    """A file of an extra source folder: where it is, and its name inside the folder (what its id shows)."""

    path: Path
    name: str


def source_files(folders: Sequence[Path]) -> list[SourceFile]:
    found: dict[Path, SourceFile] = {}
    for folder in folders:
        if folder.is_file():
            found.setdefault(folder, SourceFile(folder, folder.name))
        elif folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith("."):
                    found.setdefault(p, SourceFile(p, p.relative_to(folder).as_posix()))
    return sorted(found.values())


def load_source_file(
    path: Path, name: str | None = None, approved: ApprovedContacts | None = None
) -> list[SourceDocument]:
    """Load one extra source file into one or more documents. ``name`` is the file's path inside its source
    folder (default: its file name); ``approved`` the contacts it may show (default: the shipped allow-list)."""
    approved = approved if approved is not None else shipped_allowlist()
    return [_screened(document, approved) for document in _load(path, name or path.name, approved)]


def _load(path: Path, name: str, approved: ApprovedContacts) -> list[SourceDocument]:
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
    if suffix == ".pdf":
        return [_pdf_document(path, raw, name)]
    text = _decode(raw)
    if suffix == ".md":
        return [_markdown_document(path, text, name, approved)]
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


def _screened(document: SourceDocument, approved: ApprovedContacts) -> SourceDocument:
    """A document as it may be indexed: refused for planted instructions; unapproved phone numbers and links
    removed (an entry in the catalogue's format was screened by validation); text past the cap cut."""
    if document.entry is not None:
        return document
    planted = find_instructions(f"{document.title}\n{document.text}")
    if planted:
        raise SourceError(f"instruction-like text '{planted[0][:80]}'; a source holds facts, never instructions")
    notes: list[str] = []
    text = document.text
    if len(text) > MAX_SOURCE_CHARS:
        text = text[:MAX_SOURCE_CHARS]
        notes.append(f"only the first {MAX_SOURCE_CHARS:,} characters are indexed")
    title, removed_from_title = redact_contacts(document.title, approved)
    text, removed = redact_contacts(text, approved)
    removed = list(dict.fromkeys(removed_from_title + removed))
    if removed:
        notes.append(f"removed phone numbers or links not on the allow-list: {', '.join(removed[:5])}")
    url = document.url.strip() if is_web_url(document.url) else ""
    return dataclasses.replace(
        document,
        title=title,
        text=text,
        url=url,
        content_hash=digest(document.content_hash, title, text, url),
        notes=tuple(notes),
    )


def _markdown_document(path: Path, text: str, name: str, approved: ApprovedContacts) -> SourceDocument:
    if split_front_matter(text) is not None:
        entry, problems = parse_entry(path, name, approved)
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
        pages: list[str] = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            if sum(map(len, pages)) > MAX_SOURCE_CHARS:
                break  # the rest would be cut anyway; reading it can take minutes for a large scan
        title = (reader.metadata.title if reader.metadata else None) or path.stem
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"is not a readable PDF ({exc.__class__.__name__})") from exc
    body = _require_text("\n\n".join(pages), "the PDF")
    return SourceDocument(f"file:{name}", str(title), body, digest(body), name)


# Inline styles that hide an element from a reader (and would hide planted text from an admin's review).
_HIDING_STYLE = re.compile(
    r"(display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|font-size\s*:\s*0+(\.0*)?\s*(px|em|rem|pt|%)?\s*(;|$|!)"
    r"|opacity\s*:\s*0+(\.0*)?\s*(;|$|!))",
    re.IGNORECASE,
)
_NEVER_SHOWN = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"]


def _is_hidden(tag: Tag) -> bool:
    return (
        tag.has_attr("hidden")
        or str(tag.get("aria-hidden", "")).strip().lower() == "true"
        or bool(_HIDING_STYLE.search(str(tag.get("style", ""))))
        or (tag.name == "input" and str(tag.get("type", "")).lower() == "hidden")
    )


def _drop_hidden_text(soup: BeautifulSoup) -> None:
    """Remove what a visitor never sees: comments, scripts and templates, and hidden elements."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_hidden(tag):
            tag.decompose()


def _html_document(path: Path, text: str, name: str) -> SourceDocument:
    soup = BeautifulSoup(text, "html.parser")
    canonical = soup.find("link", rel="canonical")
    url = str(canonical.get("href", "")).strip() if isinstance(canonical, Tag) else ""
    title_tag = soup.title if soup.title and not _is_hidden(soup.title) else None
    title = title_tag.get_text(" ", strip=True) if title_tag else ""
    _drop_hidden_text(soup)
    for tag in soup([*_NEVER_SHOWN, "nav", "footer", "header"]):
        tag.decompose()
    body_tag = soup.body or soup
    blocks = [b.get_text(" ", strip=True) for b in body_tag.find_all(["h1", "h2", "h3", "p", "li", "td"])]
    body = "\n\n".join(b for b in blocks if b) or body_tag.get_text("\n", strip=True)
    body = _require_text(body, "the HTML page")
    return SourceDocument(f"file:{name}", title or path.stem, body, digest(text), name, url=url)


_TITLE_COLUMNS = ("title", "title_en", "name", "course", "programme", "program", "課程", "名稱")
_URL_COLUMNS = ("url", "link", "website", "網址")


def _csv_documents(path: Path, text: str, name: str) -> Iterable[SourceDocument]:
    if len(text) > MAX_SOURCE_CHARS:
        raise SourceError(
            f"has {len(text):,} characters; a CSV may have at most {MAX_SOURCE_CHARS:,} (split it into smaller files)"
        )
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
