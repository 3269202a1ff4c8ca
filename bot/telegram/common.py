"""Helpers every handler shares: who is asking (profile, language), guards, and the privacy texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from telegram import Update
from telegram.constants import ChatType

from bot.telegram.context import BotConfig, BotContext
from bot.telegram.i18n import LANGUAGES, Markup, from_telegram, t
from storage import UiLanguage, UserProfile, aio

# Nothing about a student is kept for long before they agree to the notice: the language they picked (and the
# "tip shown" flag) is a shared value that expires after a day. Shared, not in this process, because each update
# of one student may reach a different worker.
PRE_CONSENT_SECONDS: Final = 24 * 3600.0


def language_key(user_id: int) -> str:
    """The shared value holding the language a student picked before consent."""
    return f"prelang:{user_id}"


def tip_key(user_id: int) -> str:
    """The shared value saying the "/start to set up" tip was shown (once before consent, whichever worker)."""
    return f"anontip:{user_id}"


@dataclass(frozen=True)
class Who:
    user_id: int
    chat_id: int
    language: UiLanguage
    profile: UserProfile | None
    private: bool
    first_name: str

    @property
    def consented(self) -> bool:
        return self.profile is not None and self.profile.has_consented


async def remember_language(context: BotContext, user_id: int, language: UiLanguage) -> None:
    """Before consent: the student's choice, shared by every worker, for :data:`PRE_CONSENT_SECONDS`."""
    await context.services.coordination.values.set(language_key(user_id), language, PRE_CONSENT_SECONDS)


async def remembered_language(context: BotContext, user_id: int) -> UiLanguage | None:
    value = await context.services.coordination.values.get(language_key(user_id))
    return next((language for language in LANGUAGES if language == value), None)


async def forget_language(context: BotContext, user_id: int) -> None:
    await context.services.coordination.values.delete(language_key(user_id))


async def forget_pre_consent(context: BotContext, user_id: int) -> None:
    """/forget: the shared values kept about a student before consent go too."""
    values = context.services.coordination.values
    await values.delete(language_key(user_id))
    await values.delete(tip_key(user_id))


async def language_of(update: Update, context: BotContext, profile: UserProfile | None) -> UiLanguage:
    """The profile's language once the student agreed (no shared lookup), else the one picked before consent,
    else the Telegram app's."""
    if profile is not None and profile.has_consented:
        return profile.language
    user = update.effective_user
    if user is None:
        return from_telegram(None)
    remembered = await remembered_language(context, user.id)
    if remembered is not None:
        return remembered
    return from_telegram(user.language_code)


async def who(update: Update, context: BotContext) -> Who | None:
    """The student behind an update, or None for updates without a user or a chat (channel posts, polls …)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    profile = await aio.get_user(context.services.db, telegram_id=user.id)
    return Who(
        user_id=user.id,
        chat_id=chat.id,
        language=await language_of(update, context, profile),
        profile=profile,
        private=chat.type == ChatType.PRIVATE,
        first_name=user.first_name or "",
    )


def recipients(language: UiLanguage, config: BotConfig) -> str:
    parts = []
    if config.llm_provider:
        parts.append(
            t(
                language,
                "To word the answers, your questions, your recent messages and the matching course facts are sent to {provider}.",
                provider=config.llm_provider,
            )
        )
    if config.embeddings_provider:
        parts.append(
            t(
                language,
                "To search the knowledge base, your questions are sent to {provider}.",
                provider=config.embeddings_provider,
            )
        )
    if not parts:
        parts.append(
            t(language, "Nobody else: answers are written by the bot itself, from its own course knowledge base.")
        )
    return " ".join(parts)


def short_notice(language: UiLanguage, config: BotConfig) -> str:
    return t(
        language,
        "🔒 <b>Before I keep anything</b>: if you agree, I keep your form, electives and interests, the courses you "
        "save, the reminders you turn on and your last few messages — to suggest what fits you. {recipients} "
        "No names, school or HKID; teachers only ever see counts for classes of 5 or more. /privacy has the "
        "details, /mydata shows everything I hold and /forget deletes it.",
        recipients=Markup(recipients(language, config)),
    )


def full_notice(language: UiLanguage, config: BotConfig) -> str:
    return t(
        language,
        "<b>🔒 Privacy notice</b>\n\n"
        "<b>What I keep</b>, only after you tap “I agree”: your Telegram user id and language; your form, DSE "
        "electives and interests; the courses you save and the reminders and deadline nudges you turn on; your last "
        "questions and which courses my last list showed (at most 20, for follow-up questions, deleted after "
        "{turn_days} days); your 👍/👎 on answers; the class links you joined and any class you muted.\n\n"
        "<b>Why</b>: to suggest tasters, micro-credentials and certificates that fit you, and to remind you of the "
        "dates you asked about.\n\n"
        "<b>Who receives it</b>: {recipients} If you joined a teacher's class link, your teacher sees only rounded "
        "counts for the whole class (by form, interest and saved course, in steps of five, once at least 5 students "
        "have joined) and how many students received an announcement — never your name, your questions, your own "
        "choices or whether you muted the class. Questions are also kept without any link to you, to find gaps in "
        "the knowledge base.\n\n"
        "<b>What I never ask for or keep</b>: your name, school, HKID, passwords, phone number or email — if you send "
        "one by mistake, it is removed before anything is stored. A message that tells me you are struggling is "
        "answered and never stored.\n\n"
        "<b>How long</b>: everything about you is deleted after {retention_days} days without activity.\n\n"
        "<b>Your choices</b>: /mydata sends you everything I hold as a file; /forget deletes all of it at once. "
        "Until you agree I store nothing, and you can still ask questions.",
        turn_days=config.turn_retention_days,
        retention_days=config.retention_days,
        recipients=Markup(recipients(language, config)),
    )
