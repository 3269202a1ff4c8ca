"""Webhook workers: one `pathways bot --webhook` process against three, on the same load, with a slow LLM.

Everything real except Telegram and the LLM: PostgreSQL, redis-server, a Chroma server, the workers as
subprocesses; the fake Bot API delivers webhooks (40 connections, a chat's updates in order, re-delivery until
2xx) round-robin to the workers; the fake OpenAI-compatible server answers every chat completion after 2 s, so
the slow path matters. Its reply cites a source (``[1]``) and states no figure, so the output checks accept it
and the answer goes out in LLM mode (a reply they reject would cost the same 2 s and then fall back to the
grounded draft, which is not the path being measured). Students have accepted the privacy notice (their
answers go through the LLM).

Printed per run: questions answered, lost and duplicated; answer latency p50/p95 (from when Telegram could
deliver the update — it was sent, and the chat's previous update was answered — to the webhook's 200, which
comes after the answer was sent; so it includes waiting for one of the 40 connections); the highest number of
messages in any one second; answers the workers gave in LLM mode; the wall time.

A run that stops making progress (no update acknowledged for ``STALL_SECONDS``) is not waited out: the
benchmark prints what is missing (updates, their delivery attempts, the workers' queues), has each worker
print its threads' stacks into its log (SIGABRT with ``PYTHONFAULTHANDLER``) and exits with an error.

    python benchmarks/webhook_workers.py --students 200 --questions 3
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from _common import percentile
from redis import Redis

from bot.cli import main as pathways_main
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
LLM_REPLY = "Here is what the catalogue says about that [1]."
CONNECTIONS = 40  # Telegram's default max_connections, whatever the number of workers behind the proxy
# Longer than one delivery's worst case (the deliverer's 120 s timeout, then the 90 s update lease): no update
# acknowledged for this long means the run is stuck, not slow.
STALL_SECONDS = 300.0


class SlowLlm(FakeOpenAI):
    """Chat completions after ``LLM_SECONDS``; nothing else is asked of it (embeddings are local)."""

    def respond(self, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/chat/completions"):
            time.sleep(LLM_SECONDS)
        return super().respond(path, payload)


class DiagnosableWorker(Worker):
    """``pathways bot --webhook`` run through this script (``--as-worker``), so that SIGUSR1 prints the stack of
    every asyncio task into its log: where a stuck update waits."""

    def start(self) -> None:
        env = {**self.env, "PATHWAYS_LISTEN": f"127.0.0.1:{self.port}"}
        command = [sys.executable, __file__, "--as-worker", "bot", "--webhook"]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.log.parent)


def print_tasks(signum: int, frame: object) -> None:
    """SIGUSR1 in a worker: every task's chain of awaits, outermost first, to stderr (the worker's log)."""
    del signum, frame
    tasks = asyncio.all_tasks(asyncio.get_running_loop())
    print(f"--- {len(tasks)} asyncio tasks ---", file=sys.stderr)
    for task in tasks:
        print(f"task {task.get_name()}:", file=sys.stderr)
        awaiting: Any = task.get_coro()
        while awaiting is not None:
            code = getattr(awaiting, "cr_frame", None) or getattr(awaiting, "ag_frame", None)
            if code is None:
                print(f"  waits on {type(awaiting).__name__}", file=sys.stderr)
                break
            print(f"  {code.f_code.co_filename}:{code.f_lineno} {code.f_code.co_name}", file=sys.stderr)
            awaiting = getattr(awaiting, "cr_await", None) or getattr(awaiting, "ag_await", None)
    sys.stderr.flush()


class Stalled(RuntimeError):
    """No update acknowledged for ``STALL_SECONDS``; the message says what was missing."""


def metric(worker: Worker, name: str) -> float:
    """One sample of a worker's /metrics (0 when absent or the worker does not answer)."""
    try:
        with urllib.request.urlopen(f"{worker.url}/metrics", timeout=10) as response:
            lines = response.read().decode().splitlines()
    except OSError:
        return 0.0
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith(name + " "))


def wait_for_all(
    deliverer: WebhookDeliverer, chats: dict[int, int], workers: list[Worker], redis_url: str, within: float
) -> None:
    """Wait until every update (``chats``: update id → its chat) is acknowledged; raise :class:`Stalled` (with a
    diagnosis) when progress stops."""
    deadline = time.monotonic() + within
    done, progress_at = -1, time.monotonic()
    while True:
        acknowledged = len(chats.keys() & deliverer.acknowledged.keys())
        if acknowledged == len(chats):
            return
        now = time.monotonic()
        if acknowledged != done:
            done, progress_at = acknowledged, now
        if now - progress_at > STALL_SECONDS or now > deadline:
            raise Stalled(diagnose(deliverer, chats, workers, redis_url))
        time.sleep(1.0)


def redis_entry(shared: Redis, key: str) -> str:
    kind = shared.type(key)
    value: object = kind
    if kind == "string":
        value = shared.get(key)
    elif kind == "hash":
        value = shared.hgetall(key)
    elif kind == "zset":
        value = shared.zrange(key, 0, -1, withscores=True)
    return f"redis {key} (ttl {shared.pttl(key)} ms): {value}"


