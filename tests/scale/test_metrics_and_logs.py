"""Telegram errors sorted into metric labels; log lines as JSON without tokens, passwords or students' words."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.logging_setup import configure_logging, redact
from bot.metrics import Metrics, telegram_error_kind

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ"


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (RetryAfter(5), "429"),
        (BadRequest("Message is too long"), "bad_request"),
        (TimedOut(), "timeout"),
        (NetworkError("Internal Server Error (500)"), "5xx"),
        (NetworkError("Bad Gateway"), "5xx"),
        (NetworkError("connection reset"), "other"),
        (Forbidden("bot was blocked by the user"), "other"),
        (ValueError("x"), "other"),
    ],
)
def test_telegram_errors_are_sorted_by_kind(error: Exception, kind: str) -> None:
    assert telegram_error_kind(error) == kind
    metrics = Metrics()
    metrics.telegram_error(error)
    assert metrics.registry.get_sample_value("pathways_telegram_errors_total", {"kind": kind}) == 1


def test_answer_timing_and_fallbacks_are_counted_in_a_fresh_registry() -> None:
    metrics = Metrics()
    with pytest.raises(RuntimeError), metrics.time_answer("llm"):
        raise RuntimeError("the LLM failed")
    metrics.llm_fallback("timeout")
    metrics.update_processed("duplicate")
    assert metrics.registry.get_sample_value("pathways_answer_seconds_count", {"mode": "llm"}) == 1
    assert metrics.registry.get_sample_value("pathways_answer_seconds_count", {"mode": "grounded"}) == 0
    assert metrics.registry.get_sample_value("pathways_llm_fallbacks_total", {"reason": "timeout"}) == 1
    assert metrics.registry.get_sample_value("pathways_updates_processed_total", {"outcome": "duplicate"}) == 1
    assert Metrics().registry.get_sample_value("pathways_llm_fallbacks_total", {"reason": "timeout"}) is None


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_json_lines_parse_and_hold_no_token_password_or_student_text() -> None:
    stream = io.StringIO()
    configure_logging(log_format="json", stream=stream)
    log = logging.getLogger("bot.telegram.app")
    log.info("calling https://api.telegram.org/bot%s/sendMessage", TOKEN, extra={"chat_kind": "private", "count": 3})
    log.warning("database at postgresql+psycopg://pathways:hunter2@db:5432/app is slow")
    log.info("question received", extra={"text": "I feel sad about my DSE", "question": "what is JUPAS"})
    try:
        raise RuntimeError(f"token {TOKEN} rejected")
    except RuntimeError:
        log.exception("send failed")
    output = stream.getvalue()
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert len(lines) == 4
    assert {"time", "level", "logger", "message"} <= set(lines[0])
    assert lines[0]["logger"] == "bot.telegram.app"
    assert lines[0]["level"] == "INFO"
    assert lines[0]["chat_kind"] == "private"
    assert lines[0]["count"] == 3
    assert "[token]" in lines[0]["message"]
    assert "[credentials]@db" in lines[1]["message"]
    assert "text" not in lines[2]
    assert "question" not in lines[2]
    assert "RuntimeError" in lines[3]["exception"]
    for secret in (TOKEN, "hunter2", "I feel sad", "JUPAS", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ"):
        assert secret not in output


@pytest.mark.usefixtures("restore_logging")
def test_plain_text_is_the_default_and_is_redacted_too() -> None:
    stream = io.StringIO()
    configure_logging(stream=stream)
    logging.getLogger("x").warning("redis://:topsecret@cache:6379/0 with %s", TOKEN)
    output = stream.getvalue()
    assert "WARNING x: redis://[credentials]@cache:6379/0 with [token]" in output
    assert not output.startswith("{")


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "update 123456 from chat 987654321 at https://example.org/path?a=1"
    assert redact(text) == text
