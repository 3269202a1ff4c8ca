"""Sliding-window rate limits counted by all workers together, in one Lua script (atomic across limits).

Each limit is a sorted set of the moments (Redis's clock, microseconds) events were counted; a request is
granted only when every limit has fewer than ``count`` events in the last ``period`` seconds, and then one event
is added to each. The count is exact in every window (unlike a fixed window, or a token bucket that lets a full
bucket through on top of the steady rate). A refusal says how long until all the full limits have room.

While Redis is down the same limits are counted by this worker alone (:class:`MemoryRateLimiter`), so each
worker still keeps every limit on its own; with N workers the overall rate may then reach N times the limit for
the length of the outage, and Telegram's 429 ``retry_after`` (honoured by the outbound limiter) is the backstop.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Final

from redis.asyncio import Redis

from bot.coordination.guard import RedisGuard
from bot.coordination.memory import MemoryRateLimiter, acquire_by_waiting
from bot.coordination.types import GRANTED, Decision, Limit

# KEYS: one sorted set per limit. ARGV: a unique tag, then (count, period in µs) per limit.
# Returns {granted 0/1, index (1-based) of the first full limit, wait in µs}.
_RESERVE: Final = """
-- Numbers go to Redis as text, and Lua's default conversion keeps only 14 digits: format them whole.
local function text(x) return string.format('%.0f', x) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait, blocked = 0, 0
for i, key in ipairs(KEYS) do
  local count, period = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', text(now - period))
  local used = redis.call('ZCARD', key)
  if used >= count then
    local freeing = redis.call('ZRANGE', key, used - count, used - count, 'WITHSCORES')
    local until_free = tonumber(freeing[2]) + period - now
    if until_free > wait then wait = until_free end
    if blocked == 0 then blocked = i end
  end
end
if blocked > 0 then return {0, blocked, wait} end
for i, key in ipairs(KEYS) do
  local period = tonumber(ARGV[2 * i + 1])
  redis.call('ZADD', key, text(now), text(now) .. ':' .. ARGV[1] .. ':' .. i)
  redis.call('PEXPIRE', key, math.ceil(period / 1000) + 1000)
end
return {1, 0, 0}
"""


class RedisRateLimiter:
    def __init__(self, redis: Redis, guard: RedisGuard, *, namespace: str) -> None:
        self._guard = guard
        self._prefix = f"{namespace}:rate:"
        self._reserve = redis.register_script(_RESERVE)
        self._local = MemoryRateLimiter()

    async def reserve(self, limits: Sequence[Limit]) -> Decision:
        if not limits:
            return GRANTED

        async def shared() -> Decision:
            args: list[str | int] = [secrets.token_hex(6)]
            for limit in limits:
                args += [limit.count, round(limit.period * 1_000_000)]
            granted, blocked, wait = await self._reserve(keys=[self._prefix + limit.key for limit in limits], args=args)
            if granted:
                return GRANTED
            return Decision(granted=False, wait=int(wait) / 1_000_000, blocked_by=int(blocked) - 1)

        async def local() -> Decision:
            return self._local.reserve_now(limits)

        return await self._guard.run(shared, local)

    async def acquire(self, limits: Sequence[Limit], *, max_wait: float) -> bool:
        return await acquire_by_waiting(self, limits, max_wait=max_wait)
