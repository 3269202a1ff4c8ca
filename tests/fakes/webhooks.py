"""Webhook delivery for the fake Bot API, as Telegram does it (and a round-robin proxy in front of the workers).

Updates pushed to a :class:`BotApi` are POSTed as JSON to the workers' URLs with the secret registered by
``setWebhook`` in ``X-Telegram-Bot-Api-Secret-Token``:

- over several concurrent connections (``connections``, at most the webhook's ``max_connections``);
- one chat's updates in order: the next update of a chat is sent only once the previous one was answered 2xx
  (Telegram's documented behaviour for webhooks, as grammY's deployment guide describes it); different chats
  in parallel;
- an answer other than 2xx, a broken connection or a timeout → delivered again after a short, growing delay,
  to the next worker in turn (a proxy routes round-robin and skips nothing: the dead worker's turn fails fast).

Everything is recorded: every attempt (:class:`Attempt`) and, per update, when it was first taken and when it
was acknowledged.
"""

from __future__ import annotations

import http.client
import itertools
import json
import threading
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.telegram_api import BotApi

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass(frozen=True)
class Attempt:
    update_id: int
    target: str
    status: int  # 0: the connection failed or timed out
    at: float


@dataclass
class _Chat:
    queue: deque[dict[str, Any]] = field(default_factory=deque)
    busy: bool = False
    not_before: float = 0.0
    failures: int = 0


def chat_key(update: dict[str, Any]) -> int:
    for kind in ("message", "edited_message", "callback_query"):
        part = update.get(kind)
        if isinstance(part, dict):
            chat = part.get("chat") or (part.get("message") or {}).get("chat") or part.get("from") or {}
            if "id" in chat:
                return int(chat["id"])
    return -int(update["update_id"])  # no chat: an order of its own


class WebhookDeliverer:
    def __init__(
        self,
        api: BotApi,
        targets: list[str],
        *,
        connections: int = 8,
        timeout: float = 120.0,
        retry_seconds: float = 0.2,
        max_retry_seconds: float = 2.0,
        secret: str | None = None,
    ) -> None:
        self.api = api
        self.targets = list(targets)
        self.connections = connections
        self.timeout = timeout
        self.retry_seconds = retry_seconds
        self.max_retry_seconds = max_retry_seconds
        self._secret = secret
        self.attempts: list[Attempt] = []
        self.taken_at: dict[int, float] = {}
        self.acknowledged: dict[int, float] = {}
        self._chats: dict[int, _Chat] = {}
        self._cond = threading.Condition()
        self._turns = itertools.cycle(range(len(self.targets)))
        self._stopping = False
        self._threads: list[threading.Thread] = []

    # -- what tests do --------------------------------------------------------------------------------

    def start(self) -> WebhookDeliverer:
        registered = self.api.webhook or {}
        count = min(self.connections, int(registered.get("max_connections") or self.connections))
        feeder = threading.Thread(target=self._feed, daemon=True, name="webhook-feeder")
        self._threads = [feeder] + [
            threading.Thread(target=self._deliver_loop, daemon=True, name=f"webhook-{n}") for n in range(count)
        ]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        for thread in self._threads:
            thread.join(timeout=self.timeout + 5)

    def wait_acknowledged(self, update_ids: set[int], within: float) -> None:
        deadline = time.monotonic() + within
        with self._cond:
            while not update_ids <= self.acknowledged.keys():
                if time.monotonic() > deadline:
                    missing = sorted(update_ids - self.acknowledged.keys())
                    raise AssertionError(f"{len(missing)} updates never acknowledged, e.g. {missing[:5]}")
                self._cond.wait(0.1)

    def attempts_of(self, update_id: int) -> list[Attempt]:
        with self._cond:
            return [a for a in self.attempts if a.update_id == update_id]

    # -- delivery -------------------------------------------------------------------------------------

    @property
    def secret(self) -> str | None:
        if self._secret is not None:
            return self._secret
        return (self.api.webhook or {}).get("secret_token")

    def _feed(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
            updates = self.api.take_updates(wait=0.05)
            if not updates:
                continue
            now = time.monotonic()
            with self._cond:
                for update in updates:
                    self.taken_at[int(update["update_id"])] = now
                    self._chats.setdefault(chat_key(update), _Chat()).queue.append(update)
                self._cond.notify_all()

    def _next(self) -> tuple[int, dict[str, Any], str] | None:
        """A chat whose head update may be sent now (marked busy), or None when there is nothing to do."""
        now = time.monotonic()
        for key, chat in self._chats.items():
            if chat.queue and not chat.busy and chat.not_before <= now:
                chat.busy = True
                return key, chat.queue[0], self.targets[next(self._turns)]
        return None

    def _deliver_loop(self) -> None:
        connections: dict[str, http.client.HTTPConnection] = {}
        while True:
            with self._cond:
                job = self._next()
                while job is None:
                    if self._stopping:
                        for connection in connections.values():
                            connection.close()
                        return
                    self._cond.wait(0.02)
                    job = self._next()
            key, update, target = job
            status = self._post(connections, target, update)
            now = time.monotonic()
            with self._cond:
                update_id = int(update["update_id"])
                self.attempts.append(Attempt(update_id, target, status, now))
                chat = self._chats[key]
                chat.busy = False
                if 200 <= status < 300:
                    chat.queue.popleft()
                    chat.failures = 0
                    self.acknowledged.setdefault(update_id, now)
                    if not chat.queue:
                        del self._chats[key]
                else:
                    chat.failures += 1
                    delay = min(self.max_retry_seconds, self.retry_seconds * 2 ** (chat.failures - 1))
                    chat.not_before = now + delay
                self._cond.notify_all()

    def _post(self, connections: dict[str, http.client.HTTPConnection], target: str, update: dict[str, Any]) -> int:
        url = urllib.parse.urlsplit(target)
        body = json.dumps(update).encode()
        headers = {"Content-Type": "application/json"}
        if self.secret:
            headers[SECRET_HEADER] = self.secret
        for fresh in (False, True):  # a kept-alive connection the worker closed: dial once more
            connection = connections.get(target)
            if connection is None or fresh:
                if connection is not None:
                    connection.close()
                connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=self.timeout)
                connections[target] = connection
            try:
                connection.request("POST", url.path or "/", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                return response.status
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                connection.close()
                connections.pop(target, None)
                if fresh or isinstance(exc, ConnectionResetError):
                    return 0  # reset mid-request: the worker died with the update (Telegram tries again later)
            except OSError:  # refused, timed out
                connection.close()
                connections.pop(target, None)
                return 0
        return 0


def post_update(target: str, update: dict[str, Any], *, secret: str | None, timeout: float = 10.0) -> int:
    """One POST as anyone could make it (for the secret check): the HTTP status."""
    url = urllib.parse.urlsplit(target)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    try:
        connection.request("POST", url.path or "/", body=json.dumps(update).encode(), headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()
