"""Configuration: the only place that reads the environment.

Everything else receives plain values built from :class:`Settings`, so `knowledge/` and `storage/` never
depend on how the product is configured.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOCAL_EMBEDDING_MODEL = "multilingual-e5-small-q4"
OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"


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

    @field_validator("openai_base_url", "chroma_host", "embedding_model", "database_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # An empty line in .env ("OPENAI_BASE_URL=") means "not configured", not "the empty string".
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("openai_api_key", mode="before")
    @classmethod
    def _blank_key_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
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
