"""Repository behaviour on SQLite and PostgreSQL: profiles, consent, classes, turns, reminders, logs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import SQLModel

from storage import (
    MAX_TURNS_PER_USER,
    MIN_CLASS_SIZE,
    ConsentRequiredError,
    Database,
    InvalidValueError,
    NotATeacherError,
    UnknownUserError,
)
from storage import repository as repo
from storage.models import MAX_GOAL_CHARS, MAX_TURN_CHARS
from tests.storage.util import BASE_ID, count

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
TEACHER = BASE_ID - 1


def _student(db: Database, telegram_id: int, *, consent: bool = True, **profile: object) -> None:
    repo.upsert_user(db, telegram_id=telegram_id, now=NOW)
    if consent:
        repo.record_consent(db, telegram_id=telegram_id, now=NOW)
    if "interests" in profile:
        repo.set_interests(db, telegram_id=telegram_id, interests=profile["interests"])  # type: ignore[arg-type]
    if "form" in profile:
        repo.set_form(db, telegram_id=telegram_id, form=profile["form"])  # type: ignore[arg-type]


def _teacher(db: Database) -> None:
    repo.upsert_user(db, telegram_id=TEACHER)
    assert repo.grant_teacher(db, telegram_id=TEACHER) is True


# --- users and profiles -------------------------------------------------------------------------------------


@pytest.mark.parametrize("telegram_id", [2**32 + 1, 2**40 + 7, 2**53 + 1, 2**63 - 1])
def test_telegram_ids_above_32_bits_round_trip(db: Database, telegram_id: int) -> None:
    created = repo.upsert_user(db, telegram_id=telegram_id)
    assert created.telegram_id == telegram_id
    fetched = repo.get_user(db, telegram_id=telegram_id)
    assert fetched is not None
    assert fetched.telegram_id == telegram_id
    assert repo.get_user(db, telegram_id=telegram_id % 2**32) is None  # no truncation to 32 bits
    export = repo.export_user(db, telegram_id=telegram_id)
    assert export is not None
    assert export["tables"]["users"][0]["telegram_id"] == telegram_id


@pytest.mark.parametrize("bad", [0, -5, 2**63, True])
def test_invalid_telegram_ids_are_refused(db: Database, bad: int) -> None:
    with pytest.raises(InvalidValueError):
        repo.upsert_user(db, telegram_id=bad)


def test_chinese_and_emoji_text_round_trips_everywhere(db: Database) -> None:
    goal = "想做獸醫 🐶🐱，但係唔知 DSE 要揀咩科 🤔" * 5
    _student(db, BASE_ID)
    repo.set_language(db, telegram_id=BASE_ID, language="zh-Hant")
    repo.set_electives(db, telegram_id=BASE_ID, electives=["生物", "化學", "Maths M2 📐"])
    profile = repo.set_goal(db, telegram_id=BASE_ID, goal=goal)
    assert profile.goal == goal.strip()
    assert profile.electives == ("生物", "化學", "Maths M2 📐")
    assert profile.language == "zh-Hant"

    repo.record_turn(db, telegram_id=BASE_ID, role="user", text="邊度有暑期體驗課程？🏫", language="zh-Hant")
    repo.record_turn(db, telegram_id=BASE_ID, role="assistant", text="中大暑期學院 👉 CUHK 🎓")
    assert [t.text for t in repo.recent_turns(db, telegram_id=BASE_ID)] == [
        "邊度有暑期體驗課程？🏫",
        "中大暑期學院 👉 CUHK 🎓",
    ]
    repo.add_feedback(db, telegram_id=BASE_ID, helpful=False, comment="唔夠詳細 😢", entry_ids=["taster/中大"])
    export = repo.export_user(db, telegram_id=BASE_ID)
    assert export is not None
    assert export["tables"]["feedback"][0]["comment"] == "唔夠詳細 😢"
    assert export["tables"]["feedback"][0]["entry_ids"] == ["taster/中大"]

    question_id = repo.log_question(db, question="有冇資助？💰", language="zh-Hant", found=False)
    (gap,) = repo.knowledge_gaps(db)
    assert (gap.id, gap.question) == (question_id, "有冇資助？💰")


def test_goal_length_is_capped_in_characters_not_bytes(db: Database) -> None:
    _student(db, BASE_ID)
    longest = "🎯" * MAX_GOAL_CHARS  # 4 bytes each in UTF-8
    assert repo.set_goal(db, telegram_id=BASE_ID, goal=longest).goal == longest
    with pytest.raises(InvalidValueError, match="limit"):
        repo.set_goal(db, telegram_id=BASE_ID, goal=longest + "!")


def test_upsert_creates_once_and_then_touches(db: Database) -> None:
    first = repo.upsert_user(db, telegram_id=BASE_ID, now=NOW)
    later = NOW + dt.timedelta(days=3)
    second = repo.upsert_user(db, telegram_id=BASE_ID, language="zh-Hant", now=later)
    assert second.created_at == first.created_at == NOW
    assert second.last_active_at == later
    assert second.language == "zh-Hant"
    assert repo.upsert_user(db, telegram_id=BASE_ID).language == "zh-Hant"  # no language: unchanged
    assert count(db, "users") == 1


def test_profile_data_needs_consent_first(db: Database) -> None:
    repo.upsert_user(db, telegram_id=BASE_ID)
    for call in (
        lambda: repo.set_interests(db, telegram_id=BASE_ID, interests=["science"]),
        lambda: repo.set_form(db, telegram_id=BASE_ID, form="S5"),
        lambda: repo.set_electives(db, telegram_id=BASE_ID, electives=["物理"]),
        lambda: repo.set_goal(db, telegram_id=BASE_ID, goal="工程師"),
    ):
        with pytest.raises(ConsentRequiredError):
            call()
    # Language, reminders and clearing need no consent.
    repo.set_language(db, telegram_id=BASE_ID, language="zh-Hant")
    repo.set_reminders_opt_in(db, telegram_id=BASE_ID, opt_in=True)
    repo.set_interests(db, telegram_id=BASE_ID, interests=[])
    profile = repo.get_user(db, telegram_id=BASE_ID)
    assert profile is not None
    assert (profile.interests, profile.form, profile.goal, profile.has_consented) == ((), None, None, False)

    repo.record_consent(db, telegram_id=BASE_ID)
    assert repo.set_interests(db, telegram_id=BASE_ID, interests=[" science ", "science", "maths"]).interests == (
        "science",
        "maths",
    )


def test_invalid_profile_values_are_refused(db: Database) -> None:
    _student(db, BASE_ID)
    with pytest.raises(InvalidValueError):
        repo.set_language(db, telegram_id=BASE_ID, language="zh")
    with pytest.raises(InvalidValueError):
        repo.set_form(db, telegram_id=BASE_ID, form="S3")
    with pytest.raises(InvalidValueError):
        repo.set_interests(db, telegram_id=BASE_ID, interests="science")  # a string is not a list
    with pytest.raises(InvalidValueError):
        repo.set_interests(db, telegram_id=BASE_ID, interests=[f"tag{i}" for i in range(21)])
    assert repo.set_form(db, telegram_id=BASE_ID, form="after-dse").form == "after-dse"


def test_writes_about_unknown_users_raise_and_reads_return_nothing(db: Database) -> None:
    with pytest.raises(UnknownUserError):
        repo.record_turn(db, telegram_id=BASE_ID, role="user", text="hi")
    with pytest.raises(UnknownUserError):
        repo.save_course(db, telegram_id=BASE_ID, entry_id="x")
    assert repo.get_user(db, telegram_id=BASE_ID) is None
    assert repo.recent_turns(db, telegram_id=BASE_ID) == []
    assert repo.saved_courses(db, telegram_id=BASE_ID) == []
    assert repo.export_user(db, telegram_id=BASE_ID) is None
    assert repo.delete_user(db, telegram_id=BASE_ID) == {}
    assert count(db, "users") == 0


# --- conversation turns -------------------------------------------------------------------------------------


def test_turns_are_bounded_in_number_and_age(db: Database) -> None:
    repo.upsert_user(db, telegram_id=BASE_ID)
    for i in range(MAX_TURNS_PER_USER + 5):
        repo.record_turn(db, telegram_id=BASE_ID, role="user", text=f"q{i}", now=NOW + dt.timedelta(minutes=i))
    assert count(db, "conversation_turns") == MAX_TURNS_PER_USER
    last = NOW + dt.timedelta(minutes=MAX_TURNS_PER_USER + 4)
    recent = repo.recent_turns(db, telegram_id=BASE_ID, limit=3, now=last)
    assert [t.text for t in recent] == [f"q{i}" for i in range(MAX_TURNS_PER_USER + 2, MAX_TURNS_PER_USER + 5)]
    within = repo.recent_turns(db, telegram_id=BASE_ID, limit=50, max_age=dt.timedelta(minutes=2), now=last)
    assert [t.text for t in within] == [f"q{i}" for i in range(MAX_TURNS_PER_USER + 2, MAX_TURNS_PER_USER + 5)]

    repo.record_turn(
        db,
        telegram_id=BASE_ID,
        role="assistant",
        text="x" * (MAX_TURN_CHARS + 50),
        max_age=dt.timedelta(minutes=1),
        now=last + dt.timedelta(seconds=30),
    )
    kept = repo.recent_turns(db, telegram_id=BASE_ID, limit=50)
    assert [t.role for t in kept] == ["user", "assistant"]
    assert len(kept[-1].text) == MAX_TURN_CHARS

    # Other users' turns are untouched by the bound.
    repo.upsert_user(db, telegram_id=BASE_ID + 1)
    repo.record_turn(db, telegram_id=BASE_ID + 1, role="user", text="mine", keep=1)
    assert len(repo.recent_turns(db, telegram_id=BASE_ID, limit=50)) == 2
    assert repo.clear_turns(db, telegram_id=BASE_ID) == 2
    assert [t.text for t in repo.recent_turns(db, telegram_id=BASE_ID + 1)] == ["mine"]


# --- saved courses and reminders ----------------------------------------------------------------------------


def test_saved_courses_are_idempotent(db: Database) -> None:
    repo.upsert_user(db, telegram_id=BASE_ID)
    assert repo.save_course(db, telegram_id=BASE_ID, entry_id="taster/a", now=NOW) is True
    assert repo.save_course(db, telegram_id=BASE_ID, entry_id="taster/a") is False
    assert repo.save_course(db, telegram_id=BASE_ID, entry_id="microcredential/b", now=NOW + dt.timedelta(1))
    assert [c.entry_id for c in repo.saved_courses(db, telegram_id=BASE_ID)] == ["taster/a", "microcredential/b"]
    assert repo.unsave_course(db, telegram_id=BASE_ID, entry_id="taster/a") is True
    assert repo.unsave_course(db, telegram_id=BASE_ID, entry_id="taster/a") is False
    assert [c.entry_id for c in repo.saved_courses(db, telegram_id=BASE_ID)] == ["microcredential/b"]


def test_reminders_are_due_only_for_opted_in_users_and_sent_once(db: Database) -> None:
    for telegram_id in (BASE_ID, BASE_ID + 1):
        repo.upsert_user(db, telegram_id=telegram_id, language="zh-Hant")
    repo.set_reminders_opt_in(db, telegram_id=BASE_ID, opt_in=True)
    due = NOW - dt.timedelta(hours=1)
    mine = repo.add_reminder(db, telegram_id=BASE_ID, entry_id="taster/a", what="截止報名", due_at=due)
    repo.add_reminder(db, telegram_id=BASE_ID, entry_id="taster/b", what="deadline", due_at=NOW + dt.timedelta(1))
    repo.add_reminder(db, telegram_id=BASE_ID + 1, entry_id="taster/a", what="deadline", due_at=due)  # opted out

    (reminder,) = repo.due_reminders(db, now=NOW)
    assert (reminder.id, reminder.telegram_id, reminder.language, reminder.what) == (
        mine.id,
        BASE_ID,
        "zh-Hant",
        "截止報名",
    )
    assert repo.mark_reminder_sent(db, reminder_id=mine.id, now=NOW) is True
    assert repo.mark_reminder_sent(db, reminder_id=mine.id, now=NOW) is False
    assert repo.due_reminders(db, now=NOW) == []

    moved = repo.add_reminder(
        db, telegram_id=BASE_ID, entry_id="taster/a", what="截止報名", due_at=NOW + dt.timedelta(days=7)
    )
    assert moved.id == mine.id
    assert moved.sent_at is None
    assert len(repo.user_reminders(db, telegram_id=BASE_ID)) == 2
    assert repo.cancel_reminder(db, telegram_id=BASE_ID + 1, reminder_id=mine.id) is False  # not theirs
    assert repo.cancel_reminder(db, telegram_id=BASE_ID, reminder_id=mine.id) is True


# --- teachers and classes -----------------------------------------------------------------------------------


def test_only_teachers_create_and_manage_class_links(db: Database) -> None:
    _student(db, BASE_ID)
    with pytest.raises(NotATeacherError):
        repo.create_class_link(db, teacher_telegram_id=BASE_ID, label="5A")
    _teacher(db)
    assert repo.grant_teacher(db, telegram_id=TEACHER) is False
    assert repo.is_teacher(db, telegram_id=TEACHER)
    assert not repo.is_teacher(db, telegram_id=BASE_ID)
    link = repo.create_class_link(db, teacher_telegram_id=TEACHER, label="5A 資訊科技", preset_interests=["computing"])
    assert 4 <= len(link.code) <= 32
    assert link.code.replace("-", "").replace("_", "").isalnum()
    with pytest.raises(NotATeacherError):
        repo.revoke_class_link(db, teacher_telegram_id=BASE_ID, code=link.code)
    assert repo.revoke_teacher(db, telegram_id=TEACHER) is True
    with pytest.raises(NotATeacherError):
        repo.list_class_links(db, teacher_telegram_id=TEACHER)


def test_joining_validates_the_code_and_writes_nothing_when_invalid(db: Database) -> None:
    _teacher(db)
    expired = repo.create_class_link(
        db, teacher_telegram_id=TEACHER, label="old", code="expired-1", expires_at=NOW - dt.timedelta(days=1)
    )
    revoked = repo.create_class_link(db, teacher_telegram_id=TEACHER, label="gone", code="revoked-1")
    assert repo.revoke_class_link(db, teacher_telegram_id=TEACHER, code=revoked.code) is True
    assert repo.revoke_class_link(db, teacher_telegram_id=TEACHER, code=revoked.code) is False
    users_before = count(db, "users")
    for code, status in [
        (expired.code, "expired"),
        (revoked.code, "revoked"),
        ("no-such-code", "unknown"),
        ("", "unknown"),
        ("x" * 65, "unknown"),
        ("bad code!", "unknown"),
        ("中文代碼代碼", "unknown"),
    ]:
        result = repo.join_class(db, telegram_id=BASE_ID, code=code, now=NOW)
        assert result.status == status, code
        assert not result.ok
    assert count(db, "users") == users_before
    assert count(db, "class_members") == 0
    with pytest.raises(InvalidValueError, match="in use"):
        repo.create_class_link(db, teacher_telegram_id=TEACHER, label="dup", code="revoked-1")


def test_joining_applies_preset_interests_only_after_consent(db: Database) -> None:
    _teacher(db)
    link = repo.create_class_link(
        db,
        teacher_telegram_id=TEACHER,
        label="6C",
        preset_interests=["medicine-health"],
        expires_at=NOW + dt.timedelta(days=30),
    )
    _student(db, BASE_ID, interests=["science"])
    joined = repo.join_class(db, telegram_id=BASE_ID, code=link.code, now=NOW)
    assert (joined.status, joined.label, joined.interests_applied) == ("joined", "6C", True)
    profile = repo.get_user(db, telegram_id=BASE_ID)
    assert profile is not None
    assert profile.interests == ("science", "medicine-health")

    newcomer = repo.join_class(db, telegram_id=BASE_ID + 1, code=link.code, now=NOW)  # never seen before
    assert (newcomer.status, newcomer.interests_applied) == ("joined", False)
    assert newcomer.preset_interests == ("medicine-health",)
    fresh = repo.get_user(db, telegram_id=BASE_ID + 1)
    assert fresh is not None
    assert fresh.interests == ()

    assert repo.join_class(db, telegram_id=BASE_ID, code=link.code, now=NOW).status == "already-member"
    (info,) = repo.list_class_links(db, teacher_telegram_id=TEACHER)
    assert info.join_count == 2


def test_class_summary_hides_classes_under_five_and_shows_only_counts(db: Database) -> None:
    _teacher(db)
    link = repo.create_class_link(db, teacher_telegram_id=TEACHER, label="5B")
    interests = [["science"], ["science", "business"], ["design-arts"], ["science"], ["business"]]
    for i in range(MIN_CLASS_SIZE - 1):
        _student(db, BASE_ID + i, interests=interests[i], form="S5")
        repo.join_class(db, telegram_id=BASE_ID + i, code=link.code)
        repo.save_course(db, telegram_id=BASE_ID + i, entry_id="taster/cuhk")
        assert repo.class_summary(db, code=link.code, teacher_telegram_id=TEACHER) is None

    last = BASE_ID + MIN_CLASS_SIZE - 1
    _student(db, last, interests=interests[-1], form="S6")
    repo.join_class(db, telegram_id=last, code=link.code)
    summary = repo.class_summary(db, code=link.code, teacher_telegram_id=TEACHER)
    assert summary is not None
    assert summary.members == MIN_CLASS_SIZE
    assert summary.interests == {"science": 3, "business": 2, "design-arts": 1}
    assert summary.forms == {"S5": 4, "S6": 1}
    assert summary.saved_courses == {"taster/cuhk": 4}
    assert not any(str(BASE_ID + i) in repr(summary) for i in range(MIN_CLASS_SIZE))

    # A member who leaves (deletes their data) takes the class back under the threshold.
    repo.delete_user(db, telegram_id=last)
    assert repo.class_summary(db, code=link.code, teacher_telegram_id=TEACHER) is None

    # Another teacher, or a student, sees nothing at all.
    repo.upsert_user(db, telegram_id=TEACHER - 1)
    repo.grant_teacher(db, telegram_id=TEACHER - 1)
    with pytest.raises(NotATeacherError):
        repo.class_summary(db, code=link.code, teacher_telegram_id=TEACHER - 1)
    with pytest.raises(NotATeacherError):
        repo.class_summary(db, code=link.code, teacher_telegram_id=BASE_ID)


# --- anonymous question log ---------------------------------------------------------------------------------


def test_the_question_log_cannot_be_linked_to_a_user() -> None:
    table = SQLModel.metadata.tables["question_log"]
    assert not table.foreign_keys
    assert not [c.name for c in table.columns if "user" in c.name or "telegram" in c.name or "chat" in c.name]
    assert {c.name for c in table.columns} == {"id", "question", "language", "found", "helpful", "asked_on"}


def test_question_log_records_only_the_day_and_random_ids(db: Database) -> None:
    first = repo.log_question(db, question="How much is the CEF?", language="en", found=True, now=NOW)
    second = repo.log_question(db, question="Any taster for vets?", language="en", found=False, now=NOW)
    assert len(first) == 32
    assert int(first, 16) != int(second, 16) - 1  # not a sequence that lines up with other tables
    assert repo.set_question_feedback(db, question_id=first, helpful=False) is True
    assert repo.set_question_feedback(db, question_id="0" * 32, helpful=True) is False
    gaps = repo.knowledge_gaps(db, days=30, now=NOW)
    assert {g.question for g in gaps} == {"How much is the CEF?", "Any taster for vets?"}
    assert all(g.asked_on == NOW.date() for g in gaps)
    assert repo.knowledge_gaps(db, days=30, now=NOW + dt.timedelta(days=40)) == []
