"""The root `pathways` command. Every command is registered here and only here: the single commands first (as
`pathways --help` lists them), then each group with ``add_typer``. A new group is a module with its own Typer
app plus one line in ``_GROUPS``.

Commands are imported when registered, and ``main`` registers only the one a command line names (all of them for
``pathways --help`` or an unknown name): `pathways kb validate` then never loads the assistant, the Telegram
library or the charts, which cost every command seconds before it started."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any, Final

import typer

# name -> (module, attribute): single commands, then groups, in the order `pathways --help` lists them.
_COMMANDS: Final = {
    "run": ("bot.cli.run", "run_command"),
    "chat": ("bot.cli.chat", "chat_command"),
    "ask": ("bot.cli.ask", "ask_command"),
    "bot": ("bot.cli.telegram_bot", "bot_command"),
}
_GROUPS: Final = {
    "kb": ("bot.cli.kb", "kb_app"),
    "db": ("bot.cli.db", "db_app"),
    "users": ("bot.cli.users", "users_app"),
    "links": ("bot.cli.links", "links_app"),
}


def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details.")) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def build_app(only: str | None = None) -> typer.Typer:
    """The root app with every command, or with only the command or group named ``only``."""
    app = typer.Typer(
        name="pathways",
        help="DSE Pathways: knowledge base, database, users, the assistant and the Telegram bot.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.callback()(_root)
    for name, (module, attribute) in _COMMANDS.items():
        if only in (None, name):
            app.command(name)(_load(module, attribute))
    for name, (module, attribute) in _GROUPS.items():
        if only in (None, name):
            app.add_typer(_load(module, attribute), name=name)
    return app


def _load(module: str, attribute: str) -> Any:
    return getattr(importlib.import_module(module), attribute)


def named_command(argv: Sequence[str]) -> str | None:
    """The command or group a command line names (past the root's own options), if it is a known one."""
    for argument in argv:
        if argument.startswith("-"):
            continue
        return argument if argument in _COMMANDS or argument in _GROUPS else None
    return None


def main() -> None:
    build_app(named_command(sys.argv[1:]))()
