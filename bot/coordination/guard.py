"""Redis calls that never take a worker down: a failure is logged once per outage, answered by a fallback,
and Redis is tried again (at most every ``retry_seconds``) until it answers; then one line says it is back.

redis-py reconnects by itself (a broken pooled connection is dropped and the next command dials again), so
"reconnect automatically" only needs the guard to keep trying. Timeouts are short (see :func:`connect`): a
hung Redis must delay an update by about a second, not stall it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

T = TypeVar("T")
REDIS_FAILURES: Final = (RedisError, OSError, asyncio.TimeoutError)
FALLBACKS: Final = (
    "updates deduplicated and chats ordered within this worker only, rate limits counted by this worker only, "
    "job claims refused (reminders wait)"
)


def connect(url: str, *, socket_timeout: float = 1.0) -> Redis:
    """A client that fails fast: one immediate retry for a connection dropped since its last use (a restarted
    Redis), then the error, so the guard can fall back instead of waiting through a backoff."""
    return Redis.from_url(
        url,
        decode_responses=True,
        socket_timeout=socket_timeout,
        socket_connect_timeout=socket_timeout,
        retry=Retry(NoBackoff(), 1),
        health_check_interval=15,
    )


class RedisGuard:
    def __init__(self, *, retry_seconds: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._retry_seconds = retry_seconds
        self._clock = clock
        self._down_since: float | None = None
        self._next_try = 0.0

    @property
    def available(self) -> bool:
        """False from the first failure until Redis answers again."""
        return self._down_since is None

    async def run(self, operation: Callable[[], Awaitable[T]], fallback: Callable[[], Awaitable[T]]) -> T:
        now = self._clock()
        if self._down_since is not None and now < self._next_try:
            return await fallback()
        try:
            result = await operation()
        except REDIS_FAILURES as exc:
            if self._down_since is None:
                self._down_since = now
                logger.error("Redis unreachable (%s); until it returns: %s", type(exc).__name__, FALLBACKS)
            self._next_try = now + self._retry_seconds
            return await fallback()
        if self._down_since is not None:
            logger.warning("Redis reachable again after %.0f s; shared coordination resumed", now - self._down_since)
            self._down_since = None
        return result
