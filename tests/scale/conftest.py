"""Fixtures for the scale tests: a real redis-server on 127.0.0.1, started by ``scripts/ensure_redis.sh``
(which installs Debian's ``redis-server`` when it is missing).

When Redis cannot be installed the Redis tests are skipped locally, with the reason in the summary — and fail
in CI (``CI=true``), where a skipped coordination test would hide exactly what these tests exist to prove.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.coordination import Coordination, build_coordination

ROOT = Path(__file__).resolve().parents[2]
ENSURE_REDIS = ROOT / "scripts" / "ensure_redis.sh"
CANNOT_INSTALL = 3
_skip_reason: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason in _skip_reason:
        terminalreporter.write_line(f"Redis tests skipped: {reason}", yellow=True)


def _ensure(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ENSURE_REDIS), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHON": sys.executable},
        check=False,
    )


@dataclass
class RedisServer:
    """One throwaway server; ``kill`` it (SIGKILL, like a crash) and ``restart`` it on the same port."""

    folder: str
    url: str

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])

    def kill(self) -> None:
        pid = int(Path(self.folder, "redis.pid").read_text().strip())
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:  # daemonized: not our child, so poll /proc
            time.sleep(0.01)
        assert not _alive(pid), "redis-server survived SIGKILL"

    def restart(self) -> None:
        result = _ensure("start", self.folder, str(self.port))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == self.url

    def stop(self) -> None:
        _ensure("stop", self.folder)


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status  # a zombie no longer listens


def start_redis(prefix: str) -> RedisServer:
    folder = tempfile.mkdtemp(prefix=prefix)
    result = _ensure("start", folder)
    if result.returncode == CANNOT_INSTALL:
        reason = "redis-server cannot be installed here: " + (result.stderr.strip().splitlines() or ["?"])[-1]
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        _skip_reason.append(reason)
        pytest.skip(reason)
    if result.returncode != 0:
        _ensure("stop", folder)
        pytest.fail(f"could not start redis-server (exit {result.returncode}):\n{result.stderr}", pytrace=False)
    return RedisServer(folder=folder, url=result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A server shared by the session (tests keep apart by namespace); never killed."""
    server = start_redis("pathways-redis-")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_redis_server() -> Iterator[RedisServer]:
    """A server of the test's own, which it may kill and restart."""
    server = start_redis("pathways-redis-own-")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def namespace() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


@pytest.fixture
async def workers(redis_server: RedisServer, namespace: str) -> AsyncIterator[list[Coordination]]:
    """Three workers' coordination, each with its own Redis connections, on one namespace."""
    built = [build_coordination(redis_server.url, namespace=namespace) for _ in range(3)]
    yield built
    for coordination in built:
        await coordination.close()


@pytest.fixture
async def raw_redis(redis_server: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server.url, decode_responses=True)
    yield client
    await client.aclose()
