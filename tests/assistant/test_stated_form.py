"""A form stated in the message ("just finished DSE", 「我中五」) ranks options as a profile's form would."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.stated_filters import stated_form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("just finished DSE, bored until results", "after-dse"),
        ("考完 DSE 好悶，有咩短期課程？", "after-dse"),
        ("我中五，有咩營？", "S5"),
        ("im s6 and dse just ended, anything for the summer?", "after-dse"),  # S6 is over
        ("DSE 完咗，暑假有咩可以報？", "after-dse"),
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


def test_a_school_leaver_gets_options_open_to_them_even_when_the_search_finds_school_camps_first(
    assistant: Assistant,
) -> None:
    answer = assistant.answer("im s6 and dse just ended, anything i can sign up for this summer before results")
    assert answer.intent == "recommend"
    views = [assistant.entry(source.id) for source in answer.sources]
    open_to_them = [v for v in views if v is not None and (not v.forms or "after-dse" in v.forms)]
    assert len(open_to_them) >= 2
    assert views[0] in open_to_them
    assert "which you asked for" not in answer.text  # the student named no subject


def test_the_reason_names_a_subject_as_asked_only_when_it_was(assistant: Assistant) -> None:
    asked = assistant.answer("any engineering summer camps?")
    assert "Engineering, which you asked for" in asked.text
    not_asked = assistant.answer("anything i can join this summer?")
    assert "which you asked for" not in not_asked.text
