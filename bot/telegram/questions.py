"""Questions and answers: free text, suggested follow-ups, course cards, "more like this", the pathway plan,
👍/👎 feedback and ⭐ save. Rendering only: every answer comes from the assistant."""

from __future__ import annotations

import asyncio
import logging
import re
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, MessageEntityType

from bot.assistant.types import Answer, StudentContext
from bot.telegram import reminders
from bot.telegram.callbacks import Action, Kind, encode, is_kind, resolve_ref
from bot.telegram.common import PRE_CONSENT_SECONDS, Who, tip_key, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t, tp
from bot.telegram.keyboards import answer_keyboard, short, thanks_row
from bot.telegram.render import answer_messages
from bot.telegram.replies import find_entry, send_card, send_expired
from bot.telegram.sending import edit_markup, pressed_message, send_all, send_html, typing
from storage import UiLanguage, aio

logger = logging.getLogger(__name__)


async def first_tip(context: BotContext, me: Who) -> bool:
    """True the first time a student who has not agreed yet gets an answer in private (then remembered, shared by
    every worker, for as long as a language picked before consent)."""
    if not me.private or me.consented:
        return False
    values = context.services.coordination.values
    if await values.get(tip_key(me.user_id)) is not None:
        return False
    await values.set(tip_key(me.user_id), "1", PRE_CONSENT_SECONDS)
    return True


async def allowed(context: BotContext, me: Who, *, question: bool) -> bool:
    """The per-user rate limit and daily cap; a limited student is told why (at most every 20 seconds)."""
    limiter = context.services.user_limiter
    verdict = await limiter.check(me.user_id, question=question)
    if verdict == "ok":
        return True
    if await limiter.should_warn(me.user_id):
        if verdict == "daily_cap":
            text = t(
                me.language,
                "You've reached today's limit of {cap} questions — come back tomorrow! Your saved courses (/saved) "
                "and your plan (/recommend) are still here.",
                cap=limiter.daily_cap,
            )
        else:
            text = t(me.language, "You're sending messages quickly — please wait a few seconds and try again. ⏳")
        await send_html(context.bot, me.chat_id, text)
    return False


def too_long(context: BotContext, me: Who, text: str) -> str | None:
    limit = context.services.config.max_input_chars
    if len(text) <= limit:
        return None
    return t(
        me.language,
        "That message is too long for me (over {limit} characters). Could you ask in a shorter way?",
        limit=limit,
    )


async def _compose(context: BotContext, me: Who, text: str, *, personal: bool) -> tuple[Answer, str | None]:
    services = context.services
    timeout = services.config.answer_timeout_seconds
    started = time.perf_counter()
    question_id: str | None = None
    if personal and me.consented:
        reply = await asyncio.wait_for(services.conversation.ask_async(telegram_id=me.user_id, text=text), timeout)
        answer, question_id = reply.answer, reply.question_id
    else:
        # Not agreed to the notice yet, or a group: grounded only, nothing stored, nothing sent to an LLM provider.
        anonymous = StudentContext(language=me.language)
        answer = await asyncio.wait_for(asyncio.to_thread(services.grounded_assistant.answer, text, anonymous), timeout)
    services.metrics.answered(answer.mode, time.perf_counter() - started)
    if any(note.startswith("llm") and "ok" not in note for note in answer.notes):
        # A fixed word for the reason: notes never carry student text, but labels must stay few.
        services.metrics.llm_fallback("timeout" if any("timeout" in n for n in answer.notes) else "error")
    return answer, question_id


async def answer_question(context: BotContext, me: Who, text: str, *, personal: bool = True) -> None:
    """Ask the assistant (typing… meanwhile) and send its answer with its buttons."""
    services = context.services
    try:
        async with typing(context.bot, me.chat_id, services.config.typing_interval_seconds):
            answer, question_id = await _compose(context, me, text, personal=personal)
    except TimeoutError:
        logger.warning("an answer took longer than %.0fs", services.config.answer_timeout_seconds)
        await send_html(
            context.bot, me.chat_id, t(me.language, "Sorry, that took too long. Please try again in a moment.")
        )
        return
    markup = (
        answer_keyboard(answer, me.language, question_id=question_id)
        if me.private
        else _group_keyboard(answer, me.language)
    )
    await send_all(context.bot, me.chat_id, answer_messages(answer), markup)
    if await first_tip(context, me):
        tip = t(
            me.language,
            "💡 Tip: send /start to set up your form and interests — answers and plans then fit you better. I keep "
            "nothing until you agree.",
        )
        await send_html(context.bot, me.chat_id, tip)


