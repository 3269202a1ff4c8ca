"""Announcement load: a teacher announces to a class of 2,000 students through the real bot against the fake
Bot API over HTTP, and (by default) the bot is stopped half-way and a new one started on the same database.

Everything real: python-telegram-bot's polling, the teacher's /announce flow (class → message → no card → send),
the job that delivers, claims in SQLite before every message, the outbound rate limiter (about 30 messages a
second overall, one a second per chat) and the announcement pace (``announcement_per_second``).

Printed: time from "Send" to the teacher's "delivered" message, messages per second (average and highest in any
one-second window), and how many students got the announcement 0, 1 or more times.

    python benchmarks/announcement_load.py --students 2000 --rate 25
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import catalogue_searcher
from telegram_load import sliding_max

from bot.assistant.assistant import Assistant
from bot.conversation import Conversation
from bot.telegram.app import ALLOWED_UPDATES, App, build_application
from bot.telegram.context import BotConfig, BotServices
from storage import connect, migrate
from storage import repository as repo
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, Sent

TEACHER = 90_000
FIRST_STUDENT = 100_000
TEXT = "Open day on Saturday 10am: bring your questions about JUPAS choices."


def services_for(args: argparse.Namespace) -> BotServices:
    searcher = catalogue_searcher(Path(args.index) if args.index else None)
    folder = Path(tempfile.mkdtemp(prefix="pathways-announce-"))
    url = f"sqlite:///{folder / 'pathways.db'}"
    migrate.upgrade(url)
    config = BotConfig(
        rate_limit_per_minute=60,
        reminder_interval_seconds=3600,
        reminder_first_seconds=0.5,  # the resume job runs half a second after start
        nudge_interval_seconds=3600,
        nudge_first_seconds=3600,
        announcement_per_second=args.rate,
    )
    return BotServices(conversation=Conversation(Assistant(searcher), connect(url)), config=config)


def class_of(services: BotServices, students: int) -> str:
    db = services.db
    repo.upsert_user(db, telegram_id=TEACHER)
    repo.grant_teacher(db, telegram_id=TEACHER)
    code = repo.create_class_link(db, teacher_telegram_id=TEACHER, label="S6 Careers").code
    for index in range(students):
        student = FIRST_STUDENT + index
        repo.upsert_user(db, telegram_id=student)
        repo.record_consent(db, telegram_id=student)
        repo.join_class(db, telegram_id=student, code=code)
    return code


async def start(app: App) -> None:
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=5, allowed_updates=ALLOWED_UPDATES)
    await app.start()


async def stop(app: App) -> None:
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


async def step(api: BotApi, wait_for: int, send: object) -> Sent:
    before = len(api.messages_to(TEACHER))
    if callable(send):
        send()
    await api.until(lambda: len(api.messages_to(TEACHER)) >= before + wait_for, 60)
    return api.messages_to(TEACHER)[-1]


def received(api: BotApi) -> list[Sent]:
    return [s for s in api.sent if s.chat_id >= FIRST_STUDENT]


async def run(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.WARNING)
    print(f"Announcement load — {dt.date.today().isoformat()}")
    setup = time.perf_counter()
    services = services_for(args)
    class_of(services, args.students)
    print(f"setup {time.perf_counter() - setup:.1f}s: {args.students} consenting students in one class")
    server = FakeTelegramServer().start()
    api = server.api
    app = build_application(services, token=TOKEN, base_url=server.base_url)
    await start(app)
    restarts = 0
    try:
        choose = await step(api, 1, lambda: api.send_text(TEACHER, "/announce"))
        api.tap(TEACHER, choose, choose.button("S6 Careers")["callback_data"])
        await api.until(lambda: "Write the message" in str(api.current(choose)), 60)
        attach = await step(api, 1, lambda: api.send_text(TEACHER, TEXT))
        preview = await step(api, 1, lambda: api.tap(TEACHER, attach, attach.button("No card")["callback_data"]))
        started = time.perf_counter()
        api.tap(TEACHER, preview, preview.button("Send")["callback_data"])
        if args.restart:
            await api.until(lambda: len(received(api)) >= args.students // 2, 600)
            await stop(app)
            restarts = 1
            app = build_application(services, token=TOKEN, base_url=server.base_url)
            await start(app)
        await api.until(lambda: any("delivered to" in s.text for s in api.messages_to(TEACHER)), 1200)
        elapsed = time.perf_counter() - started
        await asyncio.sleep(1.0)  # anything sent twice would show up now
    finally:
        await stop(app)
        server.stop()
    times = sorted(s.at for s in received(api))
    per_student = Counter(s.chat_id for s in received(api))
    copies = Counter(per_student.get(FIRST_STUDENT + i, 0) for i in range(args.students))
    errors = [c for c in api.calls if c.status != 200]
    done = next(s.text for s in api.messages_to(TEACHER) if "delivered to" in s.text)
    print(f"students {args.students}, pace {args.rate:g}/s, restarts half-way {restarts}")
    print(f"'Send' to the teacher's confirmation: {elapsed:.1f}s; teacher told: {done!r}")
    print(f"messages to students {len(times)} ({len(times) / max(times[-1] - times[0], 1e-9):.1f}/s while sending)")
    print(f"highest messages in any 1 s window: {sliding_max(times)} (Telegram's limit about 30)")
    print(f"students by copies received: {dict(sorted(copies.items()))} (lost = 0 copies, doubled = 2 or more)")
    print(f"API errors {len(errors)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=BotConfig.announcement_per_second, help="announcements a second")
    parser.add_argument("--no-restart", dest="restart", action="store_false", help="do not restart half-way")
    parser.add_argument("--index", help="an existing index folder (else the catalogue is indexed first)")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
