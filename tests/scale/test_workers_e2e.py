"""End to end past one machine: three `pathways bot --webhook` processes behind one URL, sharing a real
PostgreSQL, a real redis-server and a real Chroma server; the fake Bot API delivers webhooks to them as Telegram
does (several connections, a chat's updates in order, re-delivery until 2xx).

The load is 60 students × 3 questions per scenario here (the suite must stay quick on two cores); the full 200 ×
3 runs in benchmarks/webhook_workers.py. Every reply list is compared with a reference student's: equal lists
mean every question answered exactly once and in order.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.telegram_api import BotApi, FakeTelegramServer
from tests.fakes.webhooks import WebhookDeliverer, post_update
from tests.scale.cluster import (
    QUESTIONS,
    SECRET,
    Worker,
    agree,
    build_index,
    busiest_second,
    chroma_server,
    closest_gap,
    own_database,
    push_questions,
    set_database_reachable,
    texts,
    worker_env,
)
from tests.scale.conftest import RedisServer, start_redis
from tests.storage.conftest import postgres_url  # noqa: F401 - the session's PostgreSQL server (a fixture)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

STUDENTS = 60
REFERENCE = 900_000
LEASE_SECONDS = 8  # how long a dead worker's update stays reserved before another worker takes it


@dataclass
class Cluster:
    api: BotApi
    workers: list[Worker]
    deliverer: WebhookDeliverer
    redis: RedisServer
    postgres_url: str
    database_url: str
    reference: list[str]

    def students(self, first: int) -> list[int]:
        return list(range(first, first + STUDENTS))


@pytest.fixture(scope="module")
def cluster(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:  # noqa: F811
    folder = tmp_path_factory.mktemp("workers")
    redis = start_redis("pathways-redis-workers-")
    server = FakeTelegramServer().start()
    workers: list[Worker] = []
    deliverer: WebhookDeliverer | None = None
    try:
        with chroma_server(folder / "chroma") as chroma, own_database(postgres_url) as database_url:
            build_index(folder, *chroma)
            agree(database_url, [REFERENCE, *range(100_000, 100_000 + 4 * STUDENTS)])
            env = worker_env(
                folder=folder,
                api_base_url=server.base_url,
                database_url=database_url,
                redis_url=redis.url,
                chroma=chroma,
                PATHWAYS_UPDATE_LEASE_SECONDS=str(LEASE_SECONDS),
            )
            workers = [Worker(index, env, folder / f"worker-{index}.log") for index in range(3)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.wait_ready()
            assert server.api.webhook is not None
            assert server.api.webhook["secret_token"] == SECRET
            deliverer = WebhookDeliverer(server.api, [w.webhook for w in workers], connections=12).start()
            ids = push_questions(server.api, [REFERENCE])
            deliverer.wait_acknowledged(set(ids[REFERENCE]), within=120)
            reference = texts(server.api, REFERENCE)
            assert len(reference) >= len(QUESTIONS)
            yield Cluster(server.api, workers, deliverer, redis, postgres_url, database_url, reference)
    finally:
        if deliverer is not None:
            deliverer.stop()
        for worker in workers:
            worker.stop()
        server.stop()
        redis.stop()


def run_load(cluster: Cluster, students: list[int], *, within: float = 300) -> dict[int, list[int]]:
    ids = push_questions(cluster.api, students)
    cluster.deliverer.wait_acknowledged({i for per in ids.values() for i in per}, within=within)
    return ids


def assert_each_answered_once_in_order(cluster: Cluster, students: list[int]) -> None:
    wrong = [s for s in students if texts(cluster.api, s) != cluster.reference]
    got = [[text[:30] for text in texts(cluster.api, s)] for s in wrong[:2]]
    expected = [text[:30] for text in cluster.reference]
    assert not wrong, f"{len(wrong)} students got missing, doubled or reordered replies: {got} ≠ {expected}"


def assert_each_answered_once(cluster: Cluster, students: list[int]) -> None:
    """After a fault: as many replies as the reference (none lost, none doubled), the first one the same. A
    question processed again after its worker died stores its conversation turn again, so a later question
    may be read as a follow-up differently: the later texts are not compared."""
    wrong = [
        s
        for s in students
        if len(texts(cluster.api, s)) != len(cluster.reference) or texts(cluster.api, s)[0] != cluster.reference[0]
    ]
    got = [[text[:30] for text in texts(cluster.api, s)] for s in wrong[:2]]
    assert not wrong, f"{len(wrong)} students got missing or doubled replies: {got}"


def test_a_request_without_the_secret_is_refused(cluster: Cluster) -> None:
    intruder = 123_456
    update = {"update_id": 10**9, **cluster.api.message(intruder, "/help")}
    target = cluster.workers[0].webhook
    assert post_update(target, update, secret=None) == 403
    assert post_update(target, update, secret="not-the-secret") == 403
    time.sleep(0.5)
    assert cluster.api.messages_to(intruder) == []


def test_three_workers_answer_every_question_once_in_order_within_telegram_limits(cluster: Cluster) -> None:
    students = cluster.students(100_000)
    started = time.monotonic()
    run_load(cluster, students)
    assert_each_answered_once_in_order(cluster, students)
    sent = [m for m in cluster.api.sent if m.chat_id in set(students)]
    assert min(closest_gap([m for m in sent if m.chat_id == s]) for s in students) >= 1.0
    assert busiest_second([m for m in cluster.api.sent if m.at >= started]) <= 30
    served_by = {a.target for a in cluster.deliverer.attempts if a.status == 200}
    assert served_by == {w.webhook for w in cluster.workers}  # all three took part


def test_a_worker_killed_mid_load_loses_nothing(cluster: Cluster) -> None:
    """Telegram has no idempotency key, so a SIGKILL between Telegram accepting a reply and the worker recording
    it (a few milliseconds) can repeat that one reply when the update is processed again. What is guaranteed:
    nothing is lost, and a repeat happens only to a student whose update was cut off on the killed worker and
    whose reply went out before the kill."""
    students = cluster.students(100_000 + STUDENTS)
    victim = cluster.workers[0]
    ids = push_questions(cluster.api, students)
    every = {i for per in ids.values() for i in per}
    deadline = time.monotonic() + 120
    while len(every & cluster.deliverer.acknowledged.keys()) < len(every) // 4:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.kill()
    # (After kill() returns the process is gone: a reply it sent while the signal was on its way, a moment after the
    # kill began, was still sent before it died.)
    killed_at = time.monotonic()
    try:
        cluster.deliverer.wait_acknowledged(every, within=300)
        cut_off = {a.update_id for a in cluster.deliverer.attempts if a.target == victim.webhook and a.status == 0}
        cut_off &= every
        assert cut_off, "the worker had no update in flight when it was killed"
        for update_id in cut_off:
            answered = [a for a in cluster.deliverer.attempts_of(update_id) if a.status == 200]
            assert answered
            assert answered[0].target != victim.webhook  # another worker answered it
        expected = len(cluster.reference)
        cut_off_students = {s for s in students if set(ids[s]) & cut_off}
        lost = [s for s in students if len(texts(cluster.api, s)) < expected]
        assert not lost, f"{len(lost)} students lost a reply"
        for student in students:
            sent = cluster.api.messages_to(student)
            assert sent[0].text == cluster.reference[0]
            if len(sent) == expected:
                continue
            assert student in cut_off_students, f"student {student} got a reply twice without a kill to explain it"
            assert len(sent) == expected + 1
            assert any(m.at <= killed_at for m in sent), "the repeated reply was not sent before the kill"
    finally:
        victim.start()
        victim.wait_ready()


def test_redis_restarted_mid_load_loses_nothing_and_doubles_nothing(cluster: Cluster) -> None:
    students = cluster.students(100_000 + 2 * STUDENTS)
    ids = push_questions(cluster.api, students)
    every = {i for per in ids.values() for i in per}
    deadline = time.monotonic() + 120
    while len(every & cluster.deliverer.acknowledged.keys()) < len(every) // 4:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    cluster.redis.kill()
    time.sleep(1.0)
    cluster.redis.restart()
    cluster.deliverer.wait_acknowledged(every, within=300)
    assert_each_answered_once(cluster, students)
    for worker in cluster.workers:
        assert worker.ready()[0] == 200  # Redis is back and every worker sees it


def test_readyz_fails_while_the_database_is_down(cluster: Cluster) -> None:
    worker = cluster.workers[1]
    set_database_reachable(cluster.postgres_url, cluster.database_url, reachable=False)
    try:
        status, body = worker.ready()
        assert status == 503
        checks = json.loads(body)["checks"]
        assert checks["database"]["ok"] is False
        assert checks["redis"]["ok"] is True
        assert checks["index"]["ok"] is True
    finally:
        set_database_reachable(cluster.postgres_url, cluster.database_url, reachable=True)
    deadline = time.monotonic() + 30
    while worker.ready()[0] != 200:
        assert time.monotonic() < deadline, "readiness did not come back with the database"
        time.sleep(0.2)


def test_a_worker_stops_gracefully_and_its_logs_hold_no_questions(cluster: Cluster) -> None:
    worker = cluster.workers[2]
    # Uvicorn re-raises SIGTERM once it has shut down, so the process ends "by SIGTERM" (a clean stop for systemd).
    assert worker.stop() in (0, -signal.SIGTERM)
    log = Path(worker.log).read_text()
    assert "webhook worker stopping" in log
    assert "Application shutdown complete" in log
    lines = [line for line in log.splitlines() if line.startswith("{")]
    assert lines
    assert all(json.loads(line)["level"] for line in lines)  # JSON lines
    assert not any(question in log for question in QUESTIONS)
    assert SECRET not in log
