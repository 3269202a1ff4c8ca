"""`pathways bot`: the Telegram bot, with long polling (one process per token; see the README for more)."""

from __future__ import annotations

import logging

import typer

from bot.cli.common import USAGE, console, database_errors, fail, knowledge_errors, load_settings_or_exit
from bot.cli.indexing import ensure_index
from bot.config import Settings
from bot.telegram.app import build_application, run_polling, services_from_settings
from bot.telegram.logs import install_redaction


def start_bot(settings: Settings, *, drop_pending_updates: bool = False) -> None:
    """Build the index if there is none, migrate the database, then poll until Ctrl-C or SIGTERM."""
    if settings.telegram_bot_token is None:
        fail("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in .env", USAGE)
    token = settings.telegram_bot_token.get_secret_value()
    install_redaction(token)  # before anything can log a URL that contains the token
    logging.getLogger("bot").setLevel(min(logging.getLogger("bot").getEffectiveLevel(), logging.INFO))
    with knowledge_errors(), database_errors(settings.resolved_database_url):
        ensure_index(settings)
        bot_services = services_from_settings(settings)  # runs the migrations
    application = build_application(bot_services, token=token, base_url=settings.telegram_api_base_url)
    console.print("DSE Pathways bot is running (long polling). Ctrl-C to stop.", highlight=False)
    run_polling(application, drop_pending_updates=drop_pending_updates)


def bot_command(
    drop_pending_updates: bool = typer.Option(
        False, "--drop-pending-updates", help="Ignore messages sent while the bot was offline."
    ),
) -> None:
    """Run the Telegram bot (needs TELEGRAM_BOT_TOKEN)."""
    start_bot(load_settings_or_exit(), drop_pending_updates=drop_pending_updates)
