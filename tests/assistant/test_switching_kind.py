"""A question that names another kind of programme after a programme was discussed ("what about university tasters,
any in summer?" after a certificate) asks about that kind now; the programme's own certificate ("do i get a cert at
the end?") is still a question about it."""

from __future__ import annotations

from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_conversation_turns import last_answer


def test_tasters_asked_after_a_certificate_are_tasters(conversation: Conversation, db: Database) -> None:
    turns = ["is the google cybersecurity cert ok for beginners", "what about university tasters, any in summer?"]
    answer = last_answer(conversation, db, turns, telegram_id=951)
    assert answer.scope == "answer"
    assert answer.sources
    assert {s.kind for s in answer.sources} == {"taster"}, answer.sources


def test_micro_credentials_asked_after_a_taster_are_micro_credentials(conversation: Conversation, db: Database) -> None:
    turns = ["中大暑期學院係咩嚟？", "咁微證書呢？"]
    answer = last_answer(conversation, db, turns, telegram_id=952)
    assert "cuhk-summer-institute" not in {s.id for s in answer.sources}
    assert answer.sources
    assert "微證書" in answer.text


def test_the_programmes_own_certificate_is_still_about_it(conversation: Conversation, db: Database) -> None:
    turns = ["what's cityu's summer research internship", "do u get a cert at the end?"]
    answer = last_answer(conversation, db, turns, telegram_id=953)
    assert answer.sources[0].id == "cityu-bright-future-engineering-talent-hub"
