"""An entry named by its whole alias comes first, and a follow-up that names a sibling of the programme being
discussed (the same provider's entry titled with the question's word) goes to that sibling. Real catalogue, real
model, real database."""

from __future__ import annotations

from bot.assistant.assistant import Assistant
from bot.conversation import Conversation
from storage import Database
from tests.assistant.test_topic_tracking import ask_all


def test_a_whole_alias_puts_its_entry_before_one_repeating_its_words(assistant: Assistant) -> None:
    # The badges entry repeats "HKU SPACE" and "micro-credentials" and came first for the alias written out.
    for question in ("HKU SPACE micro-credential 係咩？", "what is HKU SPACE micro-credential"):
        assert assistant.answer(question).sources[0].id == "hku-space-microcredentials"


def test_a_follow_up_naming_a_siblings_title_word_goes_to_the_sibling(conversation: Conversation, db: Database) -> None:
    turns = ["HKU SPACE 嗰啲 microcred 係咩嚟", "咁要儲幾多 credit 先攞到 diploma？幾耐內要儲夠？"]
    assert ask_all(conversation, db, turns, telegram_id=313)[:1] == ["hku-space-stacked-awards"]


def test_a_follow_up_naming_nothing_new_stays_on_the_programme(conversation: Conversation, db: Database) -> None:
    turns = ["HKU SPACE microcredentials 係咩", "fee 幾多？"]
    assert ask_all(conversation, db, turns, telegram_id=314)[:1] == ["hku-space-microcredentials"]


def test_a_provider_named_alone_goes_to_its_entry_titled_like_the_last(
    conversation: Conversation, db: Database
) -> None:
    # IBM has a Data Science and a Data Analyst certificate; after Google's Data Analytics one, "the ibm one" is the
    # analyst certificate (the search alone put Data Science first).
    turns = ["google data analytics cert", "and the ibm one?"]
    assert ask_all(conversation, db, turns, telegram_id=315)[:1] == ["ibm-data-analyst"]
