"""The grounded composer on the real catalogue: language, sources, follow-ups, profile effects, no answer."""

from __future__ import annotations

import re

import pytest

from bot.assistant.acronyms import provider_of
from bot.assistant.assistant import Assistant
from bot.assistant.composer import facts_block
from bot.assistant.types import StudentContext
from bot.assistant.understanding.language import chinese_share, detect_language
from bot.assistant.wording import Wording


def ids(answer: object) -> list[str]:
    return [s.id for s in answer.sources]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("How much is it?", "en"), ("中大暑期課程幾錢", "zh-Hant"), ("中大 summer programme 幾錢", "mixed"), ("👍", "en")],
)
def test_language_detection(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("question", "language", "entry"),
    [
        ("How much is the CUHK Summer Institute?", "en", "cuhk-summer-institute"),
        ("中大暑期學院幾錢？", "zh-Hant", "cuhk-summer-institute"),
        ("中大 summer institute 幾錢呀", "mixed", "cuhk-summer-institute"),
        ("When is the JUPAS OEA deadline?", "en", "jupas-oea"),
        ("持續進修基金幾多歲先可以用？", "zh-Hant", "continuing-education-fund|cef-history-and-eligible-courses"),
        ("HKU SPACE 嘅 microcredential 有幾多 credit", "mixed", "hku-space-microcredentials"),
    ],
)
def test_lookup_answers_in_the_students_language_with_the_right_source(
    assistant: Assistant, question: str, language: str, entry: str
) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "answer"
    assert answer.mode == "grounded"
    assert answer.language == language
    assert ids(answer)[0] in entry.split("|")
    share = chinese_share(answer.text)
    if language == "en":
        assert share < 0.05
    else:
        assert share > 0.5  # mixed questions are answered in Chinese, English terms kept
    assert str(answer.sources[0].seen) in answer.text  # every answer says how old its facts are
    assert answer.sources[0].url in answer.text


def test_fee_lookup_gives_the_fee_with_its_year(assistant: Assistant) -> None:
    answer = assistant.answer("How much is the CUHK Summer Institute?")
    assert "HK$7,200" in answer.text
    assert "2022" in answer.text


def test_follow_up_resolves_from_the_students_own_previous_question(assistant: Assistant) -> None:
    context = StudentContext(recent_questions=("Tell me about the HKUST Summer Institute",))
    answer = assistant.answer("how much is it?", context)
    assert ids(answer) == ["hkust-summer-institute"]
    zh = assistant.answer("咁幾時報名？", StudentContext(recent_questions=("中大暑期學院係咩嚟",)))
    assert ids(zh) == ["cuhk-summer-institute"]
    # Without history the same words cannot be pinned to a programme.
    assert ids(assistant.answer("how much is it?")) != ["hkust-summer-institute"]


@pytest.mark.parametrize(
    ("earlier", "question", "expected"),
    [
        ("港大暑期學院係咩？", "仲有冇辦？", "hku-summer-institute"),  # names nothing, matches no rule
        ("毅進文憑係咩？", "我仲可唔可以讀？", "diploma-yi-jin"),
        ("tell me about the google data analytics certificate", "and the ibm data analyst one?", "ibm-data-analyst"),
        # The follow-up names nothing of its own; alone it is closest to other programmes (SAYT, a certificate).
        ("is the cuhk summer institute worth it", "do i get credits?", "cuhk-summer-institute"),
        ("CEF 係咩嚟？", "我 S5 可唔可以用？", "continuing-education-fund"),
    ],
)
def test_a_follow_up_keeps_the_programme_and_takes_what_is_new(
    assistant: Assistant, earlier: str, question: str, expected: str
) -> None:
    answer = assistant.answer(question, StudentContext(recent_questions=(earlier,)))
    assert ids(answer)[0] == expected


def test_a_question_that_stands_alone_is_not_bent_to_the_previous_one(assistant: Assistant) -> None:
    context = StudentContext(recent_questions=("How much is the HKUST Summer Institute?",))
    answer = assistant.answer("What is the Continuing Education Fund?", context)
    assert ids(answer)[0] == "continuing-education-fund"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A practical question about a scheme the question names is answered from the scheme, not from a guide
        # that shares other words (「之後先」) or tells the scheme's history.
        ("點樣 claim CEF？要俾晒錢先定係之後先退？", "continuing-education-fund"),
        ("how do i claim cef", "continuing-education-fund"),
        # A guide at the top is kept when the certificate below it is only close in meaning, not in words.
        ("我係 non-local student，可唔可以用 JUPAS？", "what-is-jupas"),
    ],
)
def test_a_practical_question_is_answered_from_the_entry_it_names(
    assistant: Assistant, question: str, expected: str
) -> None:
    assert ids(assistant.answer(question))[-1] == expected


