"""/announce (teachers): pick a class → write the message → optionally attach a course card → preview → send.

The role is checked on every step and button; a student who types /announce is told the command is unknown.
The message is plain text of at most 1,000 characters, and may link only to hosts that the catalogue's own
entries link to (official university and provider sites): a teacher's account taken over cannot spread
phishing links to a class. Delivery is :mod:`bot.telegram.broadcast`'s.
"""

from __future__ import annotations

import asyncio
import re
import weakref
from typing import Final
from urllib.parse import urlparse

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.telegram import broadcast
from bot.telegram.callbacks import Action, Kind, encode_entry
from bot.telegram.common import Who, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import t, tp
from bot.telegram.keyboards import button, short
from bot.telegram.render import escape
from bot.telegram.replies import find_entry, send_expired
from bot.telegram.sending import edit_or_send, send_html
from bot.telegram.teacher_state import (
    Draft,
    clear,
    current_teacher,
    draft,
    expect,
    own_class,
    save_draft,
    stop_expecting,
)
from knowledge.search import KnowledgeSearcher
from storage import NotATeacherError, UiLanguage, aio
from storage import repository as repo
from storage.models import MAX_ANNOUNCEMENT_CHARS

# Anything that looks like a link: with a scheme, or a bare host name with a dot and a top-level domain.
_LINK: Final = re.compile(r"(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:/\S*)?", re.I)
_HOSTS: weakref.WeakKeyDictionary[KnowledgeSearcher, frozenset[str]] = weakref.WeakKeyDictionary()
MAX_RESULTS: Final = 3


def catalogue_hosts(searcher: KnowledgeSearcher) -> frozenset[str]:
    """The hosts of every catalogue entry's official ``url`` (without "www."), once per searcher."""
    found = _HOSTS.get(searcher)
    if found is None:
        hosts = set()
        for entry_id in searcher.entry_ids():
            view = searcher.entry(entry_id)
            host = urlparse(view.url).hostname if view is not None else None
            if host:
                hosts.add(host.lower().removeprefix("www."))
        found = _HOSTS[searcher] = frozenset(hosts)
    return found


def disallowed_links(text: str, allowed: frozenset[str]) -> list[str]:
    """The links in ``text`` whose host is not one of ``allowed`` (or a subdomain of one)."""
    bad = []
    for match in _LINK.finditer(text):
        link = match.group(0)
        host = (urlparse(link if "://" in link else f"https://{link}").hostname or "").lower().removeprefix("www.")
        if not any(host == ok or host.endswith("." + ok) for ok in allowed):
            bad.append(link)
    return bad


def classes_keyboard(links: list[tuple[str, str]], language: UiLanguage) -> InlineKeyboardMarkup:
    rows = [[button("🏫 " + short(label, 30), Kind.ANNOUNCE, "c", code)] for code, label in links]
    rows.append([button(tp(language, "Cancel"), Kind.ANNOUNCE, "x")])
    return InlineKeyboardMarkup(rows)


async def announce_command(update: Update, context: BotContext) -> None:
    """/announce: for anyone but a teacher it is an unknown command (a student learns nothing)."""
    me = await current_teacher(update, context)
    if me is None:
        student = await who(update, context)
        if student is not None and student.private:
            await send_html(context.bot, student.chat_id, t(student.language, "I don't know that command. See /help."))
        return
    services = context.services
    if not services.config.announcements_enabled:
        await send_html(context.bot, me.chat_id, t(me.language, "Announcements are switched off by the administrator."))
        return
    left = await aio.announcements_left_today(
        services.db,
        teacher_telegram_id=me.user_id,
        daily_limit=services.config.announcements_per_teacher_per_day,
        now=services.clock(),
    )
    if left == 0:
        await send_html(context.bot, me.chat_id, _limit_text(context, me))
        return
    links = await aio.list_class_links(services.db, teacher_telegram_id=me.user_id)
    if not links:
        await send_html(context.bot, me.chat_id, t(me.language, "You have no class links yet: create one with /class."))
        return
    await clear(context, me.user_id)
    text = t(me.language, "📣 Which class is the announcement for? ({n} left today)", n=left)
    await send_html(
        context.bot, me.chat_id, text, classes_keyboard([(link.code, link.label) for link in links[:20]], me.language)
    )


def _limit_text(context: BotContext, me: Who) -> str:
    return t(
        me.language,
        "You have sent today's {n} announcements. You can send more tomorrow.",
        n=context.services.config.announcements_per_teacher_per_day,
    )


async def on_announce(update: Update, context: BotContext, me: Who, action: Action) -> None:
    teacher = await current_teacher(update, context)
    if teacher is None or not context.services.config.announcements_enabled:
        await clear(context, me.user_id)
        await send_expired(context, me)
        return
    step = action.arg(0)
    if step == "x":
        await clear(context, me.user_id)
        await edit_or_send(context.bot, me.chat_id, update, t(me.language, "OK, nothing was sent."))
        return
    if step == "c":
        link = await own_class(context, me, action.arg(1))
        if link is None:
            await send_expired(context, me)
            return
        await clear(context, me.user_id)
        await save_draft(context, me.user_id, Draft(announce=link.code, label=link.label))
        await expect(context, me.user_id, "announce-text")
        text = t(
            me.language,
            "Write the message for <b>{label}</b>: plain text, at most {n} characters. Links only to official "
            "sites that the course catalogue uses.",
            label=link.label,
            n=MAX_ANNOUNCEMENT_CHARS,
        )
        await edit_or_send(context.bot, me.chat_id, update, text)
        return
    state = await draft(context, me.user_id)
    if "announce" not in state or "text" not in state:
        await send_expired(context, me)
        return
    if step == "e":
        entry_id = await find_entry(context, action.arg(1))
        if entry_id is None:
            await send_expired(context, me)
            return
        state["entry"] = entry_id
        await _preview(context, me, state)
    elif step == "n":
        state.pop("entry", None)
        await _preview(context, me, state)
    elif step == "s":
        await _send(update, context, me, state)


