"""The application: every handler registered in one place, the commands menu in English and Chinese, the
reminder job, and long polling.

Order matters: a gate (group -1) drops updates without a user and edited messages and applies the per-user
flood limit; deep-link ``/start PAYLOAD`` is registered before plain ``/start``; private free text, group
mentions, media hints and unknown commands come last.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Final, TypeAlias

from telegram import Bot, BotCommand, Update
from telegram.constants import ChatType
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ExtBot,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import services as wiring
from bot.config import TELEGRAM_API_BASE_URL, Settings
from bot.coordination import build_coordination
from bot.metrics import Metrics
from bot.telegram import (
    account,
    announce,
    broadcast,
    class_setup,
    deeplinks,
    nudges,
    onboarding,
    questions,
    reminders,
    teacher_input,
    teacher_invites,
    teachers,
)
from bot.telegram.callbacks import Action, Kind, decode
from bot.telegram.common import Who, who
from bot.telegram.context import CONTEXT_TYPES, BotConfig, BotContext, BotData, BotServices
from bot.telegram.errors import on_error
from bot.telegram.i18n import N_, from_telegram, t, tp
from bot.telegram.limits import OutboundLimiter, PerUserProcessor
from bot.telegram.logs import quiet_http_logs
from bot.telegram.replies import send_consent_needed
from bot.telegram.sending import send_html
from storage import UiLanguage

logger = logging.getLogger(__name__)

App: TypeAlias = Application[ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[BotContext]]
Flow = Callable[[Update, BotContext, Who, Action], Awaitable[None]]
Command = Callable[[Update, BotContext], Coroutine[Any, Any, None]]

ALLOWED_UPDATES: Final = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]

# The menu, in the order students see it.
COMMANDS: Final[list[tuple[str, str]]] = [
    ("start", N_("Welcome and set-up")),
    ("recommend", N_("Your pathway plan")),
    ("profile", N_("Your form, interests and electives")),
    ("interests", N_("Choose your interests")),
    ("saved", N_("Your saved courses")),
    ("remind", N_("Reminders before course dates")),
    ("language", N_("English or 中文")),
    ("privacy", N_("What I keep and why")),
    ("mydata", N_("Everything I hold about you, as a file")),
    ("forget", N_("Delete everything about you")),
    ("help", N_("What I can do")),
    ("cancel", N_("Stop what we were doing")),
]


@dataclass(frozen=True)
class Button:
    """What a kind of button does: its handler, and whether the student must have accepted the privacy notice
    first (otherwise they are shown it instead)."""

    handler: Flow
    needs_consent: bool


async def on_label(update: Update, context: BotContext, me: Who, action: Action) -> None:
    """A label-only button (e.g. "🙏 Thanks for the feedback"): the tap is answered and nothing else happens."""
    del update, context, me, action


# The registry: every kind of button, what it does. A test checks that every Kind is here and reached.
BUTTONS: Final[dict[Kind, Button]] = {
    Kind.ACCEPT: Button(onboarding.on_accept, needs_consent=False),
    Kind.NOT_NOW: Button(onboarding.on_not_now, needs_consent=False),
    Kind.SHOW_PRIVACY: Button(onboarding.on_show_privacy, needs_consent=False),
    Kind.FORM: Button(onboarding.on_form, needs_consent=True),
    Kind.INTEREST: Button(onboarding.on_interest, needs_consent=True),
    Kind.ELECTIVE: Button(onboarding.on_elective, needs_consent=True),
    Kind.EDIT: Button(onboarding.on_edit, needs_consent=True),
    Kind.LANGUAGE: Button(onboarding.on_language, needs_consent=False),
    Kind.FORGET: Button(account.on_forget, needs_consent=False),
    Kind.REMINDERS: Button(reminders.on_reminders, needs_consent=True),
    Kind.FEEDBACK: Button(questions.on_feedback, needs_consent=False),
    Kind.SAVE: Button(questions.on_save, needs_consent=True),
    Kind.UNSAVE: Button(questions.on_unsave, needs_consent=False),
    Kind.MORE_LIKE: Button(questions.on_more, needs_consent=False),
    Kind.CARD: Button(questions.on_card, needs_consent=False),
    Kind.QUESTION: Button(questions.on_suggestion, needs_consent=False),
    Kind.PLAN: Button(questions.on_plan, needs_consent=False),
    Kind.CLASS: Button(teachers.on_class, needs_consent=False),  # the teacher role is checked by the handler
    Kind.CLASS_QR: Button(teachers.on_class_qr, needs_consent=False),  # ...by every teacher handler
    Kind.CLASS_POSTER: Button(teachers.on_class_poster, needs_consent=False),
    Kind.CLASS_CHART: Button(teachers.on_class_chart, needs_consent=False),
    Kind.CLASS_NUDGES: Button(teachers.on_class_nudges, needs_consent=False),
    Kind.NEW_CLASS: Button(class_setup.on_new_class, needs_consent=False),
    Kind.ANNOUNCE: Button(announce.on_announce, needs_consent=False),
    Kind.MUTE: Button(broadcast.on_mute, needs_consent=False),
    Kind.NUDGE: Button(nudges.on_nudge, needs_consent=True),
    Kind.LABEL: Button(on_label, needs_consent=False),
}


def menu(language: UiLanguage) -> list[BotCommand]:
    return [BotCommand(name, tp(language, description)) for name, description in COMMANDS]


async def gate(update: Update, context: BotContext) -> None:
    """Runs before every handler: ignore what has no user or was edited; stop floods from one user."""
    user = update.effective_user
    if user is None or user.is_bot or update.edited_message is not None:
        raise ApplicationHandlerStop
    limiter = context.services.user_limiter
    if await limiter.check(user.id, question=False) == "ok":
        return
    language = from_telegram(user.language_code)
    text = tp(language, "You're sending messages quickly — please wait a few seconds and try again. ⏳")
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer(text)
    elif (
        update.effective_chat is not None
        and update.effective_chat.type == ChatType.PRIVATE
        and await limiter.should_warn(user.id)
    ):
        await send_html(context.bot, update.effective_chat.id, t(language, text))
    raise ApplicationHandlerStop


async def on_callback(update: Update, context: BotContext) -> None:
    """Every button. The query is answered first, before any slow work, so it never becomes "too old"."""
    query = update.callback_query
    if query is None:
        return
    action = decode(query.data)
    if action is None:
        expired = tp(from_telegram(query.from_user.language_code), "⌛ This button has expired.")
        with contextlib.suppress(TelegramError):
            await query.answer(expired)
        return
    with contextlib.suppress(TelegramError):
        await query.answer()
    me = await who(update, context)
    if me is None:
        return
    button = BUTTONS[action.kind]
    if button.needs_consent and not me.consented:
        await send_consent_needed(context, me)
        return
    await button.handler(update, context, me, action)


def private(command: Command) -> Command:
    async def wrapped(update: Update, context: BotContext) -> None:
        if await account.private_only(update, context):
            await command(update, context)

    wrapped.__name__ = command.__name__
    return wrapped


def register(application: App) -> None:
    only_new = filters.UpdateType.MESSAGE  # edited messages never re-run a command
    application.add_handler(TypeHandler(Update, gate), group=-1)
    invite = filters.Regex(deeplinks.TEACHER_START)  # before the other deep links: they do not know t_ codes
    application.add_handler(CommandHandler("start", teacher_invites.start_teacher_invite, filters=only_new & invite))
    application.add_handler(CommandHandler("start", onboarding.start_with_payload, filters=only_new, has_args=True))
    application.add_handler(CommandHandler("start", onboarding.start, filters=only_new))
    commands: dict[str, Command] = {
        "help": account.help_command,
        "privacy": onboarding.show_privacy,
        "language": onboarding.choose_language,
        "cancel": account.cancel,
        "recommend": private(questions.recommend),
        "profile": private(account.profile),
        "interests": private(account.interests),
        "saved": private(account.saved),
        "remind": private(nudges.remind),
        "mydata": private(account.mydata),
        "forget": private(account.forget),
        "class": private(teachers.class_command),
        "announce": private(announce.announce_command),
        "gaps": private(teachers.gaps),
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=only_new))
    application.add_handler(CallbackQueryHandler(on_callback))
    # A teacher's pending input (found in the shared values, whichever worker typed the first step) or else a
    # question, handed to questions.on_text untouched.
    private_text = filters.ChatType.PRIVATE & only_new & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(private_text, teacher_input.on_private_text))
    application.add_handler(
        MessageHandler(filters.ChatType.GROUPS & only_new & filters.TEXT & ~filters.COMMAND, questions.on_group_text)
    )
    media = (
        filters.PHOTO
        | filters.Sticker.ALL
        | filters.VOICE
        | filters.AUDIO
        | filters.VIDEO
        | filters.VIDEO_NOTE
        | filters.Document.ALL
        | filters.ANIMATION
        | filters.LOCATION
        | filters.CONTACT
    )
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & only_new & media, questions.on_media))
    application.add_handler(MessageHandler(only_new & filters.COMMAND, account.unknown_command))
    application.add_error_handler(on_error)  # type: ignore[arg-type]


async def post_init(application: App) -> None:
    """Runs once the bot is connected: the commands menu (English, and Chinese for Chinese clients) and the
    reminder job."""
    await application.bot.set_my_commands(menu("en"))
    await application.bot.set_my_commands(menu("zh-Hant"), language_code="zh")
    services = application.bot_data.services
    assert services is not None
    if application.job_queue is not None:
        config = services.config
        application.job_queue.run_repeating(
            reminders.reminder_job,
            interval=config.reminder_interval_seconds,
            first=config.reminder_first_seconds,
            name="reminders",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )
        broadcast.schedule_resume(application.job_queue, config)
        nudges.schedule(application.job_queue, config)


def file_url(base_url: str) -> str:
    """The file endpoint that goes with an API base URL (https://api.telegram.org/bot → …/file/bot)."""
    stem = base_url[: -len("bot")] if base_url.endswith("bot") else base_url.rstrip("/") + "/"
    return f"{stem}file/bot"


def build_application(
    services: BotServices,
    *,
    token: str,
    base_url: str = TELEGRAM_API_BASE_URL,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> App:
    """The bot, ready for ``run_polling`` (or ``initialize`` + ``process_update`` in tests)."""
    config = services.config
    quiet_http_logs()  # request URLs carry the token
    limiter = OutboundLimiter(
        overall_per_second=config.overall_per_second,
        per_chat_per_second=config.per_chat_per_second,
        group_per_minute=config.group_per_minute,
        retry_after_retries=config.retry_after_retries,
        network_retries=config.network_retries,
        backoff_seconds=config.network_backoff_seconds,
        limiter=services.coordination.limiter,  # Telegram's limits hold across every worker together
        values=services.coordination.values,
        metrics=services.metrics,
    )
    processor = PerUserProcessor(
        config.max_concurrent_updates,
        coordination=services.coordination,
        metrics=services.metrics,
        lease_seconds=config.update_lease_seconds,
    )
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(file_url(base_url))
        .context_types(CONTEXT_TYPES)
        .rate_limiter(limiter)
        .concurrent_updates(processor)
        .post_init(post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    else:
        builder = (
            builder.connection_pool_size(64)
            .connect_timeout(config.connect_timeout_seconds)
            .read_timeout(config.read_timeout_seconds)
            .write_timeout(config.read_timeout_seconds)
            .pool_timeout(config.connect_timeout_seconds)
            .get_updates_connect_timeout(config.connect_timeout_seconds)
            .get_updates_read_timeout(config.read_timeout_seconds)
        )
    application: App = builder.build()  # type: ignore[assignment]
    application.bot_data.services = services
    register(application)
    return application


POLLING_TASK: Final = "Updater:start_polling:polling_task"  # python-telegram-bot's name for its polling task
STOP_GRACE_SECONDS: Final = 0.5


def _cancel_polling() -> None:
    for task in asyncio.all_tasks():
        if task.get_name() == POLLING_TASK:
            task.cancel()


def _stop_now() -> None:
    """Ctrl-C or SIGTERM. After repeated getUpdates failures python-telegram-bot's polling loop sleeps its back-off
    (up to 30 s) before it looks at the stop request: a polling task still there after a moment is cancelled.
    (Cancelling at once would orphan a getUpdates request in flight.)"""
    asyncio.get_running_loop().call_later(STOP_GRACE_SECONDS, _cancel_polling)
    raise SystemExit  # as python-telegram-bot's own handler does: run_polling then shuts down cleanly


def run_polling(
    application: App, *, drop_pending_updates: bool = False, on_ready: Callable[[], None] | None = None
) -> None:
    """Long polling until Ctrl-C or SIGTERM. One process per token: a second one gets 409 Conflict.

    ``on_ready`` runs once Telegram has accepted the token (getMe) and the menu is set, just before polling.
    Raises :class:`TokenRejected` or :class:`TelegramUnavailable` when the bot cannot start (no secrets in them).
    """
    services = application.bot_data.services
    timeout = services.config.polling_timeout_seconds if services else 30
    if on_ready is not None:
        setup = application.post_init

        async def setup_then_announce(app: App) -> None:
            if setup is not None:
                await setup(app)
            on_ready()

        application.post_init = setup_then_announce  # type: ignore[assignment]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    stop_signals = (signal.SIGINT, signal.SIGTERM)
    for signum in stop_signals:
        loop.add_signal_handler(signum, _stop_now)
    try:
        application.run_polling(
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=drop_pending_updates,
            timeout=timeout,
            bootstrap_retries=5,
            stop_signals=None,  # ours, above
            close_loop=False,
        )
    except InvalidToken:
        raise TokenRejected("InvalidToken") from None  # its text quotes the token
    except TelegramError as exc:
        raise TelegramUnavailable(type(exc).__name__) from None
    finally:
        for signum in stop_signals:
            loop.remove_signal_handler(signum)
        asyncio.set_event_loop(None)
        loop.close()


def services_from_settings(settings: Settings) -> BotServices:
    """The real wiring: the assistant over the index, the database migrated to the newest schema."""
    config = BotConfig.from_settings(settings)
    return BotServices(
        conversation=wiring.conversation(settings),
        config=config,
        # A killed worker blocks its chats for at most the lease (the living holder renews it as it works).
        coordination=build_coordination(settings.redis_url, chat_lease=min(30.0, config.update_lease_seconds)),
        metrics=Metrics(),
    )


class TelegramUnavailable(RuntimeError):
    """Telegram could not be asked (wrong token, network down); the message names only the error's kind."""


class TokenRejected(TelegramUnavailable):
    """Telegram answered getMe with 401 or 404: the token is wrong or revoked."""


async def fetch_username(token: str, base_url: str = TELEGRAM_API_BASE_URL) -> str:
    """The bot's @username from getMe (for t.me links)."""
    try:
        async with Bot(token, base_url=base_url) as bot:
            me = await bot.get_me()
    except InvalidToken:
        raise TokenRejected("InvalidToken") from None  # its text quotes the token
    except TelegramError as exc:
        raise TelegramUnavailable(type(exc).__name__) from None
    if not me.username:  # pragma: no cover - every bot has one
        raise TelegramUnavailable("the bot has no username")
    return me.username
