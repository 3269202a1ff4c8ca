"""The conversation service: own context only, turns remembered for follow-ups, anonymous question log."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.conversation import Conversation
from storage import Database
from storage import repository as repo

ALICE = 2**40 + 1
BOB = 2**40 + 2


def agreed(db: Database, *telegram_ids: int) -> None:
    for telegram_id in telegram_ids:
        repo.upsert_user(db, telegram_id=telegram_id)
        repo.record_consent(db, telegram_id=telegram_id)


def test_follow_up_across_messages(conversation: Conversation, db: Database) -> None:
    agreed(db, ALICE)
    conversation.ask(telegram_id=ALICE, text="Tell me about CUHK's Summer Institute")
    reply = conversation.ask(telegram_id=ALICE, text="how much is it?")
    assert [s.id for s in reply.answer.sources] == ["cuhk-summer-institute"]
    assert "HK$7,200" in reply.answer.text


def test_no_data_of_another_user_ever(conversation: Conversation, db: Database) -> None:
    agreed(db, ALICE, BOB)
    repo.set_form(db, telegram_id=ALICE, form="S5")
    repo.set_interests(db, telegram_id=ALICE, interests=["medicine-health"])
    conversation.ask(telegram_id=ALICE, text="Tell me about the HKUST Summer Institute")
    # Bob's follow-up must not be resolved with Alice's question, nor personalised with her profile.
    bob = conversation.ask(telegram_id=BOB, text="how much is it?")
    assert "hkust-summer-institute" not in [s.id for s in bob.answer.sources]
    assert "Medicine" not in bob.answer.text
    assert conversation.context(BOB).recent_questions == ("how much is it?",)
    assert conversation.context(BOB).interests == ()
    assert str(ALICE) not in bob.answer.text


def test_question_log_is_anonymous_and_skips_distress(conversation: Conversation, db: Database) -> None:
    agreed(db, ALICE)
    reply = conversation.ask(telegram_id=ALICE, text="What is OEA?")
    assert reply.question_id
    distress = conversation.ask(telegram_id=ALICE, text="I want to die")
    assert distress.answer.scope == "support"
    assert distress.question_id is None
    with db.read() as session:
        logged = [row[0] for row in session.execute(text("SELECT question FROM question_log"))]
        turns = [row[0] for row in session.execute(text("SELECT text FROM conversation_turns"))]
    assert logged == ["What is OEA?"]
    assert "I want to die" not in turns  # answered and forgotten


def test_the_second_one_and_compare_them_over_several_turns(conversation: Conversation, db: Database) -> None:
    agreed(db, 77)
    first = conversation.ask(telegram_id=77, text="any engineering summer programmes for S5?").answer
    assert first.intent == "recommend"
    shown = [s.id for s in first.sources]
    assert len(shown) >= 2
    second = conversation.ask(telegram_id=77, text="第二個呢？").answer
    assert [s.id for s in second.sources] == [shown[1]]
    both = conversation.ask(telegram_id=77, text="compare them").answer
    assert both.intent == "compare"
    assert {s.id for s in both.sources} == set(shown[:2])


@pytest.mark.parametrize(
    ("turns", "compared"),
    [
        (
            ["tell me about the google data analytics certificate", "and the ibm data analyst one?", "compare them"],
            {"google-data-analytics", "ibm-data-analyst"},
        ),
        (
            ["Google UX Design cert 係咩？", "咁 Google Advanced Data Analytics 呢？", "兩個邊個啱 zero experience？"],
            {"google-ux-design", "google-advanced-data-analytics"},
        ),
    ],
)
def test_compare_them_after_two_lookups_compares_the_two_programmes(
    conversation: Conversation, db: Database, turns: list[str], compared: set[str]
) -> None:
    agreed(db, 79)
    for turn in turns[:-1]:
        conversation.ask(telegram_id=79, text=turn)
    both = conversation.ask(telegram_id=79, text=turns[-1]).answer
    assert both.intent == "compare"
    assert {s.id for s in both.sources} == compared
    with db.read() as session:
        kept = [row[0] for row in session.execute(text("SELECT text FROM conversation_turns"))]
    assert any(turn.startswith("topic:") for turn in kept)  # ids only, never the answer's text
    assert not any(turn.startswith(("Side by side", "並排")) for turn in kept)


def test_nothing_is_stored_before_consent(conversation: Conversation, db: Database) -> None:
    reply = conversation.ask(telegram_id=BOB, text="What is OEA?")
    assert reply.answer.scope == "answer"
    assert reply.question_id is None
    assert repo.get_user(db, telegram_id=BOB) is None
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM question_log")).scalar_one() == 0
        assert session.execute(text("SELECT count(*) FROM conversation_turns")).scalar_one() == 0


def test_a_third_question_keeps_the_programme_of_the_first(conversation: Conversation, db: Database) -> None:
    agreed(db, 78)
    conversation.ask(telegram_id=78, text="what's the hkust summer institute")
    conversation.ask(telegram_id=78, text="when do applications open?")
    third = conversation.ask(telegram_id=78, text="how much is it?").answer
    assert [s.id for s in third.sources] == ["hkust-summer-institute"]


@pytest.mark.parametrize(
    ("first", "second", "entry", "fact"),
    [
        # A short fee question is a follow-up, not a greeting.
        (
            "does the hku social sciences summer programme still run",
            "how much was it?",
            "hku-social-sciences-summer-programme",
            "HK$4,000",
        ),
        # A requirement yes/no is about the programme before it, though its words match another entry better.
        ("理大研究啟導計劃係咩？", "要唔要校長推薦？", "polyu-junior-researcher-mentoring", "校長推薦"),
        # A mixed follow-up finds the Chinese paragraph through its English twin ("camp" → 迎新營).
        ("中大 summer institute 係點㗎？", "要唔要住 camp？", "cuhk-summer-institute", "迎新營"),
        # Words the router reads as a recommendation (「點揀」「有咩…」) ask about the programme before them.
        ("HKUST summer institute 係咪用英文教？", "點揀人㗎？", "hkust-summer-institute", "科大暑期學院"),
        ("PolyU summer institute 幾時㗎？", "有咩 activities？", "polyu-summer-institute", "理大暑期學院"),
        # A short question after another is not distress because the detector, reading it alone, wavers.
        ("港大公共衞生學院個暑期營係咩嚟？", "有幾多個營員？", "hku-global-health-leadership-camp", "營員"),
    ],
)
def test_a_follow_up_is_answered_from_the_programme_before_it(
    conversation: Conversation, db: Database, first: str, second: str, entry: str, fact: str
) -> None:
    agreed(db, 79)
    conversation.ask(telegram_id=79, text=first)
    reply = conversation.ask(telegram_id=79, text=second).answer
    assert [s.id for s in reply.sources] == [entry]
    assert fact in reply.text


def test_a_follow_up_that_asks_for_options_stays_a_recommendation(conversation: Conversation, db: Database) -> None:
    agreed(db, 80)
    conversation.ask(telegram_id=80, text="hku summer institute 幾錢")
    reply = conversation.ask(telegram_id=80, text="有冇 camp 啱 S4？").answer
    assert reply.intent == "recommend"
    assert len(reply.sources) >= 3


def test_distress_after_a_question_still_gets_support_first(conversation: Conversation, db: Database) -> None:
    agreed(db, 81)
    conversation.ask(telegram_id=81, text="what is jupas")
    reply = conversation.ask(telegram_id=81, text="i just want to disappear").answer
    assert reply.scope == "support"
    assert reply.sources[0].id == "support-for-stressed-students"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # 「會唔會好迫」 alone reads like pressure; it asks about crowds. When the detector errs towards support, the
        # question is still answered after the support lines.
        ("浸大科學節通常有幾多人去㗎？會唔會好迫", "hkbu-science-festival"),
        ("hkust mooc 轉 credit 個 policy，postgrad 最多可以計幾多？", "hkust-moocs-credit-bearing"),
    ],
)
def test_a_false_alarm_on_a_clause_still_answers_the_question(
    conversation: Conversation, db: Database, text: str, entry: str
) -> None:
    agreed(db, 82)
    reply = conversation.ask(telegram_id=82, text=text).answer
    assert [s.id for s in reply.sources] in (["support-for-stressed-students", entry], [entry])


def test_distress_in_a_conversation_gets_no_course_answer_appended(conversation: Conversation, db: Database) -> None:
    agreed(db, 83)
    conversation.ask(telegram_id=83, text="how much is cuhk si")
    reply = conversation.ask(telegram_id=83, text="honestly whats the point of any of this").answer
    assert reply.scope == "support"
    assert [s.id for s in reply.sources] == ["support-for-stressed-students"]


@pytest.mark.parametrize(
    ("turns", "entry", "fact"),
    [
        # A short follow-up naming nothing of its own stays on the programme just discussed.
        (["理大工程暑期營係咩嚟？", "除咗做 project 仲有咩做？"], "polyu-engineering-summer-camp", "高桌晚宴"),
        (["教大 U Life U Like 係咩嚟？", "我 F4 join 到嘛？", "咁中六呢？"], "eduhk-u-life-u-like", "中四或中五"),
        # Another provider: the same kind of programme there, with what was asked first.
        (["中大暑期學院幾錢？", "咁科大嗰個呢？"], "hkust-summer-institute", "報名費"),
        (["how much is the cuhk summer institute", "what about hkust's?"], "hkust-summer-institute", "fee"),
        # Of a list just shown, one title word is enough ("Google Ads" among marketing certificates).
        (
            ["有冇 marketing 嘅 cert 推介？", "Google Ads 嗰個考幾耐？幾多條題？"],
            "google-ads-certifications",
            "75 分鐘",
        ),
        # The student's own list of three, then "the 2nd one".
        (
            ["choosing between cuhk si, hkust si and polyu si this summer", "tell me more about the 2nd one"],
            "hkust-summer-institute",
            "HKUST",
        ),
        # A correction naming another programme in Chinese; "the X one" naming one that was not listed.
        (
            ["科大電動車暑期課程仲有冇？", "唔係，我想問科大嗰個科技創業青年營"],
            "hkust-tech-leadership-entrepreneurship-youth-camp",
            "青年營",
        ),
        (
            ["what can i do at hku over the summer", "the social sciences one, how much was it"],
            "hku-social-sciences-summer-programme",
            "4,000",
        ),
        # A status follow-up is about the programme, not a request for options; a pronoun "one" follows too.
        (["CUHK SAYT 啲 course 有冇 university credit？", "咁而家仲有冇開 course 㗎？"], "cuhk-sayt", "2020"),
        (
            ["hku space gives digital badges right? whats that", "how do i check if one is real"],
            "hku-space-digital-badges",
            "badge",
        ),
        # Chit-chat first: the question that names its own subject stands alone.
        (["你係 bot 定真人嚟㗎？", "ok 咁 JUPAS application fee 幾錢"], "jupas-fees", "HK$"),
        # "the first one" of the student's list is no question about another person.
        (
            ["my teacher mentioned hkust dual program, cuhk sayt and cuhk pgt", "whats the first one about"],
            "hkust-dual-program",
            "Dual Program",
        ),
    ],
)
def test_short_follow_ups_over_several_turns(
    conversation: Conversation, db: Database, turns: list[str], entry: str, fact: str
) -> None:
    agreed(db, 80)
    for turn in turns[:-1]:
        conversation.ask(telegram_id=80, text=turn)
    last = conversation.ask(telegram_id=80, text=turns[-1]).answer
    assert [s.id for s in last.sources][:1] == [entry], last.text[:200]
    assert fact in last.text


@pytest.mark.parametrize(
    ("first", "second"),
    [("how much is the cuhk summer institute", "any other similar camps?"), ("理大暑期學院幾時？", "有冇類似嘅？")],
)
def test_asking_for_similar_ones_lists_options_like_the_programme_just_discussed(
    conversation: Conversation, db: Database, first: str, second: str
) -> None:
    agreed(db, 82)
    about = conversation.ask(telegram_id=82, text=first).answer.sources[0].id
    similar = conversation.ask(telegram_id=82, text=second).answer
    assert similar.scope == "answer"  # it was the no-answer template
    assert similar.intent == "recommend"
    assert len(similar.sources) >= 2
    assert about not in [s.id for s in similar.sources]
