"""Webhook mode: the same ``Application`` fed by :class:`bot.web.WebhookApp` instead of long polling.

Why the webhook is answered only after the update is processed (not right after it is queued): answering 200
first would make Telegram forget an update that a worker then loses in a crash (SIGKILL, out of memory, a
deploy gone wrong). Here the request stays open while the update is processed, under a lease in the shared
deduper (see :class:`bot.telegram.limits.PerUserProcessor`):

- processed → 200, Telegram forgets it; a re-delivery of it later is skipped (200, nothing sent);
- the worker dies mid-update → the connection breaks, Telegram delivers the update again; other workers answer
  503 while the lease of the dead one lasts, then process it;
- the worker stops (SIGTERM) → uvicorn stops accepting, lets requests in flight finish within
  ``shutdown_grace_seconds``, then python-telegram-bot stops; an update cut off is given back (its mark is
  dropped) and delivered again to another worker.

Telegram waits a long time for an answer and delivers a chat's next update only after the previous one is
answered, so holding the request costs nothing but a connection (``max_connections``, default 40, per bot).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot.telegram.app import ALLOWED_UPDATES, App, TelegramUnavailable, TokenRejected
from bot.telegram.context import BotServices
from bot.telegram.limits import PerUserProcessor
from bot.web import WebhookApp, build_server
from bot.web.app import ReadinessCheck

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebhookOptions:
    url: str  # the public HTTPS URL Telegram calls (the proxy in front of the workers)
    secret: str
    listen: str = "127.0.0.1:8080"
    path: str = "/telegram"
    max_connections: int = 40
    drop_pending_updates: bool = False
    shutdown_grace_seconds: int = 30


def readiness_checks(services: BotServices) -> dict[str, ReadinessCheck]:
    """What ``/readyz`` asks: the database answers ``SELECT 1``, the index has a current generation (a round trip
    to the Chroma server when there is one), Redis answers ``PING`` (always true without Redis)."""

    async def database() -> None:
        await asyncio.to_thread(services.db.ping)

    async def index() -> bool:
        return await asyncio.to_thread(lambda: services.assistant.searcher.location.current() is not None)

    return {"database": database, "index": index, "redis": services.coordination.ping}


def warm_up(services: BotServices) -> None:
    """Fit the understanding models before taking any update (a minute on a busy machine): the first student
    must not wait for them, and a proxy must not route here before that is done."""
    services.grounded_assistant.warm()


def update_feeder(application: App) -> Callable[[dict[str, Any]], Any]:
    """``on_update`` for the webhook app: process the update (once, in its chat's turn) before answering."""
    processor = application.update_processor

    async def feed(payload: dict[str, Any]) -> None:
        try:
            update = Update.de_json(payload, application.bot)
        except (KeyError, TypeError, ValueError) as exc:
            # Malformed: sending it again cannot help, so it is acknowledged (200) and dropped.
            logger.warning("update %s could not be read (%s); dropped", payload.get("update_id"), type(exc).__name__)
            return
        await processor.process_update(update, application.process_update(update))

    return feed


async def serve_webhook(
    application: App,
    options: WebhookOptions,
    *,
    checks: Mapping[str, ReadinessCheck] | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Register the webhook, serve it until SIGTERM/SIGINT, then shut down gracefully. Telegram's refusals
    come out as the transport's own errors (TokenRejected, TelegramUnavailable), never with the token in them,
    so the CLI needs no Telegram type."""
    try:
        await _serve_webhook(application, options, checks=checks, on_ready=on_ready)
    except InvalidToken:
        raise TokenRejected("InvalidToken") from None
    except TelegramError as exc:
        raise TelegramUnavailable(type(exc).__name__) from None


async def _serve_webhook(
    application: App,
    options: WebhookOptions,
    *,
    checks: Mapping[str, ReadinessCheck] | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    services = application.bot_data.services
    assert services is not None
    processor = application.update_processor
    if isinstance(processor, PerUserProcessor):
        services.metrics.watch_queue_depth(lambda: processor.in_flight)
    await application.initialize()
    try:
        logger.info("warming up (the first answer fits the understanding models)")
        await asyncio.to_thread(warm_up, services)
        if application.post_init is not None:
            await application.post_init(application)
        await application.bot.set_webhook(
            url=options.url,
            secret_token=options.secret,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=options.max_connections,
            drop_pending_updates=options.drop_pending_updates,
        )
        await application.start()  # the job queue (reminders, announcements, nudges); no polling

        async def started() -> None:
            if on_ready is not None:
                on_ready()

        async def stopping() -> None:
            # Uvicorn has stopped accepting and waited for requests in flight (each one an update being
            # processed); now the jobs stop.
            logger.info("webhook worker stopping")
            if application.running:
                await application.stop()

        web = WebhookApp(
            secret=options.secret,
            on_update=update_feeder(application),
            metrics=services.metrics,
            checks=checks if checks is not None else readiness_checks(services),
            path=options.path,
            on_startup=started,
            on_shutdown=stopping,
        )
        server = build_server(web, listen=options.listen, graceful_seconds=options.shutdown_grace_seconds)
        await server.serve()
    finally:
        if application.running:
            await application.stop()
        await application.shutdown()
        await services.coordination.close()
