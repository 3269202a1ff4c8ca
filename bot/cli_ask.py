"""`pathways ask "QUESTION"`: one answer from the assistant, for scripts and quick checks."""

from __future__ import annotations

import json

import typer
from rich.console import Console

from bot import services
from bot.cli_chat import render
from bot.cli_kb import fail
from bot.config import load_settings
from knowledge.store import IndexUnavailable

console = Console()


def ask(
    question: str = typer.Argument(..., help="The question, as a student would ask it."),
    user_id: int | None = typer.Option(None, "--user-id", min=1, help="Answer for this student's profile."),
    as_json: bool = typer.Option(False, "--json", help="Print the Answer as JSON."),
) -> None:
    """Ask the assistant one question."""
    settings = load_settings()
    try:
        if user_id is None:
            answer = services.assistant(settings).answer(question)
        else:
            answer = services.conversation(settings).ask(telegram_id=user_id, text=question).answer
    except IndexUnavailable as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        data = answer.as_json()
        data["sources"] = [{k: s[k] for k in ("id", "title", "refs", "url", "seen")} for s in data["sources"]]
        console.print_json(json.dumps(data, ensure_ascii=False))
    else:
        render(answer)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
