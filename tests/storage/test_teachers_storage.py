"""Teachers' storage on SQLite and PostgreSQL: the 0002 migration (keys for existing members), one-time invites
under a race, announcement deliveries claimed once, the daily limit, nudges, and delete/export coverage."""

from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text

from storage import ConsentRequiredError, Database, NotATeacherError, connect, migrate
from storage import repository as repo
from tests.storage.util import BASE_ID, count, internal_id, tables, user_columns

NOW = dt.datetime(2026, 3, 2, 4, 0, tzinfo=dt.UTC)  # noon in Hong Kong
TEACHER = BASE_ID
ADMIN = BASE_ID + 1
STUDENTS = [BASE_ID + 10 + n for n in range(8)]


def _teacher_with_class(db: Database, label: str = "5A Careers") -> str:
    repo.upsert_user(db, telegram_id=TEACHER, now=NOW)
    repo.grant_teacher(db, telegram_id=TEACHER, now=NOW)
    return repo.create_class_link(db, teacher_telegram_id=TEACHER, label=label, now=NOW).code


def _join(db: Database, code: str, students: list[int], *, consent: bool = True) -> None:
    for student in students:
        repo.upsert_user(db, telegram_id=student, now=NOW)
        if consent:
            repo.record_consent(db, telegram_id=student, now=NOW)
            repo.set_form(db, telegram_id=student, form="S6")
            repo.set_interests(db, telegram_id=student, interests=["science"])
        repo.join_class(db, telegram_id=student, code=code, now=NOW)


def test_the_migration_gives_existing_members_distinct_keys(db_url: str) -> None:
    migrate.upgrade(db_url, "0001")
    database = connect(db_url)
    try:
        with database.engine.begin() as conn:  # rows as the 0001 schema held them
            for user_id in (1, 2, 3, 4):
                conn.execute(
                    text(
                        "INSERT INTO users (id, telegram_id, language, electives, interests, reminders_opt_in,"
                        " created_at, last_active_at) VALUES (:id, :tg, 'en', '[]', '[]', false, :now, :now)"
                    ),
                    {"id": user_id, "tg": TEACHER + user_id, "now": NOW},
                )
            conn.execute(
                text(
                    "INSERT INTO class_links (id, code, teacher_id, label, preset_interests, created_at, join_count)"
                    " VALUES (1, 'abcd1234', 1, '5A', '[]', :now, 3)"
                ),
                {"now": NOW},
            )
            for user_id in (2, 3, 4):
                conn.execute(
                    text("INSERT INTO class_members (class_id, user_id, joined_at) VALUES (1, :u, :now)"),
                    {"u": user_id, "now": NOW},
                )
        migrate.upgrade(db_url)
        with database.engine.connect() as conn:
            keys = [row[0] for row in conn.execute(text("SELECT membership_key FROM class_members"))]
            suggest = conn.execute(text("SELECT suggest_nudges FROM class_links")).scalar_one()
        assert len(set(keys)) == 3
        assert all(key and len(key) == 32 for key in keys)
        assert not suggest
        migrate.downgrade(db_url, "0001")  # and back: the memberships survive without their keys
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM class_members")).scalar_one() == 3
    finally:
        database.dispose()


def test_counts_and_snapshots_are_for_the_classs_own_teacher(db: Database) -> None:
    code = _teacher_with_class(db)
    _join(db, code, STUDENTS[:6])
    repo.save_course(db, telegram_id=STUDENTS[0], entry_id="cuhk-summer-institute")
    counts = repo.class_counts(db, teacher_telegram_id=TEACHER, code=code)
    assert len(counts.member_keys) == 6
    assert counts.forms == {"S6": 6}
    assert counts.interests == {"science": 6}
    assert counts.saved_courses == {"cuhk-summer-institute": 1}
    day = dt.date(2026, 3, 2)
    assert repo.store_class_snapshot(
        db, teacher_telegram_id=TEACHER, code=code, published_on=day, figures_json="{}", member_keys_json="[]"
    )
    assert not repo.store_class_snapshot(  # one a day
        db, teacher_telegram_id=TEACHER, code=code, published_on=day, figures_json="{}", member_keys_json="[]"
    )
    assert [s.published_on for s in repo.class_snapshots(db, teacher_telegram_id=TEACHER, code=code)] == [day]
    with pytest.raises(NotATeacherError):
        repo.class_counts(db, teacher_telegram_id=STUDENTS[0], code=code)


