"""``build_coordination(redis_url)``: the Redis implementations when a URL is given, the in-memory ones (one
process) otherwise. Connecting is lazy: a worker starts even while Redis is down (it logs once and falls back),
and ``ping`` (for ``/readyz``) reports whether Redis answers."""

from __future__ import annotations

from bot.coordination.guard import RedisGuard, connect
from bot.coordination.memory import (
    MemoryChatOrdering,
    MemoryDeduper,
    MemoryJobClaims,
    MemoryRateLimiter,
    MemoryValues,
)
from bot.coordination.redis_limits import RedisRateLimiter
from bot.coordination.redis_ordering import RedisChatOrdering
from bot.coordination.redis_store import RedisDeduper, RedisJobClaims, RedisValues
from bot.coordination.types import Coordination

DEFAULT_NAMESPACE = "pathways"


async def _always_ready() -> bool:
    return True


async def _nothing_to_close() -> None:
    return None


def build_coordination(
    redis_url: str | None,
    *,
    namespace: str = DEFAULT_NAMESPACE,
    socket_timeout: float = 1.0,
    retry_seconds: float = 1.0,
    chat_lease: float = 30.0,
) -> Coordination:
    if not redis_url:
        return Coordination(
            backend="memory",
            deduper=MemoryDeduper(),
            ordering=MemoryChatOrdering(),
            limiter=MemoryRateLimiter(),
            claims=MemoryJobClaims(),
            values=MemoryValues(),
            ping=_always_ready,
            close=_nothing_to_close,
        )
    redis = connect(redis_url, socket_timeout=socket_timeout)
    guard = RedisGuard(retry_seconds=retry_seconds)

    async def ping() -> bool:
        # Straight to Redis (not through the guard): readiness must see the outage the guard is hiding.
        return bool(await redis.ping())

    async def close() -> None:
        await redis.aclose()

    return Coordination(
        backend="redis",
        deduper=RedisDeduper(redis, guard, namespace=namespace),
        ordering=RedisChatOrdering(redis, guard, namespace=namespace, lease=chat_lease),
        limiter=RedisRateLimiter(redis, guard, namespace=namespace),
        claims=RedisJobClaims(redis, guard, namespace=namespace),
        values=RedisValues(redis, guard, namespace=namespace),
        ping=ping,
        close=close,
    )
