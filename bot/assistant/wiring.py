"""How the assistant is put together from the searcher's model: the understander over the same embeddings, and
the shape an LLM answerer must have (the assistant calls it only when one is configured)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.assistant.catalogue_names import names_an_entry
from bot.assistant.types import Intent
from bot.assistant.understanding import Understander
from bot.assistant.understanding.models import shared_models
from knowledge.search import KnowledgeSearcher
from knowledge.views import EntryView
from storage import UiLanguage


class LlmAnswerer(Protocol):
    """Words an answer through an LLM from the same entries; returns checked text, or None to fall back."""

    def compose(
        self, *, question: str, language: UiLanguage, entries: Sequence[EntryView], grounded: str, intent: Intent
    ) -> tuple[str | None, str]: ...


def default_understander(searcher: KnowledgeSearcher, cache_dir: Path | None = None) -> Understander:
    """Rules plus the semantic router over the embedding model the searcher already loaded."""
    embeddings = searcher.embeddings

    def embed_many(texts: list[str]) -> np.ndarray:
        # Examples are embedded as questions (e5's "query:" side), like the questions they are compared with.
        batch = getattr(embeddings, "embed_queries", None)
        vectors = batch(texts) if callable(batch) else [embeddings.embed_query(t) for t in texts]
        return np.asarray(vectors, dtype=np.float32)

    router, detector = shared_models(embed_many, model_key=searcher.spec.describe(), cache_dir=cache_dir)
    return Understander(
        router,
        embed_query=lambda text: np.asarray(searcher.query_vector(text), dtype=np.float32),
        distress_detector=detector,
        embed_queries=embed_many,
        names_catalogue=lambda text: names_an_entry(searcher, text),
    )
