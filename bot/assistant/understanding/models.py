"""The trained parts of understanding, built once per process and embedding model.

The CLI, the bot and the tests build several assistants; the examples are embedded and the models fitted once.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from bot.assistant.understanding.distress import DistressDetector
from bot.assistant.understanding.router import EXAMPLES_FILE, EmbedMany, MemoEmbedder, SemanticRouter

SHIPPED_VECTORS = EXAMPLES_FILE.with_name("example-vectors.npz")
_SHARED: dict[tuple[str, str], tuple[SemanticRouter, DistressDetector]] = {}
_LOCK = threading.Lock()


def shared_models(
    embed_many: EmbedMany, *, model_key: str, cache_dir: Path | None = None
) -> tuple[SemanticRouter, DistressDetector]:
    key = (model_key, str(cache_dir or ""))
    with _LOCK:
        models = _SHARED.get(key)
        if models is None:
            digest = hashlib.sha256(model_key.encode()).hexdigest()[:12]
            cache_file = cache_dir / f"understanding-{digest}.npz" if cache_dir is not None else None
            memo = MemoEmbedder(embed_many, cache_file=cache_file, shipped=SHIPPED_VECTORS, model_key=model_key)
            models = (SemanticRouter(memo), DistressDetector(memo))
            _SHARED[key] = models
        return models
