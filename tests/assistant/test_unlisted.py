"""A programme the catalogue does not list, named with a provider it knows: said plainly, with what that
provider does have, and never answered from a look-alike entry (real catalogue, real model)."""

from __future__ import annotations

import pytest

from bot.assistant.acronyms import provider_of
from bot.assistant.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "named", "provider"),
    [
        ("when does the cuhk mini medical school open for applications", "cuhk mini medical school", "cuhk"),
        ("科大有冇無人機暑期班俾中四報？幾錢？", "科大無人機暑期班", "hkust"),
        ("嶺大暑期電影工作坊幾時有？", "嶺大暑期電影工作坊", "lingnan"),
        ("does hkmu run a nursing taster day for S4?", "hkmu nursing taster day", "hkmu"),
        ("浸大中醫 summer 體驗班幾時開始？", "浸大中醫 summer 體驗班", "hkbu"),
        # A department that runs it, before "run a": named back without the verb.
        ("does HKU dentistry run a summer camp for S4 students?", "HKU dentistry summer camp", "hku"),
        # A department or school the catalogue lacks, pointed at with 嗰個 or with a kind word inside its name.
        ("城大法律學院嗰個中學生暑期營幾時開始報名？", "城大法律學院嗰個中學生暑期營", "cityu"),
        (
            "how much is the HKBU Academy of Film summer filmmaking workshop for S5 students?",
            "HKBU Academy of Film summer filmmaking workshop",
            "hkbu",
        ),
    ],
)
def test_an_unlisted_programme_is_named_back_with_the_providers_own_programmes(
    assistant: Assistant, question: str, named: str, provider: str
) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "no_answer"
    assert named in answer.text
    # What the provider does have follows, and only the provider's.
    assert answer.sources
    assert all(provider_of(source.id) == provider for source in answer.sources)
    assert all(source.title in answer.text or source.title_zh in answer.text for source in answer.sources)


def test_a_programme_that_stopped_is_listed_with_the_year_it_last_ran(assistant: Assistant) -> None:
    answer = assistant.answer("is there a cityu animation summer camp for S5?")
    assert answer.scope == "no_answer"
    past = [assistant.entry(source.id) for source in answer.sources]
    stopped = [view for view in past if view is not None and view.status == "past"]
    assert stopped, "CityU's list holds a programme that stopped"
    for view in stopped:
        line = next(line for line in answer.text.splitlines() if view.title_en in line)
        assert f"last ran in {view.last_run or view.seen}" in line


@pytest.mark.parametrize(
    "question",
    [
        "cuhk summer institute 幾錢？",  # the programme itself
        "hkust ev summer program can i apply myself",  # a programme the provider lists, in its words
        "tell me abt the cuhk sumer institute",  # a misspelling of a word the entry uses
        "HKU SAPCE summer school 幾歲先報得？",  # two letters swapped
        "港大醫學院暑期課程要唔要面試？",  # a faculty says who runs it
        "城大喺 FutureLearn 開過咩網上課程？",  # a question about the provider's courses, not a name
        "does hkmu have any micro credential courses i can take",  # "micro-credential" written apart
        "科大嗰個整電動車嘅暑期課程，同邊間公司合辦？",  # a description of a listed programme
    ],
)
def test_a_listed_programme_or_a_question_about_a_provider_is_not_called_unlisted(
    assistant: Assistant, question: str
) -> None:
    assert assistant.unlisted.named_in(question) is None
    assert assistant.answer(question).scope == "answer"
