"""The error handler: logs what failed and where — never the token, never message text — and tells the student
something went wrong in plain words (never an exception's text). Keep it this way: students are minors, and an
exception's text can quote what they typed."""

from __future__ import annotations

import contextlib
import logging
import traceback
from pathlib import Path

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError

from bot.telegram.context import BotContext
from bot.telegram.i18n import from_telegram, t

logger = logging.getLogger(__name__)


def where(error: BaseException) -> str:
    """The innermost frames of the traceback, as file:line in function — no messages, no values."""
    frames = traceback.extract_tb(error.__traceback__)[-6:]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames)) or "?"


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    if error is None:  # pragma: no cover - python-telegram-bot always sets it
        return
    update_id = update.update_id if isinstance(update, Update) else None
    # The exception's message is left out on purpose: it can quote user input or a URL with the token.
    logger.error("update %s failed: %s at %s", update_id, type(error).__name__, where(error))
    if not isinstance(update, Update) or isinstance(error, Forbidden):
        return  # polling errors have no update; Forbidden means the student blocked the bot
    user, chat = update.effective_user, update.effective_chat
    language = from_telegram(user.language_code if user else None)
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(
            chat.id,
            t(language, "Sorry — something went wrong on my side. Please try again in a minute."),
            parse_mode=None,
        )
