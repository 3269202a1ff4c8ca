"""Privacy operations on SQLite and PostgreSQL: export everything, delete everything, purge by age."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import update

from storage import Database
from storage import repository as repo
from tests.storage.util import BASE_ID, count, internal_id, rows_about, tables, user_columns, users_table

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
STUDENT = BASE_ID
OTHER = BASE_ID + 1
TEACHER = BASE_ID + 2
MARKER = "ZX-秘密-🦄"


def _fill_every_table(db: Database, telegram_id: int, marker: str, *, teacher_of: int | None = None) -> None:
    """Give ``telegram_id`` rows in every table that can hold something about a user."""
    repo.upsert_user(db, telegram_id=telegram_id, language="zh-Hant", now=NOW)
    repo.record_consent(db, telegram_id=telegram_id, now=NOW)
    repo.set_form(db, telegram_id=telegram_id, form="S5")
    repo.set_electives(db, telegram_id=telegram_id, electives=["生物", f"elective {marker}"])
    repo.set_interests(db, telegram_id=telegram_id, interests=["science", f"i-{marker}"])
    repo.set_goal(db, telegram_id=telegram_id, goal=f"goal {marker}")
    repo.set_reminders_opt_in(db, telegram_id=telegram_id, opt_in=True)
    repo.grant_teacher(db, telegram_id=telegram_id)
    # An invite the user made (as an admin would) and one the user redeemed (made by nobody in particular).
    repo.create_teacher_invite(db, created_by_telegram_id=telegram_id, expires_at=NOW + dt.timedelta(days=7), now=NOW)
    invite = repo.create_teacher_invite(db, expires_at=NOW + dt.timedelta(days=7), now=NOW)
    assert repo.redeem_teacher_invite(db, telegram_id=telegram_id, code=invite.code, now=NOW)
    own = repo.create_class_link(
        db, teacher_telegram_id=telegram_id, label=f"class {marker}", preset_interests=["science"]
    )
    repo.create_announcement(db, teacher_telegram_id=telegram_id, code=own.code, text=f"announcement {marker}", now=NOW)
    if teacher_of is not None:
        (link,) = repo.list_class_links(db, teacher_telegram_id=teacher_of)
        repo.join_class(db, telegram_id=telegram_id, code=link.code)
        # The other teacher's announcement: a delivery to this user (the text is the teacher's, not about the user).
        sent = repo.create_announcement(db, teacher_telegram_id=teacher_of, code=link.code, text="Open day", now=NOW)
        assert sent.recipients >= 1
    repo.set_nudge_kinds(db, telegram_id=telegram_id, kinds=["oea"], now=NOW)
    assert repo.claim_nudge(db, telegram_id=telegram_id, nudge_key=f"oea-2026/{marker}", now=NOW)
    repo.save_course(db, telegram_id=telegram_id, entry_id=f"taster/{marker}")
    repo.add_reminder(
        db, telegram_id=telegram_id, entry_id="taster/x", what=f"deadline {marker}", due_at=NOW + dt.timedelta(days=3)
    )
    repo.add_feedback(
        db,
        telegram_id=telegram_id,
        helpful=True,
        answer_ref=f"m-{telegram_id}",
        entry_ids=["taster/x"],
        comment=f"thanks {marker}",
    )
    repo.record_turn(db, telegram_id=telegram_id, role="user", text=f"question {marker}")
    repo.record_turn(db, telegram_id=telegram_id, role="assistant", text=f"answer {marker}")


def test_delete_leaves_no_row_about_the_user_in_any_table(db: Database) -> None:
    _fill_every_table(db, TEACHER, "teacher-marker")
    _fill_every_table(db, STUDENT, MARKER, teacher_of=TEACHER)
    _fill_every_table(db, OTHER, "other-marker", teacher_of=STUDENT)  # joins the student's own class
    teachers_class = repo.list_class_links(db, teacher_telegram_id=TEACHER)[0].code
    repo.join_class(db, telegram_id=OTHER, code=teachers_class)  # ...and the teacher's
    repo.log_question(db, question="anonymous question", language="en", found=False)
    student_id = internal_id(db, STUDENT)

    # The fixture really reaches every table that can hold something about a user (new tables must too).
    for table in tables():
        for column in user_columns(table):
            assert count(db, table.name, **{column: student_id}) > 0, f"nothing in {table.name}.{column}"
    assert rows_about(db, user_id=student_id, telegram_id=STUDENT, markers=[MARKER])

    deleted = repo.delete_user(db, telegram_id=STUDENT)
    assert deleted["users"] == 1
    assert rows_about(db, user_id=student_id, telegram_id=STUDENT, markers=[MARKER]) == []
    assert repo.get_user(db, telegram_id=STUDENT) is None
    assert repo.export_user(db, telegram_id=STUDENT) is None

    # Everyone else keeps their data; the anonymous log is not about anyone and stays.
    other = repo.get_user(db, telegram_id=OTHER)
    assert other is not None
    assert other.goal == "goal other-marker"
    assert len(repo.recent_turns(db, telegram_id=OTHER)) == 2
    assert repo.list_class_links(db, teacher_telegram_id=TEACHER)[0].join_count == 2  # a count, not a link
    # The classmate's membership of the deleted student's own class went with that class; the other stays.
    assert count(db, "class_members", user_id=internal_id(db, OTHER)) == 1
    # So did the classmate's delivery of the student's announcement; the teacher's announcement stays theirs.
    assert count(db, "announcement_deliveries", user_id=internal_id(db, OTHER)) == 0
    assert count(db, "announcements", teacher_id=internal_id(db, TEACHER)) == 2
    assert count(db, "teacher_invites", created_by=internal_id(db, TEACHER)) == 1
    assert count(db, "question_log") == 1
    assert repo.delete_user(db, telegram_id=STUDENT) == {}


def test_export_holds_everything_about_the_user_and_round_trips_through_json(db: Database) -> None:
    _fill_every_table(db, TEACHER, "teacher-marker")
    _fill_every_table(db, STUDENT, MARKER, teacher_of=TEACHER)
    _fill_every_table(db, OTHER, "other-marker", teacher_of=STUDENT)
    student_id = internal_id(db, STUDENT)

    export = repo.export_user(db, telegram_id=STUDENT, now=NOW)
    assert export is not None
    text = json.dumps(export, ensure_ascii=False)
    assert json.loads(text) == export

    # Every table that holds something about the user is in the export, with all of its rows.
    for table in tables():
        for column in user_columns(table):
            assert len(export["tables"][table.name]) >= count(db, table.name, **{column: student_id}) > 0

    (user,) = export["tables"]["users"]
    assert user["telegram_id"] == STUDENT
    assert user["goal"] == f"goal {MARKER}"
    assert user["electives"] == ["生物", f"elective {MARKER}"]
    assert user["language"] == "zh-Hant"
    assert dt.datetime.fromisoformat(user["consent_at"]) == NOW
    assert [t["text"] for t in export["tables"]["conversation_turns"]] == [f"question {MARKER}", f"answer {MARKER}"]
    assert export["tables"]["saved_courses"][0]["entry_id"] == f"taster/{MARKER}"
    assert export["tables"]["reminders"][0]["what"] == f"deadline {MARKER}"
    assert export["tables"]["feedback"][0]["comment"] == f"thanks {MARKER}"
    assert export["tables"]["class_links"][0]["label"] == f"class {MARKER}"
    assert export["tables"]["teacher_roles"]
    assert export["tables"]["class_members"]
    assert export["tables"]["announcements"][0]["text"] == f"announcement {MARKER}"
    assert len(export["tables"]["announcement_deliveries"]) == 1  # the teacher's announcement to the student
    assert export["tables"]["nudge_preferences"][0]["kinds"] == ["oea"]
    assert export["tables"]["nudges_sent"][0]["nudge_key"] == f"oea-2026/{MARKER}"
    assert len(export["tables"]["teacher_invites"]) == 2  # one made, one used
    assert export["exported_at"] == NOW.isoformat()

    # Nothing about anyone else, even the classmate who joined the student's class.
    assert "other-marker" not in text
    assert "teacher-marker" not in text
    assert str(OTHER) not in text
    assert str(TEACHER) not in text


def test_purge_removes_inactive_users_old_turns_and_old_questions(db: Database) -> None:
    old = NOW - dt.timedelta(days=400)
    _fill_every_table(db, STUDENT, MARKER)
    users = users_table()
    with db.engine.begin() as conn:  # the student was last seen 400 days ago
        conn.execute(update(users).where(users.c.telegram_id == STUDENT).values(last_active_at=old))
    student_id = internal_id(db, STUDENT)

    repo.upsert_user(db, telegram_id=OTHER, now=NOW - dt.timedelta(days=2))
    repo.set_reminders_opt_in(db, telegram_id=OTHER, opt_in=True)
    for age_days in (45, 31, 29, 1):
        repo.record_turn(
            db, telegram_id=OTHER, role="user", text=f"{age_days} days ago", now=NOW - dt.timedelta(days=age_days)
        )
    sent = repo.add_reminder(db, telegram_id=OTHER, entry_id="taster/a", what="old", due_at=NOW - dt.timedelta(60))
    repo.mark_reminder_sent(db, reminder_id=sent.id, now=NOW - dt.timedelta(days=59))
    repo.add_reminder(db, telegram_id=OTHER, entry_id="taster/b", what="unsent", due_at=NOW - dt.timedelta(60))
    repo.log_question(db, question="old question", language="en", found=False, now=NOW - dt.timedelta(days=400))
    repo.log_question(db, question="new question", language="en", found=False, now=NOW - dt.timedelta(days=3))

    report = repo.purge(db, inactive_days=365, turn_days=30, now=NOW)

    assert (report.users, report.turns, report.reminders, report.questions) == (1, 2, 1, 1)
    assert rows_about(db, user_id=student_id, telegram_id=STUDENT, markers=[MARKER]) == []
    assert [t.text for t in repo.recent_turns(db, telegram_id=OTHER, now=NOW)] == ["29 days ago", "1 days ago"]
    assert [r.what for r in repo.user_reminders(db, telegram_id=OTHER, include_sent=True)] == ["unsent"]
    assert [q.question for q in repo.knowledge_gaps(db, days=1000, now=NOW)] == ["new question"]
    assert repo.purge(db, inactive_days=365, turn_days=30, now=NOW).total == 0
