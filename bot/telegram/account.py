"""The student's own things: /help, /profile, /interests, /saved, /mydata, /forget, /cancel — and the replies
for unknown commands and for personal commands typed in a group."""

from __future__ import annotations

import asyncio
import json
import logging

from telegram import InputFile, Update
from telegram.constants import ChatType

from bot.config import HONG_KONG
from bot.telegram import teacher_state
from bot.telegram.callbacks import Action, Mode
from bot.telegram.common import Who, forget_pre_consent, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import join_list, t, tp
from bot.telegram.keyboards import (
    elective_label,
    forget_keyboard,
    form_label,
    interest_label,
    interests_keyboard,
    private_chat_keyboard,
    profile_keyboard,
    saved_keyboard,
)
from bot.telegram.replies import consented_student, interests_prompt
from bot.telegram.sending import edit_or_send, send_html, send_long
from storage import aio

logger = logging.getLogger(__name__)


async def help_command(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None:
        return
    text = t(
        me.language,
        "<b>How I can help</b>\n\n"
        "Ask me anything about university taster programmes, micro-credentials, online certificates, the CEF or "
        "JUPAS — in English, 中文 or both.\n\n"
        "/recommend — your pathway plan\n"
        "/profile — your form, interests and electives\n"
        "/interests — choose your interests\n"
        "/saved — your saved courses\n"
        "/remind — reminders before their dates\n"
        "/language — English or 中文\n"
        "/privacy — what I keep and why\n"
        "/mydata — everything I hold about you, as a file\n"
        "/forget — delete everything about you\n"
        "/cancel — stop what we were doing",
    )
    if me.profile is not None and me.profile.is_teacher:
        text += "\n\n" + t(me.language, "/class — figures for your class links (teachers)")
    await send_html(context.bot, me.chat_id, text)


async def private_only(update: Update, context: BotContext) -> bool:
    """Personal commands only work in a private chat; in a group they get a pointer there instead."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    me = await who(update, context)
    if me is not None:
        text = t(me.language, "Please use that in a private chat with me — it's about your own data.")
        await send_html(context.bot, me.chat_id, text, private_chat_keyboard(me.language, context.bot.username))
    return False


async def profile(update: Update, context: BotContext) -> None:
    me = await consented_student(update, context)
    if me is None or me.profile is None:
        return
    p = me.profile
    language = me.language
    saved = await aio.saved_courses(context.services.db, telegram_id=me.user_id)
    none = t(language, "none")
    consent_day = p.consent_at.astimezone(HONG_KONG).date().isoformat() if p.consent_at else "—"
    text = t(
        language,
        "<b>👤 Your profile</b>\n\n"
        "Language: {language_name}\nForm: {form}\nInterests: {interests}\nElectives: {electives}\n"
        "Reminders: {reminders}\nSaved courses: {saved}\nPrivacy notice accepted: {consent}",
        language_name="English" if language == "en" else "繁體中文",
        form=form_label(p.form, language) if p.form else t(language, "not set"),
        interests=join_list([interest_label(tag, language) for tag in p.interests], language) or none,
        electives=join_list([elective_label(e, language) for e in p.electives], language) or none,
        reminders=t(language, "on") if p.reminders_opt_in else t(language, "off"),
        saved=len(saved),
        consent=consent_day,
    )
    await send_html(context.bot, me.chat_id, text, profile_keyboard(language))


async def interests(update: Update, context: BotContext) -> None:
    me = await consented_student(update, context)
    if me is None or me.profile is None:
        return
    await send_html(
        context.bot,
        me.chat_id,
        interests_prompt(me.language),
        interests_keyboard(me.language, Mode.PROFILE, me.profile.interests),
    )


async def saved(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None:
        return
    services = context.services
    items = await aio.saved_courses(services.db, telegram_id=me.user_id) if me.consented else []
    if not items:
        text = t(me.language, "You have no saved courses yet. Tap ⭐ under an answer to save one.")
        await send_html(context.bot, me.chat_id, text)
        return
    rows = []
    lines = [t(me.language, "<b>⭐ Your saved courses</b>")]
    for item in items[:30]:
        view = await asyncio.to_thread(services.assistant.entry, item.entry_id)
        title = view.title(me.language) if view else item.entry_id
        rows.append((item.entry_id, title))
        lines.append(t(me.language, "• {title}", title=title))
    lines.append(
        t(me.language, "Tap a course to see its card, or 🗑 to remove it. /remind sends reminders before their dates.")
    )
    await send_long(
        context.bot, me.chat_id, "\n".join(lines[:-1]) + "\n\n" + lines[-1], saved_keyboard(rows, me.language)
    )


async def mydata(update: Update, context: BotContext) -> None:
    """/mydata: everything held about the student, as a JSON file."""
    me = await who(update, context)
    if me is None:
        return
    data = await aio.export_user(context.services.db, telegram_id=me.user_id, now=context.services.clock())
    if data is None:
        await send_html(context.bot, me.chat_id, t(me.language, "I don't hold any data about you."))
        return
    body = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    day = context.services.clock().astimezone(HONG_KONG).date().isoformat()
    await context.bot.send_document(
        me.chat_id,
        InputFile(body, filename=f"dse-pathways-my-data-{day}.json"),
        caption=tp(me.language, "Everything I hold about you, as a JSON file. /forget deletes it all."),
    )


async def forget(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None:
        return
    text = t(
        me.language,
        "This deletes everything I hold about you — profile, saved courses, reminders, recent messages, feedback "
        "and class memberships. It cannot be undone. Delete everything?",
    )
    await send_html(context.bot, me.chat_id, text, forget_keyboard(me.language))


async def on_forget(update: Update, context: BotContext, me: Who, action: Action) -> None:
    if action.arg(0) == "y":
        removed = await aio.delete_user(context.services.db, telegram_id=me.user_id)
        # What is kept outside the database, shared by the workers: a language or tip flag from before consent,
        # and a teacher's half-typed draft.
        await forget_pre_consent(context, me.user_id)
        await teacher_state.clear(context, me.user_id)
        logger.info("a student deleted their data (%d rows)", sum(removed.values()))
        text = t(
            me.language,
            "🗑 Done — everything I held about you has been deleted. If you message me again, we start fresh.",
        )
    else:
        text = t(me.language, "OK, nothing was deleted.")
    await edit_or_send(context.bot, me.chat_id, update, text)


async def cancel(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None:
        return
    await teacher_state.clear(context, me.user_id)  # a teacher's next text is a question again, not a draft
    await send_html(context.bot, me.chat_id, t(me.language, "OK, stopped. Ask me anything, or see /help."))


async def unknown_command(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None or not me.private:
        return
    await send_html(context.bot, me.chat_id, t(me.language, "I don't know that command. See /help."))