def test_an_invite_grants_the_role_once_even_under_a_race(db: Database) -> None:
    invite = repo.create_teacher_invite(db, expires_at=NOW + dt.timedelta(days=7), now=NOW)
    assert len(invite.code) >= 16
    racers = STUDENTS[:6]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(
            pool.map(lambda user: repo.redeem_teacher_invite(db, telegram_id=user, code=invite.code, now=NOW), racers)
        )
    assert results.count(True) == 1
    winner = racers[results.index(True)]
    assert repo.is_teacher(db, telegram_id=winner)
    assert [user for user in racers if repo.is_teacher(db, telegram_id=user)] == [winner]
    with db.engine.connect() as conn:  # the losers were not even created: nothing written for them
        assert conn.execute(text("SELECT COUNT(*) FROM users")).scalar_one() == 1
        stored = conn.execute(text("SELECT code_hash FROM teacher_invites")).scalar_one()
    assert invite.code not in stored


def test_generated_codes_are_letters_and_digits_so_a_command_line_can_take_them(db: Database) -> None:
    # A code starting with "-" read as an option: `pathways links revoke -Uq…` failed (CI, 2026-12-01).
    _teacher_with_class(db)
    codes = [
        repo.create_class_link(db, teacher_telegram_id=TEACHER, label=f"class {n}", now=NOW).code for n in range(60)
    ]
    codes += [repo.create_teacher_invite(db, expires_at=NOW + dt.timedelta(days=1), now=NOW).code for _ in range(20)]
    assert all(code.isascii() and code.isalnum() for code in codes), [c for c in codes if not c.isalnum()]
    assert len(set(codes)) == len(codes)


def test_expired_and_malformed_invites_write_nothing(db: Database) -> None:
    invite = repo.create_teacher_invite(db, expires_at=NOW + dt.timedelta(days=1), now=NOW)
    later = NOW + dt.timedelta(days=2)
    assert not repo.redeem_teacher_invite(db, telegram_id=STUDENTS[0], code=invite.code, now=later)
    assert not repo.redeem_teacher_invite(db, telegram_id=STUDENTS[0], code="x" * 24, now=NOW)
    assert not repo.redeem_teacher_invite(db, telegram_id=STUDENTS[0], code="short", now=NOW)
    assert repo.get_user(db, telegram_id=STUDENTS[0]) is None


def test_deliveries_go_to_consenting_unmuted_members_and_are_claimed_once(db: Database) -> None:
    code = _teacher_with_class(db)
    _join(db, code, STUDENTS[:5])
    _join(db, code, STUDENTS[5:6], consent=False)  # joined before agreeing: not a recipient
    assert repo.set_class_muted(db, telegram_id=STUDENTS[4], code=code, muted=True, now=NOW)
    info = repo.create_announcement(db, teacher_telegram_id=TEACHER, code=code, text="Open day on Friday", now=NOW)
    assert info.recipients == 4
    repo.set_class_muted(db, telegram_id=STUDENTS[3], code=code, muted=True, now=NOW)  # muted after it was sent
    pending = repo.pending_deliveries(db, announcement_id=info.id)
    assert sorted(pending) == sorted(STUDENTS[:4])
    with ThreadPoolExecutor(max_workers=4) as pool:  # two workers race for every delivery
        claims = list(
            pool.map(
                lambda user: repo.claim_delivery(db, announcement_id=info.id, telegram_id=user, now=NOW),
                [*pending, *pending],
            )
        )
    won = [claim.telegram_id for claim in claims if claim is not None]
    assert sorted(won) == sorted(STUDENTS[:3])
    assert claims[won.index(STUDENTS[0])] is not None
    assert repo.pending_deliveries(db, announcement_id=info.id) == []
    assert repo.announcements_in_progress(db) == [info.id]
    done = repo.finish_announcement(db, announcement_id=info.id)
    assert done is not None
    assert (done.sent, done.skipped, done.pending) == (3, 1, 0)
    assert repo.finish_announcement(db, announcement_id=info.id) is None  # told once
    assert repo.announcements_in_progress(db) == []


