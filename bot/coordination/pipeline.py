"""The order of checks for one incoming update, in one place: once (dedupe), in its chat's turn, then the work."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.coordination.types import ChatOrdering, UpdateDeduper


async def process_once_in_order(
    deduper: UpdateDeduper,
    ordering: ChatOrdering,
    *,
    update_id: int,
    chat_key: int | str | None,
    work: Callable[[], Awaitable[None]],
    hold_seconds: float | None = None,
) -> bool:
    """Run ``work`` unless this update was already taken; False when it was (a re-delivery).

    Updates without a chat (none the bot subscribes to today) run without waiting for a turn. When ``work``
    raises (or is cancelled at shutdown) the mark is dropped, so a re-delivery is processed rather than lost.
    """
    if not await deduper.first_time(update_id, hold_seconds=hold_seconds):
        return False
    try:
        if chat_key is None:
            await work()
        else:
            async with ordering.hold(chat_key, update_id):
                await work()
    except BaseException:
        await deduper.forget(update_id)
        raise
    await deduper.done(update_id)
    return True
