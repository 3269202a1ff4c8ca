"""What a teacher is in the middle of typing (a class label, an announcement, a course search), in memory.

A text message goes to the teachers' input handler only while its sender is in :data:`AWAITING` (a dynamic user
filter), so students' questions never pass through teacher code. The role is checked again when the text
arrives. State lives in ``context.user_data`` of this process: a restart simply forgets a half-typed draft.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from telegram import Update
from telegram.ext import filters

from bot.telegram.common import Who, who
from bot.telegram.context import BotContext
from storage import ClassLinkInfo, NotATeacherError, aio

Expecting = Literal["class-label", "announce-text", "announce-search"]
AWAITING: Final = filters.User(allow_empty=False)
_STATE: Final = "teacher_input"
_DRAFT: Final = "teacher_draft"


def expect(context: BotContext, user_id: int, what: Expecting) -> None:
    if context.user_data is not None:
        context.user_data[_STATE] = what
    AWAITING.add_user_ids(user_id)


def expecting(context: BotContext) -> str | None:
    data = context.user_data
    value = data.get(_STATE) if data is not None else None
    return value if isinstance(value, str) else None


def stop_expecting(context: BotContext, user_id: int) -> None:
    if context.user_data is not None:
        context.user_data.pop(_STATE, None)
    AWAITING.remove_user_ids(user_id)


def draft(context: BotContext) -> dict[str, Any]:
    """The teacher's draft (a new class, or an announcement); created empty when there is none."""
    data = context.user_data
    if data is None:  # pragma: no cover - private chats always have user data
        return {}
    found = data.setdefault(_DRAFT, {})
    return found if isinstance(found, dict) else {}


def clear(context: BotContext, user_id: int) -> None:
    stop_expecting(context, user_id)
    if context.user_data is not None:
        context.user_data.pop(_DRAFT, None)


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
