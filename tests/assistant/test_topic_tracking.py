"""Conversations that switch, list, compare and go back in time, over the real catalogue and a real database."""

from __future__ import annotations

import pytest

from bot.assistant.assistant import Assistant
from bot.assistant.listed import owners_named, weighs_either
from bot.assistant.types import StudentContext
from bot.assistant.understanding.follow_up import referenced_entries, what_about
from bot.conversation import Conversation
from storage import Database
from storage import repository as repo


def agreed(db: Database, telegram_id: int) -> None:
    repo.upsert_user(db, telegram_id=telegram_id)
    repo.record_consent(db, telegram_id=telegram_id)


def ask_all(conversation: Conversation, db: Database, turns: list[str], telegram_id: int = 90) -> list[str]:
    agreed(db, telegram_id)
    for turn in turns[:-1]:
        conversation.ask(telegram_id=telegram_id, text=turn)
    return [s.id for s in conversation.ask(telegram_id=telegram_id, text=turns[-1]).answer.sources]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("咁 back-end 嗰個呢？", "back-end"),
        ("and the meta back-end one?", "meta back-end"),
        ("咁中大暑期學院呢？", "中大暑期學院"),
        ("cs50x 呢？", "cs50x"),
        # Asking something of it is not a bare name.
        ("and the fee?", None),
        ("咁幾時報名？", None),
        ("除咗做 project 仲有咩做？", None),
        ("how much is it?", None),
    ],
)
def test_what_about_finds_a_bare_name(text: str, named: str | None) -> None:
    assert what_about(text) == named


@pytest.mark.parametrize(
    "text", ["邊個快啲讀完？", "邊個多啲 credit？", "which one gives university credit", "compare them"]
)
def test_a_comparative_points_at_the_last_two_programmes(text: str) -> None:
    assert referenced_entries(text, (), ("a", "b")) == ("a", "b")


def test_a_comparative_word_alone_points_at_nothing() -> None:
    assert referenced_entries("邊個大學最好？", (), ("a", "b")) == ()


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        # A message that is only another entry's name switches to it ...
        (["meta front-end cert 有幾多個 course", "咁 back-end 嗰個呢？"], "meta-back-end-developer"),
        (["hku space summer school 幾多歲先報到？", "咁 cs50x 呢？"], "harvardx-cs50x"),
        (["google data analytics cert 要讀幾耐", "ibm data analyst 呢"], "ibm-data-analyst"),
        # ... also when it names the provider and the programme (not the first question's kind at that provider).
        (["港大社科暑期課程幾錢？", "咁中大暑期學院呢？"], "cuhk-summer-institute"),
        # A question about the scheme's past is its history guide's, even right after the scheme itself.
        (["持續進修基金係咩嚟？", "呢個基金幾時開始有㗎？"], "cef-history-and-eligible-courses"),
        # A longer follow-up that points at the programme stays on it, whatever else its words match.
        (
            ["what's the hku medical summer broadening programme", "is there any scholarship for it?"],
            "hku-medical-summer-broadening",
        ),
        # "how does cef work in general" leaves the certificate for the scheme itself.
        (
            [
                "is the google data analytics cert covered by cef",
                "ok then how does cef work in general, how much can i get back",
            ],
            "continuing-education-fund",
        ),
        # An apology after a correction is no part of the name it gives.
        (
            ["when does hku summer institute open applications", "no i meant the cuhk one sorry"],
            "cuhk-summer-institute",
        ),
        # A short question that, read with the one before, finds the guide just answered again stays with it.
        (["應用學習係咩嚟？", "有冇公開試？"], "applied-learning-apl"),
        # Words another entry's title uses do not switch away when the programme's own text uses them too.
        (
            ["tell me abt the cuhk sumer institute", "is there any financial aid? my family cant really afford it"],
            "cuhk-summer-institute",
        ),
        # ... but a name alone still switches, though the Academy's text mentions TOPS.
        (["港大 Academy for the Talented 係咩嚟？", "咁 TOPS 呢？"], "hku-teenage-orthopod-scheme"),
        # The first of a comparison named by aliases (「中大 SI」 came closest to a guide of official sites).
        (["中大 SI 同科大 SI 有咩分別？", "第一個要唔要面試㗎？"], "cuhk-summer-institute"),
        (["中大 PGT 同 SAYT 邊個報名費平啲？", "第二個而家仲有冇得報？"], "cuhk-sayt"),
    ],
)
def test_the_entry_a_follow_up_names_or_asks_about(
    conversation: Conversation, db: Database, turns: list[str], entry: str
) -> None:
    assert ask_all(conversation, db, turns)[:1] == [entry]


