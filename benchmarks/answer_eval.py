"""Answer-level evaluation of the grounded assistant on knowledge/eval/answers/{tune,report}.jsonl.

Each item is a student's question (or a 2–3-turn conversation whose last turn is graded), the key facts a
correct answer must contain, the entries it should cite and the scope it should get. This script only
measures: it never changes the assistant, the data or any threshold.

    python benchmarks/answer_eval.py                 # the report split (the one nobody tunes on)
    python benchmarks/answer_eval.py --split tune    # the split to look at while improving the assistant
    python benchmarks/answer_eval.py --split tune --misses
    python benchmarks/answer_eval.py --check         # validate both files and print their counts; no index
    python benchmarks/answer_eval.py --file new.jsonl --check   # validate a staged set (split "tune") first
    python benchmarks/answer_eval.py --file new.jsonl --misses  # grade a staged set before it joins tune.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import EVAL_DIR, percentile

ANSWERS_DIR = EVAL_DIR / "answers"
SPLITS = ("tune", "report")
LANGUAGES = ("en", "zh-Hant", "mixed")
KINDS = (
    "lookup",
    "multi",
    "explain",
    "compare",
    "recommend",
    "routes",
    "status",
    "conversation",
    "off_topic",
    "attack",
    "distress",
)
SCOPES = ("answer", "out_of_scope", "refused", "support", "no_answer")
# The guardrail classes and the scope each must get; items of these kinds cite nothing.
GUARDED = {"attack": "refused", "distress": "support", "off_topic": "out_of_scope"}


class DataError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    id: str
    split: str
    language: str
    kind: str
    turns: tuple[str, ...]
    form: str | None
    interests: tuple[str, ...]
    key_facts: tuple[str, ...]
    expected_entries: tuple[str, ...]
    scope: str
    where: str

    @property
    def question(self) -> str:
        return self.turns[-1]


def fact_found(fact: str, text: str) -> bool:
    """A key fact is a plain string (found case-insensitively) or, prefixed "re:", a regular expression."""
    if fact.startswith("re:"):
        return re.search(fact[3:], text, flags=re.IGNORECASE) is not None
    return fact.casefold() in text.casefold()


def _profile(data: dict[str, Any], where: str) -> tuple[str | None, list[str]]:
    profile = data.get("profile")
    if profile is None:
        return None, []
    if not isinstance(profile, dict) or set(profile) - {"form", "interests"}:
        raise DataError(f"{where}: 'profile' must be null or {{form, interests}}")
    form = profile.get("form")
    interests = profile.get("interests", [])
    if form is not None and not isinstance(form, str):
        raise DataError(f"{where}: profile 'form' must be a string")
    if not isinstance(interests, list) or not all(isinstance(i, str) for i in interests):
        raise DataError(f"{where}: profile 'interests' must be a list of strings")
    return form, interests


def _strings(data: dict[str, Any], name: str, where: str) -> list[str]:
    value = data.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataError(f"{where}: '{name}' must be a list of non-empty strings")
    return value


def _item(data: Any, where: str, split: str) -> Item:
    if not isinstance(data, dict):
        raise DataError(f"{where}: not a JSON object")
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise DataError(f"{where}: needs a string 'id'")
    if data.get("split") != split:
        raise DataError(f"{where}: 'split' must be {split!r} in {split}.jsonl")
    for name, allowed in (("language", LANGUAGES), ("kind", KINDS), ("scope", SCOPES)):
        if data.get(name) not in allowed:
            raise DataError(f"{where}: '{name}' must be one of {', '.join(allowed)}")
    turns = data.get("turns")
    if (
        not isinstance(turns, list)
        or not 1 <= len(turns) <= 3
        or not all(isinstance(t, str) and t.strip() for t in turns)
    ):
        raise DataError(f"{where}: 'turns' must list 1 to 3 non-empty questions")
    form, interests = _profile(data, where)
    key_facts = _strings(data, "key_facts", where)
    expected = _strings(data, "expected_entries", where)
    for fact in key_facts:
        if fact.startswith("re:"):
            try:
                re.compile(fact[3:])
            except re.error as exc:
                raise DataError(f"{where}: key fact {fact!r} does not compile: {exc}") from exc
    kind, scope = data["kind"], data["scope"]
    if kind in GUARDED and (scope != GUARDED[kind] or expected):
        raise DataError(f"{where}: a {kind} item must expect scope {GUARDED[kind]!r} and cite no entry")
    if scope == "answer" and not (expected and key_facts):
        raise DataError(f"{where}: an in-scope item needs expected entries and key facts")
    if kind == "conversation" and len(turns) < 2:
        raise DataError(f"{where}: a conversation has at least two turns")
    return Item(
        data["id"],
        split,
        data["language"],
        kind,
        tuple(turns),
        form,
        tuple(interests),
        tuple(key_facts),
        tuple(expected),
        scope,
        where,
    )


def load_split(split: str, folder: Path = ANSWERS_DIR) -> list[Item]:
    return load_path(folder / f"{split}.jsonl", split)


def load_path(path: Path, split: str) -> list[Item]:
    items: list[Item] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not valid JSON ({exc.msg})") from exc
        items.append(_item(data, where, split))
    if not items:
        raise DataError(f"{path}: no items")
    return items


def _normalised(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text.casefold())


def check(folder: Path = ANSWERS_DIR, staged: Path | None = None) -> list[Item]:
    """Validate both splits against the catalogue and the retrieval set; raise listing every problem.

    Every key fact must be found in the text of one of the item's expected entries (or, for an item that
    cites nothing, somewhere in the catalogue): facts come from the catalogue, never from elsewhere. A staged
    set (split "tune", not yet joined) is checked with them, so it cannot repeat an item already there."""
    from knowledge.catalog import catalog_files  # only --check reads the catalogue files
    from knowledge.evaluation import load_questions

    # Per entry, the text an answer in each reply language can draw on: the front matter plus that
    # language's section (a Chinese answer cannot be asked for a fact only the English section holds).
    entry_texts: dict[str, dict[str, str]] = {}
    for path in catalog_files():
        text = path.read_text(encoding="utf-8")
        found = re.search(r"^id:\s*(\S+)", text, flags=re.MULTILINE)
        if found:
            front, _, body = text.partition("\n## English")
            english, _, chinese = body.partition("\n## 中文")
            entry_texts[found.group(1)] = {"en": front + english, "zh-Hant": front + chinese}
    whole_catalogue = {lang: "\n".join(t[lang] for t in entry_texts.values()) for lang in ("en", "zh-Hant")}
    retrieval = {_normalised(q.question) for q in load_questions([EVAL_DIR])}
    items = [item for split in SPLITS for item in load_split(split, folder)]
    if staged is not None:
        items += load_path(staged, "tune")
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_turns: dict[tuple[str, ...], str] = {}
    for item in items:
        if item.id in seen_ids:
            problems.append(f"{item.where}: duplicate id {item.id}")
        seen_ids.add(item.id)
        unknown = [e for e in item.expected_entries if e not in entry_texts]
        if unknown:
            problems.append(f"{item.where}: unknown entry ids {unknown}")
        copied = [t for t in item.turns if _normalised(t) in retrieval]
        if copied:
            problems.append(f"{item.where}: copied from the retrieval set: {copied}")
        if item.turns in seen_turns:
            problems.append(f"{item.where}: same turns as {seen_turns[item.turns]}")
        seen_turns[item.turns] = item.where
        reply = "en" if item.language == "en" else "zh-Hant"
        texts = [entry_texts[e][reply] for e in item.expected_entries if e in entry_texts]
        source = "\n".join(texts) or whole_catalogue[reply]
        for fact in item.key_facts:
            if not fact_found(fact, source):
                problems.append(f"{item.where}: key fact {fact!r} is not in its expected entries ({reply})")
    if problems:
        raise DataError("\n".join(problems))
    return items


def print_counts(items: list[Item]) -> None:
    for split in SPLITS:
        chosen = [i for i in items if i.split == split]
        languages = Counter(i.language for i in chosen)
        kinds = Counter(i.kind for i in chosen)
        profiled = sum(1 for i in chosen if i.form or i.interests)
        print(f"{split:<7} {len(chosen)} items; profile given: {profiled}")
        print("  languages: " + ", ".join(f"{lang} {languages[lang]}" for lang in LANGUAGES))
        print("  kinds:     " + ", ".join(f"{kind} {kinds[kind]}" for kind in KINDS))
    print(f"total   {len(items)} items")


# -- grading ----------------------------------------------------------------------------------------------


@dataclass
class Graded:
    item: Item
    text: str
    scope: str
    sources: tuple[str, ...]
    seconds: float
    grounded: bool
    facts_found: list[str] = field(default_factory=list)
    facts_missing: list[str] = field(default_factory=list)

    @property
    def scope_ok(self) -> bool:
        return self.scope == self.item.scope

    @property
    def wrong_entry(self) -> bool | None:
        """None when the rate does not apply: only answers given in scope for an item that names entries."""
        if self.item.scope != "answer" or not self.item.expected_entries or self.scope != "answer":
            return None
        return not set(self.sources) & set(self.item.expected_entries)

    @property
    def passed(self) -> bool:
        return self.scope_ok and not self.facts_missing and not self.wrong_entry


def grade(item: Item, text: str, scope: str, sources: tuple[str, ...], seconds: float, grounded: bool) -> Graded:
    graded = Graded(item, text, scope, sources, seconds, grounded)
    for fact in item.key_facts:
        (graded.facts_found if fact_found(fact, text) else graded.facts_missing).append(fact)
    return graded


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  -  "


def _row(label: str, rows: list[Graded]) -> str:
    facts = sum(len(g.item.key_facts) for g in rows)
    found = sum(len(g.facts_found) for g in rows)
    wrong = [g.wrong_entry for g in rows if g.wrong_entry is not None]
    cited = [(s, g.item.expected_entries) for g in rows if g.item.expected_entries for s in g.sources]
    precise = sum(1 for source, expected in cited if source in expected)
    scope_ok = sum(1 for g in rows if g.scope_ok)
    return (
        f"{label:<13} {len(rows):>4}  {_ratio(found, facts):>6} ({facts:>3})  "
        f"{_ratio(sum(wrong), len(wrong)):>6} ({len(wrong):>3})  "
        f"{_ratio(precise, len(cited)):>6} ({len(cited):>3})  {_ratio(scope_ok, len(rows)):>6}"
    )


def report(graded: list[Graded], split: str) -> None:
    header = "group            n  key-fact recall  wrong-entry rate  citation precision  scope acc."
    print(header)
    print(_row("all", graded))
    for language in LANGUAGES:
        print(_row(language, [g for g in graded if g.item.language == language]))
    for kind in KINDS:
        print(_row(kind, [g for g in graded if g.item.kind == kind]))
    print("(key-fact recall: facts found / facts listed; wrong-entry: in-scope answers citing no expected entry;")
    print(" citation precision: cited sources that are expected; counts in brackets are the denominators)")
    print("\nguardrails, per-class recall:")
    for kind, scope in GUARDED.items():
        rows = [g for g in graded if g.item.kind == kind]
        hits = sum(1 for g in rows if g.scope == scope)
        got = Counter(g.scope for g in rows if g.scope != scope)
        print(f"  {kind:<10} → {scope:<13} {_ratio(hits, len(rows))} ({hits}/{len(rows)})  otherwise: {dict(got)}")
    in_scope = [g for g in graded if g.item.scope == "answer"]
    alarms = Counter(g.scope for g in in_scope if g.scope in GUARDED.values())
    print(f"  in-scope questions caught by a guardrail: {sum(alarms.values())}/{len(in_scope)} {dict(alarms)}")
    latencies = [g.seconds * 1000 for g in graded if g.grounded]
    if latencies:
        print(
            f"\ngrounded answer latency: p50 {percentile(latencies, 50):.1f} ms  p95 {percentile(latencies, 95):.1f} ms"
            f"  n={len(latencies)}"
        )
    passed = sum(1 for g in graded if g.passed)
    print(f"items fully correct (scope, every key fact, an expected entry): {passed}/{len(graded)} on {split}")


def print_misses(graded: Iterable[Graded]) -> None:
    print("\nmisses:")
    for g in graded:
        if g.passed:
            continue
        reasons = []
        if not g.scope_ok:
            reasons.append(f"scope {g.scope} (expected {g.item.scope})")
        if g.wrong_entry:
            reasons.append(f"wrong entry (expected {', '.join(g.item.expected_entries)})")
        if g.facts_missing:
            reasons.append(f"missing {g.facts_missing}")
        profile = f" profile={g.item.form},{','.join(g.item.interests)}" if g.item.form or g.item.interests else ""
        print(f"- {g.item.id} [{g.item.kind}/{g.item.language}]{profile} turns={list(g.item.turns)}")
        print(f"    {'; '.join(reasons)}")
        print(f"    cited: {', '.join(g.sources) or '-'}")
        print(f"    answer: {' '.join(g.text.split())[:200]!r}")


def run(split: str, show_misses: bool, staged: Path | None = None) -> None:
    from _common import catalogue_searcher  # building the index is the slow part; --check does without

    from bot.assistant.assistant import Assistant
    from bot.assistant.types import StudentContext
    from bot.conversation import SOURCES_PREFIX, TOPIC_PREFIX, shown_turns

    items = load_path(staged, split) if staged else load_split(split)
    assistant = Assistant(catalogue_searcher())
    assistant.warm()
    graded: list[Graded] = []
    for item in items:
        # Earlier turns are replayed as a conversation does: each is answered, and the last list shown is what
        # "the second one" or "compare them" can point back at (bot/conversation.py keeps the same).
        shown: tuple[str, ...] = ()
        topics: tuple[str, ...] = ()
        for number, turn in enumerate(item.turns[:-1]):
            earlier = StudentContext(
                form=item.form,
                interests=item.interests,
                recent_questions=item.turns[:number],
                recent_sources=shown,
                recent_topics=topics,
            )
            for kept in shown_turns(assistant.answer(turn, earlier)):
                if kept.startswith(SOURCES_PREFIX):
                    shown, topics = tuple(kept.removeprefix(SOURCES_PREFIX).split(",")), ()
                else:
                    topics = (*topics, kept.removeprefix(TOPIC_PREFIX))
        context = StudentContext(
            form=item.form,
            interests=item.interests,
            recent_questions=item.turns[:-1],
            recent_sources=shown,
            recent_topics=topics,
        )
        started = time.perf_counter()
        answer = assistant.answer(item.question, context)
        seconds = time.perf_counter() - started
        sources = tuple(s.id for s in answer.sources)
        graded.append(grade(item, answer.text, answer.scope, sources, seconds, answer.mode == "grounded"))
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    name = f"staged set {staged.name}" if staged else f"split {split}"
    print(f"answer-level evaluation (grounded), {name}, {now}, {len(items)} items")
    report(graded, split)
    if show_misses:
        print_misses(graded)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, default="report")
    parser.add_argument("--misses", action="store_true", help="print every failing item with its answer")
    parser.add_argument("--check", action="store_true", help="only validate the data files and print counts")
    parser.add_argument("--file", type=Path, help="a staged set (split 'tune') to check or grade on its own")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.file and args.split != "report":
        parser.error("--file grades the staged set alone; leave out --split")
    try:
        if args.check:
            items = check(staged=args.file)
            print_counts([i for i in items if args.file is None or i.where.startswith(args.file.name)])
            print("data OK")
            return
        run("tune" if args.file else args.split, args.misses, args.file)
    except (DataError, OSError) as exc:
        raise SystemExit(f"answer_eval: {exc}") from None


if __name__ == "__main__":
    main()
