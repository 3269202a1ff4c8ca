"""`pathways users …`: the privacy operations on stored data (export, delete, purge).

These commands never create or migrate the database: a missing or outdated one is explained instead, so a typo
in DATABASE_URL cannot leave an empty database behind.
"""

from __future__ import annotations

from pathlib import Path

import typer

from bot.cli.common import USAGE, confirm_or_stop, database_errors, fail, load_settings_or_exit, print_json, say
from storage import MAX_TELEGRAM_ID, Database, connect, migrate, safe_url
from storage import repository as repo
from storage.engine import normalise_url

users_app = typer.Typer(help="Privacy operations: export, delete and purge stored user data.", no_args_is_help=True)


def _open_migrated(url: str) -> Database:
    """Connect to a database that exists and is fully migrated, or explain what to do."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database or "")
        if not path.expanduser().exists():
            fail(f"no database at {path}: run `pathways db upgrade` first")
    at = migrate.current(url)
    if at is None:
        fail(f"the database at {safe_url(url)} has no tables yet: run `pathways db upgrade` first")
    if at != migrate.head():
        fail(f"the database is at revision {at} but this version needs {migrate.head()}: run `pathways db upgrade`")
    return connect(url)


def _telegram_id(text: str) -> int:
    """A Telegram user id typed by the operator: ASCII digits only (no sign, no fraction, no full-width digits)."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= MAX_TELEGRAM_ID:
        fail(f"not a Telegram user id: {text!r} (expected a positive whole number)", USAGE)
    return int(value)


@users_app.command("export")
def users_export(
    telegram_id: str = typer.Argument(..., metavar="TELEGRAM_ID", help="The user's numeric Telegram id."),
) -> None:
    """Print everything stored about one user as JSON (for a data access request)."""
    user = _telegram_id(telegram_id)
    url = load_settings_or_exit().resolved_database_url
    with database_errors(url):
        db = _open_migrated(url)
        try:
            data = repo.export_user(db, telegram_id=user)
        finally:
            db.dispose()
    if data is None:
        fail(f"no stored data for Telegram id {user}")
    print_json(data)


@users_app.command("delete")
def users_delete(
    telegram_id: str = typer.Argument(..., metavar="TELEGRAM_ID", help="The user's numeric Telegram id."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete everything stored about one user, from every table."""
    user = _telegram_id(telegram_id)
    url = load_settings_or_exit().resolved_database_url
    with database_errors(url):
        db = _open_migrated(url)
        try:
            if repo.get_user(db, telegram_id=user) is None:
                fail(f"no stored data for Telegram id {user}")
            confirm_or_stop(f"Delete everything stored about Telegram id {user}? This cannot be undone.", yes=yes)
            counts = repo.delete_user(db, telegram_id=user)
        finally:
            db.dispose()
    details = ", ".join(f"{table} {n}" for table, n in sorted(counts.items()))
    say(f"[green]✓[/green] Deleted Telegram id {user}: {details}.")


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
    settings = load_settings_or_exit()
    url = settings.resolved_database_url
    inactive_days = days or settings.retention_days
    turns_days = turn_days or settings.turn_retention_days
    with database_errors(url):
        db = _open_migrated(url)
        try:
            report = repo.purge(db, inactive_days=inactive_days, turn_days=turns_days)
        finally:
            db.dispose()
    say(
        f"[green]✓[/green] Purged {report.users} user(s) inactive for {inactive_days}+ days, "
        f"{report.turns} conversation turn(s) older than {turns_days} days, "
        f"{report.reminders} old sent reminder(s) and {report.questions} anonymous question(s)."
    )
