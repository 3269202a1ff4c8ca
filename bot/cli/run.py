"""`pathways run`: what `make run` starts. The Telegram bot when a token is configured, otherwise the offline
terminal chat over the same assistant (the index is built on first run)."""

from __future__ import annotations

from bot.cli.chat import LOCAL_USER, start_chat
from bot.cli.common import load_settings_or_exit
from bot.cli.telegram_bot import start_bot


def run_command() -> None:
    """Start the main job: the Telegram bot with a token, else the offline terminal chat."""
    settings = load_settings_or_exit()
    if settings.telegram_bot_token is not None:
        start_bot(settings)
        return
    start_chat(settings, LOCAL_USER)
