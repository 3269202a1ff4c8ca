"""Deadline nudges (opt-in): one message a few days before a key date that fits the student's form, at 18:00
Hong Kong time, with the action to take and the official link.

- S6 (and after the DSE): the JUPAS dates of the catalogue's ``jupas-*`` guides — the OEA deadline, the
  change-of-choices windows (nudged before they close), results and offers;
- S4–S5: application deadlines of current or recent tasters that match the student's interests.

Never for a date that has passed, never for a ``past`` entry; each nudge is claimed in storage before it is
sent, so it is sent once however many workers run. A teacher may *suggest* nudges to a class: students see the
suggestion in /remind and turn nudges on themselves.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import JobQueue

from bot.config import HONG_KONG
from bot.telegram import reminders
from bot.telegram.callbacks import Action, Kind
from bot.telegram.common import Who, who
from bot.telegram.context import BotConfig, BotContext, BotServices
from bot.telegram.i18n import N_, t, tp, ui_language
from bot.telegram.keyboards import button, url_button
from bot.telegram.render import is_web_url
from bot.telegram.sending import edit_or_send, send_html
from knowledge.views import EntryView, format_day, parse_day
from storage import UiLanguage, aio
from storage.records import NudgeRecipient

logger = logging.getLogger(__name__)
LEAD_DAYS: Final = 3
NUDGE_AT: Final = dt.time(18, 0)
JUPAS_KINDS: Final = ("oea", "choices", "results", "offers")
TASTER_KINDS: Final = ("tasters",)
KIND_LABELS: Final[dict[str, str]] = {
    "oea": N_("OEA deadline"),
    "choices": N_("JUPAS choices windows"),
    "results": N_("Results day"),
    "offers": N_("Offers"),
    "tasters": N_("Taster application deadlines"),
}
ACTIONS: Final[dict[str, str]] = {
    "oea": N_("Enter your OEA items on the JUPAS site before the deadline."),
    "choices": N_("Check your JUPAS programme choices and change them before the window closes."),
    "results": N_("Results are coming: have your JUPAS login ready and know when you may change your choices."),
    "offers": N_("Check your JUPAS offer and accept it by the deadline."),
    "tasters": N_("Applications close soon: apply on the official page if you are interested."),
}


@dataclass(frozen=True)
class Nudge:
    key: str
    kind: str
    entry_id: str
    what_en: str
    what_zh: str
    day: dt.date
    url: str
    subjects: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()  # the forms a taster is for (empty: not stated)


def kinds_for(form: str | None) -> tuple[str, ...]:
    if form in ("S4", "S5"):
        return TASTER_KINDS
    if form in ("S6", "after-dse"):
        return JUPAS_KINDS
    return (*JUPAS_KINDS, *TASTER_KINDS)


def jupas_kind(what_en: str) -> str | None:
    what = what_en.lower()
    for word, kind in (("oea", "oea"), ("offer", "offers"), ("result", "results"), ("choice", "choices")):
        if word in what:
            return kind
    return None


def _key(entry_id: str, what_en: str, day: dt.date) -> str:
    digest = hashlib.sha256(what_en.encode("utf-8")).hexdigest()[:10]
    return f"{entry_id[:150]}:{day.isoformat()}:{digest}"


def nudges_from(views: Iterable[EntryView]) -> list[Nudge]:
    """Every dated nudge the catalogue supports (past ones included: :func:`due` filters by date)."""
    found = []
    for view in views:
        if not view.joinable:
            continue
        for key_date in view.dates:
            if view.kind == "guide" and view.id.startswith("jupas-"):
                kind = jupas_kind(key_date.what_en)
                # A window is nudged before it closes; a single date before it comes.
                when = key_date.end if kind == "choices" and key_date.end else key_date.start
            elif view.kind == "taster" and view.status in ("current", "recent"):
                words = key_date.what_en.lower()
                kind = "tasters" if ("application" in words or "deadline" in words or "apply" in words) else None
                when = key_date.end or key_date.start
            else:
                kind = None
                when = ""
            day = parse_day(when) if kind else None
            if kind is None or day is None:
                continue
            found.append(
                Nudge(
                    _key(view.id, key_date.what_en, day),
                    kind,
                    view.id,
                    key_date.what_en,
                    key_date.what_zh,
                    day,
                    view.url,
                    view.subjects,
                    view.forms,
                )
            )
    return found


def due(nudges: Sequence[Nudge], student: NudgeRecipient, now: dt.datetime) -> list[Nudge]:
    """The student's nudges whose moment (LEAD_DAYS before, 18:00 in Hong Kong) has come and whose date has not."""
    today = now.astimezone(HONG_KONG).date()
    wanted = set(student.kinds) & set(kinds_for(student.form))
    chosen = []
    for nudge in nudges:
        if nudge.kind not in wanted or nudge.day <= today:
            continue
        if nudge.kind == "tasters" and not _taster_fits(nudge, student):
            continue
        moment = dt.datetime.combine(nudge.day - dt.timedelta(days=LEAD_DAYS), NUDGE_AT, tzinfo=HONG_KONG)
        if moment <= now:
            chosen.append(nudge)
    return chosen


