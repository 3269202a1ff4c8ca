"""A real HTTP server on 127.0.0.1 that plays every kind of web page the link review meets.

It records every request (method, path, Host, headers, answer) and the most requests it was serving at once
for each Host, so tests can assert what the review did and did not ask for.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def page(main: str, *, script: str = "var a = 1;", nav: str = "Home | About") -> bytes:
    return (
        "<!doctype html><html><head><title>Page</title>"
        f"<script>{script}</script><style>body {{ color: black; }}</style></head>"
        f"<body><header>Site header</header><nav>{nav}</nav>"
        f"<main><h1>Programme</h1><p>{main}</p></main>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


@dataclass
class Seen:
    method: str
    path: str
    host: str
    headers: dict[str, str]
    status: int | None = None  # None while the answer is being prepared


@dataclass
class SiteState:
    """What the pages say now; a test changes these between two reviews."""

    main_text: str = "Applications open in March. The fee is HK$2,000."
    script_text: str = "var version = 1;"
    nav_text: str = "Home | About"
    toggle_alive: bool = True
    slow_seconds: float = 2.0
    page_seconds: float = 0.02
    requests: list[Seen] = field(default_factory=list)
    in_flight: dict[str, int] = field(default_factory=dict)
    max_in_flight: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self, method: str | None = None) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests if method is None or r.method == method]

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return

    def _serve(self, method: str) -> None:
        site = self.server.site
        host = self.headers.get("Host", "")
        seen = Seen(method, self.path, host, dict(self.headers.items()))
        with site.lock:
            site.requests.append(seen)
            site.in_flight[host] = site.in_flight.get(host, 0) + 1
            site.max_in_flight[host] = max(site.max_in_flight.get(host, 0), site.in_flight[host])
        try:
            status, headers, body = self._answer(method, site)
            # Count the request as finished before the client can see the answer and send the next one.
            with site.lock:
                seen.status = status
                site.in_flight[host] -= 1
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if method == "GET":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (timeout test)

    def _answer(self, method: str, site: SiteState) -> tuple[int, dict[str, str], bytes]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        path = self.path
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, ROBOTS.encode()
        if path in ("/ok", "/new-home") or path.startswith("/private/"):
            return 200, html, page("A stable page about a summer programme.")
        if path == "/old":
            return 301, {"Location": "/new-home"}, b""
        if path == "/missing":
            return 404, html, b"not found"
        if path == "/error":
            return 500, html, b"server error"
        if path == "/slow":
            time.sleep(site.slow_seconds)
            return 200, html, page("Slow page.")
        if path == "/changing":
            return 200, html, page(site.main_text, script=site.script_text, nav=site.nav_text)
        if path == "/script-only":
            return 200, html, page("This text never changes.", script=site.script_text, nav=site.nav_text)
        if path == "/etag":
            tag = '"v1"'
            if self.headers.get("If-None-Match") == tag:
                return 304, {"ETag": tag}, b""
            return 200, {**html, "ETag": tag}, page("A page with an ETag.")
        if path == "/no-head":
            if method == "HEAD":
                return 405, {"Allow": "GET"}, b""
            return 200, html, page("This server only answers GET.")
        if path == "/toggle":
            return (200, html, page("Sometimes here.")) if site.toggle_alive else (404, html, b"gone")
        if path.startswith("/page/"):
            time.sleep(site.page_seconds)
            return 200, html, page(f"Page {path}.")
        return 404, html, b"no such page"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: SiteState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site


@contextmanager
def serve() -> Iterator[tuple[str, SiteState]]:
    """Start the site on a free port of 127.0.0.1; yield its base URL (no trailing slash) and its state."""
    site = SiteState()
    server = _Server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
