"""Helpers for the teachers' tests: a fake Bot API server and a running bot, consenting students."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, Sent
from tests.telegram.conftest import running


@pytest.fixture
def photo_server() -> Iterator[FakeTelegramServer]:
    server = FakeTelegramServer(BotApi()).start()
    yield server
    server.stop()


@pytest.fixture
async def bot(services: BotServices, photo_server: FakeTelegramServer) -> AsyncIterator[BotApi]:
    app = build_application(services, token=TOKEN, base_url=photo_server.base_url)
    async with running(app):
        yield photo_server.api


def consenting_student(services: BotServices, user: int, *, form: str = "S5", interests: tuple[str, ...] = ()) -> None:
    repo.upsert_user(services.db, telegram_id=user, language="en", now=services.clock())
    repo.record_consent(services.db, telegram_id=user, now=services.clock())
    repo.set_form(services.db, telegram_id=user, form=form)
    if interests:
        repo.set_interests(services.db, telegram_id=user, interests=list(interests))


def new_messages(api: BotApi, chat_id: int, before: int) -> list[Sent]:
    return api.messages_to(chat_id)[before:]
