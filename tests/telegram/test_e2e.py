"""End to end over real HTTP: the bot long-polls the fake Bot API on 127.0.0.1 with its real request stack,
rate limiter and update processor. Faults from quality.md: 429 with retry_after, 5xx, timeouts, rejected
entities, slow answers after a button, ordering per user, and logs without secrets or message text."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from knowledge.search import KnowledgeSearcher
from storage import Database
from storage import repository as repo
from tests.fakes.openai_server import FakeOpenAI
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, Fault
from tests.telegram.conftest import TEST_CONFIG, Clock, llm_services, running

STUDENT = 5010
OTHER = 5011
QUESTION = "How much is the HKUST Summer Institute?"


def agree(services: BotServices, user: int) -> None:
    repo.upsert_user(services.db, telegram_id=user, language="en")
    repo.record_consent(services.db, telegram_id=user)


async def test_a_conversation_over_http(live: BotApi, services: BotServices) -> None:
    await live.until(lambda: len(live.calls_of("setMyCommands")) == 2)
    assert live.webhook_deleted  # polling starts by removing any webhook
    assert [c["command"] for c in live.commands[""]][:2] == ["start", "recommend"]
    assert live.commands["zh"][1]["description"] == "你嘅升學部署"

    live.send_text(STUDENT, "/start")
    (welcome,) = await live.messages_for(STUDENT, 1)
    query = live.tap(STUDENT, welcome, welcome.button("I agree")["callback_data"])
    await live.messages_for(STUDENT, 2)
    assert query in live.answered
    live.send_text(STUDENT, QUESTION)
    replies = await live.messages_for(STUDENT, 3)
    assert "HKUST" in replies[-1].text
    assert replies[-1].buttons
    assert any(c.params.get("chat_id") == STUDENT for c in live.calls_of("sendChatAction"))
    await asyncio.sleep(0.3)
    assert len(live.messages_to(STUDENT)) == 3  # every update handled once: the offset confirmed them
    assert live.pending_updates == 0 or live.delivered >= 3


async def test_429_is_waited_out_and_the_message_is_not_lost(live: BotApi, services: BotServices) -> None:
    live.fail("sendMessage", Fault(status=429, description="Too Many Requests: retry after 1", retry_after=1))
    started = time.monotonic()
    live.send_text(STUDENT, "/help")
    (reply,) = await live.messages_for(STUDENT, 1)
    assert "How I can help" in reply.text
    attempts = [c for c in live.calls_of("sendMessage") if c.params.get("chat_id") == STUDENT]
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0
    assert time.monotonic() - started >= 1.0


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_is_retried_with_backoff(live: BotApi, services: BotServices, status: int) -> None:
    live.fail("sendMessage", Fault(status=status), Fault(status=status))
    live.send_text(STUDENT, "/help")
    (_reply,) = await live.messages_for(STUDENT, 1)
    attempts = [c.status for c in live.calls_of("sendMessage") if c.params.get("chat_id") == STUDENT]
    assert attempts == [status, status, 200]
    assert len(live.messages_to(STUDENT)) == 1


async def test_a_timeout_is_retried_and_the_message_arrives_once(live: BotApi, services: BotServices) -> None:
    hang = TEST_CONFIG.read_timeout_seconds + 0.5
    live.fail("sendMessage", Fault(status=504, hang_seconds=hang))
    live.send_text(STUDENT, "/help")
    (_reply,) = await live.messages_for(STUDENT, 1, within=30)
    await asyncio.sleep(hang)
    assert len(live.messages_to(STUDENT)) == 1


async def test_bad_request_is_never_retried(
    live: BotApi, services: BotServices, caplog: pytest.LogCaptureFixture
) -> None:
    live.fail(
        "sendMessage",
        Fault(
            status=400, description="Bad Request: chat not found", when=lambda p: "How I can help" in str(p.get("text"))
        ),
    )
    live.send_text(STUDENT, "/help")
    (apology,) = await live.messages_for(STUDENT, 1)
    assert "something went wrong" in apology.text
    statuses = [c.status for c in live.calls_of("sendMessage") if c.params.get("chat_id") == STUDENT]
    assert statuses == [400, 200]  # the original once, then the generic apology
    assert any("BadRequest" in r.getMessage() for r in caplog.records)


async def test_rejected_entities_are_resent_once_as_plain_text(live: BotApi, services: BotServices) -> None:
    agree(services, STUDENT)
    live.fail(
        "sendMessage",
        Fault(
            status=400,
            description="Bad Request: can't parse entities: Unsupported start tag",
            when=lambda p: p.get("parse_mode") == "HTML" and "Sources" in str(p.get("text")),
        ),
    )
    live.send_text(STUDENT, QUESTION)
    await live.until(lambda: any(s.parse_mode is None for s in live.messages_to(STUDENT)))
    plain = next(s for s in live.messages_to(STUDENT) if s.parse_mode is None)
    assert "<a href" not in plain.text
    assert "https://" in plain.text
    assert "Sources" in plain.text
    assert plain.buttons  # the buttons survive the fallback
    html_attempts = [c for c in live.calls_of("sendMessage") if c.status == 400]
    assert len(html_attempts) == 1


async def test_a_slow_answer_after_a_button_is_not_too_old(
    live: BotApi, services: BotServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    agree(services, STUDENT)
    live.callback_timeout = 0.5
    live.send_text(STUDENT, "/start e_hkust-summer-institute")
    (card,) = await live.messages_for(STUDENT, 1)
    slow_more = services.assistant.more_like

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        return slow_more(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.assistant, "more_like", slow)
    query = live.tap(STUDENT, card, card.button("More like this")["callback_data"])
    await live.messages_for(STUDENT, 2, within=30)
    assert live.answered[query]["after"] < 0.5
    assert all(c.status == 200 for c in live.calls_of("answerCallbackQuery"))


async def test_one_users_updates_are_handled_in_order_others_are_not_held_up(
    bot_searcher: KnowledgeSearcher, db: Database, clock: Clock, fake_llm: FakeOpenAI, fake_telegram: FakeTelegramServer
) -> None:
    # A slow LLM endpoint makes the first student's answer take over a second.
    fake_llm.delay_seconds = 1.0
    services = llm_services(bot_searcher, db, clock, fake_llm, timeout_seconds=10.0)
    agree(services, STUDENT)
    live = fake_telegram.api
    async with running(build_application(services, token=TOKEN, base_url=fake_telegram.base_url)):
        live.send_text(STUDENT, QUESTION)
        live.send_text(STUDENT, "/help")
        live.send_text(OTHER, "/help")
        (_other,) = await live.messages_for(OTHER, 1)
        assert live.messages_to(STUDENT) == []  # the other student did not wait for this one's slow answer
        replies = await live.messages_for(STUDENT, 2, within=30)
    assert fake_llm.requests  # the answer did wait for the slow endpoint
    assert "HKUST" in replies[0].text
    assert "How I can help" in replies[-1].text  # after the answer, as it was sent after the question


async def test_a_failed_poll_loses_no_update(live: BotApi, services: BotServices) -> None:
    await live.until(lambda: live.polls > 0)
    live.fail("getUpdates", Fault(status=502, description="Bad Gateway"))
    live.send_text(STUDENT, "/help")
    (reply,) = await live.messages_for(STUDENT, 1, within=30)
    assert "How I can help" in reply.text


async def test_errors_are_logged_without_secrets_and_answered_generically(
    live: BotApi, services: BotServices, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    secret_question = "my secret question about HKUST 12345"

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"boom while answering {secret_question} with {TOKEN}")

    # The assistant fails with an error whose text quotes the question and the token.
    monkeypatch.setattr(services.grounded_assistant, "answer", broken)
    live.send_text(STUDENT, secret_question)
    (reply,) = await live.messages_for(STUDENT, 1)
    assert reply.text == "Sorry — something went wrong on my side. Please try again in a minute."
    assert "boom" not in reply.text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged
    assert TOKEN not in logged
    assert TOKEN.split(":")[1] not in logged
    assert secret_question not in logged
    assert "boom" not in logged


async def test_logs_at_info_hold_no_token_and_no_message_text(
    services: BotServices, fake_telegram: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    server = fake_telegram
    app = build_application(services, token=TOKEN, base_url=server.base_url)  # type: ignore[attr-defined]
    api: BotApi = server.api  # type: ignore[attr-defined]
    agree(services, STUDENT)
    async with running(app):
        api.send_text(STUDENT, "a very private question about CUHK Summer Institute")
        replies = await api.messages_for(STUDENT, 1)
        api.tap(STUDENT, replies[-1], replies[-1].button("👍")["callback_data"])
        await api.until(lambda: len(api.calls_of("answerCallbackQuery")) == 1)
    records = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert records  # the bot does log at INFO (start, stop, requests' outcomes)
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in records)
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text
    assert "very private question" not in text
