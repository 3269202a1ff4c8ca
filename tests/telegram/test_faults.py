"""More faults, through the whole bot: a very long answer over real HTTP, and an LLM endpoint that is down or
slow — the student still gets the grounded answer in time and never an exception's text."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.assistant.types import Answer, Source
from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from knowledge.search import KnowledgeSearcher
from storage import Database
from storage import repository as repo
from tests.fakes.openai_server import FakeOpenAI
from tests.fakes.telegram_api import TOKEN, BotApi, OfflineRequest, utf16_len
from tests.telegram.conftest import Clock, OfflineBot, llm_services

STUDENT = 5020


def long_answer() -> Answer:
    paragraphs = [
        f"第{i}段：中大暑期學院讓中五同學體驗大學生活 🎓✨ <b>not bold</b> & [links](x) *stars* _under_. " * 4
        + f"Paragraph {i} in English with emoji 🚀 and Cantonese 幾錢？"
        for i in range(40)
    ]
    source = Source(
        "cuhk-summer-institute",
        "CUHK Summer Institute",
        ("T01",),
        "https://www.summer.cuhk.edu.hk/si/",
        2023,
        kind="taster",
        title_zh="中大暑期學院",
    )
    return Answer("\n\n".join(paragraphs), "mixed", "grounded", "answer", "lookup", (source,))


async def test_a_9000_character_answer_arrives_in_order_over_http(
    live: BotApi, services: BotServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = long_answer()
    assert len(answer.text) > 9000
    repo.upsert_user(services.db, telegram_id=STUDENT)
    repo.record_consent(services.db, telegram_id=STUDENT)
    monkeypatch.setattr(services.assistant, "answer", lambda *_args, **_kwargs: answer)
    live.send_text(STUDENT, "tell me everything")
    await live.until(lambda: any(m.buttons for m in live.messages_to(STUDENT)), within=60)
    messages = live.messages_to(STUDENT)
    assert len(messages) >= 3
    assert all(0 < utf16_len(m.text) <= 4096 for m in messages)
    numbers = [int(part.split("段")[0]) for m in messages for part in m.text.split("第")[1:]]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == 40  # every paragraph, once, in order
    assert "資料來源" in messages[-1].text  # a mixed question is answered in Chinese
    assert "<b>not bold</b>" in messages[0].text  # escaped, shown as typed


@pytest.mark.parametrize("failure", ["down", "slow", "garbage"])
async def test_an_llm_that_fails_still_gives_the_grounded_answer(
    bot_searcher: KnowledgeSearcher, db: Database, clock: Clock, fake_llm: FakeOpenAI, failure: str
) -> None:
    def down(_payload: dict[str, Any]) -> tuple[int, Any]:
        return 500, {"error": {"message": "upstream exploded: stack trace here"}}

    def slow(payload: dict[str, Any]) -> tuple[int, Any]:
        time.sleep(3)
        return 200, {"choices": []}

    def garbage(_payload: dict[str, Any]) -> tuple[int, Any]:
        return 200, {"not": "a completion"}

    fake_llm.default_chat = ""
    fake_llm.chat_replies = [{"down": down, "slow": slow, "garbage": garbage}[failure]] * 5
    services = llm_services(bot_searcher, db, clock, fake_llm)
    repo.upsert_user(db, telegram_id=STUDENT)
    repo.record_consent(db, telegram_id=STUDENT)
    api = BotApi()
    app = build_application(services, token=TOKEN, base_url="http://offline.invalid/bot", request=OfflineRequest(api))
    await app.initialize()
    try:
        bot = OfflineBot(app, api)
        started = time.monotonic()
        replies = await bot.text(STUDENT, "How much is the HKUST Summer Institute?")
        elapsed = time.monotonic() - started
    finally:
        await app.shutdown()
    text = "\n".join(r.text for r in replies)
    assert "HKUST" in text
    assert "Sources" in text
    for leak in ("exploded", "stack trace", "Traceback", "Error", "choices"):
        assert leak not in text
    assert elapsed < 10
