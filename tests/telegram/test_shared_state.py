"""State kept between one student's updates is shared by every worker: two bot processes (two ``Application``s
with their own memory) on one coordination — one in-memory store, or two clients of one real redis-server — and
each step of a flow sent to the other worker, as a load balancer may do.

Shown: a language picked before consent on one worker is used by the other, the "tip" is shown once, /forget on
one worker forgets what the other kept; a teacher creates a class and writes an announcement with every step on
alternate workers and their typing is never taken for a question (nor a student's question for their typing); a
question costs one lookup of teacher state; what is kept expires (a day before consent, an hour for a draft)."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest
from redis.asyncio import Redis

from bot.assistant.assistant import Assistant
from bot.conversation import Conversation
from bot.coordination import Coordination, build_coordination
from bot.coordination.memory import MemoryValues
from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from knowledge.search import KnowledgeSearcher
from storage import Database
from storage import repository as repo
from tests.fakes.telegram_api import TOKEN, BotApi, Sent
from tests.fakes.telegram_api import OfflineRequest as Offline
from tests.scale.conftest import (
    RedisServer,
    redis_server,  # noqa: F401 - the session's redis-server (a fixture)
)
from tests.telegram.conftest import TEST_CONFIG, Clock, OfflineBot, table_rows

STUDENT = 6100
TEACHER = 6200
DAY = 24 * 3600.0
IN_MEMORY = pytest.mark.parametrize("workers", ["memory"], indirect=True)


class Ticks:
    """The shared values' monotonic clock, moved by the test (expiry without waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ReadsRecorded(MemoryValues):
    """The in-memory values, with the keys read (to count what a question costs)."""

    def __init__(self, clock: Ticks) -> None:
        super().__init__(clock=clock)
        self.reads: list[str] = []

    async def get(self, key: str) -> str | None:
        self.reads.append(key)
        return await super().get(key)


@dataclass
class Workers:
    a: OfflineBot
    b: OfflineBot
    api: BotApi
    services: BotServices
    coordinations: list[Coordination]
    ticks: Ticks  # moves the in-memory store's clock (no effect on Redis)
    redis_url: str | None = None  # the Redis runs: the server, and where the values are kept in it
    redis_prefix: str = ""


def _services(searcher: KnowledgeSearcher, db: Database, clock: Clock, coordination: Coordination) -> BotServices:
    return BotServices(
        conversation=Conversation(Assistant(searcher), db), config=TEST_CONFIG, clock=clock, coordination=coordination
    )


@pytest.fixture(params=["memory", "redis"])
async def workers(
    request: pytest.FixtureRequest, bot_searcher: KnowledgeSearcher, db: Database, clock: Clock
) -> AsyncIterator[Workers]:
    """Two workers over one database, one index and one coordination (memory: one object, as the smallest
    stand-in; redis: each worker its own client of one server, as in production)."""
    ticks = Ticks()
    redis_url, prefix = None, ""
    if request.param == "memory":
        shared = replace(build_coordination(None), values=ReadsRecorded(ticks))
        coordinations = [shared, shared]
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        namespace = f"shared-state-{uuid.uuid4().hex[:10]}"
        coordinations = [build_coordination(server.url, namespace=namespace) for _ in range(2)]
        redis_url, prefix = server.url, f"{namespace}:value:"
    api = BotApi()
    apps = []
    for coordination in coordinations:
        services = _services(bot_searcher, db, clock, coordination)
        app = build_application(services, token=TOKEN, base_url="http://offline.invalid/bot", request=Offline(api))
        await app.initialize()
        apps.append(app)
    try:
        yield Workers(
            OfflineBot(apps[0], api), OfflineBot(apps[1], api), api, services, coordinations, ticks, redis_url, prefix
        )
    finally:
        for app in apps:
            await app.shutdown()
        for coordination in {id(c): c for c in coordinations}.values():
            await coordination.close()


def text_now(api: BotApi, sent: Sent) -> str:
    """The text of a message as it is now (after edits)."""
    return str((api.current(sent) or {}).get("text"))


def button_now(api: BotApi, sent: Sent, label: str) -> str:
    """The callback data of a button under the message as it is now (after edits)."""
    for row in (api.current(sent) or {}).get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            if label in button["text"]:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} under {api.current(sent)}")


async def value(workers: Workers, key: str) -> str | None:
    return await workers.coordinations[1].values.get(key)


# -- before consent ---------------------------------------------------------------------------------------------


