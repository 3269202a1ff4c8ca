"""The student's side of teachers' features: muting a class, and deadline nudges in /remind that the student
turns on themselves (a teacher's suggestion only shows a button)."""

from __future__ import annotations

from dataclasses import replace

from bot.telegram.context import BotServices
from storage import repository as repo
from tests.telegram.conftest import OfflineBot
from tests.telegram.teachers_fakes import consenting_student

TEACHER = 7500
STUDENT = 7501


def class_with_student(services: BotServices) -> str:
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    code = repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label="6B Careers").code
    consenting_student(services, STUDENT, form="S6")
    assert repo.join_class(services.db, telegram_id=STUDENT, code=code, now=services.clock()).ok
    return code


async def test_a_student_mutes_and_unmutes_a_class(offline: OfflineBot, services: BotServices) -> None:
    code = class_with_student(services)
    (help_message,) = await offline.text(STUDENT, "/help")
    (muted,) = await offline.tap(STUDENT, help_message, f"mu:{code}:1")
    assert "Muted" in muted.text
    assert [c.muted for c in repo.my_classes(services.db, telegram_id=STUDENT)] == [True]
    info = repo.create_announcement(
        services.db, teacher_telegram_id=TEACHER, code=code, text="Hi", now=services.clock()
    )
    assert info.recipients == 0
    (unmuted,) = await offline.press(STUDENT, muted, "Unmute")
    assert "Unmuted" in unmuted.text
    assert [c.muted for c in repo.my_classes(services.db, telegram_id=STUDENT)] == [False]


async def test_nudges_are_suggested_by_the_teacher_and_turned_on_by_the_student(
    offline: OfflineBot, services: BotServices
) -> None:
    code = class_with_student(services)
    (listing,) = await offline.text(TEACHER, "/class")
    (menu,) = await offline.press(TEACHER, listing, "6B Careers")
    (suggested,) = await offline.press(TEACHER, menu, "Suggest deadline nudges")
    assert "nothing is on without them" in suggested.text
    assert repo.nudge_kinds(services.db, telegram_id=STUDENT) == ()  # a suggestion only

    reminders, nudges = await offline.text(STUDENT, "/remind")
    assert "Reminders" in reminders.text
    assert "Your teacher suggests deadline nudges for 6B Careers" in nudges.text
    assert "Taster application deadlines" not in str(nudges.reply_markup)  # S6: the JUPAS dates
    await offline.press(STUDENT, nudges, "Turn on nudges")
    assert repo.nudge_kinds(services.db, telegram_id=STUDENT) == ("oea", "choices", "results", "offers")
    del code


async def test_the_admin_switch_turns_announcements_off(offline: OfflineBot, services: BotServices) -> None:
    class_with_student(services)
    services.config = replace(services.config, announcements_enabled=False)
    (reply,) = await offline.text(TEACHER, "/announce")
    assert "switched off" in reply.text
