"""Refreshing the index: incremental, idempotent and safe to interrupt.

A refresh compares what the sources hold now with what the current generation holds (per document, by
content hash), and writes a new generation in which unchanged chunks keep their stored vectors and only new or
changed chunks are embedded. A file that fails to load keeps its previous chunks, so a typo never deletes a
programme from the bot's knowledge; its problem is reported with the others.

A refresh never publishes a generation that holds nothing, that lacks the support guide (the hotlines a
student in distress is given) when the current one has it or the shipped catalogue is refreshed, or that
removes more than :data:`MAX_SHRINK_SHARE` of the current entries unless ``allow_shrink`` is given: it raises
:class:`PublishRefused` before writing anything, and the current index keeps serving.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from knowledge.catalog import Problem, allowlist_for, catalog_files, parse_entry
from knowledge.chunking import Chunk, chunk_document, document_hash
from knowledge.embeddings import EmbeddingSpec
from knowledge.shipped_vectors import ShippedVectors
from knowledge.sources import SourceDocument, SourceError, entry_document, load_source_file, source_files
from knowledge.store import IndexLocation, IndexUnavailable, new_generation_name, read_all

EMBED_BATCH = 32
WRITE_BATCH = 500
# A refresh that would remove more than this share of the current entries needs `allow_shrink`.
MAX_SHRINK_SHARE = 0.2
SUPPORT_GUIDE_ID = "support-for-stressed-students"
Progress = Callable[[int, int, str], None]


class EmbeddingMismatch(IndexUnavailable):
    """The index was built with another embedding model or dimension than the one configured."""


class PublishRefused(IndexUnavailable):
    """The new generation would leave students worse off (empty, no support guide, much smaller); nothing was
    written and the current index keeps serving."""


@dataclass
class RefreshReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks: int = 0
    embedded: int = 0
    # Taken from the vectors shipped with the catalogue (knowledge/shipped_vectors.py) instead of embedded.
    shipped: int = 0
    seconds: float = 0.0
    generation: str | None = None
    nothing_to_do: bool = False
    problems: list[Problem] = field(default_factory=list)
    # Loaded anyway, but an admin should know (contacts removed from a source, text cut at the cap).
    warnings: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "chunks": self.chunks,
            "embedded": self.embedded,
            "shipped": self.shipped,
            "seconds": round(self.seconds, 3),
        }


def spec_metadata(spec: EmbeddingSpec) -> dict[str, Any]:
    return {
        "hnsw:space": "cosine",
        "embedding_backend": spec.backend,
        "embedding_model": spec.model,
        "embedding_dimension": spec.dimension,
    }


def stored_spec(collection_metadata: dict[str, Any] | None) -> EmbeddingSpec | None:
    meta = collection_metadata or {}
    try:
        return EmbeddingSpec(
            str(meta["embedding_backend"]), str(meta["embedding_model"]), int(meta["embedding_dimension"])
        )
    except (KeyError, TypeError, ValueError):
        return None


def check_spec(stored: EmbeddingSpec | None, configured: EmbeddingSpec) -> None:
    if stored != configured:
        found = stored.describe() if stored else "an unknown model"
        raise EmbeddingMismatch(
            f"the index was built with {found} but {configured.describe()} is configured; "
            "run `pathways kb refresh --full` to rebuild it"
        )


@dataclass
class Collected:
    """Every document from the catalogue and the extra sources, the problems and notes, and failed sources."""

    documents: list[SourceDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)


def collect_documents(catalog_paths: Sequence[Path] | None, source_dirs: Sequence[Path]) -> Collected:
    """Load the catalogue and the extra sources; one bad file never stops the others."""
    collected = Collected()
    documents, problems, failed = collected.documents, collected.problems, collected.failed
    keys: dict[str, str] = {}
    approved, allowlist_problems = allowlist_for(catalog_paths)
    problems.extend(allowlist_problems)

    def add(document: SourceDocument) -> None:
        if document.key in keys:
            problems.append(
                Problem(document.source, "id", f"duplicate '{document.key}' (also in {keys[document.key]})")
            )
            failed.add(document.source)
            return
        keys[document.key] = document.source
        documents.append(document)

    for path in catalog_files(catalog_paths):
        name = str(path)
        entry, entry_problems = parse_entry(path, name, approved)
        if entry is None:
            problems.extend(entry_problems)
            failed.add(name)
            continue
        add(entry_document(entry, path.read_text(encoding="utf-8")))
    for source in source_files(source_dirs):
        try:
            for document in load_source_file(source.path, source.name, approved):
                add(document)
                collected.warnings += [Problem(str(source.path), "text", note) for note in document.notes]
        except SourceError as exc:
            problems.append(Problem(str(source.path), "file", str(exc)))
            failed.add(source.name)
    return collected


def refresh_index(
    *,
    location: IndexLocation,
    embeddings: Embeddings,
    spec: EmbeddingSpec,
    catalog_paths: Sequence[Path] | None = None,
    source_dirs: Sequence[Path] = (),
    full: bool = False,
    progress: Progress | None = None,
    allow_shrink: bool = False,
    shipped: ShippedVectors | None = None,
) -> RefreshReport:
    """Bring the index up to date with the sources; see the module docstring for the guarantees. ``shipped``
    vectors stand in for embedding a chunk whose exact text they hold (never on a ``full`` rebuild)."""
    started = time.perf_counter()
    report = RefreshReport()
    guard = PublishGuard(support_guide_required=catalog_paths is None, allow_shrink=allow_shrink)
    with location.refresh_lock():
        location.discard_stale()  # leftovers of a refresh that was killed
        collected = collect_documents(catalog_paths, source_dirs)
        documents, failed_sources = collected.documents, collected.failed
        report.problems, report.warnings = collected.problems, collected.warnings

        old: Any = None
        current = location.current()
        if current is not None:
            old = location.open(current)
            if not full:
                check_spec(stored_spec(old.collection.metadata), spec)
        try:
            plan = _plan(documents, failed_sources, old, full, report)
            guard.check(plan, report.problems)
            vectors = _Vectors(embeddings, shipped if shipped is not None and not full else ShippedVectors({}))
            _write_generation(location, vectors, spec, plan, old, full, report, progress)
        finally:
            if old is not None:
                old.close()
        if report.generation:
            location.discard_stale()
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Plan:
    """What a refresh will do, decided before anything is written."""

    kept_keys: list[str]
    to_write: list[SourceDocument]
    old_chunk_ids: set[str]
    old_ids_by_doc: dict[str, list[str]]
    # Document keys of the current generation and of the one this refresh would publish.
    old_keys: set[str] = field(default_factory=set)
    new_keys: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class PublishGuard:
    """What a new generation must hold before it replaces the current one (see the module docstring)."""

    support_guide_required: bool
    allow_shrink: bool
    max_shrink_share: float = MAX_SHRINK_SHARE

    def check(self, plan: _Plan, problems: Sequence[Problem]) -> None:
        kept = "nothing was written and the current index keeps serving"
        why = "; ".join(str(p) for p in problems[:3])
        why = f" (problems: {why})" if why else ""
        if not plan.new_keys:
            raise PublishRefused(
                f"the new index would hold no entries (is it the right catalogue folder?); {kept}{why}"
            )
        guide = f"entry:{SUPPORT_GUIDE_ID}"
        if guide not in plan.new_keys and (self.support_guide_required or guide in plan.old_keys):
            raise PublishRefused(
                f"the new index would lack the support guide '{SUPPORT_GUIDE_ID}' (the support lines a student in "
                f"distress is given); it is always required, even with --allow-shrink; {kept}{why}"
            )
        removed = len(plan.old_keys - plan.new_keys)
        if plan.old_keys and removed > self.max_shrink_share * len(plan.old_keys) and not self.allow_shrink:
            raise PublishRefused(
                f"the new index would remove {removed} of the {len(plan.old_keys)} current entries (more than "
                f"{self.max_shrink_share:.0%}); {kept}. If this is intended, run it again with --allow-shrink{why}"
            )


def _plan(
    documents: list[SourceDocument], failed_sources: set[str], old: Any, full: bool, report: RefreshReport
) -> _Plan:
    old_docs: dict[str, str] = {}
    old_sources: dict[str, str] = {}
    old_ids_by_doc: dict[str, list[str]] = {}
    if old is not None:
        stored = read_all(old.collection, ["metadatas"])
        for chunk_id, meta in zip(stored["ids"], stored["metadatas"], strict=True):
            key = str(meta.get("doc_key", ""))
            old_docs[key] = str(meta.get("doc_hash", ""))
            old_sources[key] = str(meta.get("source", ""))
            old_ids_by_doc.setdefault(key, []).append(chunk_id)
    new_keys = {d.key for d in documents}
    # A full rebuild may change the model, so old vectors cannot be carried over then.
    carried = [] if full else [k for k, src in old_sources.items() if src in failed_sources and k not in new_keys]
    unchanged = [d.key for d in documents if not full and old_docs.get(d.key) == document_hash(d)]
    report.added = sum(1 for d in documents if d.key not in old_docs)
    report.updated = sum(1 for d in documents if d.key in old_docs and (full or old_docs[d.key] != document_hash(d)))
    report.removed = sum(1 for k in old_docs if k not in new_keys and k not in carried)
    report.unchanged = len(unchanged) + len(carried)
    return _Plan(
        kept_keys=unchanged + carried,
        to_write=[d for d in documents if full or old_docs.get(d.key) != document_hash(d)],
        old_chunk_ids={cid for ids in old_ids_by_doc.values() for cid in ids},
        old_ids_by_doc=old_ids_by_doc,
        old_keys=set(old_docs),
        new_keys=new_keys | set(carried),
    )


@dataclass(frozen=True)
class _Vectors:
    """Where new chunks get their vectors: the shipped ones when they hold the text, else the model."""

    embeddings: Embeddings
    shipped: ShippedVectors

    def for_texts(self, texts: list[str], report: RefreshReport) -> list[Any]:
        vectors, shipped = self.shipped.fill(texts, self.embeddings.embed_documents)
        report.shipped += shipped
        report.embedded += len(texts) - shipped
        return vectors


def _write_generation(
    location: IndexLocation,
    vectors: _Vectors,
    spec: EmbeddingSpec,
    plan: _Plan,
    old: Any,
    full: bool,
    report: RefreshReport,
    progress: Progress | None,
) -> None:
    if old is not None and not full and not plan.to_write and not report.removed:
        report.nothing_to_do = True
        report.chunks = len(plan.old_chunk_ids)
        return
    generation = new_generation_name()
    target = location.create(
        generation,
        {**spec_metadata(spec), "generation": generation, "created_at": dt.datetime.now(dt.UTC).isoformat()},
    )
    try:
        report.chunks = _write(target.collection, old, plan, vectors, full, report, progress)
    finally:
        target.close()
    location.publish(generation)
    report.generation = generation


def _write(
    target: Any,
    old: Any,
    plan: _Plan,
    vectors: _Vectors,
    full: bool,
    report: RefreshReport,
    progress: Progress | None,
) -> int:
    copy_ids = [cid for key in plan.kept_keys for cid in plan.old_ids_by_doc.get(key, [])]
    new_chunks = [c for d in plan.to_write for c in chunk_document(d)]
    reusable = [] if full else [c for c in new_chunks if c.id in plan.old_chunk_ids]
    reusable_ids = {c.id for c in reusable}
    to_embed = [c for c in new_chunks if c.id not in reusable_ids]
    total = len(copy_ids) + len(reusable) + len(to_embed)
    done = 0

    def tick(count: int, what: str) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total, what)

    for start in range(0, len(copy_ids), WRITE_BATCH):
        batch = read_all(
            old.collection, ["documents", "metadatas", "embeddings"], copy_ids[start : start + WRITE_BATCH]
        )
        target.add(
            ids=batch["ids"], documents=batch["documents"], metadatas=batch["metadatas"], embeddings=batch["embeddings"]
        )
        tick(len(batch["ids"]), "copying unchanged chunks")
    if reusable:
        stored = dict(zip(*_vectors(old.collection, [c.id for c in reusable]), strict=True))
        for start in range(0, len(reusable), WRITE_BATCH):
            batch_chunks = reusable[start : start + WRITE_BATCH]
            _add(target, batch_chunks, [stored[c.id] for c in batch_chunks])
            tick(len(batch_chunks), "reusing vectors")
    for start in range(0, len(to_embed), EMBED_BATCH):
        batch_chunks = to_embed[start : start + EMBED_BATCH]
        _add(target, batch_chunks, vectors.for_texts([c.text for c in batch_chunks], report))
        tick(len(batch_chunks), "embedding")
    count = int(target.count())
    if count != total:
        raise IndexUnavailable(f"the new index holds {count} chunks instead of {total}; nothing was changed")
    return count


def _vectors(collection: Any, ids: list[str]) -> tuple[list[str], list[Any]]:
    data = read_all(collection, ["embeddings"], ids)
    return data["ids"], data["embeddings"]


def _add(collection: Any, chunks: Iterable[Chunk], vectors: Sequence[Any]) -> None:
    chunk_list = list(chunks)
    collection.add(
        ids=[c.id for c in chunk_list],
        documents=[c.text for c in chunk_list],
        metadatas=[c.metadata for c in chunk_list],
        embeddings=[list(map(float, v)) for v in vectors],
    )