async def test_a_language_picked_before_consent_on_one_worker_is_used_by_the_other(workers: Workers) -> None:
    (chooser,) = await workers.a.text(STUDENT, "/language")
    await workers.a.press(STUDENT, chooser, "繁體中文")
    assert text_now(workers.api, chooser) == "🌐 已轉為繁體中文。"
    assert {k: v for k, v in table_rows(workers.services.db).items() if v} == {}  # nothing in the database
    (welcome,) = await workers.b.text(STUDENT, "/start")
    assert "保存任何資料之前" in welcome.text
    await workers.a.press(STUDENT, welcome, "我同意")
    profile = repo.get_user(workers.services.db, telegram_id=STUDENT)
    assert profile is not None
    assert profile.language == "zh-Hant"
    assert await value(workers, f"prelang:{STUDENT}") is None  # the profile holds it now


async def test_the_tip_before_consent_is_shown_once_whichever_worker_answers(workers: Workers) -> None:
    first = await workers.a.text(STUDENT, "Google Data Analytics certificate")
    assert any("Tip" in r.text for r in first)
    second = await workers.b.text(STUDENT, "Continuing Education Fund")
    assert second
    assert not any("Tip" in r.text for r in second)


async def test_forget_on_one_worker_forgets_what_the_other_kept_before_consent(workers: Workers) -> None:
    (chooser,) = await workers.a.text(STUDENT, "/language")
    await workers.a.press(STUDENT, chooser, "繁體中文")
    await workers.a.text(STUDENT, "Google Data Analytics certificate")  # the tip is shown and remembered
    (confirm,) = await workers.b.text(STUDENT, "/forget")
    assert "刪除" in confirm.text
    await workers.b.press(STUDENT, confirm, "刪除")
    assert await value(workers, f"prelang:{STUDENT}") is None
    assert await value(workers, f"anontip:{STUDENT}") is None
    (welcome,) = await workers.a.text(STUDENT, "/start")
    assert "Before I keep anything" in welcome.text  # the Telegram app's language again


@IN_MEMORY  # it moves the store's clock; on Redis, test_the_draft_keeps_only_what_the_next_step_needs checks the TTL
async def test_what_is_kept_before_consent_expires_after_a_day(workers: Workers) -> None:
    (chooser,) = await workers.a.text(STUDENT, "/language")
    await workers.a.press(STUDENT, chooser, "繁體中文")
    workers.ticks.now += DAY - 60
    (welcome,) = await workers.b.text(STUDENT, "/start")
    assert "保存任何資料之前" in welcome.text
    workers.ticks.now += 120
    (welcome,) = await workers.b.text(STUDENT, "/start")
    assert "Before I keep anything" in welcome.text


# -- a teacher typing ---------------------------------------------------------------------------------------------


def make_teacher(services: BotServices, label: str = "5A Careers") -> str:
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    return repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label=label).code


def left_today(workers: Workers) -> int:
    services = workers.services
    return repo.announcements_left_today(services.db, teacher_telegram_id=TEACHER, daily_limit=3, now=services.clock())


async def start_announcement(workers: Workers) -> Sent:
    """/announce and the class chosen on worker A: A now waits for the message's text."""
    (choose,) = await workers.a.text(TEACHER, "/announce")
    await workers.a.press(TEACHER, choose, "5A Careers")
    assert "Write the message" in text_now(workers.api, choose)
    return choose


async def test_an_announcement_written_across_workers_is_a_draft_not_a_question(workers: Workers) -> None:
    make_teacher(workers.services)
    await start_announcement(workers)
    (attach,) = await workers.b.text(TEACHER, "Open day on Friday: see you at 2pm!")
    assert "Attach a course card" in attach.text
    (results,) = await workers.a.text(TEACHER, "CUHK summer institute")
    assert "Tap the course to attach" in results.text
    (preview,) = await workers.b.press(TEACHER, results, "CUHK")
    assert "5A Careers · from your teacher" in preview.text
    assert "Open day on Friday" in preview.text
    assert "Attached" in preview.text
    await workers.a.press(TEACHER, preview, "Send")
    assert "Sending to 5A Careers" in text_now(workers.api, preview)
    assert left_today(workers) == 2
    assert await value(workers, f"teacher:{TEACHER}:expecting") is None
    assert await value(workers, f"teacher:{TEACHER}:draft") is None
    assert table_rows(workers.services.db)["conversation_turns"] == 0  # nothing the teacher typed was a question


