"""Concurrent writers on SQLite and PostgreSQL: no "database is locked", no duplicates, counts stay exact."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import func, select

from storage import Database, aio
from storage import repository as repo
from tests.storage.util import BASE_ID, count, users_table

WRITERS = 50
T = TypeVar("T")


def _run_together(work: Callable[[int], T], n: int = WRITERS) -> list[T]:
    """Run ``work(i)`` for i in range(n) on n threads released at the same instant; re-raise any error."""
    barrier = threading.Barrier(n)

    def start(i: int) -> T:
        barrier.wait(timeout=30)
        return work(i)

    with ThreadPoolExecutor(n) as pool:
        futures = [pool.submit(start, i) for i in range(n)]
        return [future.result(timeout=120) for future in futures]


def _distinct_telegram_ids(db: Database) -> tuple[int, int]:
    users = users_table()
    with db.engine.connect() as conn:
        rows = conn.execute(select(func.count(), func.count(users.c.telegram_id.distinct()))).one()
    return int(rows[0]), int(rows[1])


def _profile_writes(db: Database, i: int) -> None:
    telegram_id = BASE_ID + i
    repo.upsert_user(db, telegram_id=telegram_id, language="zh-Hant" if i % 2 else "en")
    repo.record_consent(db, telegram_id=telegram_id)
    repo.set_interests(db, telegram_id=telegram_id, interests=["engineering", "data-ai"][: 1 + i % 2])
    repo.set_form(db, telegram_id=telegram_id, form=("S4", "S5", "S6")[i % 3])
    repo.set_goal(db, telegram_id=telegram_id, goal=f"想讀工程 🚀 #{i}")
    repo.record_turn(db, telegram_id=telegram_id, role="user", text=f"問題 {i} 😀")
    repo.save_course(db, telegram_id=telegram_id, entry_id=f"taster/entry-{i % 7}")
    repo.upsert_user(db, telegram_id=telegram_id)


def test_fifty_concurrent_profile_writers_from_different_users(db: Database) -> None:
    _run_together(lambda i: _profile_writes(db, i))
    assert _distinct_telegram_ids(db) == (WRITERS, WRITERS)
    assert count(db, "conversation_turns") == WRITERS
    assert count(db, "saved_courses") == WRITERS
    for i in (0, 17, WRITERS - 1):
        profile = repo.get_user(db, telegram_id=BASE_ID + i)
        assert profile is not None
        assert profile.goal == f"想讀工程 🚀 #{i}"
        assert profile.form == ("S4", "S5", "S6")[i % 3]


def test_the_same_user_upserted_concurrently_stays_one_row(db: Database) -> None:
    def work(i: int) -> None:
        repo.upsert_user(db, telegram_id=BASE_ID, language="zh-Hant" if i % 2 else "en")
        repo.save_course(db, telegram_id=BASE_ID, entry_id="taster/same")

    _run_together(work)
    assert _distinct_telegram_ids(db) == (1, 1)
    assert count(db, "saved_courses") == 1


def test_concurrent_first_contact_and_profile_updates_of_one_user(db: Database) -> None:
    # A double-tapped button: the same student's updates race each other from the very first message.
    def work(i: int) -> None:
        repo.upsert_user(db, telegram_id=BASE_ID)
        repo.record_consent(db, telegram_id=BASE_ID)
        repo.set_interests(db, telegram_id=BASE_ID, interests=["science"])
        repo.record_turn(db, telegram_id=BASE_ID, role="user", text=f"{i}", keep=10)

    _run_together(work, 20)
    assert _distinct_telegram_ids(db) == (1, 1)
    assert count(db, "conversation_turns") == 10  # the bound holds under concurrency


def test_fifty_students_join_one_class_at_once(db: Database) -> None:
    teacher = BASE_ID - 1
    repo.upsert_user(db, telegram_id=teacher)
    repo.grant_teacher(db, telegram_id=teacher)
    link = repo.create_class_link(db, teacher_telegram_id=teacher, label="5D 生物", preset_interests=["science"])

    results = _run_together(lambda i: repo.join_class(db, telegram_id=BASE_ID + i, code=link.code))
    assert {r.status for r in results} == {"joined"}
    # ...and everyone taps the link a second time, concurrently.
    again = _run_together(lambda i: repo.join_class(db, telegram_id=BASE_ID + i, code=link.code))
    assert {r.status for r in again} == {"already-member"}

    (info,) = repo.list_class_links(db, teacher_telegram_id=teacher)
    assert info.join_count == WRITERS
    assert count(db, "class_members") == WRITERS
    assert _distinct_telegram_ids(db) == (WRITERS + 1, WRITERS + 1)


def test_a_reminder_is_claimed_by_exactly_one_sender(db: Database) -> None:
    import datetime as dt

    repo.upsert_user(db, telegram_id=BASE_ID)
    repo.set_reminders_opt_in(db, telegram_id=BASE_ID, opt_in=True)
    reminder = repo.add_reminder(
        db, telegram_id=BASE_ID, entry_id="taster/x", what="deadline", due_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    )
    claims = _run_together(lambda _: repo.mark_reminder_sent(db, reminder_id=reminder.id), 20)
    assert claims.count(True) == 1


async def test_fifty_concurrent_writers_through_the_async_facade(db: Database) -> None:
    async def student(i: int) -> None:
        telegram_id = BASE_ID + i
        await aio.upsert_user(db, telegram_id=telegram_id, language="zh-Hant")
        await aio.record_consent(db, telegram_id=telegram_id)
        await aio.set_interests(db, telegram_id=telegram_id, interests=["business"])
        await aio.record_turn(db, telegram_id=telegram_id, role="assistant", text="好的 👍")
        await aio.upsert_user(db, telegram_id=telegram_id)

    ticks = 0
    done = asyncio.Event()

    async def heartbeat() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0.001)

    beat = asyncio.create_task(heartbeat())
    await asyncio.gather(*(student(i) for i in range(WRITERS)))
    await asyncio.gather(*(aio.upsert_user(db, telegram_id=BASE_ID) for _ in range(WRITERS)))
    done.set()
    await beat

    assert _distinct_telegram_ids(db) == (WRITERS, WRITERS)
    assert count(db, "conversation_turns") == WRITERS
    assert ticks > 1, "the event loop was blocked while the database worked"


async def test_async_calls_run_off_the_event_loop_thread() -> None:
    loop_thread = threading.get_ident()
    worker_thread = await aio.to_async(threading.get_ident)()
    assert worker_thread != loop_thread


def test_the_async_facade_has_every_repository_function_with_the_same_signature() -> None:
    for name in repo.__all__:
        wrapper = getattr(aio, name)
        assert inspect.iscoroutinefunction(wrapper), name
        assert inspect.signature(wrapper) == inspect.signature(getattr(repo, name)), name
