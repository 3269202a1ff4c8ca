"""The fake Bot API with ``sendPhoto`` (QR codes and charts are photos), and helpers for the teachers' tests."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, Sent, bad_request, check_markup, visible_text
from tests.telegram.conftest import running

MAX_CAPTION = 1024


class PhotoBotApi(BotApi):
    """:class:`BotApi` that also accepts ``sendPhoto`` (kept as a Sent with the image in ``document``)."""

    def _call(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> Any:
        if method != "sendPhoto":
            return super()._call(method, params, files)
        chat_id = self._chat_id(params)
        photo = params.get("photo")
        name = str(photo).removeprefix("attach://") if isinstance(photo, str) else "photo"
        if name not in files:
            raise bad_request("there is no photo in the request")
        filename, content = files[name]
        caption = params.get("caption")
        if caption is not None:
            visible_text(caption, params.get("parse_mode"), MAX_CAPTION, "caption")
        markup = check_markup(params.get("reply_markup"))
        message_id = next(self._message_ids)
        message = self._message_dict(chat_id, message_id, "", markup)
        del message["text"]
        message["photo"] = [{"file_id": f"p{message_id}", "file_unique_id": f"pu{message_id}", "width": 1, "height": 1}]
        self._messages[(chat_id, message_id)] = message
        now = time.monotonic()
        self.sent.append(
            Sent(
                chat_id,
                message_id,
                str(caption or ""),
                str(caption or ""),
                None,
                markup,
                now,
                "sendPhoto",
                content,
                filename,
            )
        )
        return message


@pytest.fixture
def photo_server() -> Iterator[FakeTelegramServer]:
    server = FakeTelegramServer(PhotoBotApi()).start()
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
