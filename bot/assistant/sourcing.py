"""What an answer cites, and the last check on what it may say: no phone number or link reaches a student unless
an approved entry field or a cited page holds it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from bot.assistant.types import Answer, Source
from knowledge.safety import approved_contacts, redact_contacts
from knowledge.views import EntryView

logger = logging.getLogger(__name__)


def contacts_checked(answer: Answer, approved_pages: Sequence[str] = ()) -> Answer:
    text, removed = redact_contacts(
        answer.text, approved_contacts(), [*approved_pages, *(s.url for s in answer.sources)]
    )
    if not removed:
        return answer
    logger.warning("removed %d unapproved contact(s) from an answer", len(removed))
    return replace(answer, text=text, notes=(*answer.notes, "unapproved contacts removed"))


def source_of(entry: EntryView) -> Source:
    return Source(
        entry.id, entry.title_en, entry.refs, entry.url, entry.seen, entry.kind, entry.title_zh, entry.confidence
    )
