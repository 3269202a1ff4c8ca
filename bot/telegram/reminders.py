"""Reminders: opt-in messages before the known, future dates of saved courses, sent by the job queue.

The catalogue keeps past dates too (last year's deadline is still a useful fact); only dates after today (Hong
Kong time) become reminders. A reminder is due ``reminder_lead_days`` before its date at 09:00 Hong Kong time,
or at once when that moment has passed but the date has not. The job claims each reminder before sending it
(``mark_reminder_sent``), so two workers never both send one, and it spreads sending out so a batch of
reminders is never a burst. With several workers each run of the job is also claimed (``coordination.claims``,
one claim per interval), so one worker walks the due reminders while the others skip that run instead of
racing it row by row.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.config import HONG_KONG
from bot.telegram.callbacks import Action, Kind
from bot.telegram.common import Who
from bot.telegram.context import BotContext, BotServices
from bot.telegram.i18n import Markup, t, tp, ui_language
from bot.telegram.keyboards import entry_button, reminders_keyboard
from bot.telegram.render import link
from bot.telegram.replies import consented_student
from bot.telegram.sending import edit_or_send, send_html, send_long
from knowledge.views import EntryView, KeyDateView, format_day, parse_day
from storage import DueReminder, ReminderInfo, aio

logger = logging.getLogger(__name__)
REMIND_AT = dt.time(9, 0)
MAX_LISTED = 15


def future_dates(entry: EntryView, now: dt.datetime) -> list[tuple[KeyDateView, dt.date]]:
    """The entry's dates that start after today in Hong Kong."""
    today = now.astimezone(HONG_KONG).date()
    found = []
    for key_date in entry.dates:
        day = parse_day(key_date.start)
        if day is not None and day > today:
            found.append((key_date, day))
    return found


def due_at(day: dt.date, lead_days: int, now: dt.datetime) -> dt.datetime:
    moment = dt.datetime.combine(day - dt.timedelta(days=lead_days), REMIND_AT, tzinfo=HONG_KONG)
    return max(moment.astimezone(dt.UTC), now)


async def sync_for_entries(services: BotServices, telegram_id: int, entries: Sequence[EntryView]) -> list[ReminderInfo]:
    """Create (or move) reminders for the future dates of these entries."""
    now = services.clock()
    made = []
    for entry in entries:
        for key_date, day in future_dates(entry, now):
            made.append(
                await aio.add_reminder(
                    services.db,
                    telegram_id=telegram_id,
                    entry_id=entry.id,
                    what=key_date.what_en[:200],
                    due_at=due_at(day, services.config.reminder_lead_days, now),
                    now=now,
                )
            )
    return made


async def sync_saved(services: BotServices, telegram_id: int) -> int:
    saved = await aio.saved_courses(services.db, telegram_id=telegram_id)
    views = []
    for item in saved:
        view = await asyncio.to_thread(services.assistant.entry, item.entry_id)
        if view is not None:
            views.append(view)
    return len(await sync_for_entries(services, telegram_id, views))


async def drop_for_entry(services: BotServices, telegram_id: int, entry_id: str) -> None:
    for reminder in await aio.user_reminders(services.db, telegram_id=telegram_id):
        if reminder.entry_id == entry_id:
            await aio.cancel_reminder(services.db, telegram_id=telegram_id, reminder_id=reminder.id)


def _date_of(view: EntryView | None, what: str) -> tuple[str | None, dt.date | None]:
    """The localised label and the day of one of the entry's dates, found by its English label."""
    if view is None:
        return None, None
    for key_date in view.dates:
        if key_date.what_en[:200] == what:
            return key_date.what_zh, parse_day(key_date.start)
    return None, None