def _taster_fits(nudge: Nudge, student: NudgeRecipient) -> bool:
    """A taster matches the student's interests and, when it names its forms, the student's form."""
    if not set(nudge.subjects) & set(student.interests):
        return False
    return not nudge.forms or student.form in nudge.forms


def nudge_text(nudge: Nudge, language: UiLanguage) -> str:
    what = nudge.what_zh if language == "zh-Hant" and nudge.what_zh else nudge.what_en
    return t(
        language,
        "⏰ <b>{what}</b> — {day}\n{action}",
        what=what,
        day=format_day(nudge.day, language),
        action=tp(language, ACTIONS[nudge.kind]),
    )


async def catalogue_nudges(services: BotServices) -> list[Nudge]:
    searcher = services.assistant.searcher

    def load() -> list[EntryView]:
        views = (searcher.entry(entry_id) for entry_id in sorted(searcher.entry_ids()))
        return [view for view in views if view is not None and view.dates]

    return nudges_from(await asyncio.to_thread(load))


async def send_due_nudges(context: BotContext) -> int:
    """The job: every due nudge of every student who turned nudges on, claimed then sent. Returns how many."""
    services = context.services
    now = services.clock()
    nudges = await catalogue_nudges(services)
    gap = 1.0 / services.config.broadcast_per_second
    sent = 0
    after = 0
    while True:
        page = await aio.nudge_recipients(services.db, after_telegram_id=after, limit=500)
        if not page:
            break
        after = page[-1].telegram_id
        for student in page:
            for nudge in due(nudges, student, now):
                if not await aio.claim_nudge(
                    services.db, telegram_id=student.telegram_id, nudge_key=nudge.key, now=now
                ):
                    continue
                language = ui_language(student.language)
                markup = None
                if is_web_url(nudge.url):
                    markup = InlineKeyboardMarkup([[url_button(tp(language, "🌐 Official page"), nudge.url)]])
                if sent:
                    await asyncio.sleep(gap)
                try:
                    await send_html(context.bot, student.telegram_id, nudge_text(nudge, language), markup)
                    sent += 1
                except TelegramError as exc:
                    logger.info("a nudge could not be delivered (%s)", type(exc).__name__)
    if sent:
        logger.info("sent %d deadline nudges", sent)
    return sent


async def nudge_job(context: BotContext) -> None:
    await send_due_nudges(context)


def schedule(job_queue: JobQueue[BotContext] | None, config: BotConfig) -> None:
    if job_queue is not None:
        job_queue.run_repeating(
            nudge_job,
            interval=config.nudge_interval_seconds,
            first=config.nudge_first_seconds,
            name="deadline-nudges",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )


async def _panel(services: BotServices, me: Who, kinds: Sequence[str]) -> tuple[str, InlineKeyboardMarkup]:
    form = me.profile.form if me.profile else None
    offered = kinds_for(form)
    if kinds:
        listed = "、".join if me.language == "zh-Hant" else ", ".join
        text = t(
            me.language,
            "⏰ Deadline nudges are <b>on</b> for: {kinds}. I message you {days} days before each date, at 6pm.",
            kinds=listed([tp(me.language, KIND_LABELS[k]) for k in kinds if k in offered]),
            days=LEAD_DAYS,
        )
    else:
        text = t(
            me.language,
            "⏰ Deadline nudges are <b>off</b>. Turn them on and I'll message you {days} days before the key dates "
            "that fit your form, with what to do and the official link.",
            days=LEAD_DAYS,
        )
    suggested = [c.label for c in await aio.my_classes(services.db, telegram_id=me.user_id) if c.suggests_nudges]
    if suggested and not kinds:
        text += "\n\n" + t(me.language, "💡 Your teacher suggests deadline nudges for {label}.", label=suggested[0])
    rows = [
        [button(("✓ " if kind in kinds else "") + tp(me.language, KIND_LABELS[kind]), Kind.NUDGE, kind)]
        for kind in offered
    ]
    if kinds:
        rows.append([button(tp(me.language, "🔕 Turn all nudges off"), Kind.NUDGE, "off")])
    else:
        rows.append([button(tp(me.language, "✅ Turn on nudges"), Kind.NUDGE, "on")])
    return text, InlineKeyboardMarkup(rows)


async def remind(update: Update, context: BotContext) -> None:
    """/remind: the reminders of saved courses, then the deadline nudges."""
    await reminders.remind(update, context)  # asks for consent itself when it is missing
    student = await who(update, context)
    if student is None or not student.consented:
        return
    kinds = await aio.nudge_kinds(context.services.db, telegram_id=student.user_id)
    text, markup = await _panel(context.services, student, kinds)
    await send_html(context.bot, student.chat_id, text, markup)


async def on_nudge(update: Update, context: BotContext, me: Who, action: Action) -> None:
    services = context.services
    choice = action.arg(0)
    current = list(await aio.nudge_kinds(services.db, telegram_id=me.user_id))
    offered = kinds_for(me.profile.form if me.profile else None)
    if choice == "on":
        kinds = list(offered)
    elif choice == "off":
        kinds = []
    else:
        kinds = [k for k in current if k != choice] if choice in current else [*current, choice]
    saved = await aio.set_nudge_kinds(services.db, telegram_id=me.user_id, kinds=kinds, now=services.clock())
    text, markup = await _panel(services, me, saved)
    await edit_or_send(context.bot, me.chat_id, update, text, markup)
