"""Teachers and admins. The role is checked on every call (and on every button press): a student who types
the command or forges a button gets nothing. Teachers see only anonymised counts, for classes of 5 or more."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.telegram import deeplinks
from bot.telegram.callbacks import Action
from bot.telegram.common import Who, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t
from bot.telegram.keyboards import class_keyboard, form_label, interest_label
from bot.telegram.replies import send_expired
from bot.telegram.sending import send_html, send_long
from storage import MIN_CLASS_SIZE, ClassLinkInfo, ClassSummary, NotATeacherError, UiLanguage, aio

logger = logging.getLogger(__name__)
TOP = 5


def _state(link: ClassLinkInfo, language: UiLanguage, now_utc: object) -> str:
    if link.revoked_at is not None:
        return t(language, "revoked")
    if link.expires_at is not None and link.expires_at <= now_utc:  # type: ignore[operator]
        return t(language, "expired")
    return t(language, "active")


def _joined(link: ClassLinkInfo, language: UiLanguage) -> str:
    if link.join_count < MIN_CLASS_SIZE:
        return t(language, "fewer than {n} students so far", n=MIN_CLASS_SIZE)
    return t(language, "{n} students joined", n=link.join_count)


async def class_command(update: Update, context: BotContext) -> None:
    """/class: the teacher's class links, each with a button for its figures."""
    me = await who(update, context)
    if me is None:
        return
    services = context.services
    if not await aio.is_teacher(services.db, telegram_id=me.user_id):
        await send_html(context.bot, me.chat_id, t(me.language, "This command is for teachers."))
        return
    try:
        links = await aio.list_class_links(services.db, teacher_telegram_id=me.user_id)
    except NotATeacherError:
        await send_html(context.bot, me.chat_id, t(me.language, "This command is for teachers."))
        return
    if not links:
        text = t(
            me.language, "You have no class links yet. An admin creates them with <code>pathways links create</code>."
        )
        await send_html(context.bot, me.chat_id, text)
        return
    now = services.clock()
    lines = [t(me.language, "<b>🏫 Your class links</b>")]
    for link in links:
        lines.append(
            t(
                me.language,
                "• <b>{label}</b> ({state}): {joined}\n  {url}",
                label=link.label,
                state=_state(link, me.language, now),
                joined=_joined(link, me.language),
                url=deeplinks.start_link(context.bot.username, deeplinks.class_payload(link.code)),
            )
        )
    lines.append(t(me.language, "Tap a class for its figures (only counts, and only for 5 or more students)."))
    await send_long(context.bot, me.chat_id, "\n\n".join(lines), class_keyboard(links[:20]))


def summary_text(summary: ClassSummary, language: UiLanguage, titles: dict[str, str]) -> str:
    def counts(items: dict[str, int], label: object) -> str:
        return ", ".join(f"{label(key)} {n}" for key, n in list(items.items())[:TOP]) or t(language, "none")  # type: ignore[operator]

    return t(
        language,
        "<b>📊 {label}</b> — {members} students\n\nForms: {forms}\nTop interests: {interests}\nMost saved: {saved}",
        label=summary.label,
        members=summary.members,
        forms=counts(summary.forms, lambda f: form_label(f, language)),
        interests=counts(summary.interests, lambda tag: interest_label(tag, language)),
        saved=counts(summary.saved_courses, lambda entry: titles.get(entry, entry)),
    )


async def on_class(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    services = context.services
    code = action.arg(0)
    if not await aio.is_teacher(services.db, telegram_id=me.user_id):
        await send_expired(context, me)  # a student forging the button learns nothing
        return
    try:
        summary = await aio.class_summary(services.db, code=code, teacher_telegram_id=me.user_id)
    except NotATeacherError:
        await send_expired(context, me)
        return
    if summary is None:
        text = t(me.language, "Figures appear once at least {n} students have joined this class.", n=MIN_CLASS_SIZE)
        await send_html(context.bot, me.chat_id, text)
        return
    titles = {}
    for entry_id in summary.saved_courses:
        view = await asyncio.to_thread(services.assistant.entry, entry_id)
        titles[entry_id] = view.title(me.language) if view else entry_id
    await send_html(context.bot, me.chat_id, summary_text(summary, me.language, titles))


async def gaps(update: Update, context: BotContext) -> None:
    """/gaps (admins): questions of the last 30 days that found nothing or were marked unhelpful (anonymous)."""
    me = await who(update, context)
    if me is None:
        return
    services = context.services
    if me.user_id not in services.config.admin_ids:
        await send_html(context.bot, me.chat_id, t(me.language, "I don't know that command. See /help."))
        return
    found = await aio.knowledge_gaps(services.db, days=30, limit=30, now=services.clock())
    if not found:
        await send_html(context.bot, me.chat_id, t(me.language, "No knowledge gaps in the last 30 days."))
        return
    lines = [t(me.language, "<b>Knowledge gaps, last 30 days</b> (anonymous)")]
    for item in found:
        why = t(me.language, "nothing found") if not item.found else t(me.language, "marked unhelpful")
        lines.append(
            t(
                me.language,
                "• {day}: {question} — {why}",
                day=item.asked_on.isoformat(),
                question=item.question[:200],
                why=why,
            )
        )
    await send_long(context.bot, me.chat_id, "\n".join(lines))
