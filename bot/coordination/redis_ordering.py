"""One chat's updates in order across workers: a per-chat queue in Redis.

Each chat has a sorted set of the updates waiting for it, scored by ``update_id``, and a hash of each entry's
deadline; the hash also names the entry that holds the chat (``holder``). When nobody holds it, the entry at the
head takes it; the others poll (5 ms doubling to 50 ms) until theirs is the head and the holder has left (an
update with a lower ``update_id`` that registers while a later one runs waits for it: being the head is not
holding). Entries carry a random token, so a worker only ever removes its own (safe release), and every entry has
a deadline renewed while its worker is alive (waiters on each poll, the holder every ``lease/3`` seconds): an
entry whose worker died is dropped when it reaches the head, so a killed worker blocks its chats for at most
``lease`` seconds. All decisions are made inside Lua scripts with Redis's clock, so workers' clocks never matter.

What is guaranteed, while Redis is up:
- mutual exclusion: at most one update of a chat is being processed, across all workers (unless a holder
  stops renewing for longer than ``lease`` — a frozen process — when the next one may start);
- order: of the updates of one chat waiting at the same time, the lowest ``update_id`` goes first, whichever
  worker holds it. Telegram numbers updates in increasing order, so when it hands two updates of one chat to
  two workers at about the same time they run in Telegram's order. An update that only registers after a later
  one of its chat has already started runs right after it: order can be restored only among updates that have
  arrived, and holding every update back "in case an earlier one is still on its way" would slow every reply.
- different chats never wait for each other.

While Redis is down (see :mod:`bot.coordination.guard`) the chat is held with this worker's local lock (the same
rules within one process). If Redis loses its data (a restart without persistence), the queues vanish and
waiters re-register on their next poll: for that moment two updates of one chat may overlap.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator
from typing import Final

from redis.asyncio import Redis

from bot.coordination.guard import RedisGuard
from bot.coordination.memory import MemoryChatOrdering

logger = logging.getLogger(__name__)

_NOW_MS: Final = """
local function text(x) return string.format('%.0f', x) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: queue (sorted set), deadlines (hash). ARGV: member, sequence, lease ms. 1 when the member holds the chat.
# The hash's field 'holder' names the entry holding the chat (members are "<update_id>:<hex>", never 'holder'); a
# holder stays queued, so a dead one is recognised by its lapsed deadline like any other entry.
_TAKE_TURN: Final = (
    _NOW_MS
    + """
local queue, deadlines, me, lease = KEYS[1], KEYS[2], ARGV[1], tonumber(ARGV[3])
redis.call('ZADD', queue, 'NX', ARGV[2], me)
redis.call('HSET', deadlines, me, text(now + lease))
redis.call('PEXPIRE', queue, lease * 4)
redis.call('PEXPIRE', deadlines, lease * 4)
local holder = redis.call('HGET', deadlines, 'holder')
if holder == me then return 1 end
if holder then
  if redis.call('ZSCORE', queue, holder) and tonumber(redis.call('HGET', deadlines, holder) or '0') >= now then
    return 0
  end
  redis.call('ZREM', queue, holder)
  redis.call('HDEL', deadlines, holder, 'holder')
end
while true do
  local head = redis.call('ZRANGE', queue, 0, 0)[1]
  if head == me then
    redis.call('HSET', deadlines, 'holder', me)
    return 1
  end
  if tonumber(redis.call('HGET', deadlines, head) or '0') >= now then return 0 end
  redis.call('ZREM', queue, head)
  redis.call('HDEL', deadlines, head)
end
"""
)

# KEYS: queue, deadlines. ARGV: member, lease ms. 0 when the member is no longer queued (it lost the chat).
_RENEW: Final = (
    _NOW_MS
    + """
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], text(now + tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 4)
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]) * 4)
return 1
"""
)

_LEAVE: Final = """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HGET', KEYS[2], 'holder') == ARGV[1] then redis.call('HDEL', KEYS[2], 'holder') end
return 1
"""

FIRST_POLL_SECONDS: Final = 0.005
MAX_POLL_SECONDS: Final = 0.05


class RedisChatOrdering:
    def __init__(self, redis: Redis, guard: RedisGuard, *, namespace: str, lease: float = 30.0) -> None:
        self._guard = guard
        self._prefix = f"{namespace}:chat:"
        self._lease_ms = round(lease * 1000)
        self._take_turn = redis.register_script(_TAKE_TURN)
        self._renew = redis.register_script(_RENEW)
        self._leave = redis.register_script(_LEAVE)
        self._local = MemoryChatOrdering()

    def _keys(self, chat_key: int | str) -> list[str]:
        return [f"{self._prefix}{chat_key}:queue", f"{self._prefix}{chat_key}:deadlines"]

    @contextlib.asynccontextmanager
    async def hold(self, chat_key: int | str, sequence: int) -> AsyncIterator[None]:
        keys = self._keys(chat_key)
        member = f"{sequence}:{secrets.token_hex(6)}"
        try:
            shared = await self._wait_turn(keys, member, sequence)
        except BaseException:
            await self._leave_quietly(keys, member)  # cancelled while waiting: give the place up
            raise
        if not shared:
            async with self._local.hold(chat_key, sequence):
                yield
            return
        released = asyncio.Event()
        renewing = asyncio.create_task(self._keep_alive(keys, member, released), name=f"chat-lease:{chat_key}")
        try:
            yield
        finally:
            # The flag, not only the cancellation, ends the renewals: on Python 3.11 a cancellation that arrives
            # as a Redis call completes can be lost (``asyncio.wait_for`` in redis-py then returns the result
            # instead of raising), and a renewer that missed it would keep this chat's turn alive forever.
            released.set()
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing
            await self._leave_quietly(keys, member)

    async def _wait_turn(self, keys: list[str], member: str, sequence: int) -> bool:
        """True once the member holds the chat in Redis; False when Redis failed (the caller holds it locally)."""

        async def take() -> int | None:
            return int(await self._take_turn(keys=keys, args=[member, sequence, self._lease_ms]))

        async def unavailable() -> int | None:
            return None

        delay = FIRST_POLL_SECONDS
        while True:
            turn = await self._guard.run(take, unavailable)
            if turn is None:
                return False
            if turn:
                return True
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_POLL_SECONDS)

    async def _keep_alive(self, keys: list[str], member: str, released: asyncio.Event) -> None:
        """Renew the holder's deadline every ``lease/3`` seconds until ``released`` is set (checked after every
        await, so a lost cancellation still ends it after at most one Redis call)."""

        async def renew() -> int | None:
            return int(await self._renew(keys=keys, args=[member, self._lease_ms]))

        async def unavailable() -> int | None:
            return None

        while not released.is_set():
            await asyncio.sleep(self._lease_ms / 3000)
            if released.is_set():
                return
            if await self._guard.run(renew, unavailable) == 0:
                logger.warning("a chat's turn lapsed in Redis while its update was still being processed")
                return

    async def _leave_quietly(self, keys: list[str], member: str) -> None:
        async def leave() -> None:
            await self._leave(keys=keys, args=[member])

        async def nothing() -> None:
            return None  # the entry's deadline lapses by itself

        await self._guard.run(leave, nothing)