def _group_keyboard(answer: Answer, language: UiLanguage) -> InlineKeyboardMarkup | None:
    """In groups only the official page: buttons there would act on whoever taps them."""
    full = answer_keyboard(answer, language, question_id=None, with_feedback=False)
    if full is None:
        return None
    rows = [row for row in full.inline_keyboard if all(b.url for b in row)]
    return InlineKeyboardMarkup(rows) if rows else None


async def on_text(update: Update, context: BotContext) -> None:
    """A question typed in a private chat."""
    message = update.message
    me = await who(update, context)
    if me is None or message is None or not message.text:
        return
    warning = too_long(context, me, message.text)
    if warning:
        await send_html(context.bot, me.chat_id, warning)
        return
    if not await allowed(context, me, question=True):
        return
    await answer_question(context, me, message.text)


def _mentions_me(message: Message, username: str) -> str | None:
    """The question in a group message that mentions the bot (or replies to it), without the mention."""
    text = message.text or ""
    mention = f"@{username}".lower()
    mentioned = any(
        entity.type == MessageEntityType.MENTION
        and text[entity.offset : entity.offset + entity.length].lower() == mention
        for entity in message.entities
    )
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and ((message.reply_to_message.from_user.username or "").lower() == username.lower())
    )
    if not (mentioned or replied):
        return None
    return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()


async def on_group_text(update: Update, context: BotContext) -> None:
    """In groups the bot answers only messages that mention it (commands are handled elsewhere)."""
    message = update.message
    if message is None or message.chat.type == ChatType.PRIVATE:
        return
    question = _mentions_me(message, context.bot.username)
    if not question:
        return
    me = await who(update, context)
    if me is None:
        return
    warning = too_long(context, me, question)
    if warning:
        await send_html(context.bot, me.chat_id, warning)
        return
    if not await allowed(context, me, question=True):
        return
    await answer_question(context, me, question, personal=False)


