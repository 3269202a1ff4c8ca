"""A form stated in the message ("just finished DSE", 「我中五」) ranks options as a profile's form would."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.question_rules import stated_form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("just finished DSE, bored until results", "after-dse"),
        ("考完 DSE 好悶，有咩短期課程？", "after-dse"),
        ("我中五，有咩營？", "S5"),
        ("what can i do after DSE if i fail?", None),  # not yet sat: no form stated
    ],
)
def test_the_form_a_message_states(text: str, form: str | None) -> None:
    assert stated_form(text) == form


def test_a_school_leaver_gets_options_open_to_them_first(assistant: Assistant) -> None:
    answer = assistant.answer("just finished DSE, bored until results. anything i can sign up for this summer?")
    assert answer.intent == "recommend"
    first = assistant.entry(answer.sources[0].id)
    assert first is not None
    assert not first.forms or "after-dse" in first.forms
