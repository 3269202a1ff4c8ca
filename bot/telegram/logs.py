"""Logging without secrets: httpx logs every request URL at INFO, and Telegram's URLs hold the bot token, so the
HTTP client's loggers are kept at WARNING; a filter masks the token in anything that still carries it."""

from __future__ import annotations

import logging
from typing import Final

_NOISY: Final = ("httpx", "httpcore")
MASK: Final = "[token]"


def quiet_http_logs() -> None:
    for name in _NOISY:
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:  # NOTSET (0) included: it would follow the root logger down
            logger.setLevel(logging.WARNING)


class RedactToken(logging.Filter):
    """Replaces the token (and its secret half) in a record's message and arguments."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.secrets = sorted({s for s in (token, token.partition(":")[2]) if len(s) >= 8}, key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = self._clean(logging.Formatter().formatException(record.exc_info))
            record.exc_info, record.exc_text = None, text
        return True


def install_redaction(token: str) -> RedactToken:
    """Mask the token in every record that reaches the root logger's handlers (call after logging is set up)."""
    quiet_http_logs()
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    return redact