async def on_media(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None or not me.private:
        return
    text = t(me.language, "I can only read text for now. Type your question — in English or 中文 — or see /help.")
    await send_html(context.bot, me.chat_id, text)


async def recommend(update: Update, context: BotContext) -> None:
    """/recommend: the pathway plan for the student's form and interests."""
    me = await who(update, context)
    if me is None or not await allowed(context, me, question=True):
        return
    await send_plan(context, me)


async def send_plan(context: BotContext, me: Who) -> None:
    services = context.services
    async with typing(context.bot, me.chat_id, services.config.typing_interval_seconds):
        if me.consented:
            student = await asyncio.to_thread(services.conversation.context, me.user_id)
            answer = await asyncio.to_thread(services.assistant.plan, student, language=me.language)
        else:
            answer = await asyncio.to_thread(
                services.grounded_assistant.plan, StudentContext(language=me.language), language=me.language
            )
    await send_all(
        context.bot,
        me.chat_id,
        answer_messages(answer, me.language),
        answer_keyboard(answer, me.language, question_id=None),
    )
    profile = me.profile
    if profile is None or not (profile.form and profile.interests):
        tip = t(me.language, "💡 Set your form and interests in /profile and the plan will fit you better.")
        await send_html(context.bot, me.chat_id, tip)


# -- callbacks --------------------------------------------------------------------------------------------


def _replace_button(
    markup: InlineKeyboardMarkup | None, data: str, new: InlineKeyboardButton | None
) -> InlineKeyboardMarkup | None:
    if markup is None:
        return None
    rows = []
    for row in markup.inline_keyboard:
        kept = [new if b.callback_data == data else b for b in row]
        kept_buttons = [b for b in kept if b is not None]
        if kept_buttons:
            rows.append(kept_buttons)
    return InlineKeyboardMarkup(rows)


def _pressed(update: Update) -> tuple[Message | None, str]:
    query = update.callback_query
    assert query is not None
    return pressed_message(update), query.data or ""


async def on_feedback(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """👍/👎: marks the anonymous question log and keeps the verdict with the student's own data."""
    helpful = action.arg(0) == "1"
    question_id = action.arg(1)
    services = context.services
    entry_ids: list[str] = []
    if action.arg(2):
        found = await find_entry(context, action.arg(2))
        entry_ids = [found] if found else []
    await aio.set_question_feedback(services.db, question_id=question_id, helpful=helpful)
    if me.consented:
        # No question id here: that would link the anonymous log to the student.
        await aio.add_feedback(
            services.db, telegram_id=me.user_id, helpful=helpful, entry_ids=entry_ids, now=services.clock()
        )
    message, _ = _pressed(update)
    if message is not None and message.reply_markup is not None:
        rows = [
            row
            for row in message.reply_markup.inline_keyboard
            if not any(is_kind(b.callback_data, Kind.FEEDBACK) for b in row)
        ]
        await edit_markup(message, InlineKeyboardMarkup([thanks_row(me.language), *rows]))


async def on_save(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """⭐ (registered as needing consent: a student who has not agreed is shown the notice instead)."""
    entry_id = await find_entry(context, action.arg(0))
    view = await asyncio.to_thread(context.services.assistant.entry, entry_id) if entry_id else None
    if entry_id is None or view is None:
        await send_expired(context, me)
        return
    services = context.services
    await aio.save_course(services.db, telegram_id=me.user_id, entry_id=entry_id, now=services.clock())
    assert me.profile is not None
    if me.profile.reminders_opt_in:
        await reminders.sync_for_entries(services, me.user_id, [view])
    title = view.title(me.language)
    message, data = _pressed(update)
    done = InlineKeyboardButton(
        tp(me.language, "✅ Saved: {title}", title=short(title, 24)), callback_data=encode(Kind.LABEL)
    )
    if message is not None:
        await edit_markup(message, _replace_button(message.reply_markup, data, done))
    else:
        await send_html(context.bot, me.chat_id, t(me.language, "⭐ Saved: {title}", title=title))


async def on_unsave(update: Update, context: BotContext, me: Who, action: Action) -> None:
    services = context.services
    entry_id = await find_entry(context, action.arg(0))
    if entry_id is None:
        # The index may have dropped it; the bookmark can still go.
        saved = [s.entry_id for s in await aio.saved_courses(services.db, telegram_id=me.user_id)]
        entry_id = resolve_ref(action.arg(0), saved)
    if entry_id is None:
        await send_expired(context, me)
        return
    await aio.unsave_course(services.db, telegram_id=me.user_id, entry_id=entry_id)
    await reminders.drop_for_entry(services, me.user_id, entry_id)
    message, data = _pressed(update)
    if message is None or message.reply_markup is None:
        await send_html(context.bot, me.chat_id, t(me.language, "🗑 Removed from your saved courses."))
        return
    rows = []
    for row in message.reply_markup.inline_keyboard:
        if not any(b.callback_data == data for b in row):
            rows.append(list(row))
        elif len(row) == 1:  # on a card the button turns back into "⭐ Save"; a row of /saved just goes
            rows.append(
                [InlineKeyboardButton(tp(me.language, "⭐ Save"), callback_data=encode(Kind.SAVE, action.arg(0)))]
            )
    await edit_markup(message, InlineKeyboardMarkup(rows))


async def on_more(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    if not await allowed(context, me, question=True):
        return
    entry_id = await find_entry(context, action.arg(0))
    if entry_id is None:
        await send_expired(context, me)
        return
    services = context.services
    async with typing(context.bot, me.chat_id, services.config.typing_interval_seconds):
        if me.consented:
            student = await asyncio.to_thread(services.conversation.context, me.user_id)
            answer = await asyncio.to_thread(services.assistant.more_like, entry_id, student, me.language)
        else:
            answer = await asyncio.to_thread(
                services.grounded_assistant.more_like, entry_id, StudentContext(language=me.language), me.language
            )
    await send_all(
        context.bot,
        me.chat_id,
        answer_messages(answer, me.language),
        answer_keyboard(answer, me.language, question_id=None),
    )


async def on_card(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    entry_id = await find_entry(context, action.arg(0))
    if entry_id is None or not await send_card(context, me, entry_id):
        await send_expired(context, me)


async def on_suggestion(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    if not await allowed(context, me, question=True):
        return
    await answer_question(context, me, action.arg(0))


async def on_plan(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update, action
    if not await allowed(context, me, question=True):
        return
    await send_plan(context, me)
