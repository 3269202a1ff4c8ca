"""The worker's HTTP face (ASGI, Starlette): Telegram's webhook, liveness, readiness and metrics.

- ``POST {path}`` (default ``/telegram``): the secret-token header is compared in constant time before anything
  else; without it or with a wrong one the answer is 403 and the body is never read. A body over
  ``max_body_bytes`` gets 413, anything but a JSON object with an integer ``update_id`` 400. A good update is
  handed to ``on_update``, which should only enqueue (Telegram waits for the answer, and answers slower than
  its timeout are delivered again). If ``on_update`` fails, or the worker is shutting down, the answer is 503 so
  Telegram delivers the update again — to this worker later or to another one now.
- ``GET /healthz``: 200 "ok" while the process serves requests (liveness).
- ``GET /readyz``: runs every readiness check (database, index, Redis …) concurrently, each within
  ``check_timeout``; 200 with per-check JSON when all pass, 503 otherwise. A check passes when it returns
  anything but False without raising; failures are reported by exception type only (messages can hold URLs
  with passwords).
- ``GET /metrics``: the Prometheus exposition of :class:`bot.metrics.Metrics`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Final

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from bot.metrics import Metrics

logger = logging.getLogger(__name__)

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - the header's name, not a secret
# What Telegram accepts as a secret token: 1-256 of A-Z, a-z, 0-9, _ and -.
_SECRET_SHAPE: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
MAX_BODY_BYTES: Final = 1_000_000

OnUpdate = Callable[[dict[str, Any]], Awaitable[None]]
ReadinessCheck = Callable[[], Awaitable[object]]


class WebhookApp:
    """An ASGI application (pass it to uvicorn). ``stop_accepting()`` starts a graceful shutdown."""

    def __init__(
        self,
        *,
        secret: str,
        on_update: OnUpdate,
        metrics: Metrics,
        checks: Mapping[str, ReadinessCheck] | None = None,
        path: str = "/telegram",
        max_body_bytes: int = MAX_BODY_BYTES,
        check_timeout: float = 3.0,
        on_startup: Callable[[], Awaitable[None]] | None = None,
        on_shutdown: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        if not _SECRET_SHAPE.fullmatch(secret):
            raise ValueError("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        if not path.startswith("/"):
            raise ValueError("the webhook path must start with /")
        self._secret = secret.encode("ascii")
        self._on_update = on_update
        self._checks = dict(checks or {})
        self._max_body_bytes = max_body_bytes
        self._check_timeout = check_timeout
        self._on_startup = on_startup
        self._on_shutdown = on_shutdown
        self.metrics = metrics
        self.accepting = True
        self.asgi = Starlette(
            routes=[
                Route(path, self._webhook, methods=["POST"]),
                Route("/healthz", self._healthz, methods=["GET"]),
                Route("/readyz", self._readyz, methods=["GET"]),
                Route("/metrics", self._metrics, methods=["GET"]),
            ],
            lifespan=self._lifespan,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.asgi(scope, receive, send)

    def stop_accepting(self) -> None:
        """From now on updates get 503 (Telegram delivers them to another worker) and ``/readyz`` fails, so a
        proxy stops routing here."""
        self.accepting = False

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        del app
        if self._on_startup is not None:
            await self._on_startup()
        try:
            yield
        finally:
            self.stop_accepting()
            if self._on_shutdown is not None:
                await self._on_shutdown()

    def _secret_matches(self, request: Request) -> bool:
        given = request.headers.get(SECRET_HEADER)
        if given is None:
            return False
        # Header values arrive decoded as latin-1: compare the original bytes, in constant time.
        return hmac.compare_digest(given.encode("latin-1"), self._secret)

    async def _read_body(self, request: Request) -> bytes | None:
        """The body, or None when it is larger than allowed (stops reading at the limit)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_body_bytes:
            return None
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self._max_body_bytes:
                return None
        return bytes(body)

    async def _webhook(self, request: Request) -> Response:
        if not self._secret_matches(request):
            logger.warning("webhook request refused: missing or wrong secret token")
            return PlainTextResponse("forbidden", status_code=403)
        if not self.accepting:
            return PlainTextResponse("shutting down", status_code=503)
        body = await self._read_body(request)
        if body is None:
            return PlainTextResponse("too large", status_code=413)
        try:
            payload = json.loads(body)
        except ValueError:  # includes UnicodeDecodeError
            return PlainTextResponse("bad json", status_code=400)
        if not isinstance(payload, dict) or type(payload.get("update_id")) is not int:
            return PlainTextResponse("not an update", status_code=400)
        self.metrics.update_received()
        try:
            await self._on_update(payload)
        except Exception as exc:
            logger.error(
                "update %d not accepted (%s); Telegram will deliver it again", payload["update_id"], type(exc).__name__
            )
            return PlainTextResponse("try again", status_code=503)
        return Response(status_code=200)

    async def _healthz(self, request: Request) -> Response:
        del request
        return PlainTextResponse("ok")

    async def _run_check(self, check: ReadinessCheck) -> dict[str, object]:
        started = time.perf_counter()
        try:
            result = await asyncio.wait_for(check(), timeout=self._check_timeout)
        except TimeoutError:
            return {"ok": False, "error": "timeout", "seconds": round(time.perf_counter() - started, 3)}
        except Exception as exc:
            return {"ok": False, "error": type(exc).__name__, "seconds": round(time.perf_counter() - started, 3)}
        ok = result is not False
        report: dict[str, object] = {"ok": ok, "seconds": round(time.perf_counter() - started, 3)}
        if not ok:
            report["error"] = "check returned false"
        return report

    async def _readyz(self, request: Request) -> Response:
        del request
        names = list(self._checks)
        results = await asyncio.gather(*(self._run_check(self._checks[name]) for name in names))
        checks = dict(zip(names, results, strict=True))
        ready = self.accepting and all(result["ok"] for result in results)
        body = {"ready": ready, "accepting": self.accepting, "checks": checks}
        return JSONResponse(body, status_code=200 if ready else 503)

    async def _metrics(self, request: Request) -> Response:
        del request
        body, content_type = self.metrics.exposition()
        return Response(body, media_type=content_type)
