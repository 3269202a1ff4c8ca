"""What students ask about that the catalogue may not hold, recognised however the student writes it.

A capitalised word the knowledge base has never seen ("Oxford") is caught by the searcher's vocabulary check, but
students write "shue yan", 「樹仁」 or "a udacity nanodegree", and those reached the closest look-alike entry. The
list in ``data/elsewhere.yaml`` names institutions, platforms and kinds of figure (admission scores, rankings)
students ask about; whichever the catalogue never mentions (under any of its names) counts as unknown, so the
catalogue can grow to cover one without this list changing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import yaml

ELSEWHERE_FILE: Final = Path(__file__).resolve().parent / "data" / "elsewhere.yaml"


class ElsewhereFileError(ValueError):
    """The list of things held elsewhere is malformed; the message names the problem."""


@dataclass(frozen=True)
class Elsewhere:
    name: str
    aliases: tuple[str, ...]


def load_elsewhere(path: Path = ELSEWHERE_FILE) -> tuple[Elsewhere, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ElsewhereFileError(f"{path.name}: cannot be read ({exc.__class__.__name__})") from exc
    if not isinstance(raw, list):
        raise ElsewhereFileError(f"{path.name}: expected a list of names")
    listed = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ElsewhereFileError(f"{path.name}: item {number} needs a name")
        aliases = item.get("aliases")
        if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ElsewhereFileError(f"{path.name}: {item['name']} needs a list of aliases")
        listed.append(Elsewhere(item["name"], tuple(a.strip().lower() for a in aliases)))
    return tuple(listed)


def _pattern(alias: str) -> str:
    # English names are whole words ("ucl" is not inside "include"); Chinese has no word breaks to honour.
    escaped = re.escape(alias).replace(r"\ ", r"\s+")
    return rf"\b{escaped}\b" if alias.isascii() else escaped


def _any_of(aliases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(aliases), key=len, reverse=True)  # "hang seng university" before "hang seng uni"
    return re.compile("|".join(_pattern(a) for a in ordered), re.IGNORECASE) if ordered else None


def _mentions(corpus: str, alias: str) -> bool:
    # A plain substring test first: most aliases appear nowhere, and scanning the catalogue with one large pattern
    # took two seconds at every index load.
    return alias in corpus and re.search(_pattern(alias), corpus) is not None


class ElsewhereNames:
    """The listed things the catalogue never mentions, found in a question in the student's own spelling."""

    def __init__(self, listed: Sequence[Elsewhere], catalogue_texts: Iterable[str]) -> None:
        corpus = " ".join(" ".join(catalogue_texts).lower().split())
        self.unknown = tuple(p for p in listed if not any(_mentions(corpus, a) for a in p.aliases))
        self._pattern = _any_of(a for p in self.unknown for a in p.aliases)

    def named_in(self, question: str) -> list[str]:
        """The unknown things the question names, as written there."""
        if self._pattern is None:
            return []
        spans: list[tuple[int, int]] = []
        for match in self._pattern.finditer(question):
            if spans and not question[spans[-1][1] : match.start()].strip():
                spans[-1] = (spans[-1][0], match.end())  # "oxford uniq" is one name, not two
            else:
                spans.append(match.span())
        named: list[str] = []
        for start, end in spans:
            if question[start:end].lower() not in {n.lower() for n in named}:
                named.append(question[start:end])
        return named
