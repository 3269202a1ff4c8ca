"""The `pathways` command: one Typer app whose sub-commands live in small modules by concern."""

from __future__ import annotations

import logging

import typer

from bot import cli_ask, cli_bot, cli_links, cli_run
from bot.cli_kb import kb_app
from bot.cli_storage import db_app, users_app

app = typer.Typer(
    name="pathways",
    help="DSE Pathways: knowledge base, database, users, the assistant and the Telegram bot.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(kb_app, name="kb")
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
cli_run.register(app)
cli_ask.register(app)
cli_bot.register(app)
cli_links.register(app)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details.")) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def main() -> None:
    app()
