"""`pathways run`: what `make run` starts. The Telegram bot when a token is configured, otherwise the offline
terminal chat over the same assistant (the index is built on first run)."""

from __future__ import annotations

import typer

from bot.cli_chat import LOCAL_USER, chat


def run() -> None:
    """Start the main job: the Telegram bot with a token, else the offline terminal chat."""
    from bot.cli_bot import load_or_exit, start_bot

    settings = load_or_exit()
    if settings.telegram_bot_token is not None:
        start_bot(settings)
        return
    chat(user_id=LOCAL_USER)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("chat")(chat)