async def test_a_class_created_across_workers(workers: Workers) -> None:
    make_teacher(workers.services, label="Old class")
    (listing,) = await workers.a.text(TEACHER, "/class")
    (prompt,) = await workers.b.press(TEACHER, listing, "New class")
    assert "What is the class called" in prompt.text
    (interests,) = await workers.a.text(TEACHER, "5B Science club")
    assert "Interests for 5B Science club" in interests.text
    await workers.b.tap(TEACHER, interests, button_now(workers.api, interests, "Science"))
    await workers.a.tap(TEACHER, interests, button_now(workers.api, interests, "Engineering"))
    assert "✓ Science" in str(workers.api.current(interests))
    await workers.b.tap(TEACHER, interests, button_now(workers.api, interests, "Done"))
    await workers.a.tap(TEACHER, interests, button_now(workers.api, interests, "30 days"))
    links = {link.label: link for link in repo.list_class_links(workers.services.db, teacher_telegram_id=TEACHER)}
    assert set(links) == {"Old class", "5B Science club"}
    assert set(links["5B Science club"].preset_interests) == {"science", "engineering"}


async def test_the_draft_keeps_only_what_the_next_step_needs(workers: Workers) -> None:
    code = make_teacher(workers.services)
    await start_announcement(workers)
    assert await value(workers, f"teacher:{TEACHER}:expecting") == "announce-text"
    stored = await value(workers, f"teacher:{TEACHER}:draft")
    assert stored is not None
    assert json.loads(stored) == {"announce": code, "label": "5A Careers"}
    if workers.redis_url is not None:  # the expiry is Redis's own
        client: Redis = Redis.from_url(workers.redis_url, decode_responses=True)
        try:
            for key in (f"teacher:{TEACHER}:expecting", f"teacher:{TEACHER}:draft"):
                assert 0 < await client.ttl(workers.redis_prefix + key) <= 3600
            (chooser,) = await workers.a.text(STUDENT, "/language")
            await workers.a.press(STUDENT, chooser, "English")
            assert 0 < await client.ttl(f"{workers.redis_prefix}prelang:{STUDENT}") <= DAY
        finally:
            await client.aclose()


async def test_a_students_question_is_answered_while_a_teacher_is_typing(workers: Workers) -> None:
    make_teacher(workers.services)
    await start_announcement(workers)
    replies = await workers.b.text(STUDENT, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)
    assert not any("Attach a course card" in r.text or "Write the message" in r.text for r in replies)
    assert await value(workers, f"teacher:{TEACHER}:expecting") == "announce-text"  # the teacher's wait goes on


async def test_a_teacher_with_nothing_pending_asks_questions(workers: Workers) -> None:
    make_teacher(workers.services)
    replies = await workers.b.text(TEACHER, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)


async def test_the_role_is_checked_when_the_text_arrives(workers: Workers) -> None:
    make_teacher(workers.services)
    await start_announcement(workers)
    repo.revoke_teacher(workers.services.db, telegram_id=TEACHER)
    replies = await workers.b.text(TEACHER, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)  # an ordinary question now
    assert not any("Attach a course card" in r.text for r in replies)
    assert await value(workers, f"teacher:{TEACHER}:expecting") is None
    assert await value(workers, f"teacher:{TEACHER}:draft") is None


async def test_cancel_on_either_worker_ends_the_teachers_wait(workers: Workers) -> None:
    make_teacher(workers.services)
    await start_announcement(workers)
    (stopped,) = await workers.b.text(TEACHER, "/cancel")
    assert "OK, stopped" in stopped.text
    replies = await workers.a.text(TEACHER, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)
    assert left_today(workers) == 3


@IN_MEMORY  # as above
async def test_a_half_typed_draft_is_forgotten_after_an_hour(workers: Workers) -> None:
    make_teacher(workers.services)
    await start_announcement(workers)
    workers.ticks.now += 3600 - 60
    (attach,) = await workers.b.text(TEACHER, "Open day on Friday: see you at 2pm!")
    assert "Attach a course card" in attach.text  # within the hour, and the hour starts again
    workers.ticks.now += 3600 + 60
    replies = await workers.a.text(TEACHER, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)  # a question: the draft is gone
    assert not any("Tap the course to attach" in r.text for r in replies)


@IN_MEMORY
async def test_a_question_costs_one_lookup_of_teacher_state_and_none_after_consent(workers: Workers) -> None:
    repo.upsert_user(workers.services.db, telegram_id=STUDENT, language="en")
    repo.record_consent(workers.services.db, telegram_id=STUDENT)
    values = workers.coordinations[0].values
    assert isinstance(values, ReadsRecorded)
    values.reads.clear()
    replies = await workers.b.text(STUDENT, "Google Data Analytics certificate")
    assert any("Sources" in r.text for r in replies)
    mine = [key for key in values.reads if key.startswith(("teacher:", "prelang:", "anontip:"))]
    assert mine == [f"teacher:{STUDENT}:expecting"]
