"""`pathways kb …`: validate, refresh, search, inspect and evaluate the knowledge base."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, get_args

import typer
from rich.markup import escape
from rich.table import Table

from bot import services
from bot.cli.common import (
    USAGE,
    console,
    err_console,
    fail,
    knowledge_errors,
    load_settings_or_exit,
    print_json,
    say,
)
from bot.cli.indexing import run_refresh
from bot.cli.review import review_command
from knowledge.catalog import load_catalog
from knowledge.filters import SearchFilters
from knowledge.schema import FORMS, KIND_LABELS, STATUSES, SUBJECTS, CourseLanguage, Mode

kb_app = typer.Typer(help="Check, refresh, search, evaluate and review the knowledge base.", no_args_is_help=True)
kb_app.command("review")(review_command)

KINDS: Final = tuple(KIND_LABELS)
MODES: Final = get_args(Mode)
COURSE_LANGUAGES: Final = get_args(CourseLanguage)
# A higher ceiling filters nothing out; it is refused so a typo (1e400 is infinity) cannot reach the index.
MAX_FEE_HKD: Final = 10_000_000


@kb_app.command("validate")
def validate(
    paths: list[Path] = typer.Argument(None, help="Files or folders to check (default: the catalogue)."),
) -> None:
    """Check catalogue files and print every problem (and warning) with its file, field and reason."""
    result = load_catalog(paths or None)
    # Warnings (e.g. a fact with no Chinese wording) are shown but never fail the check.
    for warning in result.warnings:
        err_console.print(f"[yellow]~[/yellow] {escape(str(warning))}", highlight=False)
    for problem in result.problems:
        err_console.print(f"[red]✗[/red] {problem.file}: [bold]{problem.field}[/bold]: {problem.reason}")
    if result.problems:
        err_console.print(f"{len(result.problems)} problem(s) in the catalogue.")
        raise typer.Exit(1)
    warned = f" ({len(result.warnings)} warning(s))" if result.warnings else ""
    say(f"[green]✓[/green] {len(result.entries)} entries are valid{warned}.")


@kb_app.command("refresh")
def refresh(
    source: list[Path] = typer.Option(
        [], "--source", "-s", help="Extra folder of .md/.pdf/.html/.csv files (repeatable)."
    ),
    full: bool = typer.Option(False, "--full", help="Rebuild everything, e.g. after changing the embedding model."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    catalog: Path | None = typer.Option(None, "--catalog", help="Catalogue folder (default: the shipped one)."),
    allow_shrink: bool = typer.Option(
        False,
        "--allow-shrink",
        help="Publish even if more than 20% of the entries would be removed (never without the support guide).",
    ),
) -> None:
    """Load the catalogue and extra sources, embed what changed, and publish a new index atomically."""
    settings = load_settings_or_exit()
    with knowledge_errors():
        report = run_refresh(
            settings,
            sources=source,
            full=full,
            show_progress=not as_json,
            catalog=catalog,
            allow_shrink=allow_shrink,
        )
    for problem in report.problems:
        err_console.print(f"[yellow]![/yellow] {escape(str(problem))}", highlight=False)
    for warning in report.warnings:
        err_console.print(f"[dim]~[/dim] {escape(str(warning))}", highlight=False)
    if as_json:
        print_json(report.as_json())
    elif report.nothing_to_do:
        console.print(f"Nothing to do: {report.unchanged} documents unchanged, {report.chunks} chunks.")
    else:
        console.print(
            f"[green]✓[/green] added {report.added}, updated {report.updated}, removed {report.removed}, "
            f"unchanged {report.unchanged}; {report.chunks} chunks ({report.embedded} embedded"
            f"{f', {report.shipped} from the shipped vectors' if report.shipped else ''}) in {report.seconds:.1f}s."
        )
    if report.problems:
        err_console.print(f"{len(report.problems)} source file(s) had problems; their previous content is kept.")
        raise typer.Exit(1)


def _choices(option: str, values: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    """The values as given, or a usage error naming the unknown ones (instead of silently matching nothing)."""
    unknown = [value for value in values if value not in allowed]
    if unknown:
        fail(f"{option}: unknown value(s) {', '.join(unknown)}; choose from {', '.join(allowed)}", USAGE)
    return tuple(values)


def parse_filters(
    kind: list[str],
    form: str | None,
    free: bool,
    max_fee: float | None,
    cef: bool,
    mode: list[str],
    language: list[str],
    subject: list[str],
    status: Sequence[str] = (),
) -> SearchFilters:
    if max_fee is not None and not (math.isfinite(max_fee) and 0 <= max_fee <= MAX_FEE_HKD):
        fail(f"--max-fee must be a fee in HKD between 0 and {MAX_FEE_HKD:,} (leave it out for no limit)", USAGE)
    return SearchFilters(
        kinds=_choices("--kind", kind, KINDS),
        form=form,
        free=free,
        max_fee=max_fee,
        cef=cef,
        modes=_choices("--mode", mode, MODES),
        languages=_choices("--language", language, COURSE_LANGUAGES),
        subjects=tuple(subject),
        statuses=_choices("--status", status, STATUSES),
    )


@kb_app.command("search")
def search(
    query: str = typer.Argument(..., help="What a student would ask."),
    k: int = typer.Option(5, "-k", min=1, max=50, help="How many entries to return."),
    kind: list[str] = typer.Option([], "--kind", help=f"One of: {', '.join(KINDS)}."),
    form: str | None = typer.Option(None, "--form", help=f"Who may join: {', '.join(FORMS)}."),
    free: bool = typer.Option(False, "--free", help="Only free entries."),
    max_fee: float | None = typer.Option(None, "--max-fee", help="Fee ceiling in HKD."),
    cef: bool = typer.Option(False, "--cef", help="Only CEF-reimbursable entries."),
    mode: list[str] = typer.Option([], "--mode", help=f"One of: {', '.join(MODES)}."),
    language: list[str] = typer.Option([], "--language", help=f"One of: {', '.join(COURSE_LANGUAGES)}."),
    subject: list[str] = typer.Option([], "--subject", help=f"One of: {', '.join(SUBJECTS)}."),
    status: list[str] = typer.Option([], "--status", help=f"One of: {', '.join(STATUSES)}."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Search the knowledge base the way the assistant does."""
    settings = load_settings_or_exit()
    with knowledge_errors():
        filters = parse_filters(kind, form, free, max_fee, cef, mode, language, subject, status)
        hits = services.searcher(settings).search(query, k=k, filters=filters)
    if as_json:
        print_json({"query": query, "results": [h.as_json() for h in hits]})
        return
    if not hits:
        console.print("No entry matches.")
        return
    table = Table("#", "id", "title", "kind", "refs", "score")
    for number, hit in enumerate(hits, start=1):
        table.add_row(
            str(number),
            hit.id,
            f"{hit.title}\n{hit.title_zh}",
            hit.kind,
            ",".join(hit.refs),
            f"{hit.score:.4f}",
        )
    console.print(table)


