"""Deep links: a teacher's class link joins the class with its preset interests; a course link opens the card;
anything invalid, expired or revoked gives the normal welcome and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.telegram import deeplinks
from bot.telegram.callbacks import entry_ref
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.telegram.conftest import START, OfflineBot, table_rows

TEACHER = 7001
STUDENT = 5002


def make_teacher(services: BotServices, **link: object) -> str:
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    info = repo.create_class_link(
        services.db,
        teacher_telegram_id=TEACHER,
        label="5A Careers",
        preset_interests=["engineering", "data-ai"],
        now=START,
        **link,
    )
    return info.code


def student_rows(services: BotServices) -> dict[str, int]:
    """Rows beyond the teacher and their link."""
    rows = table_rows(services.db)
    return {
        k: v
        for k, v in rows.items()
        if v and k not in {"teacher_roles", "class_links"} and not (k == "users" and v == 1)
    }


async def test_class_link_for_a_new_student_joins_after_consent(offline: OfflineBot, services: BotServices) -> None:
    code = make_teacher(services)
    (welcome,) = await offline.text(STUDENT, f"/start {deeplinks.class_payload(code)}")
    assert "Before I keep anything" in welcome.text
    assert student_rows(services) == {}  # nothing written before "I agree"
    (form_step,) = await offline.press(STUDENT, welcome, "I agree")
    joined = form_step  # thanks, the class joined and the first step come as one message
    assert "Thank you" in joined.text
    assert "5A Careers" in joined.text
    assert "Engineering" in joined.text
    profile = repo.get_user(services.db, telegram_id=STUDENT)
    assert profile is not None
    assert profile.interests == ("engineering", "data-ai")
    assert repo.list_class_links(services.db, teacher_telegram_id=TEACHER)[0].join_count == 1
    await offline.press(STUDENT, form_step, "S5")
    labels = [b["text"] for row in offline.api.current(form_step)["reply_markup"]["inline_keyboard"] for b in row]
    assert "✓ Engineering" in labels  # the teacher's presets are already ticked


async def test_class_link_for_a_student_who_already_agreed(offline: OfflineBot, services: BotServices) -> None:
    code = make_teacher(services)
    repo.upsert_user(services.db, telegram_id=STUDENT)
    repo.record_consent(services.db, telegram_id=STUDENT)
    repo.set_interests(services.db, telegram_id=STUDENT, interests=["business"])
    (joined,) = await offline.text(STUDENT, f"/start c_{code}")
    assert "You've joined" in joined.text
    assert "Which form" in joined.text
    assert repo.get_user(services.db, telegram_id=STUDENT).interests == ("business", "engineering", "data-ai")  # type: ignore[union-attr]
    await offline.text(STUDENT, f"/start c_{code}")  # following it twice counts once
    assert repo.list_class_links(services.db, teacher_telegram_id=TEACHER)[0].join_count == 1


@pytest.mark.parametrize(
    "payload",
    [
        "c_" + "A" * 63,  # longer than 64 characters
        "c_abc$%^",  # other characters
        "c_NoSuchCode1",  # unknown code
        "c_ab",  # too short
        "zz_whatever",  # unknown kind
        "e_no-such-entry",  # unknown course
        "e__AAAAAAAAAAA",  # unknown hashed course
        "中文",
        "c_abc def",
    ],
)
async def test_invalid_payloads_give_the_normal_welcome_and_write_nothing(
    offline: OfflineBot, services: BotServices, payload: str
) -> None:
    make_teacher(services)
    before = table_rows(services.db)
    (welcome,) = await offline.text(STUDENT, f"/start {payload}")
    assert "Before I keep anything" in welcome.text
    assert table_rows(services.db) == before


async def test_empty_payload_is_plain_start(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start ")
    assert "Before I keep anything" in welcome.text
    assert table_rows(services.db)["users"] == 0


@pytest.mark.parametrize("state", ["revoked", "expired"])
async def test_revoked_or_expired_links_write_nothing_even_after_consent(
    offline: OfflineBot, services: BotServices, state: str
) -> None:
    code = (
        make_teacher(services, expires_at=START - dt.timedelta(days=1))
        if state == "expired"
        else make_teacher(services)
    )
    if state == "revoked":
        repo.revoke_class_link(services.db, teacher_telegram_id=TEACHER, code=code)
    (welcome,) = await offline.text(STUDENT, f"/start c_{code}")
    assert "Before I keep anything" in welcome.text
    assert student_rows(services) == {}
    replies = await offline.press(STUDENT, welcome, "I agree")
    assert not any("joined" in r.text for r in replies)
    assert table_rows(services.db)["class_members"] == 0
    assert repo.get_user(services.db, telegram_id=STUDENT).interests == ()  # type: ignore[union-attr]
    # A student who already agreed gets the normal welcome back, and nothing changes.
    before = table_rows(services.db)
    (again,) = await offline.text(STUDENT, f"/start c_{code}")
    assert "Welcome back" in again.text
    assert table_rows(services.db) == before


async def test_course_link_opens_the_card(offline: OfflineBot, services: BotServices) -> None:
    card, welcome = await offline.text(STUDENT, f"/start {deeplinks.entry_payload('hkust-summer-institute')}")
    assert "HKUST" in card.text
    assert "<a href=" in card.raw  # the source as a link
    assert any("Save" in b["text"] for b in card.buttons)
    assert any(b.get("url") for b in card.buttons)
    assert "Before I keep anything" in welcome.text
    assert table_rows(services.db)["users"] == 0


async def test_course_link_with_a_long_id_uses_a_hashed_ref(offline: OfflineBot, services: BotServices) -> None:
    entry_id = "cityu-chinese-history-experiencing-university-life"
    payload = f"e_{entry_ref(entry_id, 20)}"  # as a longer id than fits would be linked
    assert payload.startswith("e__")
    card, _ = await offline.text(STUDENT, f"/start {payload}")
    assert "CityU" in card.text or "城大" in card.text


async def test_course_link_for_a_student_who_agreed_shows_only_the_card(
    offline: OfflineBot, services: BotServices
) -> None:
    repo.upsert_user(services.db, telegram_id=STUDENT)
    repo.record_consent(services.db, telegram_id=STUDENT)
    repo.save_course(services.db, telegram_id=STUDENT, entry_id="hkust-summer-institute")
    (card,) = await offline.text(STUDENT, "/start e_hkust-summer-institute")
    assert any("Remove from saved" in b["text"] for b in card.buttons)
