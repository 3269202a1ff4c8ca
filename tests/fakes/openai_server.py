"""A fake OpenAI-compatible server: a real HTTP server on 127.0.0.1 for embeddings and chat completions.

Tests script its behaviour per request (normal, 500, slow, garbage …) and read back what it received.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

Behaviour = Callable[[dict[str, Any]], tuple[int, Any]]


def fake_vector(text: str, dimension: int) -> list[float]:
    """A deterministic bag-of-words vector: each word is hashed into a dimension, so texts that share words
    are close, as with a real model, and equal texts embed equally."""
    vector = np.zeros(dimension)
    for word in re.findall(r"\w+", text.lower()):
        bucket = int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little") % dimension
        vector[bucket] += 1.0
    norm = np.linalg.norm(vector)
    return (vector / norm if norm else vector + 1 / np.sqrt(dimension)).tolist()  # type: ignore[no-any-return]


@dataclass
class FakeOpenAI:
    dimension: int = 64
    chat_replies: list[Behaviour | str] = field(default_factory=list)
    default_chat: str = "OK"
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    embeddings_status: int = 200
    delay_seconds: float = 0.0

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                try:
                    payload = json.loads(self.rfile.read(length) or b"{}")
                except json.JSONDecodeError:
                    payload = {}
                with fake._lock:
                    fake.requests.append((self.path, payload))
                if fake.delay_seconds:
                    time.sleep(fake.delay_seconds)
                status, body = fake.respond(self.path, payload)
                raw = body if isinstance(body, bytes) else json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def respond(self, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/embeddings"):
            if self.embeddings_status != 200:
                return self.embeddings_status, {"error": {"message": "unavailable"}}
            inputs = payload.get("input", [])
            inputs = [inputs] if isinstance(inputs, str) else inputs
            data = [
                {"object": "embedding", "index": i, "embedding": fake_vector(str(t), self.dimension)}
                for i, t in enumerate(inputs)
            ]
            return 200, {"object": "list", "data": data, "model": payload.get("model", ""), "usage": {}}
        if path.endswith("/chat/completions"):
            with self._lock:
                reply = self.chat_replies.pop(0) if self.chat_replies else self.default_chat
            if callable(reply):
                return reply(payload)
            return 200, chat_completion(reply, payload.get("model", "fake"))
        return 404, {"error": {"message": "not found"}}


def chat_completion(text: str, model: str = "fake") -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
