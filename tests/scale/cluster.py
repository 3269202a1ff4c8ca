"""Several `pathways bot --webhook` workers as real processes, with what they share: PostgreSQL, Redis, a Chroma
server and the fake Bot API delivering webhooks. Used by tests/scale/test_workers_e2e.py and by
benchmarks/webhook_workers.py."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from knowledge.catalog import CATALOG_DIR
from knowledge.embeddings import EmbeddingConfig, build_embeddings
from knowledge.refresh import refresh_index
from knowledge.shipped_vectors import ShippedVectors
from knowledge.store import ServerLocation
from storage import connect, migrate
from storage import repository as repo
from tests.fakes.telegram_api import TOKEN, BotApi, Sent

PATHWAYS = str(Path(sys.executable).with_name("pathways"))
CHROMA = str(Path(sys.executable).with_name("chroma"))
SECRET = "webhook-secret_for-the-tests-0123456789"
# A few real entries: enough for distinct answers, indexed in seconds.
CATALOG = [
    "taster/cuhk-summer-institute.md",
    "taster/hkust-summer-institute.md",
    "scheme/continuing-education-fund.md",
    "guide/jupas-oea.md",
]
QUESTIONS = (
    "How much is the HKUST Summer Institute?",
    "What is the Continuing Education Fund?",
    "When is the JUPAS OEA deadline?",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, within: float) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.2)
    raise AssertionError(f"nothing listens on port {port} after {within:.0f} s")


@contextlib.contextmanager
def chroma_server(folder: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    process = subprocess.Popen(
        [CHROMA, "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, 90)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=30)


def build_index(folder: Path, host: str, port: int) -> None:
    """The small catalogue, indexed with the bundled model into the Chroma server."""
    catalog = folder / "catalog"
    for relative in CATALOG:
        target = catalog / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CATALOG_DIR / relative, target)
    embeddings, spec = build_embeddings(EmbeddingConfig())
    report = refresh_index(
        location=ServerLocation(host, port),
        embeddings=embeddings,
        spec=spec,
        catalog_paths=[catalog],
        shipped=ShippedVectors.load(spec),
    )
    assert report.added == len(CATALOG), report


@contextlib.contextmanager
def own_database(postgres_url: str) -> Iterator[str]:
    """An empty database of its own on the server, migrated (as a deploy does before starting workers)."""
    name = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    url = make_url(postgres_url).set(drivername="postgresql+psycopg", database=name)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        rendered = url.render_as_string(hide_password=False)
        migrate.upgrade(rendered)
        yield rendered
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def set_database_reachable(postgres_url: str, database_url: str, reachable: bool) -> None:
    """Take one database away (new connections refused, open ones ended) or give it back."""
    name = make_url(database_url).database
    admin = create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"true" if reachable else "false"}'))
            if not reachable:
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                    {"name": name},
                )
    finally:
        admin.dispose()


def agree(database_url: str, students: list[int]) -> None:
    """Students who accepted the privacy notice (their answers use their profile and are stored)."""
    db = connect(database_url)
    try:
        for student in students:
            repo.upsert_user(db, telegram_id=student, language="en")
            repo.record_consent(db, telegram_id=student)
    finally:
        db.dispose()


@dataclass
class Worker:
    index: int
    env: dict[str, str]
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def webhook(self) -> str:
        return f"{self.url}/telegram"

    def start(self) -> None:
        env = {**self.env, "PATHWAYS_LISTEN": f"127.0.0.1:{self.port}"}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [PATHWAYS, "bot", "--webhook"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.log.parent
            )

    def ready(self) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"{self.url}/readyz", timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()
        except OSError:
            return 0, ""

    def wait_ready(self, within: float = 240.0) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            assert self.process is not None
            assert self.process.poll() is None, self.log.read_text()[-3000:]
            if self.ready()[0] == 200:
                return
            time.sleep(0.5)
        raise AssertionError(f"worker {self.index} not ready:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: no shutdown at all, as a crash."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=30)


def worker_env(
    *, folder: Path, api_base_url: str, database_url: str, redis_url: str, chroma: tuple[str, int], **extra: str
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_"))}
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    env.update(
        {
            "PATHWAYS_DATA_DIR": str(folder / "data"),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api_base_url,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "CHROMA_HOST": chroma[0],
            "CHROMA_PORT": str(chroma[1]),
            "PATHWAYS_WEBHOOK_URL": "https://bot.example.org/telegram",  # the proxy's public URL
            "PATHWAYS_WEBHOOK_SECRET": SECRET,
            "PATHWAYS_LOG_FORMAT": "json",
            "PATHWAYS_RATE_LIMIT_PER_MINUTE": "60",
            "PATHWAYS_SHUTDOWN_GRACE": "10",
            "NO_COLOR": "1",
            **extra,
        }
    )
    return env


def push_questions(api: BotApi, students: list[int], questions: tuple[str, ...] = QUESTIONS) -> dict[int, list[int]]:
    """Every student sends every question (question by question across students); their update ids."""
    ids: dict[int, list[int]] = {student: [] for student in students}
    for question in questions:
        for student in students:
            ids[student].append(api.send_text(student, question))
    return ids


def texts(api: BotApi, chat_id: int) -> list[str]:
    return [sent.text for sent in api.messages_to(chat_id)]


def closest_gap(messages: list[Sent]) -> float:
    """The shortest time between two messages in the list (sorted by arrival)."""
    times = sorted(m.at for m in messages)
    return min((b - a for a, b in itertools.pairwise(times)), default=float("inf"))


def busiest_second(messages: list[Sent]) -> int:
    """The most messages that arrived within any one second."""
    times = sorted(m.at for m in messages)
    best = start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best
