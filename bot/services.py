"""Wiring: builds the knowledge and storage services from :class:`Settings` as plain values.

Each builder imports what it builds: every `pathways` command imports this module, and most (validate, search,
users …) never need the assistant, the embedding model's wrapper or the database engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:
    from bot.assistant.assistant import Assistant
    from bot.assistant.wiring import LlmAnswerer
    from bot.conversation import Conversation
    from knowledge.embeddings import EmbeddingConfig
    from knowledge.search import KnowledgeSearcher
    from knowledge.store import IndexLocation
    from storage import Database


def embedding_config(settings: Settings) -> EmbeddingConfig:
    from knowledge.embeddings import EmbeddingConfig

    return EmbeddingConfig(
        backend=settings.embeddings,
        model=settings.resolved_embedding_model,
        openai_base_url=settings.openai_base_url,
        openai_api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
    )


def location(settings: Settings) -> IndexLocation:
    from knowledge.index import index_location

    return index_location(
        index_dir=settings.index_dir, chroma_host=settings.chroma_host, chroma_port=settings.chroma_port
    )


def searcher(settings: Settings) -> KnowledgeSearcher:
    from knowledge.embeddings import build_embeddings
    from knowledge.search import KnowledgeSearcher

    embeddings, spec = build_embeddings(embedding_config(settings))
    where = location(settings)
    # A Chroma server's pointer costs a round trip, so it is checked at most every two seconds.
    interval = 2.0 if settings.chroma_host else 0.0
    return KnowledgeSearcher(location=where, embeddings=embeddings, spec=spec, check_interval_seconds=interval)


def database(settings: Settings, *, upgrade: bool = True) -> Database:
    """The database, migrated to the newest schema (the bot and the chat do this on start)."""
    from storage import connect, migrate

    url = settings.resolved_database_url
    if url.startswith("sqlite:///"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    if upgrade:
        migrate.upgrade(url)
    return connect(url)


def assistant(settings: Settings) -> Assistant:
    from bot.assistant.assistant import Assistant

    # The understanding models' example vectors are kept next to the index, so a restart does not re-embed them.
    return Assistant(searcher(settings), llm=llm_answerer(settings), cache_dir=settings.data_dir / "cache")


def llm_answerer(settings: Settings) -> LlmAnswerer | None:
    """The LLM path, when an OpenAI-compatible endpoint is configured."""
    if not settings.llm_enabled:
        return None
    # LangChain itself is imported only when this answerer is built (bot.assistant.llm defers it).
    from bot.assistant.llm import LangChainAnswerer, LlmConfig

    return LangChainAnswerer(
        LlmConfig(
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
            model=settings.chat_model,
            timeout_seconds=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )
    )


def conversation(settings: Settings) -> Conversation:
    from bot.conversation import Conversation

    return Conversation(assistant(settings), database(settings))
