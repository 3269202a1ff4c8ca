"""What every `pathways` command shares: loading the settings, the one error style, the mapping of database and
knowledge-base failures to exit codes, and the output helpers.

Every failure the operator can cause ends with one line on stderr, ``Error: <what happened and what to do>``, and
a non-zero exit status, never a traceback: exit 2 (:data:`USAGE`) for bad input or configuration, as click uses
for its own usage errors, and exit 1 (:data:`FAILURE`) for everything else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final, NoReturn

import click
import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from sqlalchemy.exc import SQLAlchemyError

from bot import services
from bot.assistant.types import Answer
from bot.config import Settings, load_settings
from knowledge.embeddings import EmbeddingError
from knowledge.evaluation import EvalError
from knowledge.store import IndexUnavailable
from storage import Database, InvalidValueError, StorageError, UnsupportedDatabaseError, safe_url

FAILURE: Final = 1
USAGE: Final = 2

console = Console()
# Errors and progress go to stderr, never wrapped, so each error stays one line whatever the terminal's width.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


# ----------------------------------------------------------------------------------------------------------
# Errors


def fail(message: str, code: int = FAILURE) -> NoReturn:
    """Print the one error line and stop with ``code``."""
    err_console.print(f"[red]Error:[/red] {escape(message)}")
    raise typer.Exit(code)


def load_settings_or_exit() -> Settings:
    """The settings, or a usage error naming each invalid variable (every command starts here)."""
    try:
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        fail(f"invalid settings: {problems}", USAGE)


@contextmanager
def knowledge_errors() -> Iterator[None]:
    """No index, an embedding backend that fails or a bad evaluation file: exit 1; any other bad value: exit 2."""
    try:
        yield
    except (IndexUnavailable, EmbeddingError, EvalError) as exc:
        fail(str(exc))
    except ValueError as exc:
        fail(str(exc), USAGE)


def _first_line(exc: BaseException) -> str:
    """The database's own first line of explanation, without SQLAlchemy's boilerplate (or the SQL and values)."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """The one mapping of database failures: a bad DATABASE_URL or a value the database refuses is a usage
    error; an unreachable or broken database is a failure. The URL is shown without its password."""
    try:
        yield
    except UnsupportedDatabaseError as exc:
        fail(f"DATABASE_URL: {exc}", USAGE)
    except InvalidValueError as exc:
        fail(str(exc), USAGE)
    except StorageError as exc:  # before OSError: NotATeacherError is also a PermissionError
        fail(str(exc))
    except (SQLAlchemyError, OSError) as exc:
        fail(f"cannot use the database at {safe_url(url)}: {_first_line(exc)}")


@contextmanager
def open_database(settings: Settings) -> Iterator[Database]:
    """The database, migrated to the newest schema (created if need be), closed afterwards."""
    with database_errors(settings.resolved_database_url):
        db = services.database(settings)
        try:
            yield db
        finally:
            db.dispose()


def confirm_or_stop(question: str, *, yes: bool) -> None:
    """Ask before a destructive change; anything but a yes (including no stdin, as in CI) changes nothing."""
    if yes:
        return
    try:
        confirmed = typer.confirm(question, default=False)
    except (typer.Abort, click.exceptions.Abort):  # no stdin (CI) or Ctrl-C
        confirmed = False
    if not confirmed:
        fail("not confirmed; nothing was changed (pass --yes to skip the question)")


# ----------------------------------------------------------------------------------------------------------
# Output


def print_json(data: Any) -> None:
    """``--json`` output for scripts: plain indented JSON on stdout, non-ASCII text kept as it is."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def say(message: str) -> None:
    """One status line (Rich markup allowed), never wrapped, so a path or a link stays whole for copying."""
    console.print(message, highlight=False, soft_wrap=True)


def show_answer(answer: Answer) -> None:
    """An answer as the terminal shows it: a panel coloured by scope, then its sources and suggestions."""
    style = {"answer": "green", "no_answer": "yellow", "support": "magenta"}.get(answer.scope, "red")
    console.print(Panel(escape(answer.text), border_style=style, title=f"{answer.scope} · {answer.mode}"))
    for source in answer.sources:
        year = source.seen or "year unknown"
        console.print(f"  [dim]source:[/dim] {escape(source.title)} ({year}) {source.url}", highlight=False)
    if answer.suggestions:
        console.print("  [dim]try:[/dim] " + " · ".join(escape(s.label) for s in answer.suggestions))
