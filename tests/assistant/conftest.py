"""An assistant over the real catalogue (real model, real Chroma), and a real SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.assistant.assistant import Assistant
from bot.conversation import Conversation
from knowledge.search import KnowledgeSearcher
from storage import Database, connect, migrate


@pytest.fixture(scope="session")
def assistant(full_index: KnowledgeSearcher) -> Assistant:
    return Assistant(full_index)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'pathways.db'}"
    migrate.upgrade(url)
    database = connect(url)
    yield database
    database.engine.dispose()


@pytest.fixture
def conversation(assistant: Assistant, db: Database) -> Conversation:
    return Conversation(assistant, db)
