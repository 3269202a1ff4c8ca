"""Reminders: opt-in, only for saved courses' known future dates, sent by the job queue on a controlled clock,
spread out, never twice, retried when Telegram fails."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from dataclasses import replace

from bot.telegram import reminders
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.fakes.telegram_api import BotApi, Fault
from tests.telegram.conftest import START, Clock, OfflineBot

STUDENT = 5006
HKU = "hku-empowering-future-healthcare-academy"  # 2026 dates: 15 Feb, 31 May, 6 Jul
HKUST = "hkust-summer-institute"  # 2024 dates only: all in the past


def agree(services: BotServices, user: int, language: str = "en", *, opt_in: bool = False) -> None:
    repo.upsert_user(services.db, telegram_id=user, language=language)
    repo.record_consent(services.db, telegram_id=user)
    if opt_in:
        repo.set_reminders_opt_in(services.db, telegram_id=user, opt_in=True)


async def test_reminders_cover_only_future_dates_of_saved_courses(offline: OfflineBot, services: BotServices) -> None:
    agree(services, STUDENT)
    for entry in (HKU, HKUST):
        (card,) = await offline.text(STUDENT, f"/start e_{entry}")
        await offline.press(STUDENT, card, "Save")
    status, nudges = await offline.text(STUDENT, "/remind")  # the reminders, then the deadline nudges
    assert "off" in status.text
    assert "Deadline nudges are off" in nudges.text
    assert nudges.button("Turn on nudges")["callback_data"] == "nd:on"
    await offline.press(STUDENT, status, "on")
    shown = (offline.api.current(status) or {})["text"]
    assert "on" in shown
    assert "15 February 2026" in shown
    assert "31 May 2026" in shown
    assert "6 July 2026" in shown
    saved_reminders = repo.user_reminders(services.db, telegram_id=STUDENT)
    assert {r.entry_id for r in saved_reminders} == {HKU}  # last year's HKUST dates are not reminders
    first = saved_reminders[0]
    # Seven days before, at 09:00 Hong Kong time.
    assert first.due_at == dt.datetime(2026, 2, 8, 1, 0, tzinfo=dt.UTC)


async def test_saving_after_opting_in_adds_reminders_and_unsaving_removes_them(
    offline: OfflineBot, services: BotServices
) -> None:
    agree(services, STUDENT, opt_in=True)
    (card,) = await offline.text(STUDENT, f"/start e_{HKU}")
    await offline.press(STUDENT, card, "Save")
    assert len(repo.user_reminders(services.db, telegram_id=STUDENT)) == 3
    (card,) = await offline.text(STUDENT, f"/start e_{HKU}")
    await offline.press(STUDENT, card, "Remove")
    assert repo.user_reminders(services.db, telegram_id=STUDENT) == []


async def test_a_date_within_the_lead_time_is_due_at_once(services: BotServices, clock: Clock) -> None:
    clock.now = dt.datetime(2026, 5, 28, 4, 0, tzinfo=dt.UTC)  # three days before the 31 May deadline
    agree(services, STUDENT)
    view = services.assistant.entry(HKU)
    assert view is not None
    made = await reminders.sync_for_entries(services, STUDENT, [view])
    assert [r.due_at for r in made] == [clock.now, dt.datetime(2026, 6, 29, 1, 0, tzinfo=dt.UTC)]


async def test_chinese_reminder_status(offline: OfflineBot, services: BotServices) -> None:
    agree(services, STUDENT, "zh-Hant", opt_in=True)
    repo.save_course(services.db, telegram_id=STUDENT, entry_id=HKU)
    await reminders.sync_saved(services, STUDENT)
    status, nudges = await offline.text(STUDENT, "/remind", language_code="zh-hk")
    assert "已開啟" in status.text
    assert "截止日提示已關閉" in nudges.text  # reminders on, nudges still off: they are chosen separately
    assert "2026年2月15日" in status.text
    assert "早鳥" in status.text


async def test_the_job_sends_due_reminders_on_the_controlled_clock(
    live: BotApi, services: BotServices, clock: Clock
) -> None:
    agree(services, STUDENT, opt_in=True)
    agree(services, 5007, "zh-Hant", opt_in=True)
    agree(services, 5008, opt_in=False)  # opted out: kept, never sent
    for user in (STUDENT, 5007, 5008):
        repo.save_course(services.db, telegram_id=user, entry_id=HKU)
        await reminders.sync_saved(services, user)
    await live.until(lambda: len(live.calls_of("setMyCommands")) == 2)
    await _wait_a_few_job_runs()
    assert live.messages_to(STUDENT) == []  # nothing is due yet

    clock.now = dt.datetime(2026, 2, 8, 1, 0, tzinfo=dt.UTC)
    (english,) = await live.messages_for(STUDENT, 1)
    (chinese,) = await live.messages_for(5007, 1)
    assert "Reminder" in english.text
    assert "15 February 2026" in english.text
    assert "early-bird" in english.text
    assert '<a href="https://' in english.raw
    assert english.buttons[0]["text"] == "📄 Open the course card"
    assert "提提你" in chinese.text
    assert "2026年2月15日" in chinese.text
    await _wait_a_few_job_runs()
    assert len(live.messages_to(STUDENT)) == 1  # sent once, not on every run
    assert live.messages_to(5008) == []

    tap = live.tap(STUDENT, english, english.buttons[0]["callback_data"])
    card = (await live.messages_for(STUDENT, 2))[-1]
    assert "Empowering Future Healthcare" in card.text
    assert live.answered[tap]


async def test_reminders_are_spread_out(live: BotApi, services: BotServices, clock: Clock) -> None:
    services.config = replace(services.config, broadcast_per_second=5.0)
    users = list(range(6001, 6009))
    for user in users:
        agree(services, user, opt_in=True)
        repo.add_reminder(services.db, telegram_id=user, entry_id=HKU, what="x", due_at=START)
    await live.until(lambda: sum(len(live.messages_to(u)) for u in users) == len(users))
    times = sorted(s.at for s in live.sent if s.chat_id in users)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.18  # five a second at most: never a burst


async def test_a_reminder_that_fails_is_sent_on_a_later_run(live: BotApi, services: BotServices) -> None:
    agree(services, STUDENT, opt_in=True)
    await live.until(lambda: len(live.calls_of("setMyCommands")) == 2)
    # More failures than the sender retries (3): this run gives up, the next one delivers.
    live.fail("sendMessage", *[Fault(status=502, description="Bad Gateway") for _ in range(4)])
    repo.add_reminder(services.db, telegram_id=STUDENT, entry_id=HKU, what="x", due_at=START)
    (message,) = await live.messages_for(STUDENT, 1, within=20)
    assert "Reminder" in message.text
    assert [c.status for c in live.calls_of("sendMessage")][:4] == [502, 502, 502, 502]


async def _wait_a_few_job_runs() -> None:
    await asyncio.sleep(0.7)  # the job runs every 0.2 s in tests
