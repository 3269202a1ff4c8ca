"""Text a teacher types in the middle of a flow (a class label, an announcement, a course search).

Registered before the questions handler and reached only by users in :data:`teacher_state.AWAITING`; the
role is checked again here, and a user who lost it (or whose state is gone) is handed back to the questions
handler's behaviour by stopping the wait.
"""

from __future__ import annotations

from telegram import Update

from bot.telegram import announce, class_setup
from bot.telegram.context import BotContext
from bot.telegram.questions import on_text
from bot.telegram.teacher_state import clear, current_teacher, expecting


async def on_teacher_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    me = await current_teacher(update, context)
    what = expecting(context)
    if me is None or what is None:
        if update.effective_user is not None:
            clear(context, update.effective_user.id)
        await on_text(update, context)  # not (or no longer) a teacher's input: an ordinary question
        return
    if what == "class-label":
        await class_setup.on_label_text(update, context, me, message.text)
    elif what == "announce-text":
        await announce.on_announce_text(update, context, me, message.text)
    elif what == "announce-search":
        await announce.on_card_search(update, context, me, message.text)