def diagnose(deliverer: WebhookDeliverer, chats: dict[int, int], workers: list[Worker], redis_url: str) -> str:
    """What is missing, what Redis holds about it, and where each worker's tasks and threads wait (in its log)."""
    missing = sorted(chats.keys() - deliverer.acknowledged.keys())
    lines = [f"stalled: {len(chats) - len(missing)}/{len(chats)} acknowledged; missing e.g. {missing[:10]}"]
    shared = Redis.from_url(redis_url, decode_responses=True)
    for update_id in missing[:5]:
        tried = [
            (a.target.rsplit(":", 1)[1], a.status, round(a.at - deliverer.taken_at[update_id]))
            for a in deliverer.attempts_of(update_id)
        ]
        lines.append(f"  update {update_id} (chat {chats[update_id]}): attempts (port, status, s after taken) {tried}")
        for pattern in (f"*:{chats[update_id]}*", f"*:{update_id}", f"*:{update_id}:*"):
            lines += [f"    {redis_entry(shared, key)}" for key in shared.scan_iter(match=pattern, count=1000)]
    shared.close()
    for worker in workers:
        alive = worker.process is not None and worker.process.poll() is None
        depth = metric(worker, "pathways_update_queue_depth")
        lines.append(f"  worker {worker.index} (port {worker.port}): alive {alive}, updates in flight {depth:.0f}")
        if alive and worker.process is not None:
            worker.process.send_signal(signal.SIGUSR1)  # every asyncio task's stack into the log
            time.sleep(2.0)
            worker.process.send_signal(signal.SIGABRT)  # PYTHONFAULTHANDLER: every thread's stack into the log
            worker.process.wait(timeout=30)
        lines.append(f"  its log: {worker.log}")
    return "\n".join(lines)


LLM_ANSWERS = 'pathways_answer_seconds_count{mode="llm"}'


def measure(
    server: FakeTelegramServer,
    deliverer: WebhookDeliverer,
    workers: list[Worker],
    redis_url: str,
    *,
    students: int,
    questions: int,
) -> dict[str, float]:
    """Every student asks every question at once (after one reference student, who shows how many messages an
    answer takes); the figures of that load."""
    reference, everyone = 10, list(range(1000, 1000 + students))
    asked = QUESTIONS[:questions]
    ids = push_questions(server.api, [reference], asked)
    wait_for_all(deliverer, dict.fromkeys(ids[reference], reference), workers, redis_url, within=300)
    per_answer = len(server.api.messages_to(reference)) / len(asked)
    llm_before = sum(metric(w, LLM_ANSWERS) for w in workers)
    started = time.monotonic()
    ids = push_questions(server.api, everyone, asked)
    chats = {update_id: student for student, per in ids.items() for update_id in per}
    wait_for_all(deliverer, chats, workers, redis_url, within=3600)
    wall = time.monotonic() - started
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
    return {
        "answered": answered,
        "lost": lost,
        "duplicated": duplicated,
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "peak": busiest_second([m for m in server.api.sent if m.at >= started]),
        "llm": sum(metric(w, LLM_ANSWERS) for w in workers) - llm_before,
        "wall": wall,
    }


def run(workers_count: int, students: int, questions: int, postgres_url: str, folder: Path) -> dict[str, float]:
    redis = start_redis("pathways-bench-redis-")
    server = FakeTelegramServer().start()
    llm = SlowLlm(default_chat=LLM_REPLY).start()
    workers: list[Worker] = []
    try:
        with chroma_server(folder / "chroma") as chroma, own_database(postgres_url) as database_url:
            build_index(folder, *chroma)
            agree(database_url, [10, *range(1000, 1000 + students)])
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
                PYTHONFAULTHANDLER="1",  # a stalled worker is sent SIGABRT: its threads' stacks go to its log
            )
            workers = [DiagnosableWorker(n, env, folder / f"worker-{n}.log") for n in range(workers_count)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.wait_ready(within=600)
            deliverer = WebhookDeliverer(server.api, [w.webhook for w in workers], connections=CONNECTIONS).start()
            try:
                return measure(server, deliverer, workers, redis.url, students=students, questions=questions)
            finally:
                deliverer.stop()
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
        f"{'workers':>7} {'answered':>8} {'lost':>5} {'doubled':>7} {'p50 s':>6} {'p95 s':>6} {'peak/s':>6} "
        f"{'via LLM':>7} {'wall s':>6}",
        flush=True,
    )
    try:
        for count in args.workers:
            figures = run(count, args.students, args.questions, postgres_url, Path(tempfile.mkdtemp(prefix="bench-")))
            print(
                f"{count:>7} {figures['answered']:>8.0f} {figures['lost']:>5.0f} {figures['duplicated']:>7.0f} "
                f"{figures['p50']:>6.1f} {figures['p95']:>6.1f} {figures['peak']:>6.0f} {figures['llm']:>7.0f} "
                f"{figures['wall']:>6.0f}",
                flush=True,
            )
    except Stalled as stall:
        sys.exit(str(stall))
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "ensure_postgres.sh"), "stop", cluster], check=False)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--as-worker"]:
        signal.signal(signal.SIGUSR1, print_tasks)
        sys.argv = ["pathways", *sys.argv[2:]]
        pathways_main()
    else:
        main()
