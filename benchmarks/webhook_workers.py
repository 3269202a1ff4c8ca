"""Webhook workers: one `pathways bot --webhook` process against three, on the same load, with a slow LLM.

Everything real except Telegram and the LLM: PostgreSQL, redis-server, a Chroma server, the workers as
subprocesses; the fake Bot API delivers webhooks (40 connections, a chat's updates in order, re-delivery until
2xx) round-robin to the workers; the fake OpenAI-compatible server answers every chat completion after 2 s, so
the slow path matters. Students have accepted the privacy notice (their answers go through the LLM).

Printed per run: questions answered, lost and duplicated; answer latency p50/p95 (from when Telegram could
deliver the update — it was sent, and the chat's previous update was answered — to the webhook's 200, which
comes after the answer was sent); the highest number of messages in any one second; the wall time.

    python benchmarks/webhook_workers.py --students 200 --questions 3
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import percentile

from tests.fakes.openai_server import FakeOpenAI
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.webhooks import WebhookDeliverer
from tests.scale.cluster import (
    QUESTIONS,
    Worker,
    agree,
    build_index,
    busiest_second,
    chroma_server,
    own_database,
    push_questions,
    worker_env,
)
from tests.scale.conftest import start_redis

ROOT = Path(__file__).resolve().parent.parent
LLM_SECONDS = 2.0


class SlowLlm(FakeOpenAI):
    """Chat completions after ``LLM_SECONDS``; nothing else is asked of it (embeddings are local)."""

    def respond(self, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/chat/completions"):
            time.sleep(LLM_SECONDS)
        return super().respond(path, payload)


def run(workers_count: int, students: int, questions: int, postgres_url: str, folder: Path) -> dict[str, float]:
    redis = start_redis("pathways-bench-redis-")
    server = FakeTelegramServer().start()
    llm = SlowLlm(default_chat="Here is what the catalogue says about that.").start()
    workers: list[Worker] = []
    try:
        with chroma_server(folder / "chroma") as chroma, own_database(postgres_url) as database_url:
            build_index(folder, *chroma)
            reference, everyone = 10, list(range(1000, 1000 + students))
            agree(database_url, [reference, *everyone])
            env = worker_env(
                folder=folder,
                api_base_url=server.base_url,
                database_url=database_url,
                redis_url=redis.url,
                chroma=chroma,
                OPENAI_BASE_URL=llm.base_url,
                OPENAI_API_KEY="sk-fake",
                PATHWAYS_LLM_TIMEOUT="12",
                PATHWAYS_RATE_LIMIT_PER_MINUTE="60",
            )
            workers = [Worker(n, env, folder / f"worker-{n}.log") for n in range(workers_count)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.wait_ready(within=600)
            deliverer = WebhookDeliverer(server.api, [w.webhook for w in workers], connections=40).start()
            asked = QUESTIONS[:questions]
            ids = push_questions(server.api, [reference], asked)
            deliverer.wait_acknowledged(set(ids[reference]), within=300)
            per_answer = len(server.api.messages_to(reference)) / len(asked)
            started = time.monotonic()
            ids = push_questions(server.api, everyone, asked)
            every = {i for per in ids.values() for i in per}
            deliverer.wait_acknowledged(every, within=1800)
            wall = time.monotonic() - started
            deliverer.stop()
            latencies = []
            for per in ids.values():
                previous = 0.0
                for update_id in per:
                    ready = max(deliverer.taken_at[update_id], previous)
                    previous = deliverer.acknowledged[update_id]
                    latencies.append(previous - ready)
            answered = lost = duplicated = 0.0
            for student in everyone:
                got = len(server.api.messages_to(student)) / per_answer
                answered += min(got, len(asked))
                lost += max(0.0, len(asked) - got)
                duplicated += max(0.0, got - len(asked))
            sent = [m for m in server.api.sent if m.at >= started]
            return {
                "answered": answered,
                "lost": lost,
                "duplicated": duplicated,
                "p50": percentile(latencies, 50),
                "p95": percentile(latencies, 95),
                "peak": busiest_second(sent),
                "wall": wall,
            }
    finally:
        for worker in workers:
            worker.stop()
        llm.stop()
        server.stop()
        redis.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--questions", type=int, default=3, choices=range(1, len(QUESTIONS) + 1))
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 3])
    args = parser.parse_args()
    cluster = tempfile.mkdtemp(prefix="pathways-bench-pg-")
    started = subprocess.run(
        ["bash", str(ROOT / "scripts" / "ensure_postgres.sh"), "start", cluster],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
    )
    if started.returncode != 0:
        sys.exit(f"PostgreSQL could not be started: {started.stderr.strip()[-300:]}")
    postgres_url = started.stdout.strip().splitlines()[-1]
    total = args.students * args.questions
    print(f"{args.students} students × {args.questions} questions = {total}; LLM answers in {LLM_SECONDS:.0f} s")
    print(
        f"{'workers':>7} {'answered':>8} {'lost':>5} {'doubled':>7} {'p50 s':>6} {'p95 s':>6} {'peak/s':>6} {'wall s':>6}"
    )
    try:
        for count in args.workers:
            figures = run(count, args.students, args.questions, postgres_url, Path(tempfile.mkdtemp(prefix="bench-")))
            print(
                f"{count:>7} {figures['answered']:>8.0f} {figures['lost']:>5.0f} {figures['duplicated']:>7.0f} "
                f"{figures['p50']:>6.1f} {figures['p95']:>6.1f} {figures['peak']:>6.0f} {figures['wall']:>6.0f}",
                flush=True,
            )
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "ensure_postgres.sh"), "stop", cluster], check=False)


if __name__ == "__main__":
    main()
