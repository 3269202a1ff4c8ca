"""Things the catalogue never mentions are said to be unknown rather than answered with look-alikes: an exam or
scheme named by an acronym the catalogue never writes ("TOEFL", "AFS"), a university programme on a subject named with
its English in brackets (「電競（esports）」); and how to tell whether a fallback programme is accredited is explained
from the guides on judging a course, not answered with the routes list."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "how much is the TOEFL test in hk and where do i book it",
        "AFS 交換生計劃要幾錢？",
        "有冇大學辦嘅攝影（photography）暑期班？",
    ],
)
def test_what_the_catalogue_never_mentions_is_said_to_be_unknown(assistant: Assistant, question: str) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "no_answer"
    assert not answer.sources


@pytest.mark.parametrize(
    "question", ["is the SPN scheme worth it for jupas?", "how much is the JUPAS application fee?"]
)
def test_acronyms_the_catalogue_writes_are_still_answered(assistant: Assistant, question: str) -> None:
    assert assistant.answer(question).scope == "answer"


def test_checking_a_fallback_programmes_accreditation_is_explained(assistant: Assistant) -> None:
    answer = assistant.answer(
        "if my dse is bad and i take a higher diploma at a private college, how can i check it is accredited?"
    )
    assert answer.intent == "explain"
    assert {"how-to-judge-course-quality", "hkqf-and-qualifications-register"} & {s.id for s in answer.sources}
