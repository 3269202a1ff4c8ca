"""Teachers and admins. The role is checked on every call (and on every button press): a student who types
the command or forges a button gets nothing. Teachers see only rounded class figures, for classes of 5 or more,
republished at most daily and only after five membership changes (bot/classroom/figures.py)."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardMarkup, InputFile, Update

from bot.classroom.chart import class_chart_png, figures_text
from bot.classroom.figures import RawClassCounts, Snapshot, cell_text, publish, rounded
from bot.classroom.labels import CourseTitles
from bot.classroom.poster import poster_pdf
from bot.classroom.qr import qr_png
from bot.config import HONG_KONG
from bot.telegram import deeplinks
from bot.telegram.callbacks import Action, Kind
from bot.telegram.common import Who, who
from bot.telegram.context import BotContext, BotServices
from bot.telegram.i18n import t, tp
from bot.telegram.keyboards import button, short
from bot.telegram.render import escape
from bot.telegram.replies import send_expired
from bot.telegram.sending import send_html, send_long
from bot.telegram.teacher_state import own_class
from storage import MIN_CLASS_SIZE, ClassLinkInfo, NotATeacherError, UiLanguage, aio

logger = logging.getLogger(__name__)


def _state(link: ClassLinkInfo, language: UiLanguage, now_utc: object) -> str:
    if link.revoked_at is not None:
        return t(language, "revoked")
    if link.expires_at is not None and link.expires_at <= now_utc:  # type: ignore[operator]
        return t(language, "expired")
    return t(language, "active")


def _joined(link: ClassLinkInfo, language: UiLanguage) -> str:
    if link.join_count < MIN_CLASS_SIZE:
        return t(language, "fewer than {n} students so far", n=MIN_CLASS_SIZE)
    # Rounded like every other class figure: an exact counter would let a teacher spot the one student who
    # joined since yesterday.
    return t(language, "{range} students joined", range=cell_text(rounded(link.join_count)))


def class_link(context: BotContext, link: ClassLinkInfo) -> str:
    return deeplinks.start_link(context.bot.username, deeplinks.class_payload(link.code))


def classes_keyboard(links: list[ClassLinkInfo], language: UiLanguage) -> InlineKeyboardMarkup:
    rows = [[button("🏫 " + short(link.label, 30), Kind.CLASS, link.code)] for link in links]
    rows.append([button(tp(language, "➕ New class"), Kind.NEW_CLASS)])
    return InlineKeyboardMarkup(rows)


def class_menu_keyboard(link: ClassLinkInfo, language: UiLanguage) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(tp(language, "🔳 QR code"), Kind.CLASS_QR, link.code),
                button(tp(language, "🖨 Poster"), Kind.CLASS_POSTER, link.code),
            ],
            [
                button(tp(language, "📊 Chart"), Kind.CLASS_CHART, link.code),
                button(tp(language, "📣 Announce"), Kind.ANNOUNCE, "c", link.code),
            ],
            [button(tp(language, "⏰ Suggest deadline nudges"), Kind.CLASS_NUDGES, link.code, "1")],
        ]
    )


async def class_command(update: Update, context: BotContext) -> None:
    """/class: the teacher's class links, each a button to its menu, and "New class"."""
    me = await who(update, context)
    if me is None:
        return
    services = context.services
    try:
        links = await aio.list_class_links(services.db, teacher_telegram_id=me.user_id)
    except NotATeacherError:
        await send_html(context.bot, me.chat_id, t(me.language, "This command is for teachers."))
        return
    if not links:
        text = t(me.language, "You have no class links yet. Tap <b>New class</b> to create one.")
        await send_html(context.bot, me.chat_id, text, classes_keyboard([], me.language))
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
                url=class_link(context, link),
            )
        )
    lines.append(t(me.language, "Tap a class for its QR code, poster, figures and announcements."))
    await send_long(context.bot, me.chat_id, "\n\n".join(lines), classes_keyboard(links[:20], me.language))


async def send_class_menu(context: BotContext, me: Who, link: ClassLinkInfo) -> None:
    text = t(
        me.language,
        "<b>🏫 {label}</b>\n{url}\n{joined}",
        label=link.label,
        url=class_link(context, link),
        joined=_joined(link, me.language),
    )
    await send_html(context.bot, me.chat_id, text, class_menu_keyboard(link, me.language))


