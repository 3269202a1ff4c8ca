"""Limits in both directions.

- :class:`UserLimiter`: how often one student may ask (a per-minute rate and a daily cap), in memory.
- :class:`OutboundLimiter`: python-telegram-bot's ``AIORateLimiter`` (about 30 messages a second overall, 20 a
  minute per group, 429 ``retry_after`` waited and retried) plus one message a second per private chat and
  retries with backoff on 5xx and timeouts. ``BadRequest`` is a subclass of ``NetworkError`` and is never
  retried: it is caught first.
- :class:`PerUserProcessor`: updates are processed concurrently, but one user's updates strictly in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from telegram import Update
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

from bot.config import HONG_KONG

logger = logging.getLogger(__name__)

Verdict = Literal["ok", "slow_down", "daily_cap"]
_UNLIMITED_ENDPOINTS: Final = frozenset({"sendChatAction"})  # a hint, not a message: never queued behind messages
_PER_CHAT_PREFIXES: Final = ("send", "copyMessage", "forwardMessage")
MARGIN: Final = 1.05  # 5% under each limit, so network jitter never makes two messages arrive too close


@dataclass
class _UserState:
    recent: deque[float]
    day: dt.date
    questions_today: int = 0
    warned_at: float = -1e9


class UserLimiter:
    """Per-user limits, kept in memory (each worker process counts on its own).

    ``check(user, question=True)`` counts against the per-minute rate and the daily cap (Hong Kong days);
    other actions (taps on buttons, commands) only against a looser rate that stops floods.
    """

    ACTIONS_PER_QUESTION: Final = 5
    WARN_EVERY_SECONDS: Final = 20.0
    MAX_TRACKED: Final = 50_000

    def __init__(
        self,
        *,
        per_minute: int,
        daily_cap: int,
        clock: Callable[[], dt.datetime],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.daily_cap = daily_cap
        self.clock = clock
        self.monotonic = monotonic
        self._questions: dict[int, _UserState] = {}
        self._actions: dict[int, deque[float]] = {}

    def _today(self) -> dt.date:
        return self.clock().astimezone(HONG_KONG).date()

    def _prune(self, now: float) -> None:
        if len(self._questions) + len(self._actions) < self.MAX_TRACKED:
            return
        today = self._today()
        for user, state in list(self._questions.items()):
            if state.day != today and (not state.recent or now - state.recent[-1] > 60):
                del self._questions[user]
        for user, recent in list(self._actions.items()):
            if not recent or now - recent[-1] > 60:
                del self._actions[user]

    @staticmethod
    def _within_rate(recent: deque[float], now: float, limit: int) -> bool:
        while recent and now - recent[0] >= 60.0:
            recent.popleft()
        if len(recent) >= limit:
            return False
        recent.append(now)
        return True

    def check(self, user_id: int, *, question: bool) -> Verdict:
        now = self.monotonic()
        self._prune(now)
        if not question:
            recent = self._actions.setdefault(user_id, deque())
            return "ok" if self._within_rate(recent, now, self.per_minute * self.ACTIONS_PER_QUESTION) else "slow_down"
        today = self._today()
        state = self._questions.get(user_id)
        if state is None or state.day != today:
            state = self._questions[user_id] = _UserState(deque(), today, 0, state.warned_at if state else -1e9)
        if state.questions_today >= self.daily_cap:
            return "daily_cap"
        if not self._within_rate(state.recent, now, self.per_minute):
            return "slow_down"
        state.questions_today += 1
        return "ok"

    def should_warn(self, user_id: int) -> bool:
        """Tell a limited user why at most every 20 seconds, so the bot never amplifies a flood."""
        now = self.monotonic()
        state = self._questions.setdefault(user_id, _UserState(deque(), self._today()))
        if now - state.warned_at < self.WARN_EVERY_SECONDS:
            return False
        state.warned_at = now
        return True


@dataclass
class _ChatPacer:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0


class OutboundLimiter(AIORateLimiter):
    """``AIORateLimiter`` with a per-chat rate and retries for transient failures."""

    MAX_CHAT_LIMITERS: Final = 2048

    def __init__(
        self,
        *,
        overall_per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        group_per_minute: int = 20,
        retry_after_retries: int = 3,
        network_retries: int = 3,
        backoff_seconds: float = 1.0,
    ) -> None:
        # One token every 1/30 s rather than a bucket of 30 a second: steady, never a burst of 30 at once.
        super().__init__(
            overall_max_rate=1,
            overall_time_period=MARGIN / overall_per_second,
            group_max_rate=group_per_minute,
            group_time_period=60,
            max_retries=retry_after_retries,
        )
        self._chat_period = MARGIN / per_chat_per_second if per_chat_per_second > 0 else 0.0
        self._network_retries = network_retries
        self._backoff = backoff_seconds
        self._pacers: dict[int, _ChatPacer] = {}

    def _pacer(self, chat_id: int) -> _ChatPacer:
        if len(self._pacers) > self.MAX_CHAT_LIMITERS:
            now = asyncio.get_running_loop().time()
            for key, pacer in list(self._pacers.items()):
                if key != chat_id and not pacer.lock.locked() and pacer.next_at <= now:
                    del self._pacers[key]
        found = self._pacers.get(chat_id)
        if found is None:
            found = self._pacers[chat_id] = _ChatPacer()
        return found

    @contextlib.asynccontextmanager
    async def _per_chat(self, endpoint: str, data: dict[str, Any]) -> AsyncIterator[None]:
        """One message at a time per private chat, the next starting a period after the previous was accepted.

        Spacing is measured from the end of one request to the start of the next (not from when each was
        queued), so waiting behind the overall limit can never bunch two messages to one chat together.
        """
        chat_id = data.get("chat_id")
        private = isinstance(chat_id, int) and chat_id > 0
        if not (private and self._chat_period and endpoint.startswith(_PER_CHAT_PREFIXES)):
            yield
            return
        pacer = self._pacer(int(chat_id))  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        async with pacer.lock:
            delay = pacer.next_at - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                yield
            finally:
                pacer.next_at = loop.time() + self._chat_period

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint in _UNLIMITED_ENDPOINTS:
            return await callback(*args, **kwargs)
        attempt = 0
        while True:
            try:
                async with self._per_chat(endpoint, data):
                    return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise  # the request itself is wrong: sending it again cannot help
            except (TimedOut, NetworkError) as exc:
                if attempt >= self._network_retries:
                    raise
                delay = self._backoff * 2**attempt
                attempt += 1
                logger.warning(
                    "Telegram %s failed (%s); retry %d in %.1fs", endpoint, type(exc).__name__, attempt, delay
                )
                await asyncio.sleep(delay)


def _ordering_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerUserProcessor(BaseUpdateProcessor):
    """Concurrent updates, but each user's (or chat's) updates one at a time, in the order they arrived.

    python-telegram-bot starts one task per update in arrival order; each task waits here on its user's lock,
    and asyncio locks wake their waiters first come, first served.
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _ordering_key(update)
        if key is None:
            await coroutine
            return
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    @property
    def tracked_users(self) -> int:
        return len(self._locks)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