@pytest.mark.parametrize(
    ("turns", "entries"),
    [
        (
            [
                "how long does the meta front-end developer cert take",
                "and the meta back-end one?",
                "so which one takes longer",
            ],
            {"meta-front-end-developer", "meta-back-end-developer"},
        ),
        (
            ["cuhk summer institute 有冇 credit", "polyu 嗰個呢？", "邊個多啲 credit？"],
            {"cuhk-summer-institute", "polyu-summer-institute"},
        ),
    ],
)
def test_which_one_after_two_programmes_compares_both(
    conversation: Conversation, db: Database, turns: list[str], entries: set[str]
) -> None:
    assert set(ask_all(conversation, db, turns, telegram_id=91)) == entries


def test_programmes_listed_by_name_are_compared_in_the_students_order(conversation: Conversation, db: Database) -> None:
    listed = "can u explain google it support, google it automation with python and google cybersecurity"
    agreed(db, 92)
    first = conversation.ask(telegram_id=92, text=listed).answer
    assert first.intent == "compare"
    assert [s.id for s in first.sources] == ["google-it-support", "google-it-automation-python", "google-cybersecurity"]
    third = conversation.ask(telegram_id=92, text="the third one, how many courses is it").answer
    assert [s.id for s in third.sources] == ["google-cybersecurity"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("CEF 由幾時開始？上限點樣變？", "cef-history-and-eligible-courses"),
        ("CEF 點樣 claim？", "continuing-education-fund"),
        # "free" names a period here, not a price filter that would hide the answer.
        ("when was the free jupas choice change period after results in the 2025 cycle", "jupas-changing-choices"),
        # A lower-case acronym names its programme (the model put CUHK's Summer Institute first).
        ("is cuhk sayt still open? wanna apply this summer", "cuhk-sayt"),
        # The plainer of two titles the question writes is meant, not the one with an unasked "Advanced".
        ("is the google data analytics cert covered by cef", "google-data-analytics"),
        # One fact asked of a programme named by its acronym is a lookup of it, not advice from the guides.
        ("理大 JRMP 係咪要校長推薦先報到㗎？", "polyu-junior-researcher-mentoring"),
        # An alias that is only a provider's name picks no programme of it.
        ("does an apl dance course count for getting into hkapa?", "applied-learning-apl"),
        # The one ruled out in Chinese is not the one answered.
        ("Google 數據分析證書（唔係進階嗰張）要讀幾耐？", "google-data-analytics"),
        # When a scheme started or dropped a rule is its history.
        ("when did CEF first start and when did they drop the age limit?", "cef-history-and-eligible-courses"),
        # Two short names on either side of 「同」, with a question after the second: both answered.
        ("中大 SI 同科大 SI 每科教幾多個鐘？", "cuhk-summer-institute"),
        # 「係咪同一樣嘢」 uses 同 for "same": the question still compares the two it names.
        ("HKU SPACE summer school 同 HKU Summer Institute 係咪同一樣嘢？", "hku-space-summer-school"),
        # A long two-part question still reaches the programme it names.
        (
            "when did ust first run its summer institute and how many students joined that first year",
            "hkust-summer-institute",
        ),
    ],
)
def test_lookups_reach_the_entry_that_holds_the_answer(assistant: Assistant, question: str, entry: str) -> None:
    answer = assistant.answer(question)
    assert answer.scope == "answer"
    assert [s.id for s in answer.sources][:1] == [entry]


def test_a_scheme_named_by_its_acronym_is_answered_from_a_scheme(assistant: Assistant) -> None:
    """ "can i use cef to pay for a coursera cert": the CEF's guide on which courses qualify answers (global
    platforms' certificates are not shown on the CEF list), never a certificate that mentions the CEF."""
    answer = assistant.answer("can i use cef to pay for a coursera cert")
    assert answer.sources[0].id == "cef-history-and-eligible-courses"
    assert "CEF" in answer.text


def test_a_provider_picks_one_entry_of_the_list_just_shown(conversation: Conversation, db: Database) -> None:
    sources = ask_all(conversation, db, ["科大同理大喺網上有冇 MOOC？", "理大嗰啲總共有幾多個？"], telegram_id=93)
    assert sources == ["polyu-hkpolyux-edx-moocs"]


def test_a_provider_naming_two_entries_of_the_list_picks_neither(assistant: Assistant) -> None:
    context = StudentContext(
        recent_questions=("edx 上面香港啲 u 有咩 course 讀？",),
        recent_sources=("hkux-edx-moocs", "hkustx-edx-verified-certificates", "hkust-moocs-credit-bearing"),
    )
    reading = assistant.understand("ust 嗰啲要 pass 幾多 % 先有 cert？", context)
    assert assistant.picks.listed_by_provider(reading, context) is None


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "cuhk si vs ust si - which one actually gives uni credit",
            ["cuhk-summer-institute", "hkust-summer-institute"],
        ),
        ("港大暑期學院同 HKU SPACE 暑期學校有咩唔同？", ["hku-summer-institute", "hku-space-summer-school"]),
        ("中大 SAYT 同 PGT 報名費差幾多？", ["cuhk-sayt", "cuhk-pgt"]),
    ],
)
def test_comparisons_find_both_sides_by_their_short_names(
    assistant: Assistant, question: str, entries: list[str]
) -> None:
    answer = assistant.answer(question)
    assert answer.intent == "compare"
    assert [s.id for s in answer.sources] == entries


