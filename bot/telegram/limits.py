"""Limits on what the bot sends and the order in which it processes updates — across workers.

- :class:`OutboundLimiter`: Telegram's limits (about 30 messages a second overall, one a second per private
  chat, 20 a minute per group) counted by every worker together through :class:`bot.coordination.OutboundPacer`
  (in memory for one process, on Redis with ``REDIS_URL``); one chat's messages are also spaced from the end
  of one request to the start of the next (the end time is a shared value, so this holds when the chat's next
  update is processed by another worker). 429 ``retry_after`` is waited and retried
  (python-telegram-bot's ``AIORateLimiter``), 5xx and timeouts are retried with backoff; ``BadRequest`` (a
  subclass of ``NetworkError``) never is.
- :class:`PerUserProcessor`: updates are processed concurrently, but each update once (a re-delivery by Telegram
  is skipped) and one user's updates one at a time, lowest ``update_id`` first, whichever worker holds them.

The students' own limits (questions a minute, a day) are :class:`bot.coordination.StudentLimits`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Final

from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

from bot.coordination import Coordination, OutboundPacer, SharedRateLimiter, SharedValues, build_coordination
from bot.coordination.memory import MemoryRateLimiter
from bot.coordination.pipeline import process_once_in_order
from bot.coordination.types import DEFAULT_DEDUPE_SECONDS
from bot.metrics import Metrics

logger = logging.getLogger(__name__)

_UNLIMITED_ENDPOINTS: Final = frozenset({"sendChatAction"})  # a hint, not a message: never queued behind messages
_PER_CHAT_PREFIXES: Final = ("send", "copyMessage", "forwardMessage")
# Requests about the bot itself (start-up, webhook), not messages: never paced.
_SETUP_ENDPOINTS: Final = frozenset(
    {"getMe", "setWebhook", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands", "deleteMyCommands"}
)
PACING_MAX_WAIT: Final = 120.0  # a message that cannot get a slot within two minutes is sent anyway (logged)
REPLY_MEMORY_SECONDS: Final = 3600.0  # how long a sent reply is remembered for a re-run of its update
# The update being processed in this task and how many messages it has sent so far (set by PerUserProcessor).
CURRENT_UPDATE: ContextVar[tuple[int, list[int]] | None] = ContextVar("current_update", default=None)


@dataclass
class _ChatPacer:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0


class OutboundLimiter(AIORateLimiter):
    """Shared pacing (``limiter``: the coordination's, so every worker counts together) plus local per-chat
    spacing and retries for transient failures."""

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
        limiter: SharedRateLimiter | None = None,
        values: SharedValues | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        # The parent only retries after 429 (its own limits are off: the shared pacer below counts instead).
        super().__init__(overall_max_rate=0, group_max_rate=0, max_retries=retry_after_retries)
        self._pacer = OutboundPacer(
            limiter if limiter is not None else MemoryRateLimiter(),
            overall_per_second=overall_per_second,
            per_chat_per_second=per_chat_per_second,
            group_per_minute=group_per_minute,
        )
        self._chat_period = 1.05 / per_chat_per_second if per_chat_per_second > 0 else 0.0
        self._network_retries = network_retries
        self._backoff = backoff_seconds
        self._metrics = metrics
        self._values = values
        self._pacers: dict[int, _ChatPacer] = {}

    def _local_pacer(self, chat_id: int) -> _ChatPacer:
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
        """One message at a time per private chat (in this worker), the next starting a period after the previous
        was accepted — by this worker or, through the shared value, by another. Spacing is measured from the end
        of one request to the start of the next, so a slow request can never bunch two messages to one chat
        together (the shared limit counts from the reservation, which alone could)."""
        chat_id = data.get("chat_id")
        private = isinstance(chat_id, int) and chat_id > 0
        if not (private and self._chat_period and endpoint.startswith(_PER_CHAT_PREFIXES)):
            yield
            return
        pacer = self._local_pacer(int(chat_id))  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        shared_key = f"out:last:{chat_id}"
        async with pacer.lock:
            delay = pacer.next_at - loop.time()
            if self._values is not None:
                last = await self._values.get(shared_key)
                if last is not None:
                    delay = max(delay, float(last) + self._chat_period - time.time())  # wall clock: across machines
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                yield
            finally:
                pacer.next_at = loop.time() + self._chat_period
                if self._values is not None:
                    await self._values.set(shared_key, repr(time.time()), self._chat_period * 2)

    async def _wait_turn(self, endpoint: str, data: dict[str, Any]) -> None:
        chat_id = data.get("chat_id") if endpoint.startswith(_PER_CHAT_PREFIXES) else None
        if not isinstance(chat_id, int | str):
            chat_id = None
        if not await self._pacer.wait_turn(chat_id, max_wait=PACING_MAX_WAIT):
            logger.warning("no sending slot within %.0f s for %s; sending anyway", PACING_MAX_WAIT, endpoint)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint in _UNLIMITED_ENDPOINTS or endpoint in _SETUP_ENDPOINTS:
            return await callback(*args, **kwargs)
        reply_key = self._reply_key(endpoint)
        if reply_key is not None and self._values is not None:
            already = await self._values.get(reply_key)
            if already is not None:
                stub: dict[str, Any] = json.loads(already)
                return stub  # sent by a worker that died before finishing the update
        result = await self._send(callback, args, kwargs, endpoint, data, rate_limit_args)
        if reply_key is not None and self._values is not None and isinstance(result, dict):
            await self._values.set(reply_key, json.dumps(_message_stub(result)), REPLY_MEMORY_SECONDS)
        return result

    def _reply_key(self, endpoint: str) -> str | None:
        """The n-th message sent while processing an update: a re-run of the update (its worker died after
        sending some replies) finds the ones already sent and does not send them again."""
        current = CURRENT_UPDATE.get()
        if current is None or not endpoint.startswith(_PER_CHAT_PREFIXES):
            return None
        update_id, counter = current
        counter[0] += 1
        return f"reply:{update_id}:{counter[0]}"

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        attempt = 0
        while True:
            try:
                async with self._per_chat(endpoint, data):
                    await self._wait_turn(endpoint, data)
                    result = await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest as exc:
                self._count_error(exc)
                raise  # the request itself is wrong: sending it again cannot help
            except (TimedOut, NetworkError) as exc:
                self._count_error(exc)
                if attempt >= self._network_retries:
                    raise
                delay = self._backoff * 2**attempt
                attempt += 1
                logger.warning(
                    "Telegram %s failed (%s); retry %d in %.1fs", endpoint, type(exc).__name__, attempt, delay
                )
                await asyncio.sleep(delay)
                continue
            except TelegramError as exc:
                self._count_error(exc)
                raise
            if self._metrics is not None and endpoint.startswith(_PER_CHAT_PREFIXES):
                self._metrics.message_sent()
            return result

    def _count_error(self, error: BaseException) -> None:
        if self._metrics is not None:
            self._metrics.telegram_error(error)


def _message_stub(result: dict[str, Any]) -> dict[str, Any]:
    """The least of a sent message python-telegram-bot needs to carry on (kept small: every worker keeps a copy)."""
    found = result.get("chat")
    chat: dict[str, Any] = found if isinstance(found, dict) else {}
    return {
        "message_id": result.get("message_id"),
        "date": result.get("date"),
        "chat": {"id": chat.get("id"), "type": chat.get("type", "private")},
    }


class UpdateInProgress(RuntimeError):
    """Another worker holds this update and has not finished it: answer Telegram with an error, so it delivers the
    update again later — by then it is finished (and skipped) or its worker died (and it is processed)."""


def _ordering_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return None


def _settled_key(update_id: int) -> str:
    return f"settled:{update_id}"


class PerUserProcessor(BaseUpdateProcessor):
    """Concurrent updates; each processed once, and each user's (or chat's) one at a time in ``update_id`` order.

    python-telegram-bot hands every update here (long polling: from its queue; webhook: from the request). The
    update is *taken* with a lease of ``lease_seconds`` (:meth:`UpdateDeduper.first_time`): a worker killed
    mid-update stops renewing nothing, the lease expires and Telegram's next re-delivery is processed by another
    worker. When processing ends the update is *settled* (a shared value kept a day) and the lease becomes the
    day-long mark. So a re-delivery of a settled update is skipped (the caller answers 200), and one still held
    by a live or dead worker raises :class:`UpdateInProgress` (the caller answers 503: "later, please").
    """

    def __init__(
        self,
        max_concurrent_updates: int = 256,
        *,
        coordination: Coordination | None = None,
        metrics: Metrics | None = None,
        lease_seconds: float = 90.0,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._coordination = coordination if coordination is not None else build_coordination(None)
        self._metrics = metrics
        self._lease = lease_seconds
        self._in_flight: dict[int, int] = {}

    @property
    def tracked_users(self) -> int:
        """Users with an update waiting or running in this worker."""
        return len(self._in_flight)

    @property
    def in_flight(self) -> int:
        """Updates waiting or running in this worker (the queue depth of the metrics)."""
        return sum(self._in_flight.values())

    @contextlib.contextmanager
    def _counted(self, key: int) -> Iterator[None]:
        self._in_flight[key] = self._in_flight.get(key, 0) + 1
        try:
            yield
        finally:
            left = self._in_flight[key] - 1
            if left:
                self._in_flight[key] = left
            else:
                del self._in_flight[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        values = self._coordination.values
        settled = _settled_key(update.update_id)
        if await values.get(settled) is not None:
            self._skip(coroutine)
            return

        async def work() -> None:
            CURRENT_UPDATE.set((update.update_id, [0]))
            await coroutine
            await values.set(settled, "1", DEFAULT_DEDUPE_SECONDS)

        key = _ordering_key(update)
        with self._counted(key if key is not None else 0):
            ran = await process_once_in_order(
                self._coordination.deduper,
                self._coordination.ordering,
                update_id=update.update_id,
                chat_key=key,
                work=work,
                hold_seconds=self._lease,
            )
        if ran:
            if self._metrics is not None:
                self._metrics.update_processed("ok")
            return
        if await values.get(settled) is not None:
            self._skip(coroutine)
            return
        _close(coroutine)
        raise UpdateInProgress(f"update {update.update_id} is being processed elsewhere")

    def _skip(self, coroutine: Awaitable[Any]) -> None:
        _close(coroutine)
        if self._metrics is not None:
            self._metrics.update_processed("duplicate")

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _close(coroutine: Awaitable[Any]) -> None:
    """An update's handlers that will not run: close the coroutine (no "never awaited" warning)."""
    if inspect.iscoroutine(coroutine):
        coroutine.close()
