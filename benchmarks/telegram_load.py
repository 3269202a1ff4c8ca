"""Telegram load: hundreds of simulated students through the real bot against the fake Bot API over HTTP.

Each student arrives at a random moment in the ramp-up window, taps through /start and "I agree" (as a real
student does), then asks several questions from the evaluation set, waiting for each answer and thinking a
little before the next. Everything real: python-telegram-bot's polling, the per-user update processor, the
outbound rate limiter (30 messages a second overall, one a second per chat), the assistant with the real model
over the whole catalogue, SQLite.

Printed: questions answered and lost, answer latency (update sent → last message of the answer accepted by
the fake server) p50/p95/max, outbound messages per second (highest in any one-second window) and the
smallest gap between two messages to one chat.

    python benchmarks/telegram_load.py --students 300 --questions 3
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import random
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from _common import EVAL_DIR, catalogue_searcher, percentile

from bot.assistant.assistant import Assistant
from bot.conversation import Conversation
from bot.telegram import questions
from bot.telegram.app import ALLOWED_UPDATES, build_application
from bot.telegram.common import Who
from bot.telegram.context import BotConfig, BotContext, BotServices
from knowledge.evaluation import load_questions
from storage import connect, migrate
from tests.fakes.telegram_api import TOKEN, FakeTelegramServer, Sent

FIRST_STUDENT = 100_000


def sliding_max(times: list[float], window: float = 1.0) -> int:
    """The most events in any window of this length."""
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def services_for(args: argparse.Namespace) -> BotServices:
    searcher = catalogue_searcher(Path(args.index) if args.index else None)
    searcher.search("warm-up")
    folder = Path(tempfile.mkdtemp(prefix="pathways-load-"))
    url = f"sqlite:///{folder / 'pathways.db'}"
    migrate.upgrade(url)
    config = BotConfig(
        rate_limit_per_minute=60, daily_question_cap=10_000, reminder_interval_seconds=3600, reminder_first_seconds=3600
    )
    return BotServices(conversation=Conversation(Assistant(searcher), connect(url)), config=config)


class Harness:
    """The fake Bot API, students' clocks, and a hook that notes when each answer has been sent."""

    def __init__(self, args: argparse.Namespace, pool: list[str]) -> None:
        self.args = args
        self.pool = pool
        self.server = FakeTelegramServer().start()
        self.api = self.server.api
        self.loop = asyncio.get_running_loop()
        self.arrived: dict[int, int] = defaultdict(int)
        self.waiters: dict[int, list[tuple[int, asyncio.Future[None]]]] = defaultdict(list)
        self.done: dict[tuple[int, int], asyncio.Future[float]] = {}
        self.latencies: list[float] = []
        self.lost: list[tuple[int, str]] = []
        self.api.listeners.append(lambda sent: self.loop.call_soon_threadsafe(self._arrive, sent.chat_id))
        self.original = questions.answer_question
        questions.answer_question = self._timed_answer  # type: ignore[assignment]

    def close(self) -> None:
        questions.answer_question = self.original  # type: ignore[assignment]
        self.server.stop()

    def _arrive(self, chat_id: int) -> None:
        self.arrived[chat_id] += 1
        for count, future in list(self.waiters[chat_id]):
            if self.arrived[chat_id] >= count and not future.done():
                future.set_result(None)

    async def messages(self, chat_id: int, count: int) -> None:
        if self.arrived[chat_id] >= count:
            return
        future: asyncio.Future[None] = self.loop.create_future()
        self.waiters[chat_id].append((count, future))
        await asyncio.wait_for(future, self.args.timeout)

    async def _timed_answer(self, context: BotContext, me: Who, text: str, *, personal: bool = True) -> None:
        await self.original(context, me, text, personal=personal)
        future = self.done.get((me.user_id, hash(text)))
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    async def student(self, index: int) -> None:
        user = FIRST_STUDENT + index
        language = random.choice(["en", "zh-hant", "zh-hk", "en-GB"])
        await asyncio.sleep(random.uniform(0, self.args.ramp))
        self.api.send_text(user, "/start", language_code=language)
        await self.messages(user, 1)
        welcome = self.api.messages_to(user)[0]
        self.api.tap(user, welcome, welcome.button("✅")["callback_data"], language_code=language)
        await self.messages(user, 2)  # thanks and "which form?"
        for _ in range(self.args.questions):
            question = random.choice(self.pool)
            key = (user, hash(question))
            self.done[key] = self.loop.create_future()
            sent_at = time.perf_counter()
            self.api.send_text(user, question, language_code=language)
            try:
                finished = await asyncio.wait_for(self.done[key], self.args.timeout)
            except TimeoutError:
                self.lost.append((user, question))
                continue
            finally:
                del self.done[key]
            self.latencies.append(finished - sent_at)
            await asyncio.sleep(random.uniform(*self.args.think))


