"""`pathways kb review`: what in the knowledge base needs the admin's attention this month.

The engine is :mod:`knowledge.review`; this module gathers its inputs (the catalogue, the anonymous questions
from the database, the embedding model when there are questions to group), drives a progress bar, and prints
the report as tables or ``--json``. The report is the point, so problems found still exit 0; only a review
that cannot run (bad options, no database, no embedding model, an unwritable data folder) fails.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Final

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from bot import services
from bot.cli.common import USAGE, console, err_console, fail, knowledge_errors, load_settings_or_exit, open_database
from bot.config import Settings
from knowledge.catalog import load_catalog
from knowledge.review import (
    SECTIONS,
    AskedQuestion,
    GapSection,
    LinkSection,
    ProgressCallback,
    ReviewReport,
    ReviewSettings,
    StaleSection,
    question_embedder,
    run_review,
)
from knowledge.review.report import DEFAULT_GAP_DAYS

# The order the engine runs them in, which is also the order of the progress bars and the tables.
SECTION_ORDER: Final = ("links", "stale", "gaps")
SECTION_LABELS: Final = {
    "links": "Checking links",
    "stale": "Finding stale entries",
    "gaps": "Grouping knowledge gaps",
}
# More than a month of questions from a busy bot; the grouping is quadratic, so the log is read in bounded size.
MAX_GAP_QUESTIONS: Final = 5000
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def review_command(
    only: list[str] = typer.Option(
        [], "--only", help="Run only these sections: links, stale, gaps (repeatable or comma-separated)."
    ),
    since: str | None = typer.Option(
        None,
        "--since",
        metavar="YYYY-MM-DD",
        help=f"Knowledge gaps asked on or after this day (default {DEFAULT_GAP_DAYS} days ago).",
    ),
    max_requests: int | None = typer.Option(
        None, "--max-requests", min=1, help="At most this many HTTP requests; the links left over are 'not checked'."
    ),
    stale_years: int = typer.Option(2, "--stale-years", min=1, max=50, help="Flag entries older than this."),
    season_weeks: int = typer.Option(8, "--season-weeks", min=1, max=52, help="Seasons starting within N weeks."),
    catalog: Path | None = typer.Option(None, "--catalog", help="Catalogue folder (default: the shipped one)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check every link, list stale entries and seasons coming up, and group unanswered questions by meaning."""
    sections = parse_sections(only)
    now = dt.datetime.now(dt.UTC)
    start = parse_since(since, today=now.date())
    settings = load_settings_or_exit()
    loaded = load_catalog([catalog] if catalog else None)
    if loaded.problems:
        err_console.print(
            f"[yellow]![/yellow] {len(loaded.problems)} catalogue problem(s): the entries with problems are left "
            "out of this review (run `pathways kb validate` to see them)."
        )
    questions = logged_gap_questions(settings, start, now) if "gaps" in sections else []
    with knowledge_errors():
        # Loading the model takes seconds; only when there are questions to group (imported here for the same
        # reason: numpy and LangChain cost every other command's start).
        from knowledge.embeddings import build_embeddings

        embed = question_embedder(build_embeddings(services.embedding_config(settings))[0]) if questions else None
        review = ReviewSettings(stale_after_years=stale_years, season_weeks=season_weeks)
        with progress_bars(sections, show=not as_json and err_console.is_terminal) as progress:
            try:
                report = run_review(
                    loaded.entries,
                    state_path=settings.data_dir / "review" / "links.json",
                    only=sections,
                    since=start,
                    questions=questions,
                    embed=embed,
                    max_requests=max_requests,
                    settings=review,
                    progress=progress,
                    now=now,
                )
            except OSError as exc:  # the state file could not be written
                fail(f"cannot save the review state in {settings.data_dir / 'review'}: {exc.strerror or exc}")
    if as_json:
        typer.echo(report.to_json())
    else:
        show_report(report)


def parse_sections(values: Sequence[str]) -> frozenset[str]:
    """``--only links --only stale`` or ``--only links,stale``; nothing means every section."""
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - SECTIONS)
    if unknown:
        fail(f"--only: unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTION_ORDER)}", USAGE)
    return frozenset(names) if names else SECTIONS


def parse_since(value: str | None, *, today: dt.date) -> dt.date:
    if value is None:
        return today - dt.timedelta(days=DEFAULT_GAP_DAYS)
    try:
        if not _ISO_DAY.fullmatch(value.strip()):
            raise ValueError(value)
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        fail(f"--since: '{value}' is not a date; write it as YYYY-MM-DD, e.g. {today.isoformat()}", USAGE)
    if day > today:
        fail(f"--since: {day.isoformat()} is in the future", USAGE)
    return day