def test_a_year_gone_by_is_answered_from_the_schemes_history(assistant: Assistant) -> None:
    answer = assistant.answer("what was the CEF max subsidy back in 2019")
    assert ids(answer)[0] == "cef-history-and-eligible-courses"
    assert "20,000" in answer.text


@pytest.mark.parametrize(
    "question",
    ["when did the cef limit go up to 20k? and when to 25k", "CEF 2019 年改咗之後，年齡限制係幾多歲至幾多歲？"],
)
def test_a_change_gone_by_is_answered_from_the_schemes_history(assistant: Assistant, question: str) -> None:
    # Both were answered from the scheme's entry, which gives today's rules only.
    assert ids(assistant.answer(question))[0] == "cef-history-and-eligible-courses"


def test_a_two_part_follow_up_gets_both_parts(assistant: Assistant) -> None:
    """「幾時搞？使唔使錢？」: the dates paragraph, and the fee line though the entry only says it is not listed."""
    context = StudentContext(
        recent_questions=("hkbu science festival 係咩嚟",), recent_topics=("hkbu-science-festival",)
    )
    answer = assistant.answer("幾時搞㗎？使唔使錢？", context)
    assert ids(answer) == ["hkbu-science-festival"]
    assert "8 月 2 日" in answer.text
    assert "沒有列明" in answer.text


def test_profile_form_flags_programmes_the_student_cannot_join(assistant: Assistant) -> None:
    question = "HKU Empowering Future Healthcare Academy"
    s5 = assistant.answer(question, StudentContext(form="S5"))
    assert ids(s5)[0] == "hku-empowering-future-healthcare-academy"
    assert "may not be able to join" in s5.text
    s3 = assistant.answer(question, StudentContext(form="S3"))
    assert "may not be able to join" not in s3.text


def test_recommendation_fits_the_profile(assistant: Assistant) -> None:
    context = StudentContext(form="S5", interests=("medicine-health",))
    answer = assistant.answer("any summer programme recommendations for me?", context)
    assert answer.intent == "recommend"
    assert 3 <= len(answer.sources) <= 5
    views = [assistant.entry(s.id) for s in answer.sources]
    assert all(v is not None and "medicine-health" in v.subjects for v in views[:3])
    assert all(v is not None and (not v.forms or "S5" in v.forms) for v in views[:3])
    assert "fits your interest in Medicine & health" in answer.text


def test_stated_filters_are_applied(assistant: Assistant) -> None:
    answer = assistant.answer("Any free online certificates?")
    assert answer.intent == "recommend"
    views = [assistant.entry(s.id) for s in answer.sources]
    assert views
    for view in views:
        assert view is not None
        assert view.fee_hkd == 0 or "closest matches" in answer.text


def test_comparison_is_side_by_side(assistant: Assistant) -> None:
    answer = assistant.answer("compare the CUHK summer institute and the HKUST summer institute")
    assert answer.intent == "compare"
    assert set(ids(answer)) == {"cuhk-summer-institute", "hkust-summer-institute"}
    assert answer.text.count("Who may join") == 2


def test_explainer_uses_the_guide(assistant: Assistant) -> None:
    answer = assistant.answer("咩係微證書？")
    assert answer.intent == "explain"
    view = assistant.entry(ids(answer)[0])
    assert view is not None
    assert view.kind == "guide"


