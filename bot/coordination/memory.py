"""In-memory implementations: one process (the default without ``REDIS_URL``), and the Redis ones' fallback
while Redis is unreachable. Each holds its state in the process; the clock is injectable for tests."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from bot.coordination.types import DEFAULT_DEDUPE_SECONDS, GRANTED, Decision, Limit, SharedRateLimiter

Clock = Callable[[], float]
MAX_ENTRIES: Final = 200_000  # above this, expired entries are swept (memory stays bounded under floods)


class ExpiringStore:
    """Keys with values that vanish after their time to live (monotonic seconds)."""

    def __init__(self, *, clock: Clock = time.monotonic, max_entries: int = MAX_ENTRIES) -> None:
        self._clock = clock
        self._max_entries = max_entries
        self._entries: dict[str, tuple[str, float]] = {}

    def _sweep(self, now: float) -> None:
        if len(self._entries) < self._max_entries:
            return
        for key, (_, expires) in list(self._entries.items()):
            if expires <= now:
                del self._entries[key]

    def get(self, key: str) -> str | None:
        found = self._entries.get(key)
        if found is None:
            return None
        if found[1] <= self._clock():
            del self._entries[key]
            return None
        return found[0]

    def set(self, key: str, value: str, ttl: float, *, only_if_missing: bool = False) -> bool:
        now = self._clock()
        self._sweep(now)
        if only_if_missing and self.get(key) is not None:
            return False
        self._entries[key] = (value, now + ttl)
        return True

    def delete(self, key: str) -> None:
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)


class MemoryDeduper:
    def __init__(self, *, retention: float = DEFAULT_DEDUPE_SECONDS, clock: Clock = time.monotonic) -> None:
        self._retention = retention
        self._seen = ExpiringStore(clock=clock)

    async def first_time(self, update_id: int, *, hold_seconds: float | None = None) -> bool:
        return self._seen.set(str(update_id), "1", hold_seconds or self._retention, only_if_missing=True)

    async def done(self, update_id: int) -> None:
        self._seen.set(str(update_id), "1", self._retention)

    async def forget(self, update_id: int) -> None:
        self._seen.delete(str(update_id))


class MemoryJobClaims:
    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._claims = ExpiringStore(clock=clock)

    async def claim(self, job_key: str, ttl: float) -> bool:
        return self._claims.set(job_key, "1", ttl, only_if_missing=True)

    async def release(self, job_key: str) -> None:
        self._claims.delete(job_key)


class MemoryValues:
    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._values = ExpiringStore(clock=clock)

    async def get(self, key: str) -> str | None:
        return self._values.get(key)

    async def set(self, key: str, value: str, ttl: float) -> None:
        self._values.set(key, value, ttl)

    async def delete(self, key: str) -> None:
        self._values.delete(key)


@dataclass
class _ChatQueue:
    busy: bool = False
    waiting: list[tuple[int, int, asyncio.Future[None]]] = field(default_factory=list)


class MemoryChatOrdering:
    """Per chat: one holder at a time; waiters are served lowest ``sequence`` (``update_id``) first."""

    def __init__(self) -> None:
        self._chats: dict[int | str, _ChatQueue] = {}
        self._arrival = itertools.count()

    @property
    def tracked_chats(self) -> int:
        return len(self._chats)

    def _pass_turn(self, key: int | str, chat: _ChatQueue) -> None:
        while chat.waiting:
            _, _, future = heapq.heappop(chat.waiting)
            if not future.done():
                future.set_result(None)  # the turn moves to that waiter: ``busy`` stays True
                return
        chat.busy = False
        del self._chats[key]

    @contextlib.asynccontextmanager
    async def hold(self, chat_key: int | str, sequence: int) -> AsyncIterator[None]:
        chat = self._chats.setdefault(chat_key, _ChatQueue())
        if chat.busy:
            entry = (sequence, next(self._arrival), asyncio.get_running_loop().create_future())
            heapq.heappush(chat.waiting, entry)
            try:
                await entry[2]
            except asyncio.CancelledError:
                if entry[2].done() and not entry[2].cancelled():
                    self._pass_turn(chat_key, chat)  # the turn had just been handed to us: hand it on
                else:
                    chat.waiting.remove(entry)
                    heapq.heapify(chat.waiting)
                raise
        else:
            chat.busy = True
        try:
            yield
        finally:
            self._pass_turn(chat_key, chat)


class MemoryRateLimiter:
    """Sliding-window logs: exact counts in any window, the same rule as the Redis script."""

    def __init__(self, *, clock: Clock = time.monotonic, max_keys: int = MAX_ENTRIES) -> None:
        self._clock = clock
        self._max_keys = max_keys
        self._logs: dict[str, deque[float]] = {}
        self._longest_period = 0.0

    def _sweep(self, now: float) -> None:
        if len(self._logs) < self._max_keys:
            return
        for key, log in list(self._logs.items()):
            if not log or log[-1] <= now - self._longest_period:
                del self._logs[key]

    def reserve_now(self, limits: Sequence[Limit]) -> Decision:
        now = self._clock()
        self._sweep(now)
        wait = 0.0
        blocked: int | None = None
        for index, limit in enumerate(limits):
            log = self._logs.setdefault(limit.key, deque())
            while log and log[0] <= now - limit.period:
                log.popleft()
            if len(log) >= limit.count:
                wait = max(wait, log[len(log) - limit.count] + limit.period - now)
                blocked = index if blocked is None else blocked
        if blocked is not None:
            return Decision(granted=False, wait=wait, blocked_by=blocked)
        for limit in limits:
            self._logs[limit.key].append(now)
            self._longest_period = max(self._longest_period, limit.period)
        return GRANTED

    async def reserve(self, limits: Sequence[Limit]) -> Decision:
        return self.reserve_now(limits)

    async def acquire(self, limits: Sequence[Limit], *, max_wait: float) -> bool:
        return await acquire_by_waiting(self, limits, max_wait=max_wait, clock=self._clock)


async def acquire_by_waiting(
    limiter: SharedRateLimiter, limits: Sequence[Limit], *, max_wait: float, clock: Clock = time.monotonic
) -> bool:
    """Reserve, sleeping the wait each refusal names, until granted or ``max_wait`` would be exceeded."""
    deadline = clock() + max_wait
    while True:
        decision = await limiter.reserve(limits)
        if decision.granted:
            return True
        # Never sleep 0: under contention another sender may take the freed slot first; a small floor avoids
        # a busy loop.
        delay = max(decision.wait, 0.002)
        if clock() + delay > deadline:
            return False
        await asyncio.sleep(delay)
