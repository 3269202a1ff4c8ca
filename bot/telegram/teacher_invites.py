"""``/start t_<code>``: a one-time teacher invite from an admin (``pathways links invite-teacher``).

A valid, unused, unexpired code grants the teacher role once; any other code gets the plain welcome and writes
nothing, so guessing codes teaches nothing (they are 144 random bits anyway).
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.telegram import deeplinks
from bot.telegram.common import who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t
from bot.telegram.onboarding import send_welcome
from bot.telegram.sending import send_html
from storage import aio

logger = logging.getLogger(__name__)


async def start_teacher_invite(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None or not me.private:
        return
    code = deeplinks.teacher_invite_code(context.args)
    services = context.services
    granted = code is not None and await aio.redeem_teacher_invite(
        services.db, telegram_id=me.user_id, code=code, now=services.clock()
    )
    if not granted:
        await send_welcome(context, me)
        return
    logger.info("a teacher invite was accepted")
    text = t(
        me.language,
        "🏫 You now have the teacher role. Send /class to create a class link with its QR code and poster, and "
        "/announce to message your classes. You will only ever see counts for classes, never who said what.",
    )
    await send_html(context.bot, me.chat_id, text)
