"""Retrieval evaluation: hit@1, hit@k and MRR, overall and per language, on a JSONL question set.

Each line: {"question": "...", "lang": "en" | "zh-Hant" | "mixed", "expected": ["entry-id", ...]}.
An empty `expected` means the knowledge base should find nothing; such a question counts as correct when
the searcher's relevance gate keeps no hit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from knowledge.search import SearchFilters, SearchHit

LANGUAGES = ("en", "zh-Hant", "mixed")


class EvalError(ValueError):
    """An evaluation file that cannot be used, with the file and line."""


@dataclass(frozen=True)
class Question:
    question: str
    lang: str
    expected: tuple[str, ...]
    source: str = ""


class Searches(Protocol):
    def search(self, query: str, *, k: int = 5, filters: SearchFilters | None = None) -> list[SearchHit]: ...

    def relevant(self, query: str, hits: list[SearchHit]) -> list[SearchHit]: ...


def load_questions(paths: Sequence[Path]) -> list[Question]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Only the folder itself: subfolders hold the understanding and answer sets, which have other fields.
            files.extend(sorted(path.glob("*.jsonl")))
        elif path.exists():
            files.append(path)
        else:
            raise EvalError(f"{path}: no such file")
    questions: list[Question] = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(data, dict) or not isinstance(data.get("question"), str) or not data["question"].strip():
                raise EvalError(f"{where}: needs a non-empty 'question'")
            lang = data.get("lang")
            if lang not in LANGUAGES:
                raise EvalError(f"{where}: 'lang' must be one of {', '.join(LANGUAGES)}")
            expected = data.get("expected", [])
            if not isinstance(expected, list) or not all(isinstance(e, str) for e in expected):
                raise EvalError(f"{where}: 'expected' must be a list of entry ids")
            questions.append(Question(data["question"], lang, tuple(expected), where))
    if not questions:
        raise EvalError("no questions found")
    return questions


@dataclass
class _Tally:
    questions: int = 0
    hits_at_1: int = 0
    hits_at_k: int = 0
    reciprocal_ranks: float = 0.0
    answerable: int = 0
    no_answer_questions: int = 0
    no_answer_correct: int = 0

    def add(self, question: Question, got: list[str], k: int) -> bool:
        self.questions += 1
        if not question.expected:
            self.no_answer_questions += 1
            correct = not got
            self.no_answer_correct += int(correct)
            return correct
        self.answerable += 1
        rank = next((i for i, entry in enumerate(got, start=1) if entry in question.expected), None)
        if rank is not None:
            self.reciprocal_ranks += 1.0 / rank
            self.hits_at_1 += int(rank == 1)
            self.hits_at_k += int(rank <= k)
        return rank is not None and rank <= k

    def as_json(self, k: int) -> dict[str, Any]:
        # No-answer questions count in hit@k as hits when nothing was found, so one number covers both duties.
        scored = self.answerable + self.no_answer_questions
        return {
            "questions": self.questions,
            "hit@1": (self.hits_at_1 + self.no_answer_correct) / scored if scored else 0.0,
            f"hit@{k}": (self.hits_at_k + self.no_answer_correct) / scored if scored else 0.0,
            "mrr": (self.reciprocal_ranks + self.no_answer_correct) / scored if scored else 0.0,
            "answerable_hit@k": self.hits_at_k / self.answerable if self.answerable else 0.0,
            "no_answer_questions": self.no_answer_questions,
            "no_answer_correct": self.no_answer_correct,
        }


@dataclass
class EvalReport:
    k: int
    groups: dict[str, _Tally] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "groups": {name: tally.as_json(self.k) for name, tally in self.groups.items()},
            "misses": self.misses,
        }


def evaluate(
    searcher: Searches,
    questions: Sequence[Question],
    *,
    k: int = 5,
    on_question: Callable[[int], None] | None = None,
) -> EvalReport:
    report = EvalReport(k=k, groups={"all": _Tally(), **{lang: _Tally() for lang in LANGUAGES}})
    for number, question in enumerate(questions, start=1):
        hits = searcher.relevant(question.question, searcher.search(question.question, k=max(k, 5)))
        got = [hit.id for hit in hits][:k]
        ok = report.groups["all"].add(question, got, k)
        report.groups[question.lang].add(question, got, k)
        if not ok:
            report.misses.append(
                {
                    "question": question.question,
                    "lang": question.lang,
                    "expected": list(question.expected),
                    "got": got,
                }
            )
        if on_question:
            on_question(number)
    return report