async def _status_text(services: BotServices, me: Who, on: bool) -> str:
    lead = services.config.reminder_lead_days
    if not on:
        return t(
            me.language,
            "🔕 Reminders are <b>off</b>. Turn them on and I'll message you {days} days before the known dates of "
            "your saved courses (deadlines, programme days).",
            days=lead,
        )
    upcoming = await aio.user_reminders(services.db, telegram_id=me.user_id)
    header = t(me.language, "🔔 Reminders are <b>on</b>.")
    if not upcoming:
        none_yet = t(
            me.language,
            "None of your saved courses has a known date ahead yet. Save courses with ⭐ and I'll remind you "
            "{days} days before their dates.",
            days=lead,
        )
        return f"{header}\n\n{none_yet}"
    lines = [t(me.language, "Coming up:")]
    for reminder in upcoming[:MAX_LISTED]:
        view = await asyncio.to_thread(services.assistant.entry, reminder.entry_id)
        what_zh, day = _date_of(view, reminder.what)
        what = what_zh if me.language == "zh-Hant" and what_zh else reminder.what
        when = (
            format_day(day, me.language)
            if day
            else format_day(reminder.due_at.astimezone(HONG_KONG).date(), me.language)
        )
        title = view.title(me.language) if view else reminder.entry_id
        lines.append(t(me.language, "• {day}: {what} — {title}", day=when, what=what, title=title))
    return f"{header}\n\n" + "\n".join(lines)


async def remind(update: Update, context: BotContext) -> None:
    """/remind: shows whether reminders are on, what is coming up, and a button to switch."""
    me = await consented_student(update, context)
    if me is None or me.profile is None:
        return
    on = me.profile.reminders_opt_in
    await send_long(
        context.bot, me.chat_id, await _status_text(context.services, me, on), reminders_keyboard(me.language, on)
    )


async def on_reminders(update: Update, context: BotContext, me: Who, action: Action) -> None:
    services = context.services
    on = action.arg(0) == "on"
    await aio.set_reminders_opt_in(services.db, telegram_id=me.user_id, opt_in=on, now=services.clock())
    if on:
        await sync_saved(services, me.user_id)
    text = await _status_text(services, me, on)
    await edit_or_send(context.bot, me.chat_id, update, text, reminders_keyboard(me.language, on))


def reminder_text(reminder: DueReminder, view: EntryView | None) -> str:
    language = ui_language(reminder.language)
    what_zh, day = _date_of(view, reminder.what)
    what = what_zh if language == "zh-Hant" and what_zh else reminder.what
    when = format_day(day, language) if day else ""
    title = link(view.url, view.title(language)) if view else reminder.entry_id
    return t(language, "⏰ <b>Reminder</b>: {what} — <b>{day}</b>\n{title}", what=what, day=when, title=Markup(title))


async def send_due(context: BotContext) -> int:
    """The job: send the reminders that are due now, spread out. Returns how many were sent."""
    services = context.services
    now = services.clock()
    due = await aio.due_reminders(services.db, now=now, limit=services.config.reminder_batch)
    sent = 0
    gap = 1.0 / services.config.broadcast_per_second
    for reminder in due:
        if not await aio.mark_reminder_sent(services.db, reminder_id=reminder.id, now=now):
            continue  # another worker took it
        view = await asyncio.to_thread(services.assistant.entry, reminder.entry_id)
        language = ui_language(reminder.language)
        markup = None
        if view is not None:
            markup = InlineKeyboardMarkup([[entry_button(tp(language, "📄 Open the course card"), Kind.CARD, view.id)]])
        if sent:
            await asyncio.sleep(gap)
        try:
            await send_html(context.bot, reminder.telegram_id, reminder_text(reminder, view), markup)
            sent += 1
        except (Forbidden, BadRequest):
            logger.info("a reminder could not be delivered (the chat is closed)")
        except TelegramError as exc:
            # Transient and already retried: put it back so the next run tries again.
            logger.warning("a reminder failed (%s); it will be retried", type(exc).__name__)
            await aio.add_reminder(
                services.db,
                telegram_id=reminder.telegram_id,
                entry_id=reminder.entry_id,
                what=reminder.what,
                due_at=reminder.due_at,
                now=now,
            )
    if sent:
        logger.info("sent %d reminders", sent)
    return sent


async def reminder_job(context: BotContext) -> None:
    services = context.services
    interval = services.config.reminder_interval_seconds
    run = int(services.clock().timestamp() // interval)
    # Fails closed while Redis is down (no claim → this run is skipped): a reminder a few minutes late beats
    # one sent twice. The storage claim per reminder still guards each message.
    if not await services.coordination.claims.claim(f"reminders:{run}", ttl=interval):
        return
    await send_due(context)