async def _preview(context: BotContext, me: Who, state: Draft) -> None:
    """The card is chosen (or none): typing is over, the draft is kept for "Send"."""
    await save_draft(context, me.user_id, state)
    await stop_expecting(context, me.user_id)
    await send_preview(context, me, state)


async def _send(update: Update, context: BotContext, me: Who, state: Draft) -> None:
    services = context.services
    try:
        info = await aio.create_announcement(
            services.db,
            teacher_telegram_id=me.user_id,
            code=state["announce"],
            text=state["text"],
            entry_id=state.get("entry"),
            daily_limit=services.config.announcements_per_teacher_per_day,
            now=services.clock(),
        )
    except repo.AnnouncementLimitError:
        await clear(context, me.user_id)
        await send_html(context.bot, me.chat_id, _limit_text(context, me))
        return
    except NotATeacherError:
        await clear(context, me.user_id)
        await send_expired(context, me)
        return
    await clear(context, me.user_id)
    text = t(
        me.language,
        "📣 Sending to <b>{label}</b>: {n} students will receive it (those who accepted the privacy notice and "
        "did not mute the class). I'll tell you when it has been delivered.",
        label=info.class_label,
        n=info.recipients,
    )
    await edit_or_send(context.bot, me.chat_id, update, text)
    broadcast.start(context.job_queue, info.id)


async def on_announce_text(update: Update, context: BotContext, me: Who, text: str) -> None:
    """The message the teacher typed: checked, kept in the draft, then "attach a course card?"."""
    del update
    body = text.strip()
    if not body or len(body) > MAX_ANNOUNCEMENT_CHARS:
        reply = t(
            me.language,
            "The message must be 1 to {n} characters (it was {length}). Please send it again.",
            n=MAX_ANNOUNCEMENT_CHARS,
            length=len(body),
        )
        await send_html(context.bot, me.chat_id, reply)
        return
    searcher = context.services.assistant.searcher
    bad = disallowed_links(body, await asyncio.to_thread(catalogue_hosts, searcher))
    if bad:
        reply = t(
            me.language,
            "These links are not allowed: {links}. Link only to official sites the course catalogue uses, "
            "or attach a course card instead. Please send the message again.",
            links=", ".join(bad[:5]),
        )
        await send_html(context.bot, me.chat_id, reply)
        return
    state = await draft(context, me.user_id)
    if "announce" not in state:  # the draft expired while the teacher was typing
        await clear(context, me.user_id)
        await send_expired(context, me)
        return
    state["text"] = body
    await save_draft(context, me.user_id, state)
    await expect(context, me.user_id, "announce-search")
    prompt = t(me.language, "Attach a course card? Send a few words to search the catalogue, or tap <b>No card</b>.")
    markup = InlineKeyboardMarkup([[button(tp(me.language, "No card"), Kind.ANNOUNCE, "n")]])
    await send_html(context.bot, me.chat_id, prompt, markup)


async def on_card_search(update: Update, context: BotContext, me: Who, text: str) -> None:
    """The teacher's search for a course card to attach: the best matches as buttons."""
    del update
    searcher = context.services.assistant.searcher
    hits = await asyncio.to_thread(searcher.search, text[:200])
    seen: list[tuple[str, str]] = []
    for hit in hits:
        entry_id = hit.id
        if entry_id in (e for e, _ in seen):
            continue
        view = await asyncio.to_thread(searcher.entry, entry_id)
        if view is not None and view.joinable:
            seen.append((entry_id, view.title(me.language)))
        if len(seen) >= MAX_RESULTS:
            break
    rows = [
        [
            InlineKeyboardButton(
                "📄 " + short(title, 40), callback_data=encode_entry(Kind.ANNOUNCE, "e", entry_id=entry_id)
            )
        ]
        for entry_id, title in seen
    ]
    rows.append([button(tp(me.language, "No card"), Kind.ANNOUNCE, "n")])
    reply = (
        t(me.language, "Tap the course to attach, or search again.")
        if seen
        else t(me.language, "Nothing found. Try other words, or tap <b>No card</b>.")
    )
    await send_html(context.bot, me.chat_id, reply, InlineKeyboardMarkup(rows))


async def send_preview(context: BotContext, me: Who, state: Draft) -> None:
    header = t(me.language, "🏫 <b>{label} · from your teacher</b>", label=state["label"])
    card = ""
    if state.get("entry"):
        view = await asyncio.to_thread(context.services.assistant.entry, state["entry"])
        card = "\n\n" + t(
            me.language, "📄 Attached: {title}", title=view.title(me.language) if view else state["entry"]
        )
    preview = t(me.language, "<b>Preview</b> — students will see:") + f"\n\n{header}\n\n{escape(state['text'])}{card}"
    markup = InlineKeyboardMarkup(
        [
            [
                button(tp(me.language, "✅ Send"), Kind.ANNOUNCE, "s"),
                button(tp(me.language, "Cancel"), Kind.ANNOUNCE, "x"),
            ]
        ]
    )
    await send_html(context.bot, me.chat_id, preview, markup)
