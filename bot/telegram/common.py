"""Helpers every handler shares: who is asking (profile, language), guards, and the privacy texts."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatType

from bot.telegram.context import BotConfig, BotContext
from bot.telegram.i18n import LANGUAGES, Markup, from_telegram, t
from storage import UiLanguage, UserProfile, aio

LANGUAGE_KEY = "language"  # context.user_data: the language chosen before consent (memory only)


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


def remembered_language(context: BotContext) -> UiLanguage | None:
    data = context.user_data
    value = data.get(LANGUAGE_KEY) if data is not None else None
    return value if value in LANGUAGES else None


def language_of(update: Update, context: BotContext, profile: UserProfile | None) -> UiLanguage:
    if profile is not None and profile.has_consented:
        return profile.language
    remembered = remembered_language(context)
    if remembered is not None:
        return remembered
    user = update.effective_user
    return from_telegram(user.language_code if user else None)


async def who(update: Update, context: BotContext) -> Who | None:
    """The student behind an update, or None for updates without a user or a chat (channel posts, polls …)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    profile = await aio.get_user(context.services.db, telegram_id=user.id)
    return Who(
        user_id=user.id,
        chat_id=chat.id,
        language=language_of(update, context, profile),
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