async def on_class(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    link = await own_class(context, me, action.arg(0))
    if link is None:
        await send_expired(context, me)  # a student forging the button, or another teacher's class
        return
    await send_class_menu(context, me, link)


async def on_class_qr(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    link = await own_class(context, me, action.arg(0))
    if link is None:
        await send_expired(context, me)
        return
    url = class_link(context, link)
    png = await asyncio.to_thread(qr_png, url)
    await context.bot.send_photo(
        me.chat_id, InputFile(png, filename=f"class-{link.code}-qr.png"), caption=f"{link.label}\n{url}"
    )


async def on_class_poster(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    link = await own_class(context, me, action.arg(0))
    if link is None:
        await send_expired(context, me)
        return
    pdf = await asyncio.to_thread(poster_pdf, class_label=link.label, link=class_link(context, link), language="both")
    await context.bot.send_document(
        me.chat_id,
        InputFile(pdf, filename=f"class-{link.code}-poster.pdf"),
        caption=tp(me.language, "A4 poster for {label}: print it or put it on a slide.", label=link.label),
    )


async def _titles(services: BotServices, entry_ids: list[str]) -> CourseTitles:
    titles: dict[str, tuple[str, str]] = {}
    for entry_id in entry_ids:
        view = await asyncio.to_thread(services.assistant.entry, entry_id)
        if view is not None:
            titles[entry_id] = (view.title_en, view.title_zh or view.title_en)
    return titles


async def on_class_chart(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """The class figures: the stored snapshot, or a new one when publish() allows it (then stored first)."""
    del update
    services = context.services
    link = await own_class(context, me, action.arg(0))
    if link is None:
        await send_expired(context, me)
        return
    try:
        counts = await aio.class_counts(services.db, teacher_telegram_id=me.user_id, code=link.code)
        stored = await aio.class_snapshots(services.db, teacher_telegram_id=me.user_id, code=link.code)
    except NotATeacherError:
        await send_expired(context, me)
        return
    history = [Snapshot.from_json(s.figures_json, s.member_keys_json) for s in stored]
    current = RawClassCounts(
        label=counts.label,
        member_keys=counts.member_keys,
        forms=counts.forms,
        interests=counts.interests,
        saved_courses=counts.saved_courses,
    )
    today = services.clock().astimezone(HONG_KONG).date()
    publication = publish(history, current, today)
    if publication.is_new and publication.snapshot is not None:
        stored_now = await aio.store_class_snapshot(
            services.db,
            teacher_telegram_id=me.user_id,
            code=link.code,
            published_on=publication.snapshot.figures.as_of,
            figures_json=publication.snapshot.figures.to_json(),
            member_keys_json=publication.snapshot.member_keys_json(),
            now=services.clock(),
        )
        if not stored_now:  # another tap published today's first: show that one
            stored = await aio.class_snapshots(services.db, teacher_telegram_id=me.user_id, code=link.code)
            publication = publish(
                [Snapshot.from_json(s.figures_json, s.member_keys_json) for s in stored], current, today
            )
    figures = publication.figures
    if figures is None:
        text = t(me.language, "Figures appear once at least {n} students have joined this class.", n=MIN_CLASS_SIZE)
        await send_html(context.bot, me.chat_id, text)
        return
    titles = await _titles(services, [entry for entry, _ in figures.saved_courses])
    png = await asyncio.to_thread(class_chart_png, figures, me.language, titles=titles)
    await context.bot.send_photo(me.chat_id, InputFile(png, filename=f"class-{link.code}-figures.png"))
    await send_long(context.bot, me.chat_id, escape(figures_text(figures, me.language, titles=titles)))


async def on_class_nudges(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """The teacher suggests deadline nudges to the class (each student confirms in /remind), or stops."""
    del update
    code, suggest = action.arg(0), action.arg(1) == "1"
    link = await own_class(context, me, code)
    if link is None:
        await send_expired(context, me)
        return
    await aio.suggest_nudges_to_class(context.services.db, teacher_telegram_id=me.user_id, code=code, suggest=suggest)
    if suggest:
        text = t(
            me.language,
            "⏰ Deadline nudges are now suggested to <b>{label}</b>. Students see the suggestion in /remind and "
            "turn nudges on themselves; nothing is on without them.",
            label=link.label,
        )
        markup = InlineKeyboardMarkup([[button(tp(me.language, "Stop suggesting"), Kind.CLASS_NUDGES, code, "0")]])
    else:
        text = t(me.language, "Deadline nudges are no longer suggested to <b>{label}</b>.", label=link.label)
        markup = None
    await send_html(context.bot, me.chat_id, text, markup)


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