async def run(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.WARNING)
    print(f"Telegram load — {dt.date.today().isoformat()}")
    started_setup = time.perf_counter()
    services = services_for(args)
    pool = [q.question for q in load_questions([EVAL_DIR]) if q.expected]
    random.seed(args.seed)
    print(f"setup {time.perf_counter() - started_setup:.1f}s; {len(pool)} questions in the pool (en, zh-Hant, mixed)")
    harness = Harness(args, pool)
    application = build_application(services, token=TOKEN, base_url=harness.server.base_url)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=10, allowed_updates=ALLOWED_UPDATES)
    await application.start()
    started = time.perf_counter()
    try:
        await asyncio.gather(*(harness.student(i) for i in range(args.students)))
    finally:
        elapsed = time.perf_counter() - started
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        harness.close()
    report(args, harness.api.sent, harness.api.calls, harness.latencies, harness.lost, elapsed)


def report(
    args: argparse.Namespace,
    sent: list[Sent],
    calls: list[Any],
    latencies: list[float],
    lost: list[Any],
    elapsed: float,
) -> None:
    asked = args.students * args.questions
    messages = sorted(s.at for s in sent)
    per_chat: dict[int, list[float]] = defaultdict(list)
    for s in sent:
        per_chat[s.chat_id].append(s.at)
    gaps = [b - a for times in per_chat.values() for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
    errors = [c for c in calls if c.status != 200]
    chat_actions = sum(1 for c in calls if c.method == "sendChatAction")
    print(f"students {args.students}, questions each {args.questions}, ramp {args.ramp:.0f}s, think {args.think}")
    print(f"questions asked {asked}, answered {len(latencies)}, lost {len(lost)}, API errors {len(errors)}")
    print(
        f"wall time {elapsed:.1f}s; messages sent {len(sent)} ({len(sent) / elapsed:.1f}/s on average), typing actions {chat_actions}"
    )
    print(f"highest messages in any 1 s window: {sliding_max(messages)} (limit about 30)")
    print(
        f"smallest gap between two messages to one chat: {min(gaps):.3f}s (limit 1 s)"
        if gaps
        else "no chat got two messages"
    )
    if latencies:
        print(
            f"answer latency: p50 {percentile(latencies, 50):.2f}s  p95 {percentile(latencies, 95):.2f}s  max {max(latencies):.2f}s  mean {statistics.mean(latencies):.2f}s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=3, help="questions per student")
    parser.add_argument("--ramp", type=float, default=60.0, help="students arrive over this many seconds")
    parser.add_argument(
        "--think", type=float, nargs=2, default=(2.0, 8.0), help="seconds between a student's questions"
    )
    parser.add_argument("--timeout", type=float, default=300.0, help="an answer later than this counts as lost")
    parser.add_argument("--index", help="reuse an index folder (else the catalogue is indexed in a temp folder)")
    parser.add_argument("--seed", type=int, default=6)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
