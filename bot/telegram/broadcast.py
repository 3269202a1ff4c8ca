"""Delivering announcements: spread out, through the outbound limiter, resumable, never twice.

A job per announcement walks its pending deliveries: each is *claimed* in storage (pending → sent, one
UPDATE only one worker can win) and only then sent, at most ``announcement_per_second`` a second on top of the
limiter's own Telegram limits. When the application stops, the loop stops before its next claim; on start,
:func:`resume_job` restarts every announcement that still has pending deliveries. When none is left, the one
worker that marks the announcement done tells the teacher how many students received it — never who.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import JobQueue

from bot.telegram.callbacks import Action, Kind
from bot.telegram.common import Who
from bot.telegram.context import BotConfig, BotContext
from bot.telegram.i18n import t, tp, ui_language
from bot.telegram.keyboards import button, entry_button
from bot.telegram.render import escape
from bot.telegram.replies import send_expired
from bot.telegram.sending import edit_markup, pressed_message, send_html
from storage import aio
from storage.records import AnnouncementProgress, DeliveryClaim

logger = logging.getLogger(__name__)
BATCH: Final = 100


def student_text(claim: DeliveryClaim) -> str:
    language = ui_language(claim.language)
    header = t(language, "🏫 <b>{label} · from your teacher</b>", label=claim.class_label)
    return f"{header}\n\n{escape(claim.text)}"


def student_keyboard(claim: DeliveryClaim) -> InlineKeyboardMarkup:
    language = ui_language(claim.language)
    rows: list[list[InlineKeyboardButton]] = []
    if claim.entry_id:
        rows.append([entry_button(tp(language, "📄 Open the course card"), Kind.CARD, claim.entry_id)])
    rows.append([button(tp(language, "🔕 Mute this class"), Kind.MUTE, claim.class_code, "1")])
    return InlineKeyboardMarkup(rows)


def start(job_queue: JobQueue[Any] | None, announcement_id: int) -> None:
    """Send an announcement's pending deliveries in the background (a job: it stops with the application)."""
    if job_queue is not None:
        job_queue.run_once(deliver_job, 0, data=announcement_id, name=f"announcement-{announcement_id}")


async def deliver_job(context: BotContext) -> None:
    job = context.job
    if job is not None and isinstance(job.data, int):
        await deliver(context, job.data)


async def resume_job(context: BotContext) -> None:
    """On start: finish every announcement a stopped (or crashed) bot left with pending deliveries."""
    for announcement_id in await aio.announcements_in_progress(context.services.db):
        await deliver(context, announcement_id)


def schedule_resume(job_queue: JobQueue[BotContext] | None, config: BotConfig) -> None:
    if job_queue is not None:
        job_queue.run_once(resume_job, config.reminder_first_seconds, name="resume-announcements")


async def deliver(context: BotContext, announcement_id: int) -> int:
    """Send what is pending for one announcement; returns how many this call sent."""
    services = context.services
    gap = 1.0 / services.config.announcement_per_second
    sent = 0
    while context.application.running:
        pending = await aio.pending_deliveries(services.db, announcement_id=announcement_id, limit=BATCH)
        if not pending:
            break
        for telegram_id in pending:
            if not context.application.running:
                return sent  # stopping: the rest stay pending for the next start
            claim = await aio.claim_delivery(
                services.db, announcement_id=announcement_id, telegram_id=telegram_id, now=services.clock()
            )
            if claim is None:
                continue  # another worker sent it, or the student muted or left the class
            if sent:
                await asyncio.sleep(gap)
            try:
                await send_html(context.bot, claim.telegram_id, student_text(claim), student_keyboard(claim))
                sent += 1
            except (Forbidden, BadRequest, TelegramError) as exc:
                # Never retried from here: the request may have reached Telegram, and a student must not get
                # the same announcement twice. The limiter has already retried what is safe to retry.
                logger.info("an announcement could not be delivered (%s)", type(exc).__name__)
                await aio.mark_delivery_failed(services.db, announcement_id=announcement_id, telegram_id=telegram_id)
    if context.application.running:
        done = await aio.finish_announcement(services.db, announcement_id=announcement_id)
        if done is not None:
            await tell_teacher(context, done)
    return sent


async def tell_teacher(context: BotContext, done: AnnouncementProgress) -> None:
    language = ui_language(done.teacher_language)
    text = t(
        language,
        "📣 Your announcement to <b>{label}</b> has been delivered to {n} students.",
        label=done.class_label,
        n=done.sent,
    )
    try:
        await send_html(context.bot, done.teacher_telegram_id, text)
    except TelegramError as exc:
        logger.info("the teacher could not be told of a delivered announcement (%s)", type(exc).__name__)


async def on_mute(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """A student mutes (or unmutes) a class's announcements; nothing is said to the teacher."""
    code, muted = action.arg(0), action.arg(1) == "1"
    services = context.services
    changed = await aio.set_class_muted(
        services.db, telegram_id=me.user_id, code=code, muted=muted, now=services.clock()
    )
    if not changed:
        await send_expired(context, me)
        return
    if muted:
        text = t(me.language, "🔕 Muted: you won't get announcements from this class any more.")
        markup = InlineKeyboardMarkup([[button(tp(me.language, "🔔 Unmute"), Kind.MUTE, code, "0")]])
    else:
        text = t(me.language, "🔔 Unmuted: you'll get this class's announcements again.")
        markup = None
    pressed = pressed_message(update)
    if pressed is not None and muted:
        await edit_markup(pressed, None)
    await send_html(context.bot, me.chat_id, text, markup)
