"""`pathways kb …`: validate, refresh, search, inspect and evaluate the knowledge base."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from knowledge.catalog import load_catalog

kb_app = typer.Typer(help="Check, refresh, search and evaluate the knowledge base.", no_args_is_help=True)
console = Console()
err_console = Console(stderr=True)


@kb_app.command("validate")
def validate(
    paths: list[Path] = typer.Argument(None, help="Files or folders to check (default: the catalogue)."),
) -> None:
    """Check catalogue files and print every problem with its file, field and reason."""
    result = load_catalog(paths or None)
    for problem in result.problems:
        err_console.print(f"[red]✗[/red] {problem.file}: [bold]{problem.field}[/bold]: {problem.reason}",
                          highlight=False)
    if result.problems:
        err_console.print(f"{len(result.problems)} problem(s) in the catalogue.")
        raise typer.Exit(1)
    console.print(f"[green]✓[/green] {len(result.entries)} entries are valid.")
