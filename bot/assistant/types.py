"""The assistant's inputs and outputs: plain, frozen values with no transport types in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from knowledge.filters import SearchFilters

# The language a question is written in; "mixed" is code-mixed Cantonese-English (answered in Chinese).
QuestionLanguage = Literal["en", "zh-Hant", "mixed"]


@dataclass(frozen=True)
class Relaxed:
    """The stated filters a list of options does not fully meet ("free, S5, online"): none of the options meets
    them all, or only a few do and close matches fill the list."""

    filters: SearchFilters
    some_match: bool = False


# Kinds of entry a student can join or take (guides only explain).
OPTION_KINDS: frozenset[str] = frozenset({"taster", "microcredential", "certificate", "scheme"})
# The kinds that are programmes to join (a scheme pays for one; a guide explains them).
PROGRAMME_KINDS: frozenset[str] = frozenset({"taster", "microcredential", "certificate"})
Mode = Literal["grounded", "llm"]
Scope = Literal["answer", "no_answer", "out_of_scope", "refused", "support"]
Intent = Literal["lookup", "recommend", "compare", "explain", "plan", "routes"]


@dataclass(frozen=True)
class Source:
    """A knowledge-base entry an answer is built from, with how old its facts are."""

    id: str
    title: str
    refs: tuple[str, ...]
    url: str
    seen: int | None
    kind: str = ""
    title_zh: str = ""
    confidence: str = "high"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "refs": list(self.refs), "url": self.url, "seen": self.seen}


@dataclass(frozen=True)
class Suggestion:
    """A follow-up the student can tap or type; `query` is what gets asked."""

    label: str
    query: str


@dataclass(frozen=True)
class StudentContext:
    """What the assistant may know about the student: only their own profile and their own recent turns."""

    user_key: int | None = None
    language: Literal["en", "zh-Hant"] | None = None
    form: str | None = None
    interests: tuple[str, ...] = ()
    electives: tuple[str, ...] = ()
    recent_questions: tuple[str, ...] = ()  # the student's own earlier questions, oldest first
    recent_sources: tuple[str, ...] = ()  # entry ids of the last answer's options, in the order shown
    # The entry of each single-entry answer since that list, oldest first: "compare them" after two lookups.
    recent_topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    text: str
    language: QuestionLanguage
    mode: Mode
    scope: Scope
    intent: Intent | None = None
    sources: tuple[Source, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)  # why a fallback happened; for logs, not students

    @property
    def reply_language(self) -> Literal["en", "zh-Hant"]:
        """Mixed questions are answered in Chinese with the English terms kept."""
        return "en" if self.language == "en" else "zh-Hant"

    def as_json(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "language": self.language,
            "mode": self.mode,
            "scope": self.scope,
            "sources": [s.as_json() for s in self.sources],
            "suggestions": [{"label": s.label, "query": s.query} for s in self.suggestions],
        }