def test_a_title_code_keeps_a_question_in_scope(assistant: Assistant) -> None:
    # The router, which has never seen the code, read these as off-topic or about another person.
    for question in ("tell me about the az-900", "tell me about the ai-900"):
        answer = assistant.answer(question)
        assert answer.scope == "answer"
        assert answer.sources
        assert "900" in answer.sources[0].id


def test_a_family_that_cannot_afford_a_fee_is_asking_about_aid(assistant: Assistant) -> None:
    context = StudentContext(
        recent_questions=("cuhk summer institute is it for s5 only?", "how much was it"),
        recent_topics=("cuhk-summer-institute",),
    )
    assert assistant.answer("my family cant really afford that, any financial aid?", context).scope == "answer"


def test_two_short_names_are_both_answered(assistant: Assistant) -> None:
    answer = assistant.answer("中大 SI 同科大 SI 每科教幾多個鐘？")
    assert [s.id for s in answer.sources] == ["cuhk-summer-institute", "hkust-summer-institute"]
    same = assistant.answer("HKU SPACE summer school 同 HKU Summer Institute 係咪同一樣嘢？")
    assert [s.id for s in same.sources] == ["hku-space-summer-school", "hku-summer-institute"]


def test_can_i_still_join_a_past_programme_says_it_last_ran(assistant: Assistant) -> None:
    answer = assistant.answer("can i still join the cuhk sayt stem mentoring for gifted students?")
    assert answer.sources[0].id == "cuhk-sayt-stem-mentoring"
    assert "last ran in 2019" in answer.text


def test_a_wish_for_an_easy_course_is_no_distress(assistant: Assistant) -> None:
    answer = assistant.answer("想試下學 data analysis，有冇啱中學生嘅 online cert 推介？唔想太深")
    assert answer.scope == "answer"
    assert all(s.id != "support-for-stressed-students" for s in answer.sources)


def test_a_pronoun_for_the_provider_is_replaced_by_the_first_sides_provider() -> None:
    assert owners_named(["HKU SPACE 暑期學校", "佢哋嘅微證書"]) == ["HKU SPACE 暑期學校", "HKU SPACE 微證書"]
    assert owners_named(["the hkust summer institute", "their dual program"])[1] == "hkust dual program"
    # "d" is a Cantonese particle only as a word of its own; no provider, nothing to put in.
    assert owners_named(["cs50x", "their dual program"]) == ["cs50x", "their dual program"]
    assert weighs_either("cs50x or the ibm data science cert for a f4?")
    assert weighs_either("Google 定係 IBM 嘅證書好？")
    assert not weighs_either("cs50x and the ibm data science cert")


@pytest.mark.parametrize(
    ("turns", "programme"),
    [
        (["HKU SPACE microcredentials 係咩嚟？", "咁幾錢？可唔可以用 CEF？"], "hku-space-microcredentials"),
        (["tell me about the IBM data analyst cert", "can i use CEF for it?"], "ibm-data-analyst"),
    ],
)
def test_asking_whether_the_cef_pays_for_the_programme_answers_both(
    conversation: Conversation, db: Database, turns: list[str], programme: str
) -> None:
    # The programme says whether it is reimbursable; the scheme, who may claim at all (18 or over).
    assert ask_all(conversation, db, turns) == [programme, "continuing-education-fund"]


def test_the_cef_alone_after_a_programme_is_a_new_subject(conversation: Conversation, db: Database) -> None:
    sources = ask_all(conversation, db, ["tell me about the IBM data analyst cert", "what is the CEF?"])
    assert sources[0] == "continuing-education-fund"


@pytest.mark.parametrize(
    ("question", "programme", "besides", "fact"),
    [
        (
            "Does the HKUST summer institute give uni credit? And how many items can the OEA have?",
            "hkust-summer-institute",
            "jupas-oea",
            "10 items",
        ),
        (
            "how long is the google data analytics cert? and can i get coursera financial aid, how long does approval take?",
            "google-data-analytics",
            "coursera-financial-aid-and-auditing",
            "15 days",
        ),
        (
            "CUHK SI 幾錢？我 16 歲，可唔可以用 CEF 報銷？",
            "cuhk-summer-institute",
            "continuing-education-fund",
            "18 歲",
        ),
    ],
)
def test_a_question_on_a_programme_and_a_scheme_answers_both(
    assistant: Assistant, question: str, programme: str, besides: str, fact: str
) -> None:
    answer = assistant.answer(question)
    assert [source.id for source in answer.sources] == [programme, besides]
    assert fact in answer.text


def test_the_cef_asked_about_itself_is_answered_once(assistant: Assistant) -> None:
    answer = assistant.answer("What is the CEF?")
    assert [source.id for source in answer.sources] == ["continuing-education-fund"]
