"""Redis killed mid-way and started again on the same port: nothing raises, each piece falls back safely
(one log line), and shared coordination resumes by itself."""

from __future__ import annotations

import asyncio
import logging

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.coordination import Limit, build_coordination
from tests.scale.conftest import RedisServer


async def test_a_redis_outage_degrades_safely_and_recovers(
    own_redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.coordination")
    one = build_coordination(own_redis_server.url, namespace="o", socket_timeout=0.5, retry_seconds=0.2)
    two = build_coordination(own_redis_server.url, namespace="o", socket_timeout=0.5, retry_seconds=0.2)
    assert await one.deduper.first_time(1)
    assert await one.claims.claim("job:a", ttl=60)
    await one.values.set("language:5", "en", ttl=600)
    assert await one.ping()

    own_redis_server.kill()

    with pytest.raises(RedisConnectionError):
        await one.ping()  # readiness sees the outage the fallbacks hide
    # Dedupe: process rather than lose, but this worker still recognises what it has seen.
    assert await one.deduper.first_time(2)
    assert not await one.deduper.first_time(2)
    assert not await one.deduper.first_time(1)
    # Claims fail closed: nothing is sent twice.
    assert not await one.claims.claim("job:b", ttl=60)
    assert not await two.claims.claim("job:b", ttl=60)
    # The limiter keeps counting, locally.
    assert (await one.limiter.reserve([Limit("out:chat:1", 1, 30.0)])).granted
    assert not (await one.limiter.reserve([Limit("out:chat:1", 1, 30.0)])).granted
    # Ordering falls back to a local lock; values to what this worker knows.
    async with one.ordering.hold(3, 10):
        pass
    assert await one.values.get("language:5") == "en"
    unreachable = [r for r in caplog.records if "Redis unreachable" in r.getMessage()]
    assert len(unreachable) == 2  # one clear line per worker and outage (two here), not one per call

    own_redis_server.restart()  # same port, empty (no persistence)
    await asyncio.sleep(0.3)  # past retry_seconds: the next call tries Redis again

    assert await one.ping()
    assert await one.claims.claim("job:b", ttl=60)
    assert not await two.claims.claim("job:b", ttl=60)  # exactly once again, across workers
    outcomes = [await worker.deduper.first_time(500) for worker in (one, two, one)]
    assert outcomes == [True, False, False]
    assert any("reachable again" in r.getMessage() for r in caplog.records)
    await one.close()
    await two.close()


async def test_a_worker_starts_while_redis_is_down(own_redis_server: RedisServer) -> None:
    own_redis_server.kill()
    coordination = build_coordination(own_redis_server.url, namespace="s", socket_timeout=0.5, retry_seconds=0.2)
    assert await coordination.deduper.first_time(1)
    assert not await coordination.claims.claim("job", ttl=60)
    own_redis_server.restart()
    await asyncio.sleep(0.3)
    assert await coordination.claims.claim("job", ttl=60)
    await coordination.close()
