"""Fixtures for the `pathways` command tests. The shared ones (the small catalogue, the real embedding model, the
CLI as a subprocess) come from tests/conftest.py; these are reused from the folders that own them, so there is
one definition of each: a database on each backend (tests/storage) and the Bot API fake with one small real
index (tests/telegram)."""

from __future__ import annotations

from tests.storage.conftest import db_url, fresh_postgres_url, postgres_url
from tests.telegram.conftest import bot_index, fake_telegram

__all__ = ["bot_index", "db_url", "fake_telegram", "fresh_postgres_url", "postgres_url"]