def test_unknown_programme_is_not_invented(assistant: Assistant) -> None:
    answer = assistant.answer("Does Oxford run a Minecraft summer camp for F4?")
    assert answer.scope == "no_answer"
    assert answer.sources == ()
    assert "Oxford" in answer.text
    assert "https://www.jupas.edu.hk" in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("does shue yan uni run any summer taster for s5?", "shue yan"),
        ("聖方濟各大學暑假有冇俾中學生參加嘅體驗營？", "聖方濟各"),
        ("how much is a udacity nanodegree?", "udacity"),
        ("does oxford uniq take hk students", "oxford uniq"),
        ("港大醫科去年收生分數中位數係幾多？", "中位數"),  # the catalogue holds no admission scores
        ("what's the starting salary after the google data analytics cert?", "salary"),
        ("HKOI 幾時報名？", "HKOI"),
    ],
)
def test_a_place_the_catalogue_lacks_is_named_back_however_written(
    assistant: Assistant, question: str, name: str
) -> None:
    # Lower case and Chinese used to reach the closest look-alike entry (another university's camp).
    answer = assistant.answer(question)
    assert answer.scope == "no_answer"
    assert answer.sources == ()
    assert name in answer.text


def test_pathway_plan(assistant: Assistant) -> None:
    plan = assistant.plan(StudentContext(form="S6", interests=("data-ai",), language="en"))
    assert plan.intent == "plan"
    assert "OEA" in plan.text
    assert "2 January" in plan.text  # S6 gets the OEA deadline
    kinds = {assistant.entry(s.id).kind for s in plan.sources}  # type: ignore[union-attr]
    assert "taster" in kinds
    assert kinds & {"microcredential", "certificate"}


def test_course_card(assistant: Assistant) -> None:
    card = assistant.card("cuhk-summer-institute", "zh-Hant")
    assert card is not None
    assert "中大暑期學院" in card.text
    assert assistant.card("no-such-entry", "en") is None


def test_links_in_grounded_answers_come_from_sources_or_the_allow_list(assistant: Assistant) -> None:
    for question in ("CEF 點申請", "What is OEA?", "any engineering taster for S4?", "Oxford summer"):
        answer = assistant.answer(question)
        allowed = {s.url for s in answer.sources} | {"https://www.jupas.edu.hk"}
        for url in re.findall(r"https?://\S+", answer.text):
            assert url.rstrip("。.,)）") in allowed, url


def test_greeting_gets_a_welcome_not_a_no_answer(assistant: Assistant) -> None:
    for text, lang in (("hi", "en"), ("你好", "zh-Hant")):
        answer = assistant.answer(text)
        assert answer.scope == "answer"
        assert answer.language == lang
        assert "DSE Pathways" in answer.text


@pytest.mark.parametrize(
    ("text", "said"),
    [("are you a bot or a real person?", "a bot, not a person"), ("你係 bot 定真人嚟㗎？", "唔係真人")],
)
def test_asking_whether_it_is_a_bot_gets_a_straight_answer(assistant: Assistant, text: str, said: str) -> None:
    answer = assistant.answer(text)
    assert answer.scope == "answer"  # the router had read 「係 bot 定真人」 as scorn
    assert said in answer.text
    assert not answer.sources


def test_the_own_data_answer_says_what_a_class_teacher_sees(assistant: Assistant) -> None:
    answer = assistant.answer("if i join my teacher's class link, can my teacher see what i ask?")
    assert "never your questions" in answer.text
    assert "/forget" in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "i think im gonna get like level 1 in english for dse. is there any way to still study after",
        "我估計 DSE 得 22222 左右，仲可以讀咩？",
        "放榜前應該報定啲咩做後備？好驚入唔到 JUPAS",
        "DSE 唔夠 332A 點算",
    ],
)
def test_expected_low_results_get_the_routes(assistant: Assistant, text: str) -> None:
    answer = assistant.answer(text)
    assert answer.intent == "routes"
    assert "sub-degree-routes" in [s.id for s in answer.sources]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("google data analytics cert (the normal one not advanced) how long does it take", "google-data-analytics"),
        ("meta front end developer cert - how many courses?", "meta-front-end-developer"),
        ("考到 AZ-900 之後個 cert 會唔會 expire 㗎？", "microsoft-azure-fundamentals-az-900"),
        (
            "hkust academy for bright future young engineers - the electric vehicle thing. could anyone apply",
            "hkust-ev-summer-program",
        ),
    ],
)
def test_look_alike_entries_are_told_apart(assistant: Assistant, text: str, entry: str) -> None:
    assert [s.id for s in assistant.answer(text).sources][:1] == [entry]


def test_lower_case_acronyms_name_both_sides_of_a_comparison(assistant: Assistant) -> None:
    # "cuhk sayt" read alone by the model comes closest to CUHK's MOOCs; its title's acronym names it.
    answer = assistant.answer("cuhk sayt vs cuhk pgt")
    assert [s.id for s in answer.sources] == ["cuhk-sayt", "cuhk-pgt"]


