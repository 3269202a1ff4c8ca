"""`pathways db …` and `pathways users …`: migrations and the privacy operations on stored data.

Every failure the operator can cause (a bad id, an unknown user, a database that is unreachable or not
migrated yet) ends with one clear line on stderr and a non-zero exit status, never a traceback:
exit 2 for bad input or configuration, exit 1 for everything else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click
import typer
from pydantic import ValidationError
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings, load_settings
from storage import MAX_TELEGRAM_ID, Database, StorageError, UnsupportedDatabaseError, connect, migrate, safe_url
from storage import repository as repo
from storage.engine import normalise_url

db_app = typer.Typer(help="Create or update the database tables (Alembic migrations).", no_args_is_help=True)
users_app = typer.Typer(help="Privacy operations: export, delete and purge stored user data.", no_args_is_help=True)
console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[red]✗[/red] {message}")
    raise typer.Exit(code)


def _settings() -> Settings:
    try:
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        _fail(f"invalid settings: {problems}", 2)


def _database_url() -> str:
    return _settings().resolved_database_url


def _reason(exc: BaseException) -> str:
    """The database's own first line of explanation, without SQLAlchemy's boilerplate."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


@contextmanager
def _database_errors(url: str) -> Iterator[None]:
    try:
        yield
    except UnsupportedDatabaseError as exc:
        _fail(f"DATABASE_URL: {exc}", 2)
    except (SQLAlchemyError, OSError) as exc:
        _fail(f"cannot use the database at {safe_url(url)}: {_reason(exc)}")
    except StorageError as exc:
        _fail(str(exc))


def _open_migrated(url: str) -> Database:
    """Connect to a database that exists and is fully migrated, or explain what to do."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database or "")
        if not path.expanduser().exists():
            _fail(f"no database at {path}: run `pathways db upgrade` first")
    at = migrate.current(url)
    if at is None:
        _fail(f"the database at {safe_url(url)} has no tables yet: run `pathways db upgrade` first")
    if at != migrate.head():
        _fail(f"the database is at revision {at} but this version needs {migrate.head()}: run `pathways db upgrade`")
    return connect(url)


def _telegram_id(text: str) -> int:
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= MAX_TELEGRAM_ID:
        _fail(f"not a Telegram user id: {text!r} (expected a positive whole number)", 2)
    return int(value)


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    try:
        confirmed = typer.confirm(question, default=False)
    except (typer.Abort, click.exceptions.Abort):  # no stdin (CI) or Ctrl-C
        confirmed = False
    if not confirmed:
        _fail("not confirmed; nothing was changed (pass --yes to skip the question)")


# ----------------------------------------------------------------------------------------------------------
# pathways db …


@db_app.command("upgrade")
def db_upgrade(
    revision: str = typer.Argument("head", help="Target revision (default: the newest)."),
) -> None:
    """Apply the migrations (safe to run again; the bot and the chat also run it on start)."""
    url = _database_url()
    with _database_errors(url):
        migrate.upgrade(url, revision)
        at = migrate.current(url)
    console.print(f"[green]✓[/green] {safe_url(url)} is at revision {at}.")


@db_app.command("downgrade")
def db_downgrade(
    revision: str = typer.Argument("-1", help='Target revision: "-1" undoes one step, "base" removes all.'),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Undo migrations. This drops tables or columns and the data in them."""
    url = _database_url()
    with _database_errors(url):
        before = migrate.current(url)
        if before is None:
            console.print(f"{safe_url(url)} has no migrations applied; nothing to undo.")
            return
        target = "the previous revision" if revision == "-1" else revision
        _confirm(f"Downgrade {safe_url(url)} from {before} to {target}? Data in removed tables is lost.", yes)
        migrate.downgrade(url, revision)
        after = migrate.current(url)
    console.print(f"[green]✓[/green] {safe_url(url)} is at revision {after or 'base (no tables)'}.")


@db_app.command("current")
def db_current() -> None:
    """Show the database's revision and the newest one this version knows."""
    url = _database_url()
    with _database_errors(url):
        at = migrate.current(url)
    head = migrate.head()
    state = "up to date" if at == head else "run `pathways db upgrade`"
    console.print(f"{safe_url(url)}: revision {at or 'none'} (newest {head}) — {state}")


# ----------------------------------------------------------------------------------------------------------
# pathways users …


@users_app.command("export")
def users_export(
    telegram_id: str = typer.Argument(..., metavar="TELEGRAM_ID", help="The user's numeric Telegram id."),
) -> None:
    """Print everything stored about one user as JSON (for a data access request)."""
    user = _telegram_id(telegram_id)
    url = _database_url()
    with _database_errors(url):
        db = _open_migrated(url)
        try:
            data = repo.export_user(db, telegram_id=user)
        finally:
            db.dispose()
    if data is None:
        _fail(f"no stored data for Telegram id {user}")
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@users_app.command("delete")
def users_delete(
    telegram_id: str = typer.Argument(..., metavar="TELEGRAM_ID", help="The user's numeric Telegram id."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete everything stored about one user, from every table."""
    user = _telegram_id(telegram_id)
    url = _database_url()
    with _database_errors(url):
        db = _open_migrated(url)
        try:
            if repo.get_user(db, telegram_id=user) is None:
                _fail(f"no stored data for Telegram id {user}")
            _confirm(f"Delete everything stored about Telegram id {user}? This cannot be undone.", yes)
            counts = repo.delete_user(db, telegram_id=user)
        finally:
            db.dispose()
    details = ", ".join(f"{table} {n}" for table, n in sorted(counts.items()))
    console.print(f"[green]✓[/green] Deleted Telegram id {user}: {details}.")


@users_app.command("purge")
def users_purge(
    days: int | None = typer.Option(
        None, "--days", min=1, help="Delete users inactive this many days (default: PATHWAYS_RETENTION_DAYS)."
    ),
    turn_days: int | None = typer.Option(
        None,
        "--turn-days",
        min=1,
        help="Delete conversation turns older than this (default: PATHWAYS_TURN_RETENTION_DAYS).",
    ),
) -> None:
    """Apply the retention policy: inactive users, old conversation turns, old anonymous questions."""
    settings = _settings()
    url = settings.resolved_database_url
    inactive_days = days or settings.retention_days
    turns_days = turn_days or settings.turn_retention_days
    with _database_errors(url):
        db = _open_migrated(url)
        try:
            report = repo.purge(db, inactive_days=inactive_days, turn_days=turns_days)
        finally:
            db.dispose()
    console.print(
        f"[green]✓[/green] Purged {report.users} user(s) inactive for {inactive_days}+ days, "
        f"{report.turns} conversation turn(s) older than {turns_days} days, "
        f"{report.reminders} old sent reminder(s) and {report.questions} anonymous question(s)."
    )