def logged_gap_questions(settings: Settings, since: dt.date, now: dt.datetime) -> list[AskedQuestion]:
    """The anonymous questions since ``since`` that found nothing or were marked unhelpful."""
    with open_database(settings) as db:
        from storage import repository

        rows = repository.knowledge_gaps(db, days=(now.date() - since).days, limit=MAX_GAP_QUESTIONS, now=now)
    return [
        AskedQuestion(
            text=row.question,
            asked_on=row.asked_on,
            found=row.found,
            unhelpful=row.helpful is False,
            language=row.language,
        )
        for row in rows
    ]


@contextmanager
def progress_bars(sections: frozenset[str], *, show: bool) -> Iterator[ProgressCallback | None]:
    """One bar per section on stderr (a terminal only: a pipe or a script gets none)."""
    if not show:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as bars:
        # total=None: the bar pulses until the section reports its size.
        tasks = {name: bars.add_task(SECTION_LABELS[name], total=None) for name in SECTION_ORDER if name in sections}

        def update(section: str, done: int, total: int) -> None:
            if section in tasks:
                bars.update(tasks[section], completed=done, total=total)

        yield update


# ----------------------------------------------------------------------------------------------------------
# Tables


def show_report(report: ReviewReport) -> None:
    if report.links is not None:
        show_links(report.links)
    if report.stale is not None:
        show_stale(report.stale)
    if report.gaps is not None:
        show_gaps(report.gaps)
    console.print(
        "[dim]To act on it: edit the entry under knowledge/catalog/, then run `pathways kb validate` "
        "and `pathways kb refresh`.[/dim]",
        highlight=False,
        soft_wrap=True,
    )


def show_links(links: LinkSection) -> None:
    counts = ", ".join(f"{status} {count}" for status, count in links.counts().items() if count)
    console.print(
        f"[bold]Links[/bold]: {len(links.results)} checked with {links.requests_used} request(s) ({counts or 'none'})",
        highlight=False,
    )
    attention = links.needing_attention()
    if not attention:
        console.print("  [green]✓[/green] every link answers as at the last review.", highlight=False)
        return
    # URLs and paths fold instead of being cut short: the admin copies them.
    url_column, detail_column = Column("URL", overflow="fold"), Column("detail / final URL", overflow="fold")
    table = Table(url_column, "entries", "status", "change", detail_column, title="Links needing attention")
    for result in attention:
        detail = result.detail
        if result.final_url and result.final_url != result.url and result.final_url not in detail:
            detail += f"\n→ {result.final_url}"
        table.add_row(
            escape(result.url),
            escape("\n".join(result.entry_ids)),
            escape(str(result.status)),
            escape(result.change or ""),
            escape(detail),
        )
    console.print(table)


def show_stale(stale: StaleSection) -> None:
    if stale.stale:
        title = f"Entries older than {stale.stale_after_years} years"
        table = Table(Column("entry and file", overflow="fold"), "kind", "year", "why", title=title)
        for item in stale.stale:
            table.add_row(
                escape(f"{item.entry_id}\n{item.path}"),
                item.kind,
                str(item.year or "?"),
                escape("\n".join(item.reasons)),
            )
        console.print(table)
    else:
        console.print(f"[bold]Stale entries[/bold]: none older than {stale.stale_after_years} years.", highlight=False)
    if stale.upcoming:
        table = Table("expected", "entry", "detail", title=f"Seasons in the next {stale.season_weeks} weeks")
        for alert in stale.upcoming:
            table.add_row(alert.expected_on.isoformat(), escape(alert.entry_id), escape(alert.detail))
        console.print(table)
    else:
        console.print(
            f"[bold]Seasons[/bold]: no taster expected in the next {stale.season_weeks} weeks.", highlight=False
        )


def show_gaps(gaps: GapSection) -> None:
    since = gaps.since.isoformat()
    if not gaps.groups:
        console.print(
            f"[bold]Knowledge gaps[/bold]: no unanswered or unhelpful question since {since}.", highlight=False
        )
        return
    title = f"Knowledge gaps since {since}: {gaps.questions} question(s) in {len(gaps.groups)} group(s)"
    table = Table("count", "about", "examples", "nothing found / unhelpful", "last asked", title=title)
    for group in gaps.groups:
        table.add_row(
            str(group.count),
            escape(group.label),
            escape("\n".join(group.examples[1:])),
            f"{group.nothing_found} / {group.marked_unhelpful}",
            group.last_asked.isoformat(),
        )
    console.print(table)