def test_three_named_options_are_compared_in_the_students_order(assistant: Assistant) -> None:
    answer = assistant.answer("choosing between cuhk si, hkust si and polyu si this summer")
    assert [s.id for s in answer.sources] == [
        "cuhk-summer-institute",
        "hkust-summer-institute",
        "polyu-summer-institute",
    ]


def test_comparison_finds_each_side(assistant: Assistant) -> None:
    answer = assistant.answer("Google cert 同 IBM cert 邊個好啲")
    providers = [assistant.entry(s.id).provider for s in answer.sources]  # type: ignore[union-attr]
    assert len(providers) == 2
    assert any("Google" in p for p in providers)
    assert any("IBM" in p for p in providers)


def test_a_side_named_by_an_acronym_in_lower_case_is_that_entry(assistant: Assistant) -> None:
    # The model reads "cuhk sayt" as nothing in particular; the title's acronym names the entry.
    answer = assistant.answer("cuhk sayt 同 cuhk pgt 有咩分別？")
    assert [s.id for s in answer.sources] == ["cuhk-sayt", "cuhk-pgt"]
    # A title word that is no acronym ("degree") picks no entry of its own.
    answer = assistant.answer("讀完 Google 證書係咪等於有大學學分？同讀 degree 差幾遠？")
    assert "mooc-vs-certificate-vs-microcredential-vs-degree" in [s.id for s in answer.sources]


def test_thin_interest_matches_are_filled_up(assistant: Assistant) -> None:
    context = StudentContext(form="S4", interests=("computing",))
    answer = assistant.answer("有冇免費嘅網上課程", context)
    assert answer.intent == "recommend"
    assert len(answer.sources) >= 3


def test_a_chinese_comparison_shows_each_sides_length_and_fee(assistant: Assistant) -> None:
    """Chinese comparisons once showed only the fee and dates paragraphs, so a difference in length (a two-week
    course against a five-day camp) was missing."""
    answer = assistant.answer("中大暑期學院同理大暑期學院有咩分別？")
    assert ids(answer)[:2] == ["cuhk-summer-institute", "polyu-summer-institute"]
    assert "兩星期" in answer.text
    assert "五日" in answer.text
    assert "HK$7,200" in answer.text


def test_an_english_comparison_says_what_each_side_is(assistant: Assistant) -> None:
    answer = assistant.answer("Google Data Analytics vs Google Advanced Data Analytics?")
    assert "beginner" in answer.text.lower() or "entry-level" in answer.text.lower()
    assert "intermediate" in answer.text.lower()


@pytest.mark.parametrize(
    ("earlier", "question", "fact"),
    [
        # The aspect words alone ("要求" reads as who may join) picked the eligibility paragraph.
        ("CEF 可以資助幾多？", "attendance 有冇要求？", r"七成|70%"),
        ("持續進修基金點樣申請？", "要幾耐內 claim？", r"一年"),
        (None, "浸大科學節通常有幾多人去㗎？會唔會好迫", r"700"),
        (None, "Google Cloud Digital Leader exam 幾錢、考幾耐？", r"99 美元.*90 分鐘|90 分鐘.*99 美元"),
    ],
)
def test_the_paragraph_holding_what_the_question_names_is_shown(
    assistant: Assistant, earlier: str | None, question: str, fact: str
) -> None:
    context = StudentContext(recent_questions=(earlier,) if earlier else ())
    answer = assistant.answer(question, context)
    assert answer.scope == "answer", answer.text[:200]
    assert re.search(fact, answer.text, re.S), answer.text


@pytest.mark.parametrize(
    ("earlier", "question", "entry", "fact"),
    [
        # A question that names another programme switches to it, even when the previous one scores higher
        # with both questions together.
        ("whats the google ux design cert about", "and the meta front-end one?", "meta-front-end-developer", "React"),
        # ... and keeps what the previous question asked about (its date).
        ("when is the jupas deadline", "and the OEA one?", "jupas-oea", "2 January"),
        # A short question after a question is a follow-up, not a greeting, however friendly it sounds.
        ("教大 U Life U Like 係咩？", "喺邊度搞？", "eduhk-u-life-u-like", "大埔"),
        ("港大 Academy for the Talented 係咩嚟？", "咁 TOPS 呢？", "hku-teenage-orthopod-scheme", "骨科"),
    ],
)
def test_follow_ups_that_name_something_new_or_ask_briefly(
    assistant: Assistant, earlier: str, question: str, entry: str, fact: str
) -> None:
    answer = assistant.answer(question, StudentContext(recent_questions=(earlier,)))
    assert ids(answer)[:1] == [entry], answer.text[:200]
    assert fact in answer.text


