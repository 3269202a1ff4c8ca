"""Serving the webhook app with uvicorn, and shutting down gracefully.

On SIGTERM (or ``server.should_exit = True``) uvicorn stops accepting connections, lets requests in flight
finish (up to ``graceful_seconds``), then runs the app's shutdown hook — where the caller drains background work
(:meth:`bot.web.tasks.BackgroundTasks.drain`, or PTB's ``Application.stop``) within its own bound. Uvicorn's own
logging configuration is left alone (``log_config=None``): the process's is set by
:func:`bot.logging_setup.configure_logging`, and access logs are off (they add nothing for a webhook and would
multiply log volume by the update rate).
"""

from __future__ import annotations

from typing import Final

import uvicorn

from bot.web.app import WebhookApp

DEFAULT_LISTEN: Final = "127.0.0.1:8080"


def parse_listen(listen: str) -> tuple[str, int]:
    """``host:port`` → (host, port); ``:8080`` listens on every interface; ``[::1]:8080`` is IPv6."""
    host, separator, port_text = listen.strip().rpartition(":")
    if not separator or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"PATHWAYS_LISTEN must be host:port, not {listen!r}")
    host = host.strip("[]") or "0.0.0.0"  # noqa: S104 - an empty host means "every interface", on request
    return host, int(port_text)


def build_server(app: WebhookApp, *, listen: str = DEFAULT_LISTEN, graceful_seconds: int = 30) -> uvicorn.Server:
    """A uvicorn server for ``app``; ``await server.serve()`` runs it until SIGTERM/SIGINT or ``should_exit``."""
    host, port = parse_listen(listen)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=graceful_seconds,
        # One request at a time per Telegram connection and up to 100 connections: a generous cap still bounds
        # memory when something else floods the port.
        limit_concurrency=1000,
        server_header=False,
    )
    return uvicorn.Server(config)
