"""A chat's turn must end when its update does, even when the cancellation of the turn's renewer is lost.

The stall this guards against (``benchmarks/webhook_workers.py``, one worker, about one run in five): an update
finished its work (its answer sent, the update settled) but its webhook request never returned, because leaving
the chat's turn waited for the renewer task to end and the renewer had missed its cancellation — on Python 3.11
``asyncio.wait_for`` (which redis-py wraps around every send when a socket timeout is set) returns the call's
result instead of raising when the task is cancelled just as the call completes. The renewer then renewed the
turn every ``lease/3`` seconds forever, so the chat's next update waited for its turn forever; Telegram's
re-delivery of the finished update was skipped as a duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.coordination.guard import RedisGuard, connect
from bot.coordination.redis_ordering import RedisChatOrdering
from tests.scale.conftest import RedisServer

T = TypeVar("T")
CHAT = 7
WITHIN = 15.0  # far longer than any step here takes; only a hang reaches it


class LosesOneCancellation(RedisGuard):
    """Redis as the client behaves on Python 3.11 when its caller is cancelled just as a call completes: the call's
    result comes back and the cancellation is gone. Armed by ``lose_next``; the next call does its work in Redis,
    then waits (``in_call`` set) for the cancellation, swallows it and returns the result."""

    def __init__(self) -> None:
        super().__init__()
        self.lose_next = False
        self.in_call = asyncio.Event()

    async def run(self, operation: Callable[[], Awaitable[T]], fallback: Callable[[], Awaitable[T]]) -> T:
        result = await super().run(operation, fallback)
        if self.lose_next:
            self.lose_next = False
            self.in_call.set()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.Event().wait()  # returns only by the cancellation, which is then lost
        return result


async def test_a_renewer_that_misses_its_cancellation_still_lets_the_chat_go(
    redis_server: RedisServer, namespace: str
) -> None:
    holder_guard = LosesOneCancellation()
    holder_redis, waiter_redis = connect(redis_server.url), connect(redis_server.url)
    holder = RedisChatOrdering(holder_redis, holder_guard, namespace=namespace, lease=0.3)
    waiter = RedisChatOrdering(waiter_redis, RedisGuard(), namespace=namespace, lease=0.3)

    async def first_update() -> None:
        async with holder.hold(CHAT, 1):
            holder_guard.lose_next = True  # the holder's next Redis call is its renewer's (every 0.1 s)
            await holder_guard.in_call.wait()  # the work ends while that renewal is in flight

    async def next_update() -> str:
        async with waiter.hold(CHAT, 2):
            return "got the turn"

    first = asyncio.create_task(first_update())
    try:
        await asyncio.wait_for(holder_guard.in_call.wait(), WITHIN)
        assert await asyncio.wait_for(next_update(), WITHIN) == "got the turn"
        await asyncio.wait_for(first, WITHIN)  # the first update's request is answered too
        assert not [t for t in asyncio.all_tasks() if t.get_name().startswith("chat-lease:")]
    finally:
        first.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await first
        await holder_redis.aclose()
        await waiter_redis.aclose()


async def test_turns_released_while_renewals_are_in_flight_all_end_with_the_real_client(
    redis_server: RedisServer, namespace: str
) -> None:
    """The real client on this Python, no stand-in: many short turns, each renewed every 20 ms and released at a
    random moment, so some releases land while a renewal is completing (before the fix, a few in every hundred
    never ended). Every one must end, and leave no renewer and no queue entry behind."""
    client = connect(redis_server.url)  # with the socket timeout the product uses (redis-py's wait_for)
    ordering = RedisChatOrdering(client, RedisGuard(), namespace=namespace, lease=0.06)

    async def update(chat: int) -> None:
        async with ordering.hold(chat, 1):
            await asyncio.sleep(random.uniform(0.0, 0.06))

    try:
        for batch in range(6):
            holds = [asyncio.create_task(update(batch * 100 + n)) for n in range(40)]
            _, stuck = await asyncio.wait(holds, timeout=WITHIN)
            for task in stuck:
                task.cancel()
            assert not stuck, f"{len(stuck)} of 40 turns never ended"
        assert not [t for t in asyncio.all_tasks() if t.get_name().startswith("chat-lease:")]
        assert not [key async for key in client.scan_iter(match=f"{namespace}:chat:*:queue")]
    finally:
        await client.aclose()


async def test_an_earlier_update_that_registers_late_waits_for_the_one_running(
    redis_server: RedisServer, namespace: str
) -> None:
    """Being the head of the queue is not holding the chat: update 4 of a chat that only reaches Redis while
    update 234 runs (a burst, or a re-delivery whose token sorts first) waits until 234 leaves."""
    first_redis, second_redis = connect(redis_server.url), connect(redis_server.url)
    first = RedisChatOrdering(first_redis, RedisGuard(), namespace=namespace)
    second = RedisChatOrdering(second_redis, RedisGuard(), namespace=namespace)
    running: list[int] = []
    most_at_once = 0
    entered, release = asyncio.Event(), asyncio.Event()

    async def update(ordering: RedisChatOrdering, update_id: int, hold_until: asyncio.Event | None) -> None:
        nonlocal most_at_once
        async with ordering.hold(CHAT, update_id):
            running.append(update_id)
            most_at_once = max(most_at_once, len(running))
            entered.set()
            if hold_until is not None:
                await hold_until.wait()
            running.remove(update_id)

    later = asyncio.create_task(update(first, 234, release))
    try:
        await asyncio.wait_for(entered.wait(), WITHIN)
        earlier = asyncio.create_task(update(second, 4, None))
        await asyncio.sleep(0.3)  # many polls of update 4 while 234 runs
        assert running == [234]
        release.set()
        await asyncio.wait_for(asyncio.gather(later, earlier), WITHIN)
        assert most_at_once == 1
    finally:
        release.set()
        await first_redis.aclose()
        await second_redis.aclose()
