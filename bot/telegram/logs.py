"""Logging without secrets.

httpx logs every request URL at INFO, and Telegram's URLs hold the bot token, so the HTTP client's loggers are
kept at WARNING. Whatever still gets logged passes a filter on every handler (so records from every logger,
python-telegram-bot's and httpx's debug lines included, go through it) that masks:

- the configured secrets themselves (the bot token and its secret half, passwords, API keys);
- anything shaped like a Telegram bot token (``123456:ABC…``), configured or not;
- the ``user:password@`` part of any URL.

Tracebacks are folded into one line (the exception's kind and where it was raised): a traceback quotes values,
and an operator's terminal should show one clear line per problem, not forty.
"""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path
from typing import Final

_NOISY: Final = ("httpx", "httpcore")
MASK: Final = "[token]"
CREDENTIALS_MASK: Final = "[credentials]"
MIN_SECRET_CHARS: Final = 6  # shorter values would mask ordinary words in log lines
_TOKEN_SHAPED: Final = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")
# Greedy up to the last "@" before the host, so a password containing "@" is masked whole.
_URL_CREDENTIALS: Final = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/\s]*@")


def quiet_http_logs() -> None:
    for name in _NOISY:
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:  # NOTSET (0) included: it would follow the root logger down
            logger.setLevel(logging.WARNING)


def where(error: BaseException) -> str:
    """The innermost frames of a traceback as file:line in function: no messages, no values."""
    frames = traceback.extract_tb(error.__traceback__)[-3:]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames)) or "?"


class RedactSecrets(logging.Filter):
    """Masks secrets in a record's message, arguments and exception; folds tracebacks into one line."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: list[str] = []

    def add(self, *secrets: str | None) -> None:
        found = set(self.secrets)
        for secret in secrets:
            if not secret:
                continue
            # A bot token's secret half can appear alone (e.g. split by a log line).
            for part in (secret, secret.partition(":")[2]):
                if len(part) >= MIN_SECRET_CHARS:
                    found.add(part)
        self.secrets = sorted(found, key=len, reverse=True)  # longest first: a token before its half

    def clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        text = _TOKEN_SHAPED.sub(MASK, text)
        return _URL_CREDENTIALS.sub(rf"\g<scheme>{CREDENTIALS_MASK}@", text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: keep what we can, never crash the caller
            message = str(record.msg)
        error = record.exc_info[1] if record.exc_info else None
        if error is not None:
            # The exception's text only in debug output: it can quote a URL or what a student typed.
            detail = f": {error}" if logging.getLogger().isEnabledFor(logging.DEBUG) else ""
            message = f"{message} [{type(error).__name__}{detail} at {where(error)}]"
        elif record.exc_text:
            message = f"{message} [{record.exc_text.strip().splitlines()[-1]}]"
        record.msg, record.args = self.clean(message), None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


_REDACT: Final = RedactSecrets()


def redact(text: str) -> str:
    """``text`` with every known secret, token-shaped string and URL password masked (for error lines too)."""
    return _REDACT.clean(text)


def install_redaction(*secrets: str | None) -> RedactSecrets:
    """Mask ``secrets`` (and anything token- or password-shaped) in every record that reaches a handler.

    Call after logging is set up; calling again adds secrets and any new handlers, never a second filter."""
    quiet_http_logs()
    _REDACT.add(*secrets)
    loggers = [logging.getLogger()] + [
        logger for logger in list(logging.Logger.manager.loggerDict.values()) if isinstance(logger, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if _REDACT not in handler.filters:
                handler.addFilter(_REDACT)
    if logging.lastResort is not None and _REDACT not in logging.lastResort.filters:
        logging.lastResort.addFilter(_REDACT)
    return _REDACT
