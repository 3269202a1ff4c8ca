"""The `pathways` command line, one module per command group:

- :mod:`~bot.cli.root`: the root Typer app, where every command and group is registered, and ``main``;
- :mod:`~bot.cli.common`: settings loading, the one error style (``Error: …`` on stderr, exit 2 for bad input or
  configuration, 1 for failures), the database and knowledge-base error mappings, output helpers;
- :mod:`~bot.cli.indexing`: refreshing the index, and building it on a first run;
- :mod:`~bot.cli.kb`, :mod:`~bot.cli.db`, :mod:`~bot.cli.users`, :mod:`~bot.cli.links`: the command groups;
- :mod:`~bot.cli.ask`, :mod:`~bot.cli.chat`, :mod:`~bot.cli.telegram_bot`, :mod:`~bot.cli.run`: single commands.
"""

from typing import TYPE_CHECKING, Any

from bot.cli.root import build_app, main

if TYPE_CHECKING:
    import typer

    app: typer.Typer

__all__ = ["app", "build_app", "main"]


def __getattr__(name: str) -> Any:
    # The whole app is built (every command imported) only when asked for: `pathways` itself goes through main.
    if name == "app":
        return build_app()
    raise AttributeError(f"module 'bot.cli' has no attribute {name!r}")
