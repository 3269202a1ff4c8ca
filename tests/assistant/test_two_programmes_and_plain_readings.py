"""Questions read as a student means them: two programmes asked about in one message, a programme two providers run
together, a part of an application form, results written as grades, a study trip, students' shortenings, and a
thin list of options under stated filters. Real catalogue, real model."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from knowledge.lexical import query_tokens, tokens


def _cited(assistant: Assistant, question: str) -> list[str]:
    return [source.id for source in assistant.answer(question).sources]


@pytest.mark.parametrize(
    ("question", "first", "second", "facts"),
    [
        (
            "AWS Cloud Practitioner 個 exam 幾錢？Meta 嘅 Digital Marketing Associate exam 又要幾錢？",
            "meta-certification-exams",
            "aws-cloud-practitioner",
            ["100 美元", "75 美元"],
        ),
        (
            "which forms can join HKFYG's AI for Sustainability programme, and how long does the HKU SciSeed "
            "programme last?",
            "hku-hkfyg-jc-sciseed",
            "hkfyg-leadership21-summer-programmes",
            ["two years", "S4–S6"],
        ),
    ],
)
def test_a_second_programme_asked_about_in_its_own_part_is_answered_too(
    assistant: Assistant, question: str, first: str, second: str, facts: list[str]
) -> None:
    answer = assistant.answer(question)
    assert [source.id for source in answer.sources][:2] == [first, second]
    for fact in facts:
        assert fact in answer.text


def test_one_programme_asked_about_twice_is_not_doubled(assistant: Assistant) -> None:
    cited = _cited(assistant, "how much is the CUHK Summer Institute? and when is the deadline?")
    assert cited == ["cuhk-summer-institute"]


def test_a_programme_two_providers_run_together_is_no_comparison(assistant: Assistant) -> None:
    answer = assistant.answer("聽講浸大同 Google 合作有免費 Google cert 讀，我中五可唔可以報？")
    assert answer.intent == "lookup"
    assert answer.sources[0].id == "hkbu-google-career-certificates"


def test_a_part_of_the_application_is_asked_about_not_options(assistant: Assistant) -> None:
    answer = assistant.answer("is there a personal statement in jupas or do i just write stuff in oea")
    assert answer.intent == "explain"
    assert answer.sources[0].id == "jupas-oea"


@pytest.mark.parametrize(
    "question",
    ["估計得22222咁上下 讀唔讀到hd", "my results will probably be low, what would you recommend for me?"],
)
def test_expected_results_ask_for_routes_not_a_refusal(assistant: Assistant, question: str) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "answer"
    assert answer.intent == "routes"


def test_a_study_trip_abroad_is_a_programme_question(assistant: Assistant) -> None:
    answer = assistant.answer("does lingnan run a summer exchange trip to korea for secondary students?")
    assert answer.scope == "no_answer"  # the catalogue lists no such trip, and says so
    assert "lingnan summer exchange trip" in answer.text.lower()


def test_students_shortenings_match_the_words_the_catalogue_uses() -> None:
    assert "university" in query_tokens("how many unis are in jupas")
    assert tokens("uni") == tokens("university")


def test_how_many_universities_is_answered_from_what_jupas_is(assistant: Assistant) -> None:
    assert _cited(assistant, "how many unis are in jupas")[0] == "what-is-jupas"


def test_a_thin_list_under_stated_filters_adds_close_matches_and_says_so(assistant: Assistant) -> None:
    answer = assistant.answer("我好鍾意化學，有冇網上嘅嘢可以俾中五生試下大學程度嘅化學？")
    assert answer.intent == "recommend"
    assert len(answer.sources) >= 3
    assert "相近的選擇" in answer.text
    assert "hkust-chemists-online" in [source.id for source in answer.sources]


def test_online_certificates_that_state_no_form_are_offered_to_a_form(assistant: Assistant) -> None:
    cited = _cited(assistant, "google 有咩 cert 啱識少少 python 嘅 f5？")
    assert cited[0] == "google-it-automation-python"
    assert all(source.startswith("google-") for source in cited)


def test_a_guide_named_beside_jupas_answers(assistant: Assistant) -> None:
    # JUPAS is where every application goes; the question is about E-APP.
    cited = _cited(assistant, "E-APP 主要報名期係幾時？報咗會唔會影響我 JUPAS？")
    assert cited[0] == "e-app-non-jupas"


def test_compare_a_with_b_shows_both_sides(assistant: Assistant) -> None:
    answer = assistant.answer("compare HKU's social sciences summer programme with the nursing & social work joint one")
    assert answer.intent == "compare"
    assert [source.id for source in answer.sources][:2] == [
        "hku-social-sciences-summer-programme",
        "hku-nursing-social-work-summer",
    ]


def test_googling_names_no_provider(assistant: Assistant) -> None:
    cited = _cited(assistant, "HKMU 都大有冇暑期 taster 俾中學生 join？google 完都唔見")
    assert cited
    assert all(source.startswith("hkmu-") for source in cited)


def test_a_code_typed_without_its_hyphen_still_names_the_entry(assistant: Assistant) -> None:
    assert (
        _cited(assistant, "AZ900 考試費幾錢？考到個 cert 之後會唔會過期？")[0] == "microsoft-azure-fundamentals-az-900"
    )


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "how many items can i put in my OEA? also whats the max file size when uploading SLP to jupas",
            "slp-and-ole",
            "jupas-oea",
        ),
        (
            "ApL 總共要上幾多個鐘？仲有 332A 嘅 A 係咪指公民科達標？",
            "applied-learning-apl",
            "jupas-minimum-requirements-332a",
        ),
    ],
)
def test_two_guides_asked_about_in_two_parts_are_both_cited(
    assistant: Assistant, question: str, first: str, second: str
) -> None:
    assert _cited(assistant, question)[:2] == [first, second]


def test_whether_the_cef_covers_a_course_gives_its_conditions(assistant: Assistant) -> None:
    answer = assistant.answer("CEF 可唔可以 cover Coursera 啲 cert 㗎？想讀 Google data analytics")
    assert "continuing-education-fund" in [source.id for source in answer.sources]
    assert "課程搜尋器" in answer.text  # which courses count: the course search
    assert "七成" in answer.text  # and the attendance a refund needs


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        # The kind in the plural after "what … does PolyU run" asks for the provider's list.
        ("what summer programmes does PolyU run for S4 and S5?", "recommend", None),
        # Whether a kind of programme counts for JUPAS is advice: the OEA and SLP guides answer it.
        ("Is a university taster worth it — will it count for my JUPAS?", "explain", "tasters-oea-slp-and-gaps"),
        ("做 taster 對 JUPAS 有冇幫助？", "explain", None),
        # 「有咩關係？」 ends a question: the taster programme after it asks about the SLP, not for options.
        ("SLP 同 OEA 有咩關係？我參加過嘅 taster programme 可以寫入去嗎？", "explain", None),
    ],
)
def test_lists_and_advice_read_from_the_words(
    assistant: Assistant, question: str, intent: str, first: str | None
) -> None:
    answer = assistant.answer(question)
    assert answer.intent == intent
    if first is not None:
        assert answer.sources[0].id == first


def test_a_programmes_two_word_name_before_a_list_question_is_looked_up(assistant: Assistant) -> None:
    answer = assistant.answer("青協 Leadership 21 2024 年暑假有咩課程？邊個只限中四至中六？")
    assert answer.intent == "lookup"
    assert [source.id for source in answer.sources] == ["hkfyg-leadership21-summer-programmes"]


def test_a_word_asked_for_its_meaning_is_no_distress(assistant: Assistant) -> None:
    answer = assistant.answer("啲 taster 攞到嘅 credit 係咪去邊間 U 都用得？stackable 即係咩意思 =.=")
    assert answer.scope == "answer"
    assert "18111" not in answer.text
