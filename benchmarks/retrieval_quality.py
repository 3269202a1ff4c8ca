"""Retrieval quality on the evaluation set: hit@1, hit@5 and MRR per language for BM25 only, dense only and
hybrid (the product's search) without a relevance gate, then the product as shipped (hybrid behind the gate,
which is what turns the no-answer questions into correct "I don't know"s)."""

from __future__ import annotations

import datetime as dt

from _common import EVAL_DIR, catalogue_searcher

from knowledge.evaluation import evaluate, load_questions
from knowledge.search import KnowledgeSearcher, SearchFilters, SearchHit


class OneRanking:
    def __init__(self, searcher: KnowledgeSearcher, mode: str, gated: bool) -> None:
        self.searcher = searcher
        self.mode = mode
        self.gated = gated

    def search(self, query: str, *, k: int = 5, filters: SearchFilters | None = None) -> list[SearchHit]:
        return self.searcher.search(query, k=k, filters=filters, mode=self.mode)

    def relevant(self, query: str, hits: list[SearchHit]) -> list[SearchHit]:
        return self.searcher.relevant(query, hits) if self.gated else hits


def main() -> None:
    questions = load_questions([EVAL_DIR])
    searcher = catalogue_searcher()
    print(f"retrieval quality, {dt.date.today()}, {len(questions)} questions")
    print(f"{'mode':<12} {'lang':<8} {'hit@1':>6} {'hit@5':>6} {'MRR':>6}  no-answer")
    runs = [("lexical", False), ("dense", False), ("hybrid", False), ("hybrid", True)]
    for mode, gated in runs:
        report = evaluate(OneRanking(searcher, mode, gated), questions, k=5).as_json()
        label = f"{mode}+gate" if gated else mode
        for lang, row in report["groups"].items():
            print(
                f"{label:<12} {lang:<8} {row['hit@1']:6.3f} {row['hit@5']:6.3f} {row['mrr']:6.3f}  "
                f"{row['no_answer_correct']}/{row['no_answer_questions']}"
            )


if __name__ == "__main__":
    main()