def test_the_title_that_adds_no_word_of_its_own_wins_a_tie(assistant: Assistant) -> None:
    # Google Data Analytics and Google Advanced Data Analytics are equally close in meaning to this question.
    answer = assistant.answer("tell me about the google data analytics certificate")
    assert ids(answer)[:1] == ["google-data-analytics"]
    assert ids(assistant.answer("google advanced data analytics cert 幾錢"))[:1] == ["google-advanced-data-analytics"]
    assert ids(assistant.answer("CityU EE summer taster 而家仲有冇得報？"))[:1] == ["cityu-ee-summer-taster"]


def test_a_title_written_out_in_full_comes_first(assistant: Assistant) -> None:
    # The badges entry repeats "HKU SPACE" and "micro-credentials" more often, and came first.
    assert ids(assistant.answer("whats the HKU SPACE microcredentials thing"))[:1] == ["hku-space-microcredentials"]
    # ... but a question that says more is decided by what it says (stacking into a diploma).
    assert ids(assistant.answer("HKU SPACE microcredential 可唔可以儲埋變 diploma？"))[:1] == [
        "hku-space-stacked-awards"
    ]


def test_what_a_named_programme_teaches_is_a_lookup_not_a_list(assistant: Assistant) -> None:
    answer = assistant.answer("which tools do you actually use in the Google UX Design cert?")
    assert answer.intent == "lookup"
    assert ids(answer) == ["google-ux-design"]
    assert "Figma" in answer.text


def test_a_question_naming_no_programme_is_answered_by_the_guide(assistant: Assistant) -> None:
    # Google Cybersecurity came first by meaning alone; the student named no programme.
    answer = assistant.answer("do coursera certificates actually give you any uni credit?")
    assert answer.sources[0].kind == "guide"
    # A code typed short still names its programme.
    assert ids(assistant.answer("想問下 cs50 幾多歲先啱讀？我細佬先 F1"))[:1] == ["harvardx-cs50x"]


def test_a_chinese_answer_shows_the_chinese_field_values(assistant: Assistant) -> None:
    entry = assistant.entry("aws-cloud-practitioner")
    assert entry is not None
    chinese = "\n".join(facts_block(entry, Wording.for_language("zh-Hant")))
    assert "100 美元" in chinese
    assert "US$100 exam fee" not in chinese
    assert "US$100 exam fee" in "\n".join(facts_block(entry, Wording.for_language("en")))


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("polyu 有咩活動俾中四中五參加？", "polyu"),
        ("any hkust stuff for S5?", "hkust"),
        ("中大有咩 camp 啱中四？", "cuhk"),
    ],
)
def test_a_request_naming_a_provider_lists_only_its_programmes(assistant: Assistant, text: str, provider: str) -> None:
    answer = assistant.answer(text)
    assert answer.intent == "recommend"
    assert len(answer.sources) >= 2
    assert all(provider_of(source.id) == provider for source in answer.sources)


def test_the_provider_is_read_where_the_id_names_it(assistant: Assistant) -> None:
    assert provider_of("hkustx-edx-verified-certificates") == "hkust"
    assert provider_of("experience-in-lingnan-university") == "lingnan"  # not "experience"
    assert provider_of("edx-micromasters") != "edx"  # edX hosts universities' courses; it is not their provider
    # So a request for Lingnan's programmes lists Lingnan's only (it had added HKAPA's and HKU's).
    answer = assistant.answer("which lingnan programmes can secondary students join")
    assert answer.sources
    assert all(provider_of(source.id) == "lingnan" for source in answer.sources)


def test_a_comparison_of_two_kinds_is_not_narrowed_to_free_ones(assistant: Assistant) -> None:
    # "For free" describes one side: the answer explains micro-credentials, not a free HubSpot course.
    answer = assistant.answer(
        "whats the actual difference between a micro-credential and just watching an online course for free"
    )
    assert answer.sources[0].id == "what-are-micro-credentials"


