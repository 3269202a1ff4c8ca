"""Background work started by the webhook, tracked so a shutdown can wait for it (within a bound)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

logger = logging.getLogger(__name__)


class BackgroundTasks:
    """``spawn`` starts a task and keeps it until it ends; ``drain`` waits for all of them, then cancels the rest.

    A task's exception is logged (its type only: the exception text could quote a student's message) and never
    propagates: one failed update must not disturb the others.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    @property
    def pending(self) -> int:
        return len(self._tasks)

    @property
    def closed(self) -> bool:
        return self._closed

    def spawn(self, coroutine: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task[Any]:
        if self._closed:
            coroutine.close()
            raise RuntimeError("shutting down: no new background work is accepted")
        task = asyncio.get_running_loop().create_task(coroutine, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            logger.error(
                "background task %s failed: %s",
                task.get_name(),
                type(error).__name__,
                exc_info=(type(error), error, None),
            )

    async def drain(self, grace: float) -> int:
        """Refuse new work, wait up to ``grace`` seconds for what runs, cancel what is left; how many were cut off."""
        self._closed = True
        if not self._tasks:
            return 0
        _, unfinished = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.wait(unfinished, timeout=1.0)
            logger.warning("shutdown: %d background task(s) cut off after %.0f s", len(unfinished), grace)
        return len(unfinished)
