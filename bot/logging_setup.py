"""Logging for a worker: plain text by default, JSON lines with ``PATHWAYS_LOG_FORMAT=json``.

Whatever the format, a redaction filter on the handler masks anything shaped like a Telegram bot token and the
``user:password@`` part of URLs, in the message, its arguments, extra fields and tracebacks. JSON lines carry
``time``, ``level``, ``logger``, ``message`` and the record's extra fields — except fields named like a student's
words (``text``, ``question``, ``answer`` …), which are dropped: logs never hold what a student wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from typing import Any, Final, Literal, TextIO

LogFormat = Literal["text", "json"]
TEXT_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_TOKEN: Final = re.compile(r"\d{6,}:[A-Za-z0-9_-]{30,}")
_URL_CREDENTIALS: Final = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s:]*:[^/@\s]*@")
# Extra fields that could hold a student's words: never written, whatever their value.
PRIVATE_FIELDS: Final = frozenset({"text", "message_text", "question", "answer", "caption", "payload", "update"})
# The attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD: Final = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


def redact(text: str) -> str:
    text = _TOKEN.sub("[token]", text)
    return _URL_CREDENTIALS.sub(r"\g<scheme>[credentials]@", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record in place (on the handler, so records from every logger pass through it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: keep what we can, never crash the caller
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        for name, value in list(record.__dict__.items()):
            if name in _STANDARD:
                continue
            if name in PRIVATE_FIELDS:
                delattr(record, name)
            elif isinstance(value, str):
                setattr(record, name, redact(value))
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, value in record.__dict__.items():
            if name not in _STANDARD and name not in PRIVATE_FIELDS and name not in entry:
                entry[name] = value if isinstance(value, str | int | float | bool | None) else redact(repr(value))
        if record.exc_text:
            entry["exception"] = record.exc_text
        elif record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(
    *, log_format: LogFormat = "text", level: int | str = logging.INFO, stream: TextIO | None = None
) -> logging.Handler:
    """Replace the root logger's handlers with one (on ``stream``, default stderr); returns it."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
