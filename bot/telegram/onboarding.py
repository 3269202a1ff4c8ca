"""/start (with and without a deep link), the privacy notice and consent, onboarding (form, interests,
electives), profile edits and /language. Nothing is written to the database before the student taps "I agree"; a
language picked before that is a shared value that expires within a day (see :data:`common.PRE_CONSENT_SECONDS`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Update

from bot.telegram import deeplinks
from bot.telegram.callbacks import Action, Kind, Mode
from bot.telegram.common import Who, forget_language, full_notice, remember_language, short_notice, who
from bot.telegram.context import BotContext
from bot.telegram.i18n import join_list, t
from bot.telegram.keyboards import (
    ELECTIVES,
    done_keyboard,
    elective_label,
    electives_keyboard,
    form_keyboard,
    form_label,
    interest_label,
    interests_keyboard,
    language_keyboard,
    privacy_keyboard,
    private_chat_keyboard,
)
from bot.telegram.replies import find_entry, interests_prompt, send_card, send_expired
from bot.telegram.sending import edit_markup, edit_or_send, pressed_message, send_html
from storage import JoinResult, UiLanguage, UserProfile, aio

logger = logging.getLogger(__name__)


def welcome_text(me: Who, context: BotContext) -> str:
    hello = t(
        me.language,
        "👋 Hi {name}! I'm <b>DSE Pathways</b>. I help S4–S6 students find university taster programmes, "
        "micro-credentials and online certificates — and fit them into a JUPAS plan (OEA, SLP). Ask me in "
        "English or 中文.",
        name=me.first_name or "there",
    )
    return f"{hello}\n\n{short_notice(me.language, context.services.config)}"


async def send_welcome(context: BotContext, me: Who, class_code: str | None = None) -> None:
    if me.consented:
        text = t(
            me.language,
            "👋 Welcome back, {name}! Ask me anything, or get your pathway plan with /recommend.",
            name=me.first_name or "",
        )
        await send_html(context.bot, me.chat_id, text, done_keyboard(me.language))
        return
    await send_html(context.bot, me.chat_id, welcome_text(me, context), privacy_keyboard(me.language, class_code))


async def send_group_intro(context: BotContext, me: Who) -> None:
    text = t(
        me.language,
        "👋 I'm <b>DSE Pathways</b>. In groups I answer only commands and messages that mention me. For your own "
        "plan, saved courses and reminders, chat with me privately.",
    )
    await send_html(context.bot, me.chat_id, text, private_chat_keyboard(me.language, context.bot.username))


async def start(update: Update, context: BotContext) -> None:
    """/start without a payload."""
    me = await who(update, context)
    if me is None:
        return
    if not me.private:
        await send_group_intro(context, me)
        return
    await send_welcome(context, me)


async def start_with_payload(update: Update, context: BotContext) -> None:
    """/start PAYLOAD from a deep link; anything unusable falls back to the normal welcome and writes nothing."""
    me = await who(update, context)
    if me is None:
        return
    if not me.private:
        await send_group_intro(context, me)
        return
    payload = deeplinks.parse(context.args)
    if payload is None:
        await send_welcome(context, me)
        return
    if payload.kind == "entry":
        entry_id = await find_entry(context, payload.value)
        if entry_id is None or not await send_card(context, me, entry_id):
            await send_welcome(context, me)
        elif not me.consented:
            await send_html(context.bot, me.chat_id, welcome_text(me, context), privacy_keyboard(me.language))
        return
    if not me.consented:
        await send_welcome(context, me, class_code=payload.value)  # joined only after "I agree"
        return
    services = context.services
    result = await aio.join_class(services.db, telegram_id=me.user_id, code=payload.value, now=services.clock())
    if not result.ok:
        await send_welcome(context, me)
        return
    assert me.profile is not None
    if me.profile.form is None:
        await send_form_step(context, me, [joined_text(me, result)])
    else:
        await send_html(context.bot, me.chat_id, joined_text(me, result))


def joined_text(me: Who, result: JoinResult) -> str:
    if result.preset_interests:
        return t(
            me.language,
            "🏫 You've joined <b>{label}</b>. Your teacher suggested these interests: {interests}.",
            label=result.label or "",
            interests=join_list([interest_label(tag, me.language) for tag in result.preset_interests], me.language),
        )
    return t(me.language, "🏫 You've joined <b>{label}</b>.", label=result.label or "")


async def send_form_step(context: BotContext, me: Who, before: Sequence[str] = ()) -> None:
    """The first onboarding step, after whatever should be said first (one message: fewer to send)."""
    text = "\n\n".join([*before, t(me.language, "Which form are you in?")])
    await send_html(context.bot, me.chat_id, text, form_keyboard(me.language, Mode.ONBOARDING))


def toggled(chosen: Sequence[str], item: str) -> list[str]:
    """A multi-select tap: the item comes off the list if it was on, else it goes on."""
    return [c for c in chosen if c != item] if item in chosen else [*chosen, item]


async def show_privacy(update: Update, context: BotContext) -> None:
    """/privacy, always available (in groups too: it holds nothing personal)."""
    me = await who(update, context)
    if me is None:
        return
    markup = privacy_keyboard(me.language) if me.private and not me.consented else None
    await send_html(context.bot, me.chat_id, full_notice(me.language, context.services.config), markup)


async def choose_language(update: Update, context: BotContext) -> None:
    me = await who(update, context)
    if me is None:
        return
    await send_html(context.bot, me.chat_id, "🌐 Choose your language · 選擇語言", language_keyboard())


# -- callbacks --------------------------------------------------------------------------------------------


async def on_accept(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """ "I agree": the first write about this student, then onboarding (joining the class link it came with)."""
    services = context.services
    now = services.clock()
    if me.consented:  # a second tap (or an old notice): join the class if there is one, onboard only once
        if action.arg(0):
            result = await aio.join_class(services.db, telegram_id=me.user_id, code=action.arg(0), now=now)
            if result.status == "joined":
                await send_html(context.bot, me.chat_id, joined_text(me, result))
        return
    await aio.upsert_user(services.db, telegram_id=me.user_id, language=me.language, now=now)
    profile = await aio.record_consent(services.db, telegram_id=me.user_id, now=now)
    await forget_language(context, me.user_id)  # the profile holds the language from now on
    me = Who(me.user_id, me.chat_id, me.language, profile, me.private, me.first_name)
    pressed = pressed_message(update)
    if pressed is not None:
        await edit_markup(pressed, None)
    said = [t(me.language, "✅ Thank you! You can change your mind any time with /forget.")]
    code = action.arg(0) or None
    if code:
        result = await aio.join_class(services.db, telegram_id=me.user_id, code=code, now=now)
        if result.ok:
            said.append(joined_text(me, result))
    await send_form_step(context, me, said)


async def on_not_now(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del action
    pressed = pressed_message(update)
    if pressed is not None:
        await edit_markup(pressed, None)
    text = t(
        me.language,
        "No problem — I won't keep anything. You can still ask me questions; send /start whenever you'd like a "
        "personal plan.",
    )
    await send_html(context.bot, me.chat_id, text)


async def on_show_privacy(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update, action
    markup = privacy_keyboard(me.language) if not me.consented else None
    await send_html(context.bot, me.chat_id, full_notice(me.language, context.services.config), markup)


def electives_prompt(language: UiLanguage) -> str:
    return t(language, "Which DSE electives do you take? (optional) Tap all that apply, then <b>Done</b>.")


def all_set_text(language: UiLanguage) -> str:
    return t(
        language,
        "All set! 🎉 Ask me anything — for example “engineering summer programmes” or “免費網上證書” — or get your "
        "pathway plan:",
    )


async def on_form(update: Update, context: BotContext, me: Who, action: Action) -> None:
    mode, choice = Mode(action.arg(0)), action.arg(1)
    services = context.services
    form = None if choice == "skip" else choice
    profile = me.profile
    if choice != "skip" or mode is Mode.PROFILE:  # in /profile "Skip" clears the form; in onboarding it keeps it
        profile = await aio.set_form(services.db, telegram_id=me.user_id, form=form, now=services.clock())
    if mode is Mode.ONBOARDING:
        selected = profile.interests if profile else ()
        markup = interests_keyboard(me.language, Mode.ONBOARDING, selected)
        await edit_or_send(context.bot, me.chat_id, update, interests_prompt(me.language), markup)
        return
    shown = form_label(form, me.language) if form else t(me.language, "not set")
    await edit_or_send(context.bot, me.chat_id, update, t(me.language, "Form saved: {form}", form=shown))


async def on_interest(update: Update, context: BotContext, me: Who, action: Action) -> None:
    mode, choice = Mode(action.arg(0)), action.arg(1)
    services = context.services
    assert me.profile is not None
    if choice not in {"done", "skip"}:
        profile = await aio.set_interests(
            services.db, telegram_id=me.user_id, interests=toggled(me.profile.interests, choice), now=services.clock()
        )
        pressed = pressed_message(update)
        if pressed is not None:
            await edit_markup(pressed, interests_keyboard(me.language, mode, profile.interests))
        return
    if mode is Mode.ONBOARDING:
        markup = electives_keyboard(me.language, Mode.ONBOARDING, me.profile.electives)
        await edit_or_send(context.bot, me.chat_id, update, electives_prompt(me.language), markup)
        return
    await edit_or_send(context.bot, me.chat_id, update, _saved_interests(me.language, me.profile))


def _saved_interests(language: UiLanguage, profile: UserProfile) -> str:
    chosen = join_list([interest_label(tag, language) for tag in profile.interests], language)
    return t(language, "Interests saved: {interests}", interests=chosen or t(language, "none"))


async def on_elective(update: Update, context: BotContext, me: Who, action: Action) -> None:
    mode, choice = Mode(action.arg(0)), action.arg(1)
    services = context.services
    assert me.profile is not None
    if choice not in {"done", "skip"}:
        name = ELECTIVES.get(choice)
        if name is None:
            await send_expired(context, me)
            return
        profile = await aio.set_electives(
            services.db, telegram_id=me.user_id, electives=toggled(me.profile.electives, name), now=services.clock()
        )
        pressed = pressed_message(update)
        if pressed is not None:
            await edit_markup(pressed, electives_keyboard(me.language, mode, profile.electives))
        return
    if mode is Mode.ONBOARDING:
        await edit_or_send(context.bot, me.chat_id, update, all_set_text(me.language), done_keyboard(me.language))
        return
    chosen = join_list([elective_label(e, me.language) for e in me.profile.electives], me.language)
    text = t(me.language, "Electives saved: {electives}", electives=chosen or t(me.language, "none"))
    await edit_or_send(context.bot, me.chat_id, update, text)


async def on_edit(update: Update, context: BotContext, me: Who, action: Action) -> None:
    del update
    part = action.arg(0)
    assert me.profile is not None
    if part == Kind.FORM:
        markup = form_keyboard(me.language, Mode.PROFILE, me.profile.form)
        await send_html(context.bot, me.chat_id, t(me.language, "Which form are you in?"), markup)
    elif part == Kind.INTEREST:
        markup = interests_keyboard(me.language, Mode.PROFILE, me.profile.interests)
        await send_html(context.bot, me.chat_id, interests_prompt(me.language), markup)
    elif part == Kind.ELECTIVE:
        markup = electives_keyboard(me.language, Mode.PROFILE, me.profile.electives)
        await send_html(context.bot, me.chat_id, electives_prompt(me.language), markup)
    else:
        await send_html(context.bot, me.chat_id, "🌐 Choose your language · 選擇語言", language_keyboard())


async def on_language(update: Update, context: BotContext, me: Who, action: Action) -> None:
    language: UiLanguage = "zh-Hant" if action.arg(0) == "zh" else "en"
    services = context.services
    if me.consented:
        await aio.set_language(services.db, telegram_id=me.user_id, language=language, now=services.clock())
    else:
        await remember_language(context, me.user_id, language)  # not in the database until the student agrees
    await edit_or_send(context.bot, me.chat_id, update, t(language, "🌐 Language set to English."))
