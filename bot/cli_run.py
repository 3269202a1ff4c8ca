"""`pathways run`: what `make run` starts. The Telegram bot when a token is configured, otherwise the offline
terminal prompt over the same knowledge base (the index is built on first run)."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.prompt import Prompt

from bot import services
from bot.cli_kb import fail, run_refresh
from bot.config import Settings, load_settings
from knowledge.store import IndexUnavailable

console = Console()


def ensure_index(settings: Settings) -> None:
    """Build the index when none exists yet; an existing one is left as it is (refresh is an admin's call)."""
    if services.location(settings).current() is not None:
        return
    console.print("Building the knowledge base for the first run (about a minute on two cores)…")
    report = run_refresh(settings, sources=[], full=False, show_progress=True)
    console.print(f"Indexed {report.added} documents in {report.chunks} chunks.")


def search_prompt(settings: Settings) -> None:
    searcher = services.searcher(settings)
    console.print("[bold]DSE Pathways[/bold] — ask about tasters, micro-credentials, certificates (Ctrl-D to quit).")
    while True:
        try:
            question = Prompt.ask("[cyan]you[/cyan]")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not question.strip():
            continue
        hits = searcher.relevant(question, searcher.search(question, k=5))
        if not hits:
            console.print("I don't know that one yet: nothing in the knowledge base matches.")
            continue
        for hit in hits:
            year = hit.seen or "year unknown"
            console.print(f"• [bold]{hit.title}[/bold] / {hit.title_zh} ({hit.kind}, source {year})\n  {hit.url}")


def run() -> None:
    """Start the main job: the Telegram bot with a token, else the offline terminal chat."""
    settings = load_settings()
    try:
        ensure_index(settings)
        search_prompt(settings)
    except IndexUnavailable as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:
        raise fail(str(exc), 2) from None


def register(app: typer.Typer) -> None:
    app.command("run")(run)
