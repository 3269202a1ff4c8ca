"""The product's limits expressed as :class:`Limit` s over any :class:`SharedRateLimiter`, so the same rules
hold in one process (memory) and across workers (Redis).

- :class:`StudentLimits`: how often one student may ask (a per-minute rate and a daily cap in Hong Kong days)
  and act (buttons, commands: a looser rate that only stops floods) — the shared twin of ``UserLimiter``.
- :class:`OutboundPacer`: Telegram's limits on what the bot sends — about 30 messages a second overall (one
  every 1/30 s, never a burst), one a second per private chat, 20 a minute per group — each 5% under the limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final, Literal

from bot.config import HONG_KONG
from bot.coordination.types import Limit, SharedRateLimiter

Verdict = Literal["ok", "slow_down", "daily_cap"]
MARGIN: Final = 1.05  # 5% under each limit, so network jitter never makes two messages arrive too close
_DAY_WINDOW: Final = 25 * 3600.0  # the key names the Hong Kong date; the window only has to outlast that day


class StudentLimits:
    ACTIONS_PER_QUESTION: Final = 5
    WARN_EVERY_SECONDS: Final = 20.0

    def __init__(
        self, limiter: SharedRateLimiter, *, per_minute: int, daily_cap: int, clock: Callable[[], dt.datetime]
    ) -> None:
        self._limiter = limiter
        self.per_minute = per_minute
        self.daily_cap = daily_cap
        self._clock = clock

    async def check(self, user_id: int, *, question: bool) -> Verdict:
        """A question counts against the daily cap and the per-minute rate (nothing is counted when either is
        full); any other action only against the looser action rate."""
        if not question:
            actions = Limit(f"actions:{user_id}", self.per_minute * self.ACTIONS_PER_QUESTION, 60.0)
            return "ok" if (await self._limiter.reserve([actions])).granted else "slow_down"
        today = self._clock().astimezone(HONG_KONG).date().isoformat()
        decision = await self._limiter.reserve(
            [
                Limit(f"questions-day:{user_id}:{today}", self.daily_cap, _DAY_WINDOW),
                Limit(f"questions:{user_id}", self.per_minute, 60.0),
            ]
        )
        if decision.granted:
            return "ok"
        return "daily_cap" if decision.blocked_by == 0 else "slow_down"

    async def should_warn(self, user_id: int) -> bool:
        """Tell a limited student why at most every 20 seconds, so the bot never amplifies a flood."""
        warned = Limit(f"warned:{user_id}", 1, self.WARN_EVERY_SECONDS)
        return (await self._limiter.reserve([warned])).granted


class OutboundPacer:
    def __init__(
        self,
        limiter: SharedRateLimiter,
        *,
        overall_per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        group_per_minute: int = 20,
    ) -> None:
        self._limiter = limiter
        self._overall = Limit("out:all", 1, MARGIN / overall_per_second)
        self._per_chat_period = MARGIN / per_chat_per_second if per_chat_per_second > 0 else 0.0
        self._group_per_minute = group_per_minute

    def limits_for(self, chat_id: int | str | None) -> list[Limit]:
        """Private chats have positive ids; groups and channels negative ids (or an @username)."""
        limits = [self._overall]
        if isinstance(chat_id, int) and chat_id > 0:
            if self._per_chat_period:
                limits.append(Limit(f"out:chat:{chat_id}", 1, self._per_chat_period))
        elif chat_id is not None and self._group_per_minute > 0:
            limits.append(Limit(f"out:group:{chat_id}", self._group_per_minute, 60.0 * MARGIN))
        return limits

    async def wait_turn(self, chat_id: int | str | None, *, max_wait: float = 120.0) -> bool:
        """Wait until a message to ``chat_id`` may be sent; False when that would take longer than ``max_wait``."""
        return await self._limiter.acquire(self.limits_for(chat_id), max_wait=max_wait)
