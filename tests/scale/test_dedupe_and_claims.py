"""Each update processed once and each job sent once, across workers (asyncio clients and processes)."""

from __future__ import annotations

import asyncio
import multiprocessing
import time

import pytest
from redis.asyncio import Redis

from bot.coordination import Coordination, build_coordination
from bot.coordination.pipeline import process_once_in_order
from tests.scale.conftest import RedisServer

UPDATE_IDS = range(1000, 1300)


async def test_each_update_is_first_time_for_exactly_one_of_several_clients(workers: list[Coordination]) -> None:
    async def worker(coordination: Coordination) -> list[int]:
        won = []
        for update_id in UPDATE_IDS:
            if await coordination.deduper.first_time(update_id):
                won.append(update_id)
        return won

    results = await asyncio.gather(*(worker(c) for c in workers), *(worker(c) for c in workers))
    taken = [update_id for won in results for update_id in won]
    assert sorted(taken) == list(UPDATE_IDS)  # every update once, none twice


def _first_times_in_a_process(url: str, namespace: str, start_at: float) -> list[int]:
    async def run() -> list[int]:
        await asyncio.sleep(max(0.0, start_at - time.time()))  # all processes race from the same moment
        coordination = build_coordination(url, namespace=namespace)
        won = [update_id for update_id in UPDATE_IDS if await coordination.deduper.first_time(update_id)]
        await coordination.close()
        return won

    return asyncio.run(run())


def test_each_update_is_first_time_for_exactly_one_of_several_processes(
    redis_server: RedisServer, namespace: str
) -> None:
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        start_at = time.time() + 3.0  # time enough for every spawned interpreter to import the project
        results = pool.starmap(_first_times_in_a_process, [(redis_server.url, namespace, start_at)] * 4)
    taken = [update_id for won in results for update_id in won]
    # Every id was first-time for exactly one process, however the race went (which process wins is timing,
    # so it is not asserted: one fast process may take them all).
    assert sorted(taken) == list(UPDATE_IDS)


async def test_a_lease_lets_a_redelivery_through_only_when_the_worker_never_finished(
    workers: list[Coordination],
) -> None:
    first, second, _ = workers
    assert await first.deduper.first_time(1, hold_seconds=0.2)
    assert await first.deduper.first_time(2, hold_seconds=0.2)
    assert not await second.deduper.first_time(1)
    await first.deduper.done(1)  # update 1 finished; update 2's worker "died"
    await asyncio.sleep(0.4)
    assert not await second.deduper.first_time(1)
    assert await second.deduper.first_time(2)


async def test_forget_lets_a_failed_update_be_processed_again(workers: list[Coordination]) -> None:
    first, second, _ = workers
    assert await first.deduper.first_time(7)
    await first.deduper.forget(7)
    assert await second.deduper.first_time(7)


async def test_the_pipeline_runs_each_update_once_and_again_after_a_failure(workers: list[Coordination]) -> None:
    runs: list[int] = []

    async def work() -> None:
        runs.append(1)

    async def failing() -> None:
        raise RuntimeError("handler crashed")

    outcomes = await asyncio.gather(
        *(process_once_in_order(c.deduper, c.ordering, update_id=50, chat_key=9, work=work) for c in workers + workers)
    )
    assert sorted(outcomes) == [False] * 5 + [True]
    assert runs == [1]
    with pytest.raises(RuntimeError):
        await process_once_in_order(workers[0].deduper, workers[0].ordering, update_id=51, chat_key=9, work=failing)
    assert await process_once_in_order(workers[1].deduper, workers[1].ordering, update_id=51, chat_key=9, work=work)
    assert runs == [1, 1]


async def test_each_job_is_claimed_by_exactly_one_client(workers: list[Coordination]) -> None:
    keys = [f"reminder:2025-07-01:{student}" for student in range(150)]

    async def worker(coordination: Coordination) -> list[str]:
        return [key for key in keys if await coordination.claims.claim(key, ttl=60)]

    results = await asyncio.gather(*(worker(c) for c in workers))
    assert sorted(key for won in results for key in won) == sorted(keys)


async def test_a_released_claim_can_be_claimed_again(workers: list[Coordination]) -> None:
    first, second, _ = workers
    assert await first.claims.claim("nudge:1", ttl=60)
    assert not await second.claims.claim("nudge:1", ttl=60)
    await first.claims.release("nudge:1")
    assert await second.claims.claim("nudge:1", ttl=60)


async def test_shared_values_are_seen_by_every_worker_and_expire(workers: list[Coordination]) -> None:
    first, second, third = workers
    await first.values.set("language:42", "zh-Hant", ttl=0.3)
    assert await second.values.get("language:42") == "zh-Hant"
    await second.values.delete("language:42")
    assert await third.values.get("language:42") is None
    await third.values.set("language:43", "en", ttl=0.2)
    await asyncio.sleep(0.35)
    assert await first.values.get("language:43") is None


async def test_keys_live_under_the_namespace(workers: list[Coordination], raw_redis: Redis, namespace: str) -> None:
    await workers[0].deduper.first_time(99)
    await workers[0].claims.claim("job", ttl=60)
    keys = [key async for key in raw_redis.scan_iter(match="*")]
    mine = [key for key in keys if key.startswith(namespace + ":")]
    assert f"{namespace}:update:99" in mine
    assert f"{namespace}:claim:job" in mine
    assert 0 < await raw_redis.pttl(f"{namespace}:update:99") <= 24 * 3600 * 1000


async def test_the_memory_versions_keep_the_same_rules() -> None:
    memory = build_coordination(None)
    assert memory.backend == "memory"
    assert [await memory.deduper.first_time(5) for _ in range(3)] == [True, False, False]
    assert [await memory.claims.claim("job", ttl=60) for _ in range(2)] == [True, False]
    await memory.values.set("k", "v", ttl=60)
    assert await memory.values.get("k") == "v"
    assert await memory.ping()
