"""One chat's updates one at a time and in update_id order, across workers; other chats in parallel."""

from __future__ import annotations

import asyncio
import multiprocessing
import random
from typing import Any

from redis.asyncio import Redis

from bot.coordination import ChatOrdering, Coordination, build_coordination
from bot.coordination.memory import MemoryChatOrdering
from tests.scale.conftest import RedisServer


class Recorder:
    """What the 'handlers' saw: the order updates ran in, and the most that ran at once per chat."""

    def __init__(self) -> None:
        self.order: dict[int, list[int]] = {}
        self.active: dict[int, int] = {}
        self.most_at_once: dict[int, int] = {}

    async def handle(self, ordering: ChatOrdering, chat: int, update_id: int) -> None:
        async with ordering.hold(chat, update_id):
            self.active[chat] = self.active.get(chat, 0) + 1
            self.most_at_once[chat] = max(self.most_at_once.get(chat, 0), self.active[chat])
            await asyncio.sleep(0.002)  # a handler's awaits, where another update could slip in
            self.order.setdefault(chat, []).append(update_id)
            self.active[chat] -= 1


async def _queued(raw: Redis, namespace: str, chat: int) -> int:
    return int(await raw.zcard(f"{namespace}:chat:{chat}:queue"))


async def test_updates_of_one_chat_delivered_interleaved_to_two_workers_run_in_order(
    workers: list[Coordination], raw_redis: Redis, namespace: str
) -> None:
    first, second, _ = workers
    recorder = Recorder()
    blocker_entered, release = asyncio.Event(), asyncio.Event()

    async def blocker() -> None:
        async with first.ordering.hold(7, 100):
            blocker_entered.set()
            await release.wait()

    blocking = asyncio.create_task(blocker())
    await blocker_entered.wait()
    # Telegram hands the chat's next updates to two workers; they arrive in a scrambled order.
    update_ids = list(range(101, 141))
    arrival = update_ids[:]
    random.Random(4).shuffle(arrival)
    tasks = [
        asyncio.create_task(recorder.handle(first.ordering if i % 2 else second.ordering, 7, update_id))
        for i, update_id in enumerate(arrival)
    ]
    while await _queued(raw_redis, namespace, 7) < len(update_ids) + 1:  # noqa: ASYNC110 - state in Redis
        await asyncio.sleep(0.01)
    release.set()
    await asyncio.gather(blocking, *tasks)
    assert recorder.order[7] == update_ids
    assert recorder.most_at_once[7] == 1
    assert await _queued(raw_redis, namespace, 7) == 0  # every entry removed by its own worker


async def test_a_chat_is_never_held_twice_and_other_chats_run_meanwhile(workers: list[Coordination]) -> None:
    recorder = Recorder()
    tasks = [
        recorder.handle(workers[update_id % 3].ordering, chat, update_id)
        for update_id in range(300)
        for chat in [update_id % 5]
    ]
    await asyncio.gather(*tasks)
    assert all(recorder.most_at_once[chat] == 1 for chat in range(5))
    assert sorted(u for chat in range(5) for u in recorder.order[chat]) == list(range(300))

    held, other_done = asyncio.Event(), asyncio.Event()

    async def hold_chat_one() -> None:
        async with workers[0].ordering.hold(1, 1000):
            held.set()
            await asyncio.wait_for(other_done.wait(), timeout=10)  # chat 2 finishes while chat 1 is held

    async def chat_two() -> None:
        await held.wait()
        async with workers[1].ordering.hold(2, 1001):
            other_done.set()

    await asyncio.gather(hold_chat_one(), chat_two())


def _hold_forever(url: str, namespace: str, ready: Any) -> None:
    async def run() -> None:
        coordination = build_coordination(url, namespace=namespace, chat_lease=0.5)
        async with coordination.ordering.hold(3, 1):
            ready.set()
            await asyncio.sleep(3600)

    asyncio.run(run())


async def test_a_chat_held_by_a_killed_worker_is_freed_when_its_lease_lapses(
    redis_server: RedisServer, namespace: str
) -> None:
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    holder = context.Process(target=_hold_forever, args=(redis_server.url, namespace, ready))
    holder.start()
    try:
        assert await asyncio.to_thread(ready.wait, 60)
        survivor = build_coordination(redis_server.url, namespace=namespace, chat_lease=0.5)
        entered = asyncio.Event()

        async def next_update() -> None:
            async with survivor.ordering.hold(3, 2):
                entered.set()

        waiting = asyncio.create_task(next_update())
        await asyncio.sleep(1.0)
        assert not entered.is_set()  # the live holder renews its lease: the chat stays held
        holder.kill()  # SIGKILL: no release, no more renewals
        await asyncio.wait_for(waiting, timeout=10)
        assert entered.is_set()
        await survivor.close()
    finally:
        holder.kill()
        holder.join()


async def test_the_memory_ordering_serves_waiters_lowest_update_first_and_forgets_idle_chats() -> None:
    ordering = MemoryChatOrdering()
    recorder = Recorder()
    entered, release = asyncio.Event(), asyncio.Event()

    async def blocker() -> None:
        async with ordering.hold(5, 0):
            entered.set()
            await release.wait()

    blocking = asyncio.create_task(blocker())
    await entered.wait()
    arrival = list(range(1, 30))
    random.Random(2).shuffle(arrival)
    tasks = [asyncio.create_task(recorder.handle(ordering, 5, update_id)) for update_id in arrival]
    cancelled = asyncio.create_task(recorder.handle(ordering, 5, 15_000))
    await asyncio.sleep(0.05)
    cancelled.cancel()  # a waiter that gives up leaves the line without blocking it
    release.set()
    await asyncio.gather(blocking, *tasks)
    assert recorder.order[5] == list(range(1, 30))
    assert recorder.most_at_once[5] == 1
    assert ordering.tracked_chats == 0
