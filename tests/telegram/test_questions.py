"""Questions through the real assistant: answers with sources and buttons, feedback, save, more like this,
suggested follow-ups, /recommend, /saved; limits; groups; media; edited messages; stale and forged buttons."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from bot.coordination import StudentLimits
from bot.coordination.memory import MemoryRateLimiter
from bot.telegram.context import BotServices
from storage import repository as repo
from tests.fakes.telegram_api import BOT_USERNAME, Sent
from tests.telegram.conftest import OfflineBot, table_rows

STUDENT = 5003


def agree(services: BotServices, user: int = STUDENT, **profile: object) -> None:
    repo.upsert_user(services.db, telegram_id=user, language="en")
    repo.record_consent(services.db, telegram_id=user)
    if "form" in profile:
        repo.set_form(services.db, telegram_id=user, form=str(profile["form"]))
    if "interests" in profile:
        repo.set_interests(services.db, telegram_id=user, interests=list(profile["interests"]))  # type: ignore[call-overload]


def last_with_buttons(replies: list[Sent]) -> Sent:
    return [r for r in replies if r.buttons][-1]


async def test_a_question_gets_a_grounded_answer_with_sources_and_buttons(
    offline: OfflineBot, services: BotServices
) -> None:
    agree(services)
    replies = await offline.text(STUDENT, "How much is the CUHK Summer Institute?")
    text = "\n".join(r.text for r in replies)
    assert "CUHK" in text
    assert "HK$" in text
    last = replies[-1]
    assert "Sources" in last.text
    assert "2024" in last.text
    assert '<a href="https://' in last.raw
    labels = [b["text"] for b in last.buttons]
    assert labels[:2] == ["👍", "👎"]
    assert any(label.startswith("⭐ Save") for label in labels)
    assert "🔎 More like this" in labels
    assert "🌐 Official page" in labels
    assert offline.api.calls_of("sendChatAction")[0].params["action"] == "typing"
    rows = table_rows(services.db)
    assert rows["conversation_turns"] == 2  # the question, and the id of the entry the answer was about
    assert rows["question_log"] == 1


async def test_a_chinese_question_gets_a_chinese_answer(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    replies = await offline.text(STUDENT, "中大暑期學院幾錢？", language_code="zh-hk")
    assert "資料來源" in replies[-1].text
    assert any("中大" in r.text for r in replies)


async def test_feedback_marks_the_log_and_the_students_own_feedback(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    answer = last_with_buttons(await offline.text(STUDENT, "HKUST Summer Institute"))
    assert await offline.press(STUDENT, answer, "👎") == []
    (logged,) = repo.knowledge_gaps(services.db)
    assert logged.helpful is False
    export = repo.export_user(services.db, telegram_id=STUDENT)
    assert export is not None
    (feedback,) = export["tables"]["feedback"]
    assert feedback["helpful"] is False
    assert feedback["entry_ids"] == ["hkust-summer-institute"]
    assert feedback["answer_ref"] is None  # never the anonymous question's id
    labels = [b["text"] for row in offline.api.current(answer)["reply_markup"]["inline_keyboard"] for b in row]
    assert "👍" not in labels
    assert "🙏 Thanks for the feedback" in labels
    # The thanks button is inert.
    assert await offline.tap(STUDENT, answer, "nop") == []


async def test_save_and_unsave_from_an_answer_and_from_saved(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    answer = last_with_buttons(await offline.text(STUDENT, "HKUST Summer Institute"))
    save = answer.button("Save")
    await offline.tap(STUDENT, answer, save["callback_data"])
    assert [s.entry_id for s in repo.saved_courses(services.db, telegram_id=STUDENT)] == ["hkust-summer-institute"]
    labels = [b["text"] for row in offline.api.current(answer)["reply_markup"]["inline_keyboard"] for b in row]
    assert any(label.startswith("✅ Saved") for label in labels)
    (listing,) = await offline.text(STUDENT, "/saved")
    assert "HKUST" in listing.text
    (card,) = await offline.press(STUDENT, listing, "📄")
    assert "HKUST" in card.text
    assert any("Remove" in b["text"] for b in card.buttons)
    await offline.press(STUDENT, listing, "🗑")
    assert repo.saved_courses(services.db, telegram_id=STUDENT) == []
    assert not offline.api.current(listing).get("reply_markup")


async def test_save_before_consent_shows_the_notice(offline: OfflineBot, services: BotServices) -> None:
    answer = last_with_buttons(await offline.text(STUDENT, "HKUST Summer Institute"))
    (notice,) = await offline.press(STUDENT, answer, "Save")
    assert "privacy notice" in notice.text
    assert table_rows(services.db)["users"] == 0


async def test_more_like_this_and_suggestions(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    answer = last_with_buttons(await offline.text(STUDENT, "CUHK Summer Institute"))
    more = await offline.press(STUDENT, answer, "More like this")
    assert more
    assert "Sources" in more[-1].text
    assert "CUHK Summer Institute</a>" not in more[-1].raw  # the entry itself is not suggested again
    suggestion = next(b for b in answer.buttons if b["text"].startswith("💬"))
    follow_up = await offline.tap(STUDENT, answer, suggestion["callback_data"])
    assert follow_up
    assert follow_up[-1].text


async def test_recommend_gives_a_plan_for_form_and_interests(offline: OfflineBot, services: BotServices) -> None:
    agree(services, form="S5", interests=["engineering"])
    replies = await offline.text(STUDENT, "/recommend")
    text = "\n".join(r.text for r in replies)
    assert "OEA" in text
    assert "Sources" in text


async def test_pre_consent_answers_are_not_stored_and_get_one_tip(offline: OfflineBot, services: BotServices) -> None:
    first = await offline.text(STUDENT, "Google Data Analytics certificate")
    assert any("Tip" in r.text for r in first)
    second = await offline.text(STUDENT, "Continuing Education Fund")
    assert not any("Tip" in r.text for r in second)
    assert {k: v for k, v in table_rows(services.db).items() if v} == {}


async def test_input_length_is_capped(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    (reply,) = await offline.text(STUDENT, "engineering " * 200)
    assert "too long" in reply.text
    assert table_rows(services.db)["conversation_turns"] == 0


async def test_rate_limit_and_daily_cap_are_friendly(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    services.user_limiter = StudentLimits(MemoryRateLimiter(), per_minute=2, daily_cap=3, clock=services.clock)
    await offline.text(STUDENT, "CEF")
    await offline.text(STUDENT, "CEF fees")
    (slow,) = await offline.text(STUDENT, "CEF again")
    assert "quickly" in slow.text
    assert await offline.text(STUDENT, "CEF once more") == []  # told once, not on every message
    services.user_limiter = StudentLimits(MemoryRateLimiter(), per_minute=100, daily_cap=1, clock=services.clock)
    await offline.text(STUDENT, "CEF")
    (cap,) = await offline.text(STUDENT, "CEF again")
    assert "today's limit of 1 questions" in cap.text


async def test_a_flood_of_button_taps_is_stopped(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    services.user_limiter = StudentLimits(MemoryRateLimiter(), per_minute=1, daily_cap=100, clock=services.clock)
    (listing,) = await offline.text(STUDENT, "/profile")
    for _ in range(5):
        await offline.tap(STUDENT, listing, "nop")
    answers = offline.api.calls_of("answerCallbackQuery")
    assert any("quickly" in str(call.params.get("text")) for call in answers)


async def test_groups_get_answers_only_to_mentions_and_commands(offline: OfflineBot, services: BotServices) -> None:
    group = -100777
    assert await offline.text(STUDENT, "HKUST Summer Institute", chat_id=group, chat_type="supergroup") == []
    replies = await offline.text(
        STUDENT, f"@{BOT_USERNAME} HKUST Summer Institute", chat_id=group, chat_type="supergroup"
    )
    assert replies
    assert "HKUST" in "\n".join(r.text for r in replies)
    # No personal buttons in a group: whoever taps would act on their own data.
    assert all(b.get("url") for r in replies for b in r.buttons)
    (pointer,) = await offline.text(STUDENT, "/mydata", chat_id=group, chat_type="supergroup")
    assert "private chat" in pointer.text
    assert await offline.text(STUDENT, "/nonsense", chat_id=group, chat_type="supergroup") == []
    assert {k: v for k, v in table_rows(services.db).items() if v} == {}


@pytest.mark.parametrize(
    "content",
    [
        {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 2}},
        {"document": {"file_id": "d", "file_unique_id": "d", "file_name": "cv.pdf"}},
    ],
)
async def test_media_gets_a_short_hint(offline: OfflineBot, content: dict[str, object]) -> None:
    await offline.send(offline.api.message(STUDENT, None, **content))
    (hint,) = offline.api.messages_to(STUDENT)
    assert "only read text" in hint.text


async def test_edited_messages_and_updates_without_a_user_are_ignored(
    offline: OfflineBot, services: BotServices
) -> None:
    await offline.send(offline.api.message(STUDENT, "/forget", edited=True))
    await offline.send(offline.api.message(STUDENT, "HKUST", edited=True))
    channel_post = {
        "message_id": 1,
        "date": 0,
        "chat": {"id": -100999, "type": "channel", "title": "News"},
        "text": "hi",
    }
    await offline.send({"channel_post": channel_post})
    await offline.send(
        {
            "poll": {
                "id": "1",
                "question": "?",
                "options": [],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            }
        }
    )
    assert offline.api.sent == []
    assert {k: v for k, v in table_rows(services.db).items() if v} == {}


async def test_unknown_commands_get_a_pointer_to_help(offline: OfflineBot) -> None:
    (reply,) = await offline.text(STUDENT, "/teleport")
    assert "/help" in reply.text


@pytest.mark.parametrize(
    "data",
    [
        "garbage",
        "sv:no-such-course",
        "cd:_AAAAAAAAAAA",
        "fb:1:zzzz",
        "it:o:hacking",
        "cl:SomeoneElses1",
        "x" * 64,
        "ml:gone-entry",
    ],
)
async def test_forged_or_stale_buttons_are_answered_as_expired(
    offline: OfflineBot, services: BotServices, data: str
) -> None:
    agree(services)
    (profile,) = await offline.text(STUDENT, "/profile")
    replies = await offline.tap(STUDENT, profile, data)
    (answer,) = offline.api.calls_of("answerCallbackQuery")
    expired_popup = "expired" in str(answer.params.get("text"))
    expired_message = any("expired" in r.text for r in replies)
    assert expired_popup or expired_message
    assert offline.api.calls_of("answerCallbackQuery")[0].status == 200


async def test_buttons_from_a_removed_course_expire_gracefully(offline: OfflineBot, services: BotServices) -> None:
    agree(services)
    (profile,) = await offline.text(STUDENT, "/profile")
    for data in ("sv:removed-course", "cd:removed-course", "us:removed-course"):
        replies = await offline.tap(STUDENT, profile, data)
        assert any("expired" in r.text for r in replies)


async def test_answer_timeout_is_a_friendly_message(
    offline: OfflineBot, services: BotServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    agree(services)
    services.config = replace(services.config, answer_timeout_seconds=0.2)
    monkeypatch.setattr(services.conversation, "ask", lambda **_: time.sleep(1))
    (reply,) = await offline.text(STUDENT, "anything")
    assert "took too long" in reply.text
