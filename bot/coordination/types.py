"""What must hold across workers, as small interfaces; each has an in-memory and a Redis implementation.

- :class:`UpdateDeduper`: each Telegram update processed once, even when Telegram delivers it again.
- :class:`ChatOrdering`: one chat's updates one at a time and in ``update_id`` order; other chats in parallel.
- :class:`SharedRateLimiter`: sliding-window limits (outbound messages, each student's questions) counted
  by every worker together.
- :class:`JobClaims`: a reminder, nudge or announcement sent once whichever worker runs the job.
- :class:`SharedValues`: a small key-value store with expiry (the language a student picked before consent).

Nothing here knows about Telegram: keys are plain ints and strings, so the transport stays the only importer of
``telegram``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Final, Protocol

DEFAULT_DEDUPE_SECONDS: Final = 24 * 3600.0  # Telegram gives up re-delivering long before a day


@dataclass(frozen=True)
class Limit:
    """At most ``count`` events in any window of ``period`` seconds, counted under ``key``."""

    key: str
    count: int
    period: float

    def __post_init__(self) -> None:
        if self.count < 1 or self.period <= 0:
            raise ValueError(f"a limit needs count >= 1 and period > 0, not {self.count} per {self.period}s")


@dataclass(frozen=True)
class Decision:
    """The answer of :meth:`SharedRateLimiter.reserve`.

    ``granted``: every limit had room and one event was counted against each. Otherwise nothing was counted;
    ``blocked_by`` is the index of the first limit that was full and ``wait`` how long (seconds) until all of
    the full ones have room again.
    """

    granted: bool
    wait: float = 0.0
    blocked_by: int | None = None


GRANTED: Final = Decision(granted=True)


class UpdateDeduper(Protocol):
    async def first_time(self, update_id: int, *, hold_seconds: float | None = None) -> bool:
        """True exactly once per ``update_id`` (across workers): the caller processes it.

        With ``hold_seconds`` the mark is a lease: unless :meth:`done` is called within it, the mark expires and
        a re-delivery of the update is processed again (a worker killed mid-update loses nothing)."""
        ...

    async def done(self, update_id: int) -> None:
        """The update was processed: keep its mark for the full retention (24 hours)."""
        ...

    async def forget(self, update_id: int) -> None:
        """Processing failed before anything was sent: let a re-delivery be processed."""
        ...


class ChatOrdering(Protocol):
    def hold(self, chat_key: int | str, sequence: int) -> AbstractAsyncContextManager[None]:
        """Wait for the chat's turn: held updates of one chat run one at a time, lowest ``sequence`` first."""
        ...


class SharedRateLimiter(Protocol):
    async def reserve(self, limits: Sequence[Limit]) -> Decision:
        """Atomically: count one event against every limit if all have room, else count nothing."""
        ...

    async def acquire(self, limits: Sequence[Limit], *, max_wait: float) -> bool:
        """Wait (at most ``max_wait`` seconds) until :meth:`reserve` grants; False when it did not in time."""
        ...


class JobClaims(Protocol):
    async def claim(self, job_key: str, ttl: float) -> bool:
        """True for exactly one caller per ``job_key`` within ``ttl`` seconds; False also when unsure."""
        ...

    async def release(self, job_key: str) -> None:
        """Give a claim back (the send failed), so a later run may try again."""
        ...


class SharedValues(Protocol):
    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, ttl: float) -> None: ...

    async def delete(self, key: str) -> None: ...


HealthCheck = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Coordination:
    """Everything that must hold across workers, built by :func:`bot.coordination.build_coordination`.

    ``ping`` raises when the shared store (Redis) is unreachable; use it as a readiness check. ``close`` releases
    connections. ``backend`` is "memory" or "redis", for logs and ``/readyz``."""

    backend: str
    deduper: UpdateDeduper
    ordering: ChatOrdering
    limiter: SharedRateLimiter
    claims: JobClaims
    values: SharedValues
    ping: HealthCheck
    close: Callable[[], Awaitable[None]]
