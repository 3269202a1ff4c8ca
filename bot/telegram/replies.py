"""Replies several handler modules send: the privacy-notice gate, "this button has expired", a course card and
the interests prompt.

Handler modules (onboarding, questions, reminders, account, teachers) import these at the top and never each
other's replies, so no two handler modules depend on one another in a circle.
"""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.telegram.callbacks import resolve_ref
from bot.telegram.common import Who, short_notice, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t
from bot.telegram.keyboards import card_keyboard, privacy_keyboard
from bot.telegram.render import answer_messages
from bot.telegram.sending import send_all, send_html
from storage import UiLanguage, aio


async def send_consent_needed(context: BotContext, me: Who) -> None:
    """The short privacy notice with its buttons, for something that needs consent first."""
    text = t(me.language, "I can keep this for you once you've agreed to the privacy notice.")
    await send_html(
        context.bot,
        me.chat_id,
        f"{text}\n\n{short_notice(me.language, context.services.config)}",
        privacy_keyboard(me.language),
    )


async def consented_student(update: Update, context: BotContext) -> Who | None:
    """The student behind an update when they have agreed to the privacy notice; otherwise the notice is
    shown and None returned (commands about stored data need consent first)."""
    me = await who(update, context)
    if me is None:
        return None
    if not me.consented or me.profile is None:
        await send_consent_needed(context, me)
        return None
    return me


async def send_expired(context: BotContext, me: Who) -> None:
    """For a button whose course, class or choice no longer exists (or that was forged): nothing is revealed."""
    await send_html(context.bot, me.chat_id, t(me.language, "⌛ This button has expired. Please ask me again."))


async def find_entry(context: BotContext, ref: str) -> str | None:
    """The entry id a ref from a button or a deep link stands for, if the index still holds it."""
    searcher = context.services.assistant.searcher
    return resolve_ref(ref, await asyncio.to_thread(searcher.entry_ids))


async def send_card(context: BotContext, me: Who, entry_id: str) -> bool:
    """A course card (deep link, saved course, reminder). False when the index no longer has the entry."""
    services = context.services
    answer = await asyncio.to_thread(services.assistant.card, entry_id, me.language)
    if answer is None or not answer.sources:
        return False
    saved = False
    if me.consented:
        saved = any(s.entry_id == entry_id for s in await aio.saved_courses(services.db, telegram_id=me.user_id))
    await send_all(
        context.bot,
        me.chat_id,
        answer_messages(answer, me.language),
        card_keyboard(answer.sources[0], me.language, saved=saved),
    )
    return True


def interests_prompt(language: UiLanguage) -> str:
    """Asked in onboarding and by /interests."""
    return t(language, "What interests you? Tap all that apply, then <b>Done</b>.")
