"""What every handler reaches through its context: the services (assistant, conversation, database), the bot's
configuration and a clock. Registered once through ``ContextTypes`` so handlers are typed end to end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.assistant.assistant import Assistant
from bot.config import Settings
from bot.conversation import Conversation
from bot.coordination import Coordination, StudentLimits, build_coordination
from bot.metrics import Metrics
from storage import Database


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _setting_default(name: str) -> Any:
    """The default of one of :class:`Settings`' fields: the bot's defaults are never written down twice."""
    return Settings.model_fields[name].default


@dataclass(frozen=True)
class BotConfig:
    """The bot's tunables. Built from :class:`Settings` for production; tests pass small numbers.

    The first group mirrors settings an operator can change, and takes its defaults from :class:`Settings`; the
    rest are fixed by Telegram's limits or by how the bot paces itself."""

    rate_limit_per_minute: int = _setting_default("rate_limit_per_minute")
    daily_question_cap: int = _setting_default("daily_question_cap")
    max_input_chars: int = _setting_default("max_input_chars")
    admin_ids: frozenset[int] = frozenset(_setting_default("admin_ids"))
    retention_days: int = _setting_default("retention_days")
    turn_retention_days: int = _setting_default("turn_retention_days")
    reminder_lead_days: int = _setting_default("reminder_lead_days")
    announcements_enabled: bool = _setting_default("announcements_enabled")
    llm_provider: str | None = None  # who receives questions to word answers, for the privacy notice
    embeddings_provider: str | None = None  # who receives questions to search, when embeddings are remote
    reminder_interval_seconds: float = 300.0
    reminder_first_seconds: float = 10.0
    reminder_batch: int = 100
    broadcast_per_second: float = 4.0  # reminders are spread out, never a burst
    # Announcements and nudges: half of Telegram's overall 30 a second, so answers stay quick during a broadcast.
    announcement_per_second: float = 15.0
    announcements_per_teacher_per_day: int = 3
    nudge_interval_seconds: float = 900.0
    nudge_first_seconds: float = 20.0
    typing_interval_seconds: float = 4.5
    answer_timeout_seconds: float = 60.0
    # Telegram's limits: about 30 messages a second overall, one a second per chat, 20 a minute per group.
    overall_per_second: float = 30.0
    per_chat_per_second: float = 1.0
    group_per_minute: int = 20
    retry_after_retries: int = 3  # 429: wait retry_after and send again
    network_retries: int = 3  # 5xx and timeouts: retried with exponential backoff
    network_backoff_seconds: float = 1.0
    connect_timeout_seconds: float = 10.0
    read_timeout_seconds: float = 20.0
    polling_timeout_seconds: int = 30
    max_concurrent_updates: int = 256
    # An update taken by a worker stays reserved to it this long (see Settings.update_lease_seconds).
    update_lease_seconds: float = _setting_default("update_lease_seconds")

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> BotConfig:
        values: dict[str, Any] = {
            "rate_limit_per_minute": settings.rate_limit_per_minute,
            "daily_question_cap": settings.daily_question_cap,
            "max_input_chars": settings.max_input_chars,
            "admin_ids": frozenset(settings.admin_ids),
            "retention_days": settings.retention_days,
            "turn_retention_days": settings.turn_retention_days,
            "llm_provider": _provider(settings.openai_base_url) if settings.llm_enabled else None,
            "embeddings_provider": _provider(settings.openai_base_url) if settings.embeddings == "openai" else None,
            "reminder_lead_days": settings.reminder_lead_days,
            "announcements_enabled": settings.announcements_enabled,
            "update_lease_seconds": settings.update_lease_seconds,
        }
        values.update(overrides)
        return cls(**values)


def _provider(base_url: str | None) -> str:
    """A readable name for an OpenAI-compatible endpoint: its host (never the key, never a path)."""
    if not base_url:
        return "OpenAI (api.openai.com)"
    return urlparse(base_url).hostname or "the configured AI provider"


@dataclass
class BotServices:
    """Everything the handlers use.

    - ``conversation`` (and its ``assistant``): answers for students who accepted the privacy notice, with their
      profile, their recent messages and the LLM when one is configured.
    - ``grounded_assistant``: answers everyone else (no consent yet, group chats) from the grounded composer
      only — nothing stored, nothing sent to an LLM provider. Built over the same searcher.
    - ``coordination``: what must hold across workers (deduplication, per-chat order, shared limits, job claims,
      shared values) — in memory by default, on Redis with ``REDIS_URL`` (see :mod:`bot.coordination`).
    - ``metrics``: the worker's Prometheus metrics.
    - ``user_limiter``: how often each student may ask, counted across workers (see :class:`StudentLimits`).
    """

    conversation: Conversation
    config: BotConfig = field(default_factory=BotConfig)
    clock: Callable[[], dt.datetime] = utcnow
    coordination: Coordination = field(default_factory=lambda: build_coordination(None))
    metrics: Metrics = field(default_factory=Metrics)
    grounded_assistant: Assistant = field(init=False)
    user_limiter: StudentLimits = field(init=False)

    def __post_init__(self) -> None:
        self.grounded_assistant = Assistant(self.conversation.assistant.searcher)
        self.user_limiter = StudentLimits(
            self.coordination.limiter,
            per_minute=self.config.rate_limit_per_minute,
            daily_cap=self.config.daily_question_cap,
            clock=self.clock,
        )

    @property
    def db(self) -> Database:
        return self.conversation.db

    @property
    def assistant(self) -> Assistant:
        return self.conversation.assistant


class BotData:
    """``context.bot_data``: holds the services (set once when the application is built)."""

    def __init__(self) -> None:
        self.services: BotServices | None = None


class BotContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """The context every handler receives."""

    @property
    def services(self) -> BotServices:
        services = self.bot_data.services
        if services is None:  # pragma: no cover - build_application always sets it
            raise RuntimeError("the application was built without services")
        return services


CONTEXT_TYPES: ContextTypes[BotContext, dict[Any, Any], dict[Any, Any], BotData] = ContextTypes(
    context=BotContext, bot_data=BotData
)
