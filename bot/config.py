"""Configuration: the only place that reads the environment (keep it so: one reader, one set of defaults).

Everything else receives plain values built from :class:`Settings`, so `knowledge/` and `storage/` never
depend on how the product is configured.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from storage import MAX_QUESTION_CHARS

LOCAL_EMBEDDING_MODEL = "multilingual-e5-small-q4"
OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"
TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
# Hong Kong time, for days (the daily question cap, reminder dates, file names). A fixed UTC+8 offset rather than
# ZoneInfo("Asia/Hong_Kong"): Hong Kong has had no daylight saving since 1979, and a fixed offset does not depend
# on the host having a time-zone database (slim containers often do not).
HONG_KONG: Final = dt.timezone(dt.timedelta(hours=8), "HKT")
_WEBHOOK_SECRET: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    """Every setting of the product, read from the environment and an optional `.env` file."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Field(default=Path("data"), validation_alias=_env("PATHWAYS_DATA_DIR"))
    embeddings: Literal["local", "openai"] = Field(default="local", validation_alias=_env("PATHWAYS_EMBEDDINGS"))
    embedding_model: str | None = Field(default=None, validation_alias=_env("PATHWAYS_EMBEDDING_MODEL"))
    source_dirs: str = Field(default="", validation_alias=_env("PATHWAYS_SOURCES"))
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=_env("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(default=None, validation_alias=_env("OPENAI_BASE_URL"))
    chroma_host: str | None = Field(default=None, validation_alias=_env("CHROMA_HOST"))
    chroma_port: int = Field(default=8000, ge=1, le=65535, validation_alias=_env("CHROMA_PORT"))
    chat_model: str = Field(default="gpt-4o-mini", validation_alias=_env("PATHWAYS_CHAT_MODEL"))
    llm_timeout_seconds: float = Field(default=12.0, gt=0, le=120, validation_alias=_env("PATHWAYS_LLM_TIMEOUT"))
    llm_max_retries: int = Field(default=1, ge=0, le=5, validation_alias=_env("PATHWAYS_LLM_RETRIES"))
    database_url: str | None = Field(default=None, validation_alias=_env("DATABASE_URL"))
    retention_days: int = Field(default=365, ge=1, validation_alias=_env("PATHWAYS_RETENTION_DAYS"))
    turn_retention_days: int = Field(default=30, ge=1, validation_alias=_env("PATHWAYS_TURN_RETENTION_DAYS"))
    # Telegram. The token is a secret: never printed, never logged (its repr is masked).
    telegram_bot_token: SecretStr | None = Field(default=None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_api_base_url: str = Field(default=TELEGRAM_API_BASE_URL, validation_alias=_env("TELEGRAM_API_BASE_URL"))
    admin_ids: Annotated[tuple[int, ...], NoDecode] = Field(default=(), validation_alias=_env("PATHWAYS_ADMIN_IDS"))
    rate_limit_per_minute: int = Field(
        default=12, ge=1, le=600, validation_alias=_env("PATHWAYS_RATE_LIMIT_PER_MINUTE")
    )
    daily_question_cap: int = Field(default=150, ge=1, validation_alias=_env("PATHWAYS_DAILY_QUESTION_CAP"))
    # The longest question the bot accepts; by default what the anonymous question log keeps.
    max_input_chars: int = Field(
        default=MAX_QUESTION_CHARS, ge=20, le=4096, validation_alias=_env("PATHWAYS_MAX_INPUT_CHARS")
    )
    reminder_lead_days: int = Field(default=7, ge=0, le=60, validation_alias=_env("PATHWAYS_REMINDER_LEAD_DAYS"))
    # The admin switch for teachers' announcements (issue 13): off stops new ones; deliveries already queued finish.
    announcements_enabled: bool = Field(default=True, validation_alias=_env("PATHWAYS_ANNOUNCEMENTS_ENABLED"))
    # Past one machine (issue 14): webhook workers sharing Redis. Blank REDIS_URL = one process, in-memory limits.
    redis_url: str | None = Field(default=None, validation_alias=_env("REDIS_URL"))
    webhook_url: str | None = Field(default=None, validation_alias=_env("PATHWAYS_WEBHOOK_URL"))
    # Checked on every webhook request (Telegram's secret-token header); a secret like the bot token.
    webhook_secret: SecretStr | None = Field(default=None, validation_alias=_env("PATHWAYS_WEBHOOK_SECRET"))
    listen: str = Field(default="127.0.0.1:8080", validation_alias=_env("PATHWAYS_LISTEN"))
    webhook_path: str = Field(
        default="/telegram", pattern=r"^/[A-Za-z0-9_/-]*$", validation_alias=_env("PATHWAYS_WEBHOOK_PATH")
    )
    log_format: Literal["text", "json"] = Field(default="text", validation_alias=_env("PATHWAYS_LOG_FORMAT"))
    webhook_max_connections: int = Field(
        default=40, ge=1, le=100, validation_alias=_env("PATHWAYS_WEBHOOK_MAX_CONNECTIONS")
    )
    shutdown_grace_seconds: int = Field(default=30, ge=1, le=600, validation_alias=_env("PATHWAYS_SHUTDOWN_GRACE"))
    # How long an update taken by a worker stays reserved to it: if the worker dies, Telegram's re-delivery is
    # processed by another worker after this. Longer than the slowest answer (the answer timeout is 60 s).
    update_lease_seconds: float = Field(
        default=90.0, ge=2.0, le=3600.0, validation_alias=_env("PATHWAYS_UPDATE_LEASE_SECONDS")
    )

    @field_validator(
        "openai_base_url", "chroma_host", "embedding_model", "database_url", "redis_url", "webhook_url", mode="before"
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # An empty line in .env ("OPENAI_BASE_URL=") means "not configured", not "the empty string".
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("openai_api_key", "telegram_bot_token", "webhook_secret", mode="before")
    @classmethod
    def _blank_key_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("telegram_api_base_url", mode="before")
    @classmethod
    def _blank_base_url_is_default(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return TELEGRAM_API_BASE_URL
        return value.strip() if isinstance(value, str) else value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # What Telegram accepts as a secret token (the value itself is never echoed in the error).
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("PATHWAYS_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: object) -> object:
        # PATHWAYS_ADMIN_IDS=123,456 (spaces allowed); an empty value means no admins.
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            try:
                return tuple(int(part) for part in parts)
            except ValueError:
                raise ValueError("PATHWAYS_ADMIN_IDS must be Telegram user ids separated by commas") from None
        if isinstance(value, int):
            return (value,)
        return value

    @property
    def resolved_embedding_model(self) -> str:
        if self.embedding_model:
            return self.embedding_model
        return LOCAL_EMBEDDING_MODEL if self.embeddings == "local" else OPENAI_EMBEDDING_MODEL

    @property
    def extra_source_dirs(self) -> list[Path]:
        return [Path(part.strip()) for part in self.source_dirs.split(",") if part.strip()]

    @property
    def llm_enabled(self) -> bool:
        """LLM answers are used as soon as an OpenAI-compatible endpoint or key is configured."""
        return bool(self.openai_base_url or self.openai_api_key)

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def resolved_database_url(self) -> str:
        """DATABASE_URL, or the default SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'pathways.db').resolve()}"


def load_settings() -> Settings:
    return Settings()
