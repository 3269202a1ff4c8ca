"""Redis versions of the deduper, the job claims and the shared values. What each does while Redis is down:

- deduper: the update is PROCESSED (a lost student message is worse than a rare double answer), checked
  against this worker's own memory, which also records every update seen while Redis was up — so a
  re-delivery to the same worker is still caught; only a re-delivery to another worker during the outage can
  be processed twice.
- job claims: FAIL CLOSED — no claim, so nothing is sent; the job runs again later (reminders are re-checked
  every few minutes) and sends once Redis answers. A reminder a few minutes late beats one sent twice.
- shared values: written to this worker's memory as well as Redis, read from memory while Redis is down
  (a pre-consent language choice may be asked again, nothing worse).

Marks and claims store a random token and a repeated SET recognises its own token, so the client's one retry
after a dropped connection cannot turn "set by me" into "already there".
"""

from __future__ import annotations

import secrets
from typing import Final

from redis.asyncio import Redis

from bot.coordination.guard import RedisGuard
from bot.coordination.memory import MemoryDeduper, MemoryValues
from bot.coordination.types import DEFAULT_DEDUPE_SECONDS

# SET NX with a token; true also when the key already holds our own token (the first attempt's reply was lost).
_SET_ONCE: Final = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


class RedisDeduper:
    def __init__(
        self, redis: Redis, guard: RedisGuard, *, namespace: str, retention: float = DEFAULT_DEDUPE_SECONDS
    ) -> None:
        self._redis = redis
        self._guard = guard
        self._prefix = f"{namespace}:update:"
        self._retention = retention
        self._set_once = redis.register_script(_SET_ONCE)
        self._local = MemoryDeduper(retention=retention)

    async def first_time(self, update_id: int, *, hold_seconds: float | None = None) -> bool:
        ttl = hold_seconds or self._retention

        async def shared() -> bool:
            token = secrets.token_hex(8)
            first = bool(await self._set_once(keys=[f"{self._prefix}{update_id}"], args=[token, _ms(ttl)]))
            if first:
                await self._local.done(update_id)  # remembered locally too, for an outage that starts later
            return first

        async def local() -> bool:
            return await self._local.first_time(update_id, hold_seconds=hold_seconds)

        return await self._guard.run(shared, local)

    async def done(self, update_id: int) -> None:
        async def shared() -> None:
            await self._redis.set(f"{self._prefix}{update_id}", "done", px=_ms(self._retention))

        await self._local.done(update_id)
        await self._guard.run(shared, _nothing)

    async def forget(self, update_id: int) -> None:
        async def shared() -> None:
            await self._redis.delete(f"{self._prefix}{update_id}")

        await self._local.forget(update_id)
        await self._guard.run(shared, _nothing)


class RedisJobClaims:
    def __init__(self, redis: Redis, guard: RedisGuard, *, namespace: str) -> None:
        self._redis = redis
        self._guard = guard
        self._prefix = f"{namespace}:claim:"
        self._set_once = redis.register_script(_SET_ONCE)

    async def claim(self, job_key: str, ttl: float) -> bool:
        async def shared() -> bool:
            token = secrets.token_hex(8)
            return bool(await self._set_once(keys=[self._prefix + job_key], args=[token, _ms(ttl)]))

        async def refuse() -> bool:
            return False

        return await self._guard.run(shared, refuse)

    async def release(self, job_key: str) -> None:
        async def shared() -> None:
            await self._redis.delete(self._prefix + job_key)

        await self._guard.run(shared, _nothing)


class RedisValues:
    def __init__(self, redis: Redis, guard: RedisGuard, *, namespace: str) -> None:
        self._redis = redis
        self._guard = guard
        self._prefix = f"{namespace}:value:"
        self._local = MemoryValues()

    async def get(self, key: str) -> str | None:
        async def shared() -> str | None:
            value = await self._redis.get(self._prefix + key)
            return value if isinstance(value, str) else None

        async def local() -> str | None:
            return await self._local.get(key)

        return await self._guard.run(shared, local)

    async def set(self, key: str, value: str, ttl: float) -> None:
        async def shared() -> None:
            await self._redis.set(self._prefix + key, value, px=_ms(ttl))

        await self._local.set(key, value, ttl)
        await self._guard.run(shared, _nothing)

    async def delete(self, key: str) -> None:
        async def shared() -> None:
            await self._redis.delete(self._prefix + key)

        await self._local.delete(key)
        await self._guard.run(shared, _nothing)


async def _nothing() -> None:
    return None
