"""Sending: HTML messages with a plain-text fallback, answers in order, and the typing indicator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot

from bot.telegram.render import html_messages, to_plain

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _entities_rejected(error: BadRequest) -> bool:
    return "can't parse entities" in error.message.lower() or "can't find end" in error.message.lower()


async def send_html(
    bot: ExtBot[object],
    chat_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Send one HTML message; if Telegram rejects its entities, send it once more as plain text."""
    try:
        return await bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, link_preview_options=NO_PREVIEW
        )
    except BadRequest as error:
        if not _entities_rejected(error):
            raise
        logger.warning("Telegram rejected the HTML of a message; sending it as plain text")
        return await bot.send_message(
            chat_id, to_plain(text), parse_mode=None, reply_markup=reply_markup, link_preview_options=NO_PREVIEW
        )


async def send_all(
    bot: ExtBot[object],
    chat_id: int,
    messages: Sequence[str],
    reply_markup: InlineKeyboardMarkup | None = None,
) -> list[Message]:
    """Send messages in order; the buttons go under the last one."""
    sent = []
    for index, text in enumerate(messages):
        markup = reply_markup if index == len(messages) - 1 else None
        sent.append(await send_html(bot, chat_id, text, markup))
    return sent


async def send_long(
    bot: ExtBot[object], chat_id: int, markup_text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Our own UI text, split into messages that fit when it is long (lists of courses, gaps, classes)."""
    return await send_all(bot, chat_id, html_messages(markup_text), reply_markup)


async def edit_html(message: Message, text: str, reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace a message's text (onboarding steps); an unchanged message is not an error."""
    try:
        await message.edit_text(
            text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, link_preview_options=NO_PREVIEW
        )
    except BadRequest as error:
        if "not modified" in error.message.lower():
            return
        if _entities_rejected(error):
            await message.edit_text(to_plain(text), parse_mode=None, reply_markup=reply_markup)
            return
        raise


async def edit_markup(message: Message, reply_markup: InlineKeyboardMarkup | None) -> None:
    try:
        await message.edit_reply_markup(reply_markup=reply_markup)
    except BadRequest as error:
        if "not modified" not in error.message.lower():
            raise


def pressed_message(update: Update) -> Message | None:
    """The message whose button was pressed, when Telegram still lets the bot edit it."""
    query = update.callback_query
    if query is not None and query.message is not None and query.message.is_accessible:
        return query.message  # type: ignore[return-value]
    return None


async def edit_or_send(
    bot: ExtBot[object], chat_id: int, update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the pressed message's text when possible (a tidy chat), else send a new message."""
    message = pressed_message(update)
    if message is not None:
        await edit_html(message, text, markup)
    else:
        await send_html(bot, chat_id, text, markup)


@contextlib.asynccontextmanager
async def typing(bot: ExtBot[object], chat_id: int, interval: float) -> AsyncIterator[None]:
    """Show "typing…" while the body runs (Telegram clears it after five seconds, so it is repeated)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(interval)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
