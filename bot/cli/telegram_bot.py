"""`pathways bot`: the Telegram bot, with long polling (one process per token), or ``--webhook``: one of any number
of workers behind one URL, sharing PostgreSQL, a Chroma server and Redis (see bot/telegram/webhook.py).

A bot that cannot start says so in one line without secrets: the token is checked with getMe before anything
slow (building the index on a first run), and "is running" is printed only once Telegram has accepted it.
"""

from __future__ import annotations

import asyncio
import logging
import urllib.parse

import typer

from bot.cli.common import (
    USAGE,
    check_data_folder,
    configured_secrets,
    console,
    database_errors,
    err_console,
    fail,
    knowledge_errors,
    load_settings_or_exit,
    stop_on_interrupt,
)
from bot.cli.indexing import ensure_index
from bot.config import Settings
from bot.logging_setup import configure_logging
from bot.telegram.app import (
    TelegramUnavailable,
    TokenRejected,
    build_application,
    fetch_username,
    run_polling,
    services_from_settings,
)
from bot.telegram.logs import install_redaction, redact
from bot.telegram.webhook import WebhookOptions, serve_webhook
from bot.web import parse_listen

REJECTED = "Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN; @BotFather shows the current one)"


def _unreachable(settings: Settings, kind: str) -> str:
    return f"cannot reach Telegram at {redact(settings.telegram_api_base_url)} ({kind}); check the network"


def check_token(settings: Settings, token: str) -> None:
    """Ask Telegram who the bot is, or stop with one clear line (exit 1)."""
    try:
        asyncio.run(fetch_username(token, settings.telegram_api_base_url))
    except TokenRejected:
        fail(REJECTED)
    except TelegramUnavailable as exc:
        fail(_unreachable(settings, str(exc)))


def start_bot(settings: Settings, *, drop_pending_updates: bool = False) -> None:
    """Check the token, build the index if there is none, migrate the database, then poll until Ctrl-C or
    SIGTERM."""
    if settings.telegram_bot_token is None:
        fail("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in .env", USAGE)
    token = settings.telegram_bot_token.get_secret_value()
    install_redaction(token)  # before anything can log a URL that contains the token
    logging.getLogger("bot").setLevel(min(logging.getLogger("bot").getEffectiveLevel(), logging.INFO))
    check_data_folder(settings)
    check_token(settings, token)
    with stop_on_interrupt(), knowledge_errors(), database_errors(settings.resolved_database_url):
        ensure_index(settings)
        bot_services = services_from_settings(settings)  # runs the migrations
        with err_console.status("Getting the assistant ready…"):
            bot_services.grounded_assistant.warm()
    application = build_application(bot_services, token=token, base_url=settings.telegram_api_base_url)

    def announce() -> None:
        console.print("DSE Pathways bot is running (long polling). Ctrl-C to stop.", highlight=False)

    try:
        run_polling(application, drop_pending_updates=drop_pending_updates, on_ready=announce)
    except TokenRejected:  # revoked between the check and the start
        fail(REJECTED)
    except TelegramUnavailable as exc:
        fail(_unreachable(settings, str(exc)))


def webhook_options(settings: Settings, *, drop_pending_updates: bool) -> WebhookOptions:
    """The webhook settings, or one clear line (exit 2) naming what is missing or wrong."""
    if not settings.webhook_url:
        fail("PATHWAYS_WEBHOOK_URL is not set: the public HTTPS URL Telegram should call", USAGE)
    if settings.webhook_secret is None:
        fail("PATHWAYS_WEBHOOK_SECRET is not set: 1-256 characters of A-Z, a-z, 0-9, _ and -", USAGE)
    try:
        parse_listen(settings.listen)
    except ValueError as exc:
        fail(str(exc), USAGE)
    return WebhookOptions(
        url=settings.webhook_url,
        secret=settings.webhook_secret.get_secret_value(),
        listen=settings.listen,
        path=settings.webhook_path,
        max_connections=settings.webhook_max_connections,
        drop_pending_updates=drop_pending_updates,
        shutdown_grace_seconds=settings.shutdown_grace_seconds,
    )


def start_webhook(settings: Settings, *, drop_pending_updates: bool = False) -> None:
    """One webhook worker: the same checks as long polling, then register the webhook and serve until SIGTERM."""
    if settings.telegram_bot_token is None:
        fail("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in .env", USAGE)
    options = webhook_options(settings, drop_pending_updates=drop_pending_updates)
    token = settings.telegram_bot_token.get_secret_value()
    configure_logging(log_format=settings.log_format)  # replaces the handlers: redaction is installed after it
    redis_password = urllib.parse.urlsplit(settings.redis_url or "").password
    install_redaction(*configured_secrets(settings), token, options.secret, redis_password)
    check_data_folder(settings)
    check_token(settings, token)
    with stop_on_interrupt(), knowledge_errors(), database_errors(settings.resolved_database_url):
        ensure_index(settings)
        bot_services = services_from_settings(settings)  # runs the migrations (already done in a rolling deploy)
    application = build_application(bot_services, token=token, base_url=settings.telegram_api_base_url)
    backend = bot_services.coordination.backend

    def announce() -> None:
        console.print(
            f"DSE Pathways bot is running (webhook on {settings.listen}, coordination: {backend}). Ctrl-C to stop.",
            highlight=False,
        )

    try:
        asyncio.run(serve_webhook(application, options, on_ready=announce))
    except TokenRejected:  # revoked between the check and the start
        fail(REJECTED)
    except TelegramUnavailable as exc:
        fail(f"Telegram refused the webhook ({exc}); check PATHWAYS_WEBHOOK_URL")


def bot_command(
    drop_pending_updates: bool = typer.Option(
        False, "--drop-pending-updates", help="Ignore messages sent while the bot was offline."
    ),
    webhook: bool = typer.Option(
        False,
        "--webhook",
        help="Serve a webhook (PATHWAYS_WEBHOOK_URL, PATHWAYS_WEBHOOK_SECRET, PATHWAYS_LISTEN) instead of polling.",
    ),
) -> None:
    """Run the Telegram bot (needs TELEGRAM_BOT_TOKEN): long polling, or one webhook worker of many."""
    settings = load_settings_or_exit()
    if webhook:
        start_webhook(settings, drop_pending_updates=drop_pending_updates)
    else:
        start_bot(settings, drop_pending_updates=drop_pending_updates)
