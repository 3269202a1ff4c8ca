"""The limits on their own: per-user rate and daily cap, outbound pacing and retries, per-user ordering."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import time
from collections import defaultdict
from typing import Any

import pytest
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.coordination import StudentLimits
from bot.coordination.memory import MemoryRateLimiter
from bot.telegram.limits import OutboundLimiter, PerUserProcessor


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_student_limits_rate_and_daily_cap_in_hong_kong_days() -> None:
    ticker = Ticker()
    clock_now = [dt.datetime(2026, 3, 1, 15, 0, tzinfo=dt.UTC)]  # 23:00 in Hong Kong
    limiter = StudentLimits(MemoryRateLimiter(clock=ticker), per_minute=2, daily_cap=3, clock=lambda: clock_now[0])
    assert [await limiter.check(1, question=True) for _ in range(3)] == ["ok", "ok", "slow_down"]
    assert await limiter.check(2, question=True) == "ok"  # per user
    ticker.now += 61
    assert await limiter.check(1, question=True) == "ok"
    ticker.now += 61
    assert await limiter.check(1, question=True) == "daily_cap"
    clock_now[0] += dt.timedelta(hours=1, minutes=1)  # 00:01 in Hong Kong: a new day
    assert await limiter.check(1, question=True) == "ok"
    # Taps and commands: five times the question rate, and no daily cap.
    assert all([await limiter.check(3, question=False) == "ok" for _ in range(10)])
    assert await limiter.check(3, question=False) == "slow_down"


async def test_a_limited_user_is_told_at_most_every_twenty_seconds() -> None:
    ticker = Ticker()
    limiter = StudentLimits(
        MemoryRateLimiter(clock=ticker), per_minute=1, daily_cap=9, clock=lambda: dt.datetime.now(dt.UTC)
    )
    assert await limiter.should_warn(1)
    assert not await limiter.should_warn(1)
    ticker.now += 21
    assert await limiter.should_warn(1)


async def test_messages_to_one_chat_are_a_second_apart_even_behind_a_busy_queue() -> None:
    limiter = OutboundLimiter(overall_per_second=200, per_chat_per_second=10)  # 0.105 s per chat
    arrivals: dict[int, list[float]] = defaultdict(list)

    async def send(endpoint: str, data: dict[str, Any]) -> bool:
        await asyncio.sleep(0.03 if data["chat_id"] % 2 else 0.001)  # uneven network time
        arrivals[data["chat_id"]].append(time.monotonic())
        return True

    async def one(chat: int) -> None:
        data = {"chat_id": chat, "text": "x"}
        await limiter.process_request(send, ("sendMessage", data), {}, "sendMessage", data, None)

    await asyncio.gather(*(one(chat) for chat in [1, 2, 3] * 5))
    for times in arrivals.values():
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert min(gaps) >= 0.105 - 0.005


async def test_chat_actions_skip_the_queue_and_groups_are_not_paced_per_second() -> None:
    limiter = OutboundLimiter(per_chat_per_second=1)
    started = time.monotonic()

    async def send(endpoint: str, data: dict[str, Any]) -> bool:
        return True

    typing = {"chat_id": 5, "action": "typing"}
    for _ in range(3):
        await limiter.process_request(send, ("sendChatAction", typing), {}, "sendChatAction", typing, None)
    group = {"chat_id": -100123, "text": "x"}
    for _ in range(3):  # groups: 20 a minute, not one a second
        await limiter.process_request(send, ("sendMessage", group), {}, "sendMessage", group, None)
    assert time.monotonic() - started < 0.5


async def test_transient_failures_are_retried_and_bad_requests_are_not() -> None:
    limiter = OutboundLimiter(network_retries=3, backoff_seconds=0.01, retry_after_retries=2, per_chat_per_second=100)
    outcomes: list[Exception | None] = [NetworkError("Bad Gateway"), TimedOut(), RetryAfter(0), None]
    calls = 0

    async def flaky(endpoint: str, data: dict[str, Any]) -> bool:
        nonlocal calls
        calls += 1
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome
        return True

    data = {"chat_id": 5, "text": "x"}
    assert await limiter.process_request(flaky, ("sendMessage", data), {}, "sendMessage", data, None) is True
    assert calls == 4

    for error in (BadRequest("Bad Request: message is too long"), Forbidden("Forbidden: bot was blocked")):
        calls = 0
        outcomes[:] = [error, None]
        with pytest.raises(type(error)):
            await limiter.process_request(flaky, ("sendMessage", data), {}, "sendMessage", data, None)
        assert calls == 1


async def test_network_failures_give_up_after_the_retries() -> None:
    limiter = OutboundLimiter(network_retries=2, backoff_seconds=0.01, per_chat_per_second=100)
    calls = 0

    async def down(endpoint: str, data: dict[str, Any]) -> bool:
        nonlocal calls
        calls += 1
        raise NetworkError("Service Unavailable (503)")

    data = {"chat_id": 5, "text": "x"}
    with pytest.raises(NetworkError):
        await limiter.process_request(down, ("sendMessage", data), {}, "sendMessage", data, None)
    assert calls == 3


def update(user: int, update_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": user, "type": "private"},
                "from": {"id": user, "is_bot": False, "first_name": "S"},
                "text": "x",
            },
        },
        None,
    )


async def test_per_user_processor_keeps_each_users_order_and_runs_users_concurrently() -> None:
    processor = PerUserProcessor(64)
    finished: list[tuple[int, int]] = []

    async def handle(user: int, number: int, seconds: float) -> None:
        await asyncio.sleep(seconds)
        finished.append((user, number))

    jobs = []
    for number, (user, seconds) in enumerate([(1, 0.2), (1, 0.0), (2, 0.05), (1, 0.05), (2, 0.0)]):
        jobs.append(asyncio.create_task(processor.process_update(update(user, number), handle(user, number, seconds))))
        await asyncio.sleep(0)  # python-telegram-bot starts one task per update, in arrival order
    await asyncio.gather(*jobs)
    assert [n for u, n in finished if u == 1] == [0, 1, 3]
    assert [n for u, n in finished if u == 2] == [2, 4]
    assert finished.index((2, 4)) < finished.index((1, 1))  # user 2 did not wait for user 1's slow update
    assert processor.tracked_users == 0  # nothing kept once a user's updates are done