def test_whether_a_programme_named_by_its_acronym_helps_jupas_is_answered_from_it_and_the_guides(
    assistant: Assistant,
) -> None:
    # The JUPAS words pull JUPAS pages to the top of the search; the question is about the Summer Institute.
    answer = assistant.answer("CUHK SI 對 JUPAS 有冇幫助？")
    assert ids(answer)[0] == "cuhk-summer-institute"
    assert any(assistant.entry(i).kind == "guide" for i in ids(answer)[1:])  # type: ignore[union-attr]


def test_a_different_of_two_programmes_is_no_split_point(assistant: Assistant) -> None:
    # 「有咩唔同」 is "what's different": split at its 同, the second side named nothing.
    answer = assistant.answer("HKU SPACE 暑期學校同港大暑期學院有咩唔同？")
    assert ids(answer) == ["hku-space-summer-school", "hku-summer-institute"]


def test_an_option_shows_when_fee_and_credits_where_known(assistant: Assistant) -> None:
    answer = assistant.answer("any hkust stuff for S5?")
    first = answer.text.split("\n\n")[1]
    assert "When: Mid-July" in first
    assert "Credits / certificate: Credit-bearing" in first


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("is cuhk sayt still open?", "cuhk-sayt"),  # the search ranked CUHK's other programmes first
        ("does ApL actually count for jupas or is it just extra stuff", "applied-learning-apl"),  # "ApL", mixed case
        ("ApL 如果 attendance 唔夠會點？", "applied-learning-apl"),  # named, though under the relevance gate
        ("when is the eduhk u life u like thing", "eduhk-u-life-u-like"),  # short, so never sent off-topic
    ],
)
def test_an_entry_named_by_its_alias_answers(assistant: Assistant, text: str, entry: str) -> None:
    answer = assistant.answer(text)
    assert answer.scope == "answer"
    assert ids(answer)[0] == entry


def test_the_routes_lead_with_what_the_student_names_and_nothing_merely_about_the_dse(assistant: Assistant) -> None:
    named = assistant.answer("如果 DSE 唔掂，ApL 拎到 Attained 可唔可以幫我入 VTC 嘅 HD？")
    assert ids(named)[0] == "applied-learning-apl"
    plain = assistant.answer("pretty sure im not gonna hit 332A, what can i do after dse")
    assert plain.scope == "answer"
    assert plain.intent == "routes"
    assert ids(plain)[0] == "sub-degree-routes"


@pytest.mark.parametrize(
    "text", ["港科大（廣州）嘅暑期營收唔收香港中學生？", "any summer camp at cuhk shenzhen for S5?"]
)
def test_a_mainland_campus_is_not_its_hong_kong_university(assistant: Assistant, text: str) -> None:
    answer = assistant.answer(text)
    assert answer.scope == "no_answer"
    assert not answer.sources


def test_a_description_after_one_entry_searches_with_the_earlier_question(assistant: Assistant) -> None:
    # No list was shown, so 「第二個」 points at nothing; "the advanced one" says which certificate is meant.
    first = "Google 數據分析證書有咩讀？"
    context = StudentContext(recent_questions=(first,), recent_sources=tuple(ids(assistant.answer(first))))
    assert ids(assistant.answer("第二個呢？進階嗰個", context))[0] == "google-advanced-data-analytics"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("理大 SI 住嘅係咪雙人房？一共要住幾多晚？", "polyu-summer-institute"),  # an alias: no off-topic at 0.56
        ("港大 Summer Institute 今年仲有冇中學生課程？", "hku-summer-institute"),  # its title, with 港大 for HKU
        ("中大 SI 有啲咩範疇可以揀？", "cuhk-summer-institute"),  # what the programme holds, not CUHK's list
    ],
)
def test_a_programme_named_in_a_request_is_looked_up(assistant: Assistant, text: str, entry: str) -> None:
    assert ids(assistant.answer(text)) == [entry]


def test_a_generic_alias_does_not_turn_a_request_into_a_lookup(assistant: Assistant) -> None:
    # "STEM" is one old programme's alias, and a word any request for options may use.
    answer = assistant.answer("我鍾意砌嘢同工程，F4 暑假有咩 STEM 嘢可以參加？")
    assert answer.intent == "recommend"
    assert len(answer.sources) >= 3
