"""A teacher creates a class link in the bot: "New class" → its label (typed) → preset interests (buttons) →
how long it accepts students → the link, with the class's menu (QR code, poster, chart, announce)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from telegram import InlineKeyboardMarkup, Update

from bot.telegram.callbacks import Action, Kind
from bot.telegram.common import Who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t, tp
from bot.telegram.keyboards import button, grid, interest_label
from bot.telegram.replies import send_expired
from bot.telegram.sending import edit_or_send, send_html
from bot.telegram.teacher_state import Draft, clear, current_teacher, draft, expect, save_draft, stop_expecting
from bot.telegram.teachers import send_class_menu
from knowledge.schema import SUBJECTS
from storage import NotATeacherError, UiLanguage, aio
from storage.models import MAX_LABEL_CHARS

EXPIRY_DAYS: Final = ("30", "90", "365", "0")  # "0": never


def interests_keyboard(language: UiLanguage, chosen: list[str]) -> InlineKeyboardMarkup:
    buttons = [
        button(("✓ " if tag in chosen else "") + interest_label(tag, language), Kind.NEW_CLASS, "i", tag)
        for tag in SUBJECTS
    ]
    rows = grid(buttons, 2)
    rows.append(
        [button(tp(language, "Done ➡️"), Kind.NEW_CLASS, "d"), button(tp(language, "Cancel"), Kind.NEW_CLASS, "x")]
    )
    return InlineKeyboardMarkup(rows)


def expiry_keyboard(language: UiLanguage) -> InlineKeyboardMarkup:
    labels = {
        "30": tp(language, "30 days"),
        "90": tp(language, "90 days"),
        "365": tp(language, "One year"),
        "0": tp(language, "No expiry"),
    }
    return InlineKeyboardMarkup(grid([button(labels[days], Kind.NEW_CLASS, "e", days) for days in EXPIRY_DAYS], 2))


async def on_new_class(update: Update, context: BotContext, me: Who, action: Action) -> None:
    teacher = await current_teacher(update, context)
    if teacher is None:
        await clear(context, me.user_id)
        await send_expired(context, me)
        return
    step = action.arg(0)
    if step == "":
        await clear(context, me.user_id)
        await expect(context, me.user_id, "class-label")
        text = t(
            me.language,
            "What is the class called? Send its label, e.g. <i>5A Careers</i> (at most {n} characters).",
            n=MAX_LABEL_CHARS,
        )
        await send_html(context.bot, me.chat_id, text)
        return
    if step == "x":
        await clear(context, me.user_id)
        await edit_or_send(context.bot, me.chat_id, update, t(me.language, "OK, no class was created."))
        return
    state = await draft(context, me.user_id)
    if "label" not in state:  # a stale button from an older draft
        await send_expired(context, me)
        return
    chosen: list[str] = list(state.get("interests", []))
    if step == "i":
        tag = action.arg(1)
        if tag not in SUBJECTS:
            await send_expired(context, me)
            return
        chosen = [c for c in chosen if c != tag] if tag in chosen else [*chosen, tag]
        state["interests"] = chosen
        await save_draft(context, me.user_id, state)
        await edit_or_send(
            context.bot,
            me.chat_id,
            update,
            _interests_prompt(me.language, state["label"]),
            interests_keyboard(me.language, chosen),
        )
        return
    if step == "d":
        await edit_or_send(
            context.bot,
            me.chat_id,
            update,
            t(me.language, "How long should the link accept students?"),
            expiry_keyboard(me.language),
        )
        return
    days = int(action.arg(1) or "0")
    now = context.services.clock()
    expires = now + dt.timedelta(days=days) if days else None
    try:
        link = await aio.create_class_link(
            context.services.db,
            teacher_telegram_id=me.user_id,
            label=state["label"],
            preset_interests=chosen,
            expires_at=expires,
            now=now,
        )
    except NotATeacherError:
        await send_expired(context, me)
        return
    finally:
        await clear(context, me.user_id)
    await edit_or_send(
        context.bot, me.chat_id, update, t(me.language, "✅ Class <b>{label}</b> created.", label=link.label)
    )
    await send_class_menu(context, teacher, link)


def _interests_prompt(language: UiLanguage, label: str) -> str:
    return t(
        language,
        "Interests for <b>{label}</b>: students who join get these added to their profile (they can change them). "
        "Tap all that apply, then <b>Done</b>.",
        label=label,
    )


async def on_label_text(update: Update, context: BotContext, me: Who, text: str) -> None:
    """The label the teacher typed for a new class."""
    del update
    label = " ".join(text.split())
    if not label or len(label) > MAX_LABEL_CHARS:
        reply = t(me.language, "A class label is 1 to {n} characters. Please send it again.", n=MAX_LABEL_CHARS)
        await send_html(context.bot, me.chat_id, reply)
        return
    await stop_expecting(context, me.user_id)
    await save_draft(context, me.user_id, Draft(label=label, interests=[]))
    await send_html(context.bot, me.chat_id, _interests_prompt(me.language, label), interests_keyboard(me.language, []))
