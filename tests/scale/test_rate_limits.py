"""Limits that hold for all workers together: counted on the moments the senders were let through."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import defaultdict
from collections.abc import AsyncIterator

import pytest

from bot.coordination import Coordination, Limit, OutboundPacer, StudentLimits, build_coordination
from bot.coordination.memory import MemoryRateLimiter


def most_in_any_window(moments: list[float], window: float) -> int:
    """The largest number of moments inside any half-open window [t, t + window)."""
    ordered = sorted(moments)
    best, start = 0, 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


async def _send_all(pacers: list[OutboundPacer], plan: list[list[int]]) -> dict[int, list[float]]:
    """Each sender (round robin over the workers' pacers) sends to its chats in turn; the moment each message
    is let through is recorded per chat."""
    sent: dict[int, list[float]] = defaultdict(list)

    async def sender(index: int, chats: list[int]) -> None:
        pacer = pacers[index % len(pacers)]
        for chat in chats:
            assert await pacer.wait_turn(chat, max_wait=60)
            sent[chat].append(time.monotonic())

    await asyncio.gather(*(sender(i, chats) for i, chats in enumerate(plan)))
    return sent


async def test_no_chat_gets_two_messages_within_a_second_across_workers(workers: list[Coordination]) -> None:
    pacers = [OutboundPacer(c.limiter) for c in workers]
    # 6 senders on three workers, all writing to the same 4 students: 6 messages each.
    plan = [[101, 102, 103, 104] for _ in range(6)]
    sent = await _send_all(pacers, plan)
    assert sorted(sent) == [101, 102, 103, 104]
    for moments in sent.values():
        assert len(moments) == 6
        assert most_in_any_window(moments, 1.0) == 1


async def test_never_more_than_thirty_messages_in_any_second_across_workers(workers: list[Coordination]) -> None:
    pacers = [OutboundPacer(c.limiter) for c in workers]
    plan = [list(range(1000 + 100 * sender, 1000 + 100 * sender + 10)) for sender in range(15)]  # 150 chats
    started = time.monotonic()
    sent = await _send_all(pacers, plan)
    moments = [moment for chat in sent.values() for moment in chat]
    assert len(moments) == 150
    assert most_in_any_window(moments, 1.0) <= 30
    assert time.monotonic() - started >= 4.0  # 150 messages at under 30 a second: the limiter really held back


async def test_a_group_gets_at_most_its_per_minute_limit(workers: list[Coordination]) -> None:
    pacer = OutboundPacer(workers[0].limiter, group_per_minute=5)
    other = OutboundPacer(workers[1].limiter, group_per_minute=5)
    granted = [await p.wait_turn(-100200, max_wait=0.2) for p in (pacer, other) * 4]
    assert granted == [True] * 5 + [False] * 3


async def test_reserve_counts_nothing_when_any_limit_is_full(workers: list[Coordination]) -> None:
    limiter = workers[0].limiter
    tight, loose = Limit("tight", 1, 30.0), Limit("loose", 3, 30.0)
    assert (await limiter.reserve([loose, tight])).granted
    refused = await workers[1].limiter.reserve([loose, tight])
    assert not refused.granted
    assert refused.blocked_by == 1
    assert 29.0 < refused.wait <= 30.0
    # The refusal counted nothing against "loose": two more fit.
    assert (await limiter.reserve([loose])).granted
    assert (await limiter.reserve([loose])).granted
    assert not (await limiter.reserve([loose])).granted


@pytest.fixture(params=["memory", "redis"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Coordination]:
    if request.param == "memory":
        coordination = build_coordination(None)
    else:
        url = request.getfixturevalue("redis_server").url
        coordination = build_coordination(url, namespace=request.getfixturevalue("namespace"))
    yield coordination
    await coordination.close()


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


async def test_student_limits_rate_then_daily_cap_in_hong_kong_days(backend: Coordination) -> None:
    # 23:59 in Hong Kong (15:59 UTC): the cap resets a minute later, at Hong Kong midnight.
    clock = FakeClock(dt.datetime(2025, 3, 1, 15, 59, tzinfo=dt.UTC))
    limits = StudentLimits(backend.limiter, per_minute=10, daily_cap=3, clock=clock)
    other_worker = StudentLimits(backend.limiter, per_minute=10, daily_cap=3, clock=clock)
    verdicts = [await (limits if i % 2 else other_worker).check(7, question=True) for i in range(4)]
    assert verdicts == ["ok", "ok", "ok", "daily_cap"]
    assert await limits.check(8, question=True) == "ok"  # another student is not affected
    clock.now += dt.timedelta(minutes=2)
    assert await limits.check(7, question=True) == "ok"


async def test_student_limits_per_minute_rate_and_warnings(backend: Coordination) -> None:
    clock = FakeClock(dt.datetime(2025, 3, 1, 4, 0, tzinfo=dt.UTC))
    limits = StudentLimits(backend.limiter, per_minute=2, daily_cap=100, clock=clock)
    assert [await limits.check(9, question=True) for _ in range(3)] == ["ok", "ok", "slow_down"]
    assert [await limits.check(9, question=False) for _ in range(11)] == ["ok"] * 10 + ["slow_down"]
    assert [await limits.should_warn(9) for _ in range(3)] == [True, False, False]


async def test_the_memory_limiter_waits_as_long_as_it_says() -> None:
    now = [100.0]
    limiter = MemoryRateLimiter(clock=lambda: now[0])
    assert (await limiter.reserve([Limit("k", 2, 10.0)])).granted
    now[0] = 103.0
    assert (await limiter.reserve([Limit("k", 2, 10.0)])).granted
    refused = await limiter.reserve([Limit("k", 2, 10.0)])
    assert refused.wait == pytest.approx(7.0)
    now[0] = 110.0  # the first event has left the window
    assert (await limiter.reserve([Limit("k", 2, 10.0)])).granted