def test_three_announcements_a_hong_kong_day(db: Database) -> None:
    code = _teacher_with_class(db)
    for _ in range(3):
        repo.create_announcement(db, teacher_telegram_id=TEACHER, code=code, text="hello", now=NOW)
    assert repo.announcements_left_today(db, teacher_telegram_id=TEACHER, now=NOW) == 0
    with pytest.raises(repo.AnnouncementLimitError):
        repo.create_announcement(db, teacher_telegram_id=TEACHER, code=code, text="one more", now=NOW)
    next_day = dt.datetime(2026, 3, 2, 16, 0, tzinfo=dt.UTC)  # 00:00 on 3 March in Hong Kong
    assert repo.announcements_left_today(db, teacher_telegram_id=TEACHER, now=next_day) == 3
    with pytest.raises(NotATeacherError):
        repo.create_announcement(db, teacher_telegram_id=STUDENTS[0], code=code, text="hi", now=NOW)


def test_nudges_need_consent_and_are_claimed_once(db: Database) -> None:
    repo.upsert_user(db, telegram_id=STUDENTS[0], now=NOW)
    with pytest.raises(ConsentRequiredError):
        repo.set_nudge_kinds(db, telegram_id=STUDENTS[0], kinds=["oea"], now=NOW)
    repo.record_consent(db, telegram_id=STUDENTS[0], now=NOW)
    assert repo.set_nudge_kinds(db, telegram_id=STUDENTS[0], kinds=["oea", "choices"], now=NOW) == ("oea", "choices")
    (recipient,) = repo.nudge_recipients(db)
    assert recipient.kinds == ("oea", "choices")
    assert repo.claim_nudge(db, telegram_id=STUDENTS[0], nudge_key="jupas-oea:2026-01-02", now=NOW)
    assert not repo.claim_nudge(db, telegram_id=STUDENTS[0], nudge_key="jupas-oea:2026-01-02", now=NOW)
    assert repo.set_nudge_kinds(db, telegram_id=STUDENTS[0], kinds=[], now=NOW) == ()
    assert repo.nudge_recipients(db) == []


def test_delete_and_export_cover_every_new_table(db: Database) -> None:
    repo.upsert_user(db, telegram_id=ADMIN, now=NOW)
    invite = repo.create_teacher_invite(
        db, expires_at=NOW + dt.timedelta(days=1), created_by_telegram_id=ADMIN, now=NOW
    )
    student = STUDENTS[0]
    repo.upsert_user(db, telegram_id=student, now=NOW)
    repo.record_consent(db, telegram_id=student, now=NOW)
    assert repo.redeem_teacher_invite(db, telegram_id=student, code=invite.code, now=NOW)
    code = repo.create_class_link(db, teacher_telegram_id=student, label="own class", now=NOW).code
    repo.create_announcement(db, teacher_telegram_id=student, code=code, text="secret-ann", now=NOW)
    other_code = _teacher_with_class(db)
    _join(db, other_code, [student])
    info = repo.create_announcement(db, teacher_telegram_id=TEACHER, code=other_code, text="hi", now=NOW)
    assert info.recipients == 1
    repo.set_nudge_kinds(db, telegram_id=student, kinds=["oea"], now=NOW)
    repo.claim_nudge(db, telegram_id=student, nudge_key="k", now=NOW)
    own_invite = repo.create_teacher_invite(
        db, expires_at=NOW + dt.timedelta(days=1), created_by_telegram_id=student, now=NOW
    )
    assert own_invite.code
    user_id = internal_id(db, student)
    new_tables = {"teacher_invites", "announcements", "announcement_deliveries", "nudge_preferences", "nudges_sent"}
    for table in tables():
        if table.name in new_tables:
            for column in user_columns(table):
                assert count(db, table.name, **{column: user_id}) > 0, f"nothing in {table.name}.{column}"

    export = repo.export_user(db, telegram_id=student, now=NOW)
    assert export is not None
    assert new_tables <= set(export["tables"])
    assert "secret-ann" in json.dumps(export, ensure_ascii=False)

    repo.delete_user(db, telegram_id=student)
    for table in tables():
        for column in user_columns(table):
            assert count(db, table.name, **{column: user_id}) == 0, f"{table.name}.{column} still holds the user"
    progress = repo.announcement_progress(db, announcement_id=info.id)
    assert progress is not None
    assert progress.pending == 0  # the forgotten student's delivery went with them