@kb_app.command("stats")
def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Entries per kind, chunks, embedding model, last refresh and entries whose sources are over two years old."""
    settings = load_settings_or_exit()
    with knowledge_errors():
        info = services.searcher(settings).stats()
    data = info.as_json()
    if as_json:
        print_json(data)
        return
    table = Table("kind", "entries")
    for kind_name, count in data["entries_by_kind"].items():
        table.add_row(kind_name, str(count))
    table.add_row("[bold]total[/bold]", str(data["entries"]))
    console.print(table)
    console.print(
        f"Chunks: {data['chunks']}  ·  embeddings: {data['embedding_backend']}:{data['embedding_model']} "
        f"({data['embedding_dimension']} dims)  ·  {data['location']}"
    )
    console.print(f"Last refresh: {data['last_refresh']}  ·  generation {data['generation']}")
    stale = data["stale_entries"]
    console.print(f"Entries whose newest source is more than two years old: {len(stale)}")
    for item in stale:
        console.print(f"  {item['seen']!s:>7}  {item['id']}", highlight=False)


@kb_app.command("eval")
def eval_command(
    files: list[Path] = typer.Argument(..., help="JSONL file(s) or folders of questions with expected entry ids."),
    k: int = typer.Option(5, "-k", min=1, max=20, help="Cut-off for hit@k."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    show_misses: bool = typer.Option(False, "--misses", help="List the questions that missed."),
) -> None:
    """hit@1, hit@5 and MRR overall and per language for an evaluation set."""
    settings = load_settings_or_exit()
    with knowledge_errors():
        from knowledge.evaluation import evaluate, load_questions  # LangChain and Chroma: only for this command

        questions = load_questions(files)
        searcher = services.searcher(settings)
        report = evaluate(searcher, questions, k=k)
    data: dict[str, Any] = report.as_json()
    if as_json:
        print_json(data)
        return
    table = Table("group", "questions", "hit@1", f"hit@{k}", "MRR", "no-answer correct")
    for group, row in data["groups"].items():
        table.add_row(
            group,
            str(row["questions"]),
            f"{row['hit@1']:.3f}",
            f"{row[f'hit@{k}']:.3f}",
            f"{row['mrr']:.3f}",
            f"{row['no_answer_correct']}/{row['no_answer_questions']}",
        )
    console.print(table)
    if show_misses:
        for miss in data["misses"]:
            language = escape(f"[{miss['lang']}]")  # unescaped, Rich would take "[en]" for a style and drop it
            console.print(
                f"[yellow]miss[/yellow] {language} {escape(miss['question'])} → expected {miss['expected']}, "
                f"got {miss['got']}",
                highlight=False,
            )
