"""`pathways bot`: the Telegram bot, with long polling (one process per token; see the README for more)."""

from __future__ import annotations

import logging

import typer
from pydantic import ValidationError
from rich.console import Console

from bot.cli_kb import fail
from bot.config import Settings, load_settings
from knowledge.store import IndexUnavailable
from storage import StorageError

console = Console(highlight=False)


def load_or_exit() -> Settings:
    try:
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise fail(f"invalid settings: {problems}", 2) from None


def start_bot(settings: Settings, *, drop_pending_updates: bool = False) -> None:
    """Build the index if there is none, migrate the database, then poll until Ctrl-C or SIGTERM."""
    from bot.cli_chat import ensure_index
    from bot.telegram.app import build_application, run_polling, services_from_settings
    from bot.telegram.logs import install_redaction

    if settings.telegram_bot_token is None:
        raise fail("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in .env", 2)
    token = settings.telegram_bot_token.get_secret_value()
    install_redaction(token)
    logging.getLogger("bot").setLevel(min(logging.getLogger("bot").getEffectiveLevel(), logging.INFO))
    try:
        ensure_index(settings)
        bot_services = services_from_settings(settings)  # runs the migrations
    except IndexUnavailable as exc:
        raise fail(str(exc)) from None
    except (StorageError, ValueError) as exc:
        raise fail(str(exc), 2) from None
    application = build_application(bot_services, token=token, base_url=settings.telegram_api_base_url)
    console.print("DSE Pathways bot is running (long polling). Ctrl-C to stop.")
    run_polling(application, drop_pending_updates=drop_pending_updates)


def bot(
    drop_pending_updates: bool = typer.Option(
        False, "--drop-pending-updates", help="Ignore messages sent while the bot was offline."
    ),
) -> None:
    """Run the Telegram bot (needs TELEGRAM_BOT_TOKEN)."""
    start_bot(load_or_exit(), drop_pending_updates=drop_pending_updates)


def register(app: typer.Typer) -> None:
    app.command("bot")(bot)
