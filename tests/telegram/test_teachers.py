"""Teachers see only anonymised class figures, for classes of at least five; roles are checked on every call."""

from __future__ import annotations

import re

from bot.classroom.figures import PublishedFigures
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.telegram.conftest import OfflineBot

TEACHER = 7003
OTHER_TEACHER = 7004
STUDENT = 5009
ADMIN = 900  # in the test configuration's admin ids


def teacher(services: BotServices, user: int = TEACHER, label: str = "5C Science") -> str:
    repo.upsert_user(services.db, telegram_id=user)
    repo.grant_teacher(services.db, telegram_id=user)
    return repo.create_class_link(services.db, teacher_telegram_id=user, label=label, preset_interests=["science"]).code


def students_join(services: BotServices, code: str, count: int) -> None:
    for index in range(count):
        user = 8000 + index
        repo.upsert_user(services.db, telegram_id=user)
        repo.record_consent(services.db, telegram_id=user)
        repo.set_form(services.db, telegram_id=user, form="S5" if index % 2 else "S6")
        repo.join_class(services.db, telegram_id=user, code=code)
        repo.save_course(services.db, telegram_id=user, entry_id="cuhk-summer-institute")


async def test_students_cannot_use_the_teacher_command(offline: OfflineBot, services: BotServices) -> None:
    code = teacher(services)
    (reply,) = await offline.text(STUDENT, "/class")
    assert "for teachers" in reply.text
    (profile,) = await offline.text(STUDENT, "/help")
    replies = await offline.tap(STUDENT, profile, f"cl:{code}")  # a forged button
    assert [r.text for r in replies] == ["⌛ This button has expired. Please ask me again."]


async def test_small_classes_show_no_figures(offline: OfflineBot, services: BotServices) -> None:
    code = teacher(services)
    students_join(services, code, 4)
    (listing,) = await offline.text(TEACHER, "/class")
    assert "5C Science" in listing.text
    assert "fewer than 5 students so far" in listing.text
    assert f"https://t.me/DSEPathwaysTestBot?start=c_{code}" in listing.text
    (menu,) = await offline.press(TEACHER, listing, "5C Science")
    assert "fewer than 5 students so far" in menu.text
    (reply,) = await offline.press(TEACHER, menu, "Chart")
    assert "at least 5 students" in reply.text
    assert "S5" not in reply.text
    assert repo.class_snapshots(services.db, teacher_telegram_id=TEACHER, code=code) == []  # nothing published


async def test_classes_of_five_or_more_show_only_rounded_figures(offline: OfflineBot, services: BotServices) -> None:
    code = teacher(services)
    students_join(services, code, 6)  # exactly: 6 members, 3 in S5 and 3 in S6, all Science, all saved one course
    (listing,) = await offline.text(TEACHER, "/class")
    assert "5–9 students joined" in listing.text  # the join counter, rounded like every class figure
    assert "6 students" not in listing.text
    (menu,) = await offline.press(TEACHER, listing, "5C Science")
    chart, figures = await offline.press(TEACHER, menu, "Chart")
    assert chart.method == "sendPhoto"
    assert (chart.document or b"").startswith(b"\x89PNG")
    assert "Students: 5–9" in figures.text
    assert "S5 <5" in figures.text
    assert "S6 <5" in figures.text
    assert "Science 5–9" in figures.text
    assert "CUHK Summer Institute 5–9" in figures.text
    assert "800" not in figures.text  # no student ids
    # No exact count: every number in the figures is a range ("5–9") or "<5" (forms aside), never 6 or 3.
    _title, *cells, note = figures.text.splitlines()
    assert not re.findall(r"\d", re.sub(r"<5|\d+–\d+|\bS[4-6]\b", "", "\n".join(cells))), figures.text
    assert set(re.findall(r"\d+", note)) <= {"5"}, note  # the note explains the step of five, nothing else
    assert "6 students" not in figures.text
    # What was stored (and would be shown again) holds rounded cells only.
    (snapshot,) = repo.class_snapshots(services.db, teacher_telegram_id=TEACHER, code=code)
    published = PublishedFigures.from_json(snapshot.figures_json)  # refuses an unrounded cell
    assert published.members == 5
    assert dict(published.forms) == {"S4": 0, "S5": 0, "S6": 0, "after-dse": 0, "not-set": 0}
    assert published.interests == (("science", 5),)
    assert published.saved_courses == (("cuhk-summer-institute", 5),)


async def test_a_teacher_cannot_see_another_teachers_class(offline: OfflineBot, services: BotServices) -> None:
    code = teacher(services)
    students_join(services, code, 5)
    teacher(services, OTHER_TEACHER, "Other class")
    (listing,) = await offline.text(OTHER_TEACHER, "/class")
    replies = await offline.tap(OTHER_TEACHER, listing, f"cl:{code}")
    assert [r.text for r in replies] == ["⌛ This button has expired. Please ask me again."]


async def test_the_role_is_checked_on_every_call(offline: OfflineBot, services: BotServices) -> None:
    code = teacher(services)
    students_join(services, code, 5)
    (listing,) = await offline.text(TEACHER, "/class")
    repo.revoke_teacher(services.db, telegram_id=TEACHER)
    replies = await offline.press(TEACHER, listing, "5C Science")
    assert "expired" in replies[0].text
    (reply,) = await offline.text(TEACHER, "/class")
    assert "for teachers" in reply.text


async def test_teachers_see_the_class_command_in_help(offline: OfflineBot, services: BotServices) -> None:
    teacher(services)
    repo.record_consent(services.db, telegram_id=TEACHER)
    (help_text,) = await offline.text(TEACHER, "/help")
    assert "/class" in help_text.text
    (student_help,) = await offline.text(STUDENT, "/help")
    assert "/class" not in student_help.text


async def test_knowledge_gaps_for_admins_only(offline: OfflineBot, services: BotServices) -> None:
    repo.log_question(services.db, question="volcano camps <on Mars>", language="en", found=False)
    (denied,) = await offline.text(STUDENT, "/gaps")
    assert "don't know that command" in denied.text
    (report,) = await offline.text(ADMIN, "/gaps")
    assert "volcano camps <on Mars>" in report.text
    assert "nothing found" in report.text
