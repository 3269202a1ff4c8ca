"""The webhook app over HTTP (ASGI in process, and a real uvicorn server for the graceful shutdown)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
import pytest

from bot.metrics import Metrics
from bot.web import SECRET_HEADER, BackgroundTasks, WebhookApp, build_server

SECRET = "s3cret-Token_for-tests"
UPDATE = {"update_id": 10, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}}


class Inbox:
    def __init__(self) -> None:
        self.updates: list[dict[str, Any]] = []
        self.fail = False

    async def __call__(self, payload: dict[str, Any]) -> None:
        if self.fail:
            raise RuntimeError("queue full")
        self.updates.append(payload)


def make_app(
    inbox: Inbox, checks: Mapping[str, Callable[[], Awaitable[object]]] | None = None, **options: Any
) -> WebhookApp:
    return WebhookApp(secret=SECRET, on_update=inbox, metrics=Metrics(), checks=checks, **options)


def client(app: WebhookApp) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://worker")


@pytest.mark.parametrize("headers", [{}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"}, {SECRET_HEADER: ""}])
async def test_a_request_without_the_right_secret_is_refused_and_never_processed(headers: dict[str, str]) -> None:
    inbox = Inbox()
    app = make_app(inbox)
    async with client(app) as http:
        response = await http.post("/telegram", json=UPDATE, headers=headers)
        refused_bad_json = await http.post("/telegram", content=b"{not json", headers=headers)
    assert response.status_code == 403
    assert refused_bad_json.status_code == 403  # refused before the body is even read
    assert inbox.updates == []
    assert app.metrics.registry.get_sample_value("pathways_updates_received_total") == 0


async def test_an_update_with_the_secret_is_handed_over_once() -> None:
    inbox = Inbox()
    app = make_app(inbox)
    async with client(app) as http:
        response = await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})
    assert response.status_code == 200
    assert inbox.updates == [UPDATE]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"\xff\xfe", 400),
        (b"[1, 2]", 400),
        (b'{"message": {}}', 400),
        (b'{"update_id": "1"}', 400),
    ],
)
async def test_a_body_that_is_not_an_update_gets_400(body: bytes, status: int) -> None:
    inbox = Inbox()
    async with client(make_app(inbox)) as http:
        response = await http.post("/telegram", content=body, headers={SECRET_HEADER: SECRET})
    assert response.status_code == status
    assert inbox.updates == []


async def test_a_body_over_the_limit_is_refused() -> None:
    inbox = Inbox()
    big = json.dumps({"update_id": 1, "padding": "x" * 2_000}).encode()
    async with client(make_app(inbox, max_body_bytes=1_000)) as http:
        response = await http.post("/telegram", content=big, headers={SECRET_HEADER: SECRET})
    assert response.status_code == 413
    assert inbox.updates == []


async def test_an_update_that_cannot_be_enqueued_gets_503_so_telegram_delivers_it_again() -> None:
    inbox = Inbox()
    inbox.fail = True
    app = make_app(inbox)
    async with client(app) as http:
        response = await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})
        app.stop_accepting()
        inbox.fail = False
        during_shutdown = await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})
        ready = await http.get("/readyz")
    assert response.status_code == 503
    assert during_shutdown.status_code == 503
    assert inbox.updates == []
    assert ready.status_code == 503


async def test_the_path_is_configurable_and_the_secret_must_be_valid() -> None:
    inbox = Inbox()
    async with client(make_app(inbox, path="/hook/abc")) as http:
        assert (await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})).status_code == 404
        assert (await http.post("/hook/abc", json=UPDATE, headers={SECRET_HEADER: SECRET})).status_code == 200
    with pytest.raises(ValueError, match="secret"):
        WebhookApp(secret="has spaces", on_update=inbox, metrics=Metrics())


async def test_liveness_and_readiness() -> None:
    async def passes() -> bool:
        return True

    async def fails() -> bool:
        raise ConnectionError("postgresql://user:pw@db")  # reported by type, never by message

    async def says_no() -> bool:
        return False

    async def hangs() -> None:
        await asyncio.sleep(30)

    async with client(make_app(Inbox(), checks={"database": passes, "redis": passes})) as http:
        assert (await http.get("/healthz")).text == "ok"
        ready = await http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["ready"] is True
    assert set(ready.json()["checks"]) == {"database", "redis"}

    app = make_app(
        Inbox(), checks={"index": passes, "database": fails, "redis": hangs, "x": says_no}, check_timeout=0.2
    )
    async with client(app) as http:
        ready = await http.get("/readyz")
    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["index"]["ok"] is True
    assert checks["database"] == {"ok": False, "error": "ConnectionError", "seconds": checks["database"]["seconds"]}
    assert checks["redis"]["error"] == "timeout"
    assert checks["x"]["ok"] is False
    assert "pw" not in ready.text


async def test_metrics_are_exposed() -> None:
    inbox = Inbox()
    app = make_app(inbox)
    app.metrics.answered("llm", 1.5)
    app.metrics.message_sent()
    app.metrics.watch_queue_depth(lambda: 3)
    async with client(app) as http:
        await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})
        response = await http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert "pathways_updates_received_total 1.0" in text
    assert 'pathways_answer_seconds_count{mode="llm"} 1.0' in text
    assert 'pathways_telegram_errors_total{kind="429"} 0.0' in text
    assert "pathways_update_queue_depth 3.0" in text
    assert "pathways_outbound_messages_total 1.0" in text


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_real_server_finishes_background_work_before_it_stops() -> None:
    tasks = BackgroundTasks()
    finished: list[int] = []
    started = asyncio.Event()

    async def process(payload: dict[str, Any]) -> None:
        started.set()
        await asyncio.sleep(0.5)  # slow work, still running when the shutdown begins
        finished.append(payload["update_id"])

    async def enqueue(payload: dict[str, Any]) -> None:
        tasks.spawn(process(payload), name=f"update-{payload['update_id']}")

    async def drain() -> None:
        await tasks.drain(grace=10)

    app = WebhookApp(secret=SECRET, on_update=enqueue, metrics=Metrics(), on_shutdown=drain)
    port = _free_port()
    server = build_server(app, listen=f"127.0.0.1:{port}", graceful_seconds=5)
    serving = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn offers a flag, not an event
        await asyncio.sleep(0.01)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        response = await http.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})
        assert response.status_code == 200  # answered before the work is done
        assert finished == []
    await started.wait()
    server.should_exit = True
    await asyncio.wait_for(serving, timeout=20)
    assert finished == [10]
    assert tasks.pending == 0
    with pytest.raises(RuntimeError, match="shutting down"):
        tasks.spawn(process(UPDATE))


async def test_drain_cuts_off_work_that_outlasts_the_bound() -> None:
    tasks = BackgroundTasks()
    tasks.spawn(asyncio.sleep(30))
    tasks.spawn(asyncio.sleep(0))
    await asyncio.sleep(0.01)
    assert await tasks.drain(grace=0.1) == 1
    assert tasks.pending == 0
