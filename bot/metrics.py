"""Prometheus metrics of a worker, in their own registry (tests build fresh ones; one worker holds one).

What is counted: updates received (by the webhook) and processed (by outcome), answer latency by mode
(``grounded`` or ``llm``), fallbacks from the LLM to the grounded answer, Telegram API errors by kind, the depth of
the update queue, and messages sent (the outbound rate is ``rate(pathways_outbound_messages_total[1m])``).

This module never imports ``telegram``: errors are classified by their class names, so it can sit beside the
transport without depending on it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Final, Literal

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

AnswerMode = Literal["grounded", "llm"]
ErrorKind = Literal["429", "5xx", "bad_request", "timeout", "other"]
ERROR_KINDS: Final[tuple[ErrorKind, ...]] = ("429", "5xx", "bad_request", "timeout", "other")
# Up to a minute: an LLM answer that takes longer is cut off by the answer timeout anyway.
LATENCY_BUCKETS: Final = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0, 60.0)
_SERVER_ERROR: Final = re.compile(r"\(5\d\d\)|bad gateway|internal server error|service unavailable", re.IGNORECASE)


def telegram_error_kind(error: BaseException) -> ErrorKind:
    """Sort an exception from python-telegram-bot (by class name, most specific first) into a metric label."""
    names = {cls.__name__ for cls in type(error).__mro__}
    if "RetryAfter" in names:
        return "429"
    if "BadRequest" in names:
        return "bad_request"
    if "TimedOut" in names or isinstance(error, TimeoutError):
        return "timeout"
    if "NetworkError" in names and _SERVER_ERROR.search(str(error)):
        return "5xx"  # PTB raises NetworkError for Telegram's 5xx replies, with the status in the message
    return "other"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.updates_received = Counter(
            "pathways_updates_received", "Updates accepted from Telegram by the webhook", registry=r
        )
        self.updates_processed = Counter(
            "pathways_updates_processed", "Updates processed, by outcome", ["outcome"], registry=r
        )
        self.answer_seconds = Histogram(
            "pathways_answer_seconds",
            "Time from a question to its answer, by how it was answered",
            ["mode"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.llm_fallbacks = Counter(
            "pathways_llm_fallbacks", "Answers given without the LLM although it was configured", ["reason"], registry=r
        )
        self.telegram_errors = Counter(
            "pathways_telegram_errors", "Telegram Bot API errors, by kind", ["kind"], registry=r
        )
        self.queue_depth = Gauge("pathways_update_queue_depth", "Updates waiting to be processed", registry=r)
        self.outbound_messages = Counter("pathways_outbound_messages", "Messages sent to Telegram", registry=r)
        for kind in ERROR_KINDS:
            self.telegram_errors.labels(kind=kind)  # every kind shows (as 0) before its first error
        for mode in ("grounded", "llm"):
            self.answer_seconds.labels(mode=mode)

    # Helpers the handlers call -------------------------------------------------------------------------------

    def update_received(self) -> None:
        self.updates_received.inc()

    def update_processed(self, outcome: Literal["ok", "error", "duplicate"] = "ok") -> None:
        self.updates_processed.labels(outcome=outcome).inc()

    def answered(self, mode: AnswerMode, seconds: float) -> None:
        self.answer_seconds.labels(mode=mode).observe(seconds)

    @contextmanager
    def time_answer(self, mode: AnswerMode) -> Iterator[None]:
        """``with metrics.time_answer("llm"): ...`` — observed even when the block raises."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.answered(mode, time.perf_counter() - started)

    def llm_fallback(self, reason: str = "error") -> None:
        """``reason``: a fixed word ("timeout", "error", "check_failed"), never text from a student."""
        self.llm_fallbacks.labels(reason=reason).inc()

    def telegram_error(self, error: BaseException) -> ErrorKind:
        kind = telegram_error_kind(error)
        self.telegram_errors.labels(kind=kind).inc()
        return kind

    def message_sent(self, count: int = 1) -> None:
        self.outbound_messages.inc(count)

    def watch_queue_depth(self, depth: Callable[[], float]) -> None:
        """Read the depth when scraped, e.g. ``metrics.watch_queue_depth(application.update_queue.qsize)``."""
        self.queue_depth.set_function(depth)

    def exposition(self) -> tuple[bytes, str]:
        """The body and content type of ``/metrics``."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
