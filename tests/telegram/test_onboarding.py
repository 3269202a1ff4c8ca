"""/start, the privacy notice and consent, onboarding with buttons, /language, /privacy, /profile."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.telegram.context import BotServices
from storage import repository as repo
from tests.telegram.conftest import OfflineBot, table_rows

STUDENT = 5001


def stored(services: BotServices) -> dict[str, int]:
    return {name: n for name, n in table_rows(services.db).items() if n}


async def test_welcome_in_english_with_the_privacy_notice_and_nothing_stored(
    offline: OfflineBot, services: BotServices
) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    assert "DSE Pathways" in welcome.text
    assert "Before I keep anything" in welcome.text
    assert "/privacy" in welcome.text
    assert "/mydata" in welcome.text
    assert "/forget" in welcome.text
    assert [b["text"] for b in welcome.buttons] == ["✅ I agree", "Not now"]
    assert stored(services) == {}


async def test_welcome_in_chinese_from_the_telegram_language(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start", language_code="zh-hk")
    assert "我係 DSE Pathways" in welcome.text
    assert "保存任何資料之前" in welcome.text
    assert welcome.buttons[0]["text"] == "✅ 我同意"
    assert stored(services) == {}


async def test_onboarding_from_hi_to_a_plan(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    (form_step,) = await offline.press(STUDENT, welcome, "I agree")
    assert "Thank you" in form_step.text
    assert "Which form" in form_step.text
    profile = repo.get_user(services.db, telegram_id=STUDENT)
    assert profile is not None
    assert profile.has_consented
    assert profile.language == "en"
    assert offline.api.current(welcome).get("reply_markup") is None  # the notice's buttons are gone

    assert await offline.press(STUDENT, form_step, "S5") == []  # the same message is edited
    interests_step = offline.api.current(form_step)
    assert "What interests you?" in interests_step["text"]
    assert repo.get_user(services.db, telegram_id=STUDENT).form == "S5"  # type: ignore[union-attr]

    await offline.tap(STUDENT, form_step, "it:o:engineering")
    await offline.tap(STUDENT, form_step, "it:o:data-ai")
    await offline.tap(STUDENT, form_step, "it:o:science")
    await offline.tap(STUDENT, form_step, "it:o:science")  # tapped twice: unselected
    labels = [b["text"] for row in offline.api.current(form_step)["reply_markup"]["inline_keyboard"] for b in row]
    assert "✓ Engineering" in labels
    assert "✓ Data & AI" in labels
    assert "Science" in labels
    assert repo.get_user(services.db, telegram_id=STUDENT).interests == ("engineering", "data-ai")  # type: ignore[union-attr]

    await offline.tap(STUDENT, form_step, "it:o:done")
    assert "DSE electives" in offline.api.current(form_step)["text"]
    await offline.tap(STUDENT, form_step, "el:o:phy")
    await offline.tap(STUDENT, form_step, "el:o:ict")
    await offline.tap(STUDENT, form_step, "el:o:done")
    done = offline.api.current(form_step)
    assert "All set" in done["text"]
    assert repo.get_user(services.db, telegram_id=STUDENT).electives == ("Physics", "ICT")  # type: ignore[union-attr]

    plan = await offline.tap(STUDENT, form_step, "pl")
    assert plan, "the plan button answers"
    assert any("OEA" in m.text for m in plan)
    assert offline.api.calls_of("answerCallbackQuery")  # every tap was answered


async def test_onboarding_steps_can_be_skipped(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    (form_step,) = await offline.press(STUDENT, welcome, "I agree")
    await offline.press(STUDENT, form_step, "Skip")
    await offline.tap(STUDENT, form_step, "it:o:skip")
    await offline.tap(STUDENT, form_step, "el:o:skip")
    assert "All set" in offline.api.current(form_step)["text"]
    profile = repo.get_user(services.db, telegram_id=STUDENT)
    assert profile is not None
    assert profile.form is None
    assert profile.interests == ()
    assert profile.electives == ()


async def test_not_now_stores_nothing_and_questions_still_work(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    (reply,) = await offline.press(STUDENT, welcome, "Not now")
    assert "won't keep anything" in reply.text
    answer = await offline.text(STUDENT, "HKUST summer institute")
    assert any("HKUST" in m.text for m in answer)
    assert not any(b["text"] == "👍" for m in answer for b in m.buttons)  # nothing to attach feedback to
    assert stored(services) == {}


async def test_profile_edits_need_consent_first(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    (notice,) = await offline.tap(STUDENT, welcome, "it:p:science")
    assert "privacy notice" in notice.text
    (notice,) = await offline.text(STUDENT, "/interests")
    assert "privacy notice" in notice.text
    (notice,) = await offline.text(STUDENT, "/remind")
    assert "privacy notice" in notice.text
    assert stored(services) == {}


async def test_language_before_and_after_consent(offline: OfflineBot, services: BotServices) -> None:
    (chooser,) = await offline.text(STUDENT, "/language")
    await offline.press(STUDENT, chooser, "繁體中文")
    assert offline.api.current(chooser)["text"] == "🌐 已轉為繁體中文。"
    assert stored(services) == {}  # not in the database: a shared value that expires within a day
    (welcome,) = await offline.text(STUDENT, "/start")
    assert "保存任何資料之前" in welcome.text
    await offline.press(STUDENT, welcome, "我同意")
    assert repo.get_user(services.db, telegram_id=STUDENT).language == "zh-Hant"  # type: ignore[union-attr]
    (chooser,) = await offline.text(STUDENT, "/language")
    await offline.press(STUDENT, chooser, "English")
    assert repo.get_user(services.db, telegram_id=STUDENT).language == "en"  # type: ignore[union-attr]
    (help_text,) = await offline.text(STUDENT, "/help")
    assert "/recommend" in help_text.text
    assert "How I can help" in help_text.text


async def test_privacy_notice_names_the_llm_provider_when_one_is_configured(
    offline: OfflineBot, services: BotServices
) -> None:
    (notice,) = await offline.text(STUDENT, "/privacy")
    assert "Nobody else" in notice.text
    assert "20" in notice.text
    assert "30 days" in notice.text
    assert "365 days" in notice.text
    services.config = replace(services.config, llm_provider="llm.example.org", embeddings_provider="emb.example.org")
    (notice,) = await offline.text(STUDENT, "/privacy")
    assert "sent to llm.example.org" in notice.text
    assert "sent to emb.example.org" in notice.text
    (chinese,) = await offline.text(STUDENT, "/privacy", language_code="zh-hant")
    assert "llm.example.org" in chinese.text
    assert "私隱聲明" in chinese.text


async def test_profile_shows_what_is_stored(offline: OfflineBot, services: BotServices) -> None:
    repo.upsert_user(services.db, telegram_id=STUDENT, language="en")
    repo.record_consent(services.db, telegram_id=STUDENT)
    repo.set_form(services.db, telegram_id=STUDENT, form="S6")
    repo.set_interests(services.db, telegram_id=STUDENT, interests=["medicine-health"])
    (profile,) = await offline.text(STUDENT, "/profile")
    assert "Form: S6" in profile.text
    assert "Interests: Medicine & health" in profile.text
    assert "Reminders: off" in profile.text
    (form_step,) = await offline.press(STUDENT, profile, "Form")
    await offline.press(STUDENT, form_step, "S5")
    assert "Form saved: S5" in offline.api.current(form_step)["text"]
    (interests,) = await offline.press(STUDENT, profile, "Interests")
    await offline.tap(STUDENT, interests, "it:p:business")
    await offline.tap(STUDENT, interests, "it:p:done")
    assert "Medicine & health, Business & finance" in offline.api.current(interests)["text"]


@pytest.mark.parametrize("command", ["/start", "/help", "/privacy"])
async def test_commands_in_groups_do_not_onboard_anyone(
    offline: OfflineBot, services: BotServices, command: str
) -> None:
    (reply,) = await offline.text(STUDENT, command, chat_id=-100500, chat_type="supergroup")
    assert stored(services) == {}
    assert "I agree" not in str(reply.buttons)


async def test_a_double_tap_on_i_agree_onboards_once(offline: OfflineBot, services: BotServices) -> None:
    (welcome,) = await offline.text(STUDENT, "/start")
    first = await offline.press(STUDENT, welcome, "I agree")
    second = await offline.tap(STUDENT, welcome, "ok")
    assert len(first) == 1
    assert second == []
    assert table_rows(services.db)["users"] == 1
