"""What a teacher is in the middle of typing (a class label, an announcement, a course search): shared values.

Each update of one teacher may reach a different worker, so the state lives in the shared coordination values
(in memory without ``REDIS_URL``, on Redis with it), never in one process: what is expected next under
``teacher:{id}:expecting`` and the draft (a small JSON object) under ``teacher:{id}:draft``. Both expire after
:data:`STATE_SECONDS` — a half-typed draft is forgotten after an hour. One teacher's updates are processed one at
a time across workers (per-chat ordering), so reading, changing and saving a draft never races.

Private text reaches the teachers' input only when :func:`expecting` finds something pending (one shared lookup),
so students' questions never pass through teacher code; the role is checked again when the text arrives.
"""

from __future__ import annotations

import json
from typing import Final, Literal, TypedDict, get_args

from telegram import Update

from bot.telegram.common import Who, who
from bot.telegram.context import BotContext
from storage import ClassLinkInfo, NotATeacherError, aio

Expecting = Literal["class-label", "announce-text", "announce-search"]
STATE_SECONDS: Final = 3600.0  # a half-typed draft is forgotten after an hour (as a restart did before)


class Draft(TypedDict, total=False):
    """A new class (``label``, ``interests``) or an announcement (``announce``: the class code, ``label``,
    ``text``, ``entry``: an attached course card). Only what the next step needs; nothing about students."""

    label: str
    interests: list[str]
    announce: str
    text: str
    entry: str


_TEXT_FIELDS: Final = ("label", "announce", "text", "entry")


def _expecting_key(user_id: int) -> str:
    return f"teacher:{user_id}:expecting"


def _draft_key(user_id: int) -> str:
    return f"teacher:{user_id}:draft"


async def expect(context: BotContext, user_id: int, what: Expecting) -> None:
    """The teacher's next private text is ``what`` (until :func:`stop_expecting`, :func:`clear` or expiry)."""
    await context.services.coordination.values.set(_expecting_key(user_id), what, STATE_SECONDS)


async def expecting(context: BotContext, user_id: int) -> Expecting | None:
    value = await context.services.coordination.values.get(_expecting_key(user_id))
    return next((what for what in get_args(Expecting) if what == value), None)


async def stop_expecting(context: BotContext, user_id: int) -> None:
    await context.services.coordination.values.delete(_expecting_key(user_id))


async def draft(context: BotContext, user_id: int) -> Draft:
    """The teacher's draft; empty when there is none (never started, cleared, expired or unreadable)."""
    raw = await context.services.coordination.values.get(_draft_key(user_id))
    try:
        stored = json.loads(raw) if raw is not None else {}
    except ValueError:
        return Draft()
    if not isinstance(stored, dict):
        return Draft()
    found = Draft()
    for name in _TEXT_FIELDS:
        value = stored.get(name)
        if isinstance(value, str):
            found[name] = value
    interests = stored.get("interests")
    if isinstance(interests, list):
        found["interests"] = [tag for tag in interests if isinstance(tag, str)]
    return found


async def save_draft(context: BotContext, user_id: int, state: Draft) -> None:
    """Keep the draft for the next step (its hour starts again)."""
    body = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    await context.services.coordination.values.set(_draft_key(user_id), body, STATE_SECONDS)


async def clear(context: BotContext, user_id: int) -> None:
    await stop_expecting(context, user_id)
    await context.services.coordination.values.delete(_draft_key(user_id))


async def current_teacher(update: Update, context: BotContext) -> Who | None:
    """The sender when they hold the teacher role right now (checked on every step), else None."""
    me = await who(update, context)
    if me is None or not me.private:
        return None
    if not await aio.is_teacher(context.services.db, telegram_id=me.user_id):
        return None
    return me


async def own_class(context: BotContext, me: Who, code: str) -> ClassLinkInfo | None:
    """The teacher's own class link with this code (None for anyone else's, or when the role is gone)."""
    try:
        links = await aio.list_class_links(context.services.db, teacher_telegram_id=me.user_id)
    except NotATeacherError:
        return None
    return next((link for link in links if link.code == code), None)
