"""The worker's HTTP side: the webhook ASGI app, its background-task tracker and the uvicorn runner."""

from bot.web.app import SECRET_HEADER, WebhookApp
from bot.web.server import build_server, parse_listen
from bot.web.tasks import BackgroundTasks

__all__ = ["SECRET_HEADER", "BackgroundTasks", "WebhookApp", "build_server", "parse_listen"]
