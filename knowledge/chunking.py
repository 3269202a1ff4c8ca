"""Turning documents into chunks with flat metadata that both Chroma filters and BM25 masks can use.

A catalogue entry gives one "card" chunk (titles, aliases, provider and key facts in both languages: what a
short question usually matches) and body chunks per language, each prefixed with the entry's title so that a
paragraph about fees still says which programme it belongs to.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from knowledge.schema import FORMS, KIND_LABELS, SUBJECTS, EntryMeta, status_label
from knowledge.sources import SourceDocument, digest

MetadataValue = str | int | float | bool
# Bump when chunk text or metadata change shape: every document then counts as updated on the next refresh.
CHUNK_FORMAT = "5"
# Rough budget per chunk, well under e5's 512-token window once the title prefix is added.
MAX_CHUNK_TOKENS = 300
UNKNOWN_FEE = -1.0


@dataclass(frozen=True)
class Chunk:
    id: str
    text: str
    doc_key: str
    doc_hash: str
    metadata: dict[str, MetadataValue]


def approx_tokens(text: str) -> int:
    """A cheap token estimate: e5's tokenizer gives roughly one token per Chinese character and ~1.3 per word."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    return cjk + int(words * 1.3) + 1


def split_paragraphs(text: str, budget: int = MAX_CHUNK_TOKENS) -> list[str]:
    """Greedily pack paragraphs into pieces under the budget; a single huge paragraph is cut by sentences."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]:
        for part in _cut_long(paragraph, budget):
            cost = approx_tokens(part)
            if current and size + cost > budget:
                pieces.append("\n\n".join(current))
                current, size = [], 0
            current.append(part)
            size += cost
    if current:
        pieces.append("\n\n".join(current))
    return pieces


# A Latin full stop ends a sentence only before a space ("coursera.org/verify" and "hkqr.gov.hk" stay whole), and
# not as a list item's number ("4. "); the space or line break after it is kept, so a numbered list cut in two keeps
# one item a line.
_SENTENCE_ENDS = re.compile(r"(?<=[。！？])|(?<=[.!?])(?<!^\d\.)(?<!^\d\d\.)(?=\s)", re.MULTILINE)


def _cut_long(paragraph: str, budget: int) -> list[str]:
    if approx_tokens(paragraph) <= budget:
        return [paragraph]
    sentences = _SENTENCE_ENDS.split(paragraph)
    out: list[str] = []
    current = ""
    for sentence in sentences:
        if current.strip() and approx_tokens(current + sentence) > budget:
            out.append(current.strip())
            current = ""
        current += sentence
        while approx_tokens(current) > budget:  # no sentence breaks at all: cut by characters
            cut = max(1, len(current) // 2)
            out.append(current[:cut].strip())
            current = current[cut:]
    if current.strip():
        out.append(current.strip())
    return out


def entry_metadata(meta: EntryMeta) -> dict[str, MetadataValue]:
    """Flat, filterable facts of an entry. Booleans per form and subject keep filters portable across Chroma."""
    data: dict[str, MetadataValue] = {
        "entry_id": meta.id,
        "kind": meta.kind.value,
        "title_en": meta.title_en,
        "title_zh": meta.title_zh,
        # What students call it ("中大 SI", "CUHK SI"): a distinctive one written in a question names the entry.
        "aliases": "|".join(meta.aliases),
        "provider": meta.provider,
        "url": str(meta.url),
        # The entry's sources, so the assistant can approve a link on their sites (as validation does).
        "sources": " ".join(str(u) for u in meta.sources),
        "seen": meta.seen_year or 0,
        "refs": ",".join(meta.refs),
        "mode": meta.mode,
        "language": meta.language,
        "cef": meta.cef,
        "fee_hkd": meta.fee_hkd if meta.fee_hkd is not None else UNKNOWN_FEE,
        "free": meta.is_free,
        "confidence": meta.confidence,
        # The wording of the key facts travels with every chunk, so answers are composed from the index alone
        # and a refresh is reflected in answers without reloading the catalogue files.
        "provider_zh": meta.provider_zh or "",
        "forms": ",".join(meta.forms),
        "subjects": ",".join(meta.subjects),
        "fee_text": meta.fee,
        "duration": meta.duration,
        "credits": meta.credits,
        "season": meta.season,
        # The same facts in Chinese ("" when the entry gives none), so a Chinese answer can show them too.
        "fee_zh": meta.fee_zh or "",
        "duration_zh": meta.duration_zh or "",
        "credits_zh": meta.credits_zh or "",
        "season_zh": meta.season_zh or "",
        "joining": meta.joining,
        "joining_zh": meta.joining_zh or "",
        "dates": json.dumps([d.model_dump(mode="json") for d in meta.dates], ensure_ascii=False),
        # Currency. Chroma takes no None, so a missing year is 0 and a missing name or date is "".
        "status": meta.status,
        "last_run": meta.last_run or 0,
        "successor": meta.successor or "",
        "successor_id": meta.successor_id or "",
        "retires": meta.retires.isoformat() if meta.retires else "",
        "formerly": meta.formerly or "",
    }
    for form in FORMS:
        data[f"form_{form}"] = form in meta.forms
    for subject in SUBJECTS:
        data[f"subj_{subject}"] = subject in meta.subjects
    return data


def document_metadata(document: SourceDocument) -> dict[str, MetadataValue]:
    data: dict[str, MetadataValue] = {
        "entry_id": document.key,
        "kind": "document",
        "title_en": document.title,
        "title_zh": document.title,
        "aliases": "",
        "provider": "",
        "url": document.url,
        "sources": "",
        "seen": 0,
        "refs": "",
        "mode": "unknown",
        "language": "unknown",
        "cef": "unknown",
        "fee_hkd": UNKNOWN_FEE,
        "free": False,
        "confidence": "low",
        "provider_zh": "",
        "forms": "",
        "subjects": "",
        "fee_text": "unknown",
        "duration": "unknown",
        "credits": "unknown",
        "season": "unknown",
        "fee_zh": "",
        "duration_zh": "",
        "credits_zh": "",
        "season_zh": "",
        "joining": "unknown",
        "joining_zh": "",
        "dates": "[]",
        "status": "unknown",
        "last_run": 0,
        "successor": "",
        "successor_id": "",
        "retires": "",
        "formerly": "",
    }
    for form in FORMS:
        data[f"form_{form}"] = False
    for subject in SUBJECTS:
        data[f"subj_{subject}"] = False
    return data


def card_text(meta: EntryMeta) -> str:
    kind_en, kind_zh = KIND_LABELS[meta.kind.value]
    subjects = "; ".join(f"{SUBJECTS[s][0]} {SUBJECTS[s][1]}" for s in meta.subjects)
    forms = ", ".join(meta.forms) if meta.forms else "unknown"
    lines = [
        f"{meta.title_en} | {meta.title_zh}",
        f"{kind_en} {kind_zh} · {meta.provider}" + (f" · {meta.provider_zh}" if meta.provider_zh else ""),
        f"Aliases: {', '.join(meta.aliases)}" if meta.aliases else "",
        f"Subjects 範疇: {subjects}",
        f"Who 對象: {forms}",
        f"Fee 費用: {meta.fee}",
        f"When 日期: {meta.season}",
        f"Length 時間: {meta.duration}",
        f"Credits 學分: {meta.credits}",
        f"How to join 報名方法: {meta.joining}" if meta.joining != "unknown" else "",
        f"Status 狀態: {status_label(meta.status, meta.last_run, 'en')} | {status_label(meta.status, meta.last_run, 'zh')}",
        f"Replaced by 由以下取代: {meta.successor}" if meta.successor else "",
        f"Retires 停止提供: {meta.retires.isoformat()}" if meta.retires else "",
        f"Formerly 前稱: {meta.formerly}" if meta.formerly else "",
    ]
    return "\n".join(line for line in lines if line)


def document_hash(document: SourceDocument) -> str:
    """What decides whether a document must be re-chunked: its content and the chunk format."""
    return f"{CHUNK_FORMAT}-{document.content_hash}"


def chunk_document(document: SourceDocument) -> list[Chunk]:
    """All chunks of one document, with ids that change only when their text changes."""
    if document.entry is not None:
        meta = document.entry.meta
        base = entry_metadata(meta)
        parts: list[tuple[str, str]] = [("card", card_text(meta))]
        parts += [("en", f"{meta.title_en}\n\n{p}") for p in split_paragraphs(document.entry.body_en)]
        parts += [("zh", f"{meta.title_zh}\n\n{p}") for p in split_paragraphs(document.entry.body_zh)]
    else:
        base = document_metadata(document)
        parts = [("doc", f"{document.title}\n\n{p}") for p in split_paragraphs(document.text)]
    chunks: list[Chunk] = []
    for number, (section, text) in enumerate(parts):
        metadata = dict(base)
        metadata.update(
            {
                "section": section,
                "doc_key": document.key,
                "doc_hash": document_hash(document),
                "source": document.source,
            }
        )
        # The position is part of the id so that two identical paragraphs in one document stay distinct.
        chunk_id = digest(document.key, str(number), text)
        chunks.append(Chunk(chunk_id, text, document.key, document_hash(document), metadata))
    return chunks
