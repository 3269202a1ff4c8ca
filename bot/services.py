"""Wiring: builds the knowledge and storage services from :class:`Settings` as plain values."""

from __future__ import annotations

from bot.config import Settings
from knowledge.embeddings import EmbeddingConfig, EmbeddingSpec, build_embeddings
from knowledge.index import index_location
from knowledge.search import KnowledgeSearcher
from knowledge.store import IndexLocation


def embedding_config(settings: Settings) -> EmbeddingConfig:
    return EmbeddingConfig(
        backend=settings.embeddings,
        model=settings.resolved_embedding_model,
        openai_base_url=settings.openai_base_url,
        openai_api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
    )


def location(settings: Settings) -> IndexLocation:
    return index_location(
        index_dir=settings.index_dir, chroma_host=settings.chroma_host, chroma_port=settings.chroma_port
    )


def searcher(settings: Settings) -> KnowledgeSearcher:
    embeddings, spec = build_embeddings(embedding_config(settings))
    where = location(settings)
    # A Chroma server's pointer costs a round trip, so it is checked at most every two seconds.
    interval = 2.0 if settings.chroma_host else 0.0
    return KnowledgeSearcher(location=where, embeddings=embeddings, spec=spec, check_interval_seconds=interval)


def embedding_spec(settings: Settings) -> EmbeddingSpec:
    return build_embeddings(embedding_config(settings))[1]
