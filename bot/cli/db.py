"""`pathways db …`: create, update or undo the database tables (Alembic migrations)."""

from __future__ import annotations

import typer

from bot.cli.common import confirm_or_stop, database_errors, load_settings_or_exit, say
from storage import migrate, safe_url

db_app = typer.Typer(help="Create or update the database tables (Alembic migrations).", no_args_is_help=True)


def _database_url() -> str:
    return load_settings_or_exit().resolved_database_url


@db_app.command("upgrade")
def db_upgrade(
    revision: str = typer.Argument("head", help="Target revision (default: the newest)."),
) -> None:
    """Apply the migrations (safe to run again; the bot and the chat also run it on start)."""
    url = _database_url()
    with database_errors(url):
        migrate.upgrade(url, revision)
        at = migrate.current(url)
    say(f"[green]✓[/green] {safe_url(url)} is at revision {at}.")


@db_app.command("downgrade")
def db_downgrade(
    revision: str = typer.Argument("-1", help='Target revision: "-1" undoes one step, "base" removes all.'),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Undo migrations. This drops tables or columns and the data in them."""
    url = _database_url()
    with database_errors(url):
        before = migrate.current(url)
        if before is None:
            say(f"{safe_url(url)} has no migrations applied; nothing to undo.")
            return
        target = "the previous revision" if revision == "-1" else revision
        confirm_or_stop(
            f"Downgrade {safe_url(url)} from {before} to {target}? Data in removed tables is lost.", yes=yes
        )
        migrate.downgrade(url, revision)
        after = migrate.current(url)
    say(f"[green]✓[/green] {safe_url(url)} is at revision {after or 'base (no tables)'}.")


@db_app.command("current")
def db_current() -> None:
    """Show the database's revision and the newest one this version knows."""
    url = _database_url()
    with database_errors(url):
        at = migrate.current(url)
    head = migrate.head()
    state = "up to date" if at == head else "run `pathways db upgrade`"
    say(f"{safe_url(url)}: revision {at or 'none'} (newest {head}) — {state}")
