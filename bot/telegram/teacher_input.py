"""Private text: a teacher's pending input (a class label, an announcement, a course search), or else a question.

Every private non-command text comes to :func:`on_private_text`, which makes one shared-value lookup
(:func:`teacher_state.expecting`, on whichever worker the update reached) and hands everything with nothing pending
to :func:`questions.on_text` untouched: students' questions never pass through teacher code. One handler that
chooses, rather than a teacher handler that lets the update fall through to a later handler group: an error in a
teacher's step then can never also answer the teacher's draft as a question.

The role is checked again when the text arrives; a user who lost it (or whose state is gone) gets the questions
handler's behaviour and their wait is stopped.
"""

from __future__ import annotations

from telegram import Update

from bot.telegram import announce, class_setup
from bot.telegram.context import BotContext
from bot.telegram.questions import on_text
from bot.telegram.teacher_state import Expecting, clear, current_teacher, expecting


async def on_private_text(update: Update, context: BotContext) -> None:
    user = update.effective_user
    what = await expecting(context, user.id) if user is not None else None
    if what is None:
        await on_text(update, context)
        return
    await on_teacher_text(update, context, what)


async def on_teacher_text(update: Update, context: BotContext, what: Expecting) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    me = await current_teacher(update, context)
    if me is None:
        if update.effective_user is not None:
            await clear(context, update.effective_user.id)
        await on_text(update, context)  # no longer a teacher: an ordinary question
        return
    if what == "class-label":
        await class_setup.on_label_text(update, context, me, message.text)
    elif what == "announce-text":
        await announce.on_announce_text(update, context, me, message.text)
    elif what == "announce-search":
        await announce.on_card_search(update, context, me, message.text)
