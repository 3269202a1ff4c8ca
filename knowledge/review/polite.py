"""A polite HTTP client for the link review: a request budget, one request at a time per host with a pause
between them, a cap on requests in flight overall, timeouts, bounded retries with exponential backoff, a
User-Agent that says who we are, and robots.txt read once per host."""

from __future__ import annotations

import asyncio
import socket
import time
import urllib.robotparser
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

USER_AGENT = "DSEPathwaysReview/1.0 (+admin contact)"
# The token robots.txt rules are matched against (the product part of the User-Agent).
ROBOTS_AGENT = "DSEPathwaysReview"


@dataclass(frozen=True)
class PoliteSettings:
    """How hard the review may knock. The defaults suit university web servers; tests shorten the waits."""

    user_agent: str = USER_AGENT
    concurrency: int = 6
    per_host_delay: float = 1.0
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    max_redirects: int = 5
    max_body_bytes: int = 5_000_000
    max_requests: int | None = None


class BudgetExhausted(Exception):
    """The review has used up its ``--max-requests``; what is left is reported as not checked."""


@dataclass(frozen=True)
class Fetched:
    """A response (the body only for GET, at most ``max_body_bytes``)."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    encoding: str | None = None


@dataclass(frozen=True)
class Failure:
    """No response: ``dns`` (the host name does not resolve), ``timeout`` or ``connection``, after retries."""

    kind: str
    detail: str


class RequestBudget:
    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.used = 0

    def take(self) -> None:
        if self.limit is not None and self.used >= self.limit:
            raise BudgetExhausted
        self.used += 1


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class HostGate:
    """One request at a time per host, and at least ``delay`` seconds between the end of one and the next."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._locks: dict[str, asyncio.Lock] = {}
        self._last_done: dict[str, float] = {}

    @asynccontextmanager
    async def turn(self, host: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            wait = self._last_done.get(host, float("-inf")) + self.delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                self._last_done[host] = time.monotonic()


def _is_dns_failure(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _retryable(status: int) -> bool:
    # 501 says the method is not implemented: asking again will not help (HEAD falls back to GET instead).
    return status >= 500 and status != 501


class PoliteClient:
    """Every request of a review goes through here."""

    def __init__(self, client: httpx.AsyncClient, settings: PoliteSettings) -> None:
        self.client = client
        self.settings = settings
        self.budget = RequestBudget(settings.max_requests)
        self.gate = HostGate(settings.per_host_delay)
        self._in_flight = asyncio.Semaphore(max(1, settings.concurrency))

    async def request(self, method: str, url: str, headers: Mapping[str, str] | None = None) -> Fetched | Failure:
        """One request (no redirects followed), retried on timeouts, connection errors and 5xx."""
        last: Fetched | Failure = Failure("connection", "not attempted")
        for attempt in range(self.settings.retries + 1):
            if attempt:
                await asyncio.sleep(self.settings.backoff * 2 ** (attempt - 1))
            try:
                async with self.gate.turn(host_of(url)), self._in_flight:
                    # Counted at the moment of sending, so waiting links do not use up the budget.
                    self.budget.take()
                    last = await self._send(method, url, headers or {})
            except httpx.TimeoutException as exc:
                last = Failure("timeout", f"no answer within {self.settings.timeout:g}s ({exc.__class__.__name__})")
                continue
            except httpx.TransportError as exc:
                if _is_dns_failure(exc):
                    return Failure("dns", "the host name does not resolve")
                last = Failure("connection", f"connection failed ({exc.__class__.__name__})")
                continue
            if not _retryable(last.status):
                return last
        return last

    async def _send(self, method: str, url: str, headers: Mapping[str, str]) -> Fetched:
        async with self.client.stream(method, url, headers=dict(headers)) as response:
            body = b""
            if method == "GET" and response.status_code < 300:
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size >= self.settings.max_body_bytes:
                        break
                body = b"".join(chunks)[: self.settings.max_body_bytes]
            return Fetched(str(response.url), response.status_code, dict(response.headers), body, response.encoding)


class RobotsRules:
    """robots.txt of each origin, fetched once (through the same polite client) and parsed by urllib."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self._parsers: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allows(self, url: str) -> bool:
        origin = origin_of(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._parsers:
                self._parsers[origin] = await self._fetch(origin)
        return self._parsers[origin].can_fetch(ROBOTS_AGENT, url)

    async def _fetch(self, origin: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        answer = await self.client.request("GET", f"{origin}/robots.txt")
        if isinstance(answer, Fetched) and 200 <= answer.status < 300:
            parser.parse(answer.body.decode(answer.encoding or "utf-8", errors="replace").splitlines())
        elif isinstance(answer, Fetched) and answer.status in (401, 403):
            # The convention urllib follows: a robots.txt behind a login means "stay out".
            parser.parse(["User-agent: *", "Disallow: /"])
        else:
            # No robots.txt (404), or it could not be read: the page check itself will say what is wrong.
            parser.parse([])
        return parser
