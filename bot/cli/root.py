"""The root `pathways` command. Every command is registered here and only here: the single commands first (as
`pathways --help` lists them), then each group with ``add_typer``. A new group is a module with its own Typer
app plus one line below."""

from __future__ import annotations

import logging

import typer

from bot.cli.ask import ask_command
from bot.cli.chat import chat_command
from bot.cli.db import db_app
from bot.cli.kb import kb_app
from bot.cli.links import links_app
from bot.cli.run import run_command
from bot.cli.telegram_bot import bot_command
from bot.cli.users import users_app

app = typer.Typer(
    name="pathways",
    help="DSE Pathways: knowledge base, database, users, the assistant and the Telegram bot.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("run")(run_command)
app.command("chat")(chat_command)
app.command("ask")(ask_command)
app.command("bot")(bot_command)
app.add_typer(kb_app, name="kb")
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(links_app, name="links")


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details.")) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def main() -> None:
    app()
