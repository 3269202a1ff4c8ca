"""/mydata sends everything held as a JSON file; /forget confirms, then deletes everything (every table scanned)."""

from __future__ import annotations

import json

from sqlalchemy import text

from bot.telegram.context import BotServices
from storage import repository as repo
from tests.telegram.conftest import OfflineBot, table_rows

STUDENT = 5004
OTHER = 5005
TEACHER = 7002


async def onboard(offline: OfflineBot, user: int) -> None:
    (welcome,) = await offline.text(user, "/start")
    (form_step,) = await offline.press(user, welcome, "I agree")
    await offline.press(user, form_step, "S4")
    await offline.tap(user, form_step, "it:o:computing")
    await offline.tap(user, form_step, "it:o:done")
    await offline.tap(user, form_step, "el:o:ict")
    await offline.tap(user, form_step, "el:o:done")


async def use_everything(offline: OfflineBot, services: BotServices, user: int) -> None:
    await onboard(offline, user)
    replies = await offline.text(user, "Google Data Analytics certificate")
    answer = [r for r in replies if r.buttons][-1]
    await offline.press(user, answer, "👍")
    await offline.press(user, answer, "Save")
    remind, nudges = await offline.text(user, "/remind")  # reminders, then the deadline-nudges panel
    await offline.press(user, remind, "on")
    await offline.press(user, nudges, "Turn on nudges")
    repo.add_reminder(
        services.db,
        telegram_id=user,
        entry_id="jupas-oea",
        what="JUPAS OEA deadline (2026 cycle)",
        due_at=services.clock(),
    )


async def test_mydata_sends_everything_as_json(offline: OfflineBot, services: BotServices) -> None:
    await use_everything(offline, services, STUDENT)
    (document,) = [s for s in await offline.text(STUDENT, "/mydata") if s.method == "sendDocument"]
    assert document.filename is not None
    assert document.filename.endswith(".json")
    assert "JSON" in document.text
    data = json.loads(document.document or b"")
    assert data["telegram_id"] == STUDENT
    tables = data["tables"]
    (user,) = tables["users"]
    assert user["form"] == "S4"
    assert user["interests"] == ["computing"]
    assert user["electives"] == ["ICT"]
    assert user["consent_at"]
    assert user["reminders_opt_in"] is True
    assert [row["entry_id"] for row in tables["saved_courses"]] == ["google-data-analytics"]
    assert tables["feedback"][0]["helpful"] is True
    assert tables["conversation_turns"][0]["text"] == "Google Data Analytics certificate"
    assert tables["reminders"]


async def test_mydata_without_data(offline: OfflineBot) -> None:
    (reply,) = await offline.text(STUDENT, "/mydata")
    assert "don't hold any data" in reply.text


async def test_forget_asks_first_and_no_keeps_everything(offline: OfflineBot, services: BotServices) -> None:
    await onboard(offline, STUDENT)
    before = table_rows(services.db)
    (confirm,) = await offline.text(STUDENT, "/forget")
    assert "cannot be undone" in confirm.text
    await offline.press(STUDENT, confirm, "No")
    assert offline.api.current(confirm)["text"] == "OK, nothing was deleted."
    assert table_rows(services.db) == before


def rows_mentioning(services: BotServices, telegram_id: int, user_id: int) -> dict[str, int]:
    """Every table, every column: rows that hold the Telegram id, or point at the user's internal id."""
    found: dict[str, int] = {}
    with services.db.engine.connect() as connection:
        tables = [r[0] for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
        for table in tables:
            columns = [r[1] for r in connection.execute(text(f'PRAGMA table_info("{table}")'))]
            for column in columns:
                value = user_id if column in {"user_id", "teacher_id"} else telegram_id
                count = connection.execute(
                    text(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" = :v OR CAST("{column}" AS TEXT) LIKE :t'),
                    {"v": value, "t": f"%{telegram_id}%"},
                ).scalar_one()
                if count:
                    found[f"{table}.{column}"] = count
    return found


async def test_forget_deletes_everything_and_leaves_no_row_behind(offline: OfflineBot, services: BotServices) -> None:
    await use_everything(offline, services, STUDENT)
    await use_everything(offline, services, OTHER)  # someone else's data stays
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    code = repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label="5B").code
    await offline.text(STUDENT, f"/start c_{code}")
    with services.db.engine.connect() as connection:
        user_id = connection.execute(text("SELECT id FROM users WHERE telegram_id = :t"), {"t": STUDENT}).scalar_one()
    assert rows_mentioning(services, STUDENT, user_id)
    other_before = repo.export_user(services.db, telegram_id=OTHER)

    (confirm,) = await offline.text(STUDENT, "/forget")
    await offline.press(STUDENT, confirm, "Yes, delete everything")
    assert "deleted" in offline.api.current(confirm)["text"]
    assert rows_mentioning(services, STUDENT, user_id) == {}
    assert repo.export_user(services.db, telegram_id=STUDENT) is None
    other_after = repo.export_user(services.db, telegram_id=OTHER)
    assert other_after is not None
    assert other_before is not None
    assert other_after["tables"] == other_before["tables"]
    assert repo.list_class_links(services.db, teacher_telegram_id=TEACHER)[0].join_count == 1  # a count, not a person

    # The bot has forgotten too: the next /start is a first meeting, and nothing is written by it.
    (welcome,) = await offline.text(STUDENT, "/start")
    assert "Before I keep anything" in welcome.text
    assert repo.get_user(services.db, telegram_id=STUDENT) is None


async def test_question_log_has_no_link_to_the_student(offline: OfflineBot, services: BotServices) -> None:
    await onboard(offline, STUDENT)
    await offline.text(STUDENT, "Is there a summer programme about volcanoes on Mars?")
    with services.db.engine.connect() as connection:
        columns = [r[1] for r in connection.execute(text('PRAGMA table_info("question_log")'))]
    assert set(columns) == {"id", "question", "language", "found", "helpful", "asked_on"}
