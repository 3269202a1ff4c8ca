"""Teachers end to end over HTTP against the fake Bot API: an invite, a class created in the bot, its QR code
(decoded), its poster (one page with the link), the chart once five students joined, announcements to exactly
the consenting, non-muted members — resumed once by a restarted bot — and what students can never do."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from collections import Counter
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from bot.telegram.app import build_application
from bot.telegram.context import BotServices
from bot.telegram.nudges import due, nudges_from
from knowledge.views import EntryView, KeyDateView
from storage import repository as repo
from storage.records import NudgeRecipient
from tests.fakes.telegram_api import TOKEN, BotApi, FakeTelegramServer, Sent
from tests.telegram.conftest import Clock, running
from tests.telegram.teachers_fakes import bot, consenting_student, photo_server  # noqa: F401 - fixtures

TEACHER = 7100
INTRUDER = 7101
STUDENTS = [7200 + n for n in range(12)]
LINK_PREFIX = "https://t.me/DSEPathwaysTestBot?start=c_"


def invite_code(services: BotServices) -> str:
    now = services.clock()
    return repo.create_teacher_invite(services.db, expires_at=now + dt.timedelta(days=7), now=now).code


async def reply_to(api: BotApi, user: int, text: str, count: int = 1) -> list[Sent]:
    before = len(api.messages_to(user))
    api.send_text(user, text)
    return (await api.messages_for(user, before + count))[before:]


async def press(api: BotApi, user: int, sent: Sent, label: str, count: int = 1) -> list[Sent]:
    before = len(api.messages_to(user))
    api.tap(user, sent, sent.button(label)["callback_data"])
    await api.until(lambda: len(api.messages_to(user)) >= before + count or _edited(api, sent))
    await asyncio.sleep(0.05)
    return api.messages_to(user)[before:]


def _edited(api: BotApi, sent: Sent) -> bool:
    current = api.current(sent)
    return current is not None and current.get("text") != sent.text


def current_button(api: BotApi, sent: Sent, label: str) -> str:
    """The callback data of a button under the message as it is now (after edits)."""
    message = api.current(sent) or {}
    for row in message.get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            if label in button["text"]:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r}")


async def make_class(api: BotApi, services: BotServices) -> str:
    """The teacher creates "5A Careers" in the bot; returns its code."""
    (listing,) = await reply_to(api, TEACHER, "/class")
    (prompt,) = await press(api, TEACHER, listing, "New class")
    assert "What is the class called" in prompt.text
    (interests,) = await reply_to(api, TEACHER, "5A Careers")
    api.tap(TEACHER, interests, current_button(api, interests, "Science"))
    await api.until(lambda: "✓ Science" in str(api.current(interests)))
    api.tap(TEACHER, interests, current_button(api, interests, "Done"))
    await api.until(lambda: "How long" in str(api.current(interests)))
    api.tap(TEACHER, interests, current_button(api, interests, "30 days"))
    await api.until(lambda: "QR code" in str(api.messages_to(TEACHER)[-1].reply_markup))
    (link,) = repo.list_class_links(services.db, teacher_telegram_id=TEACHER)
    assert link.label == "5A Careers"
    assert link.preset_interests == ("science",)
    assert link.expires_at == services.clock() + dt.timedelta(days=30)
    return link.code


async def test_invite_class_qr_poster_and_chart(bot: BotApi, services: BotServices) -> None:  # noqa: F811
    code = invite_code(services)
    (welcome,) = await reply_to(bot, TEACHER, f"/start t_{code}")
    assert "teacher role" in welcome.text
    assert repo.is_teacher(services.db, telegram_id=TEACHER)
    (again,) = await reply_to(bot, INTRUDER, f"/start t_{code}")  # used: the plain welcome, nothing written
    assert "I'm <b>DSE Pathways</b>" in again.raw
    assert repo.get_user(services.db, telegram_id=INTRUDER) is None

    class_code = await make_class(bot, services)
    url = LINK_PREFIX + class_code
    menu = bot.messages_to(TEACHER)[-1]
    assert url in menu.text

    (qr,) = await press(bot, TEACHER, menu, "QR code")
    assert qr.method == "sendPhoto"
    assert qr.document is not None
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.document)))] == [url]

    (poster,) = await press(bot, TEACHER, menu, "Poster")
    assert poster.method == "sendDocument"
    assert poster.filename is not None
    assert poster.filename.endswith(".pdf")
    reader = PdfReader(io.BytesIO(poster.document or b""))
    assert len(reader.pages) == 1
    assert url in reader.pages[0].extract_text()

    (too_few,) = await press(bot, TEACHER, menu, "Chart")
    assert "at least 5 students" in too_few.text
    for student in STUDENTS[:5]:
        consenting_student(services, student, interests=("science",))
        assert repo.join_class(services.db, telegram_id=student, code=class_code, now=services.clock()).ok
    chart, figures = await press(bot, TEACHER, menu, "Chart", count=2)
    assert chart.method == "sendPhoto"
    assert (chart.document or b"").startswith(b"\x89PNG")
    assert "Students: 5–9" in figures.text
    assert str(STUDENTS[0]) not in figures.text


async def test_students_cannot_announce_or_see_class_figures(bot: BotApi, services: BotServices) -> None:  # noqa: F811
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    code = repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label="5A Careers").code
    student = STUDENTS[0]
    consenting_student(services, student)
    (reply,) = await reply_to(bot, student, "/announce")
    assert reply.text == "I don't know that command. See /help."
    (reply,) = await reply_to(bot, student, "/class")
    assert "for teachers" in reply.text
    for forged in (f"cc:{code}", f"cq:{code}", f"cp:{code}", f"an:c:{code}", f"cl:{code}", f"cs:{code}:1", "cn"):
        before = len(bot.messages_to(student))
        bot.tap(student, reply, forged)
        (answer,) = (await bot.messages_for(student, before + 1))[before:]
        assert answer.text == "⌛ This button has expired. Please ask me again.", forged
        assert answer.method == "sendMessage"
    assert repo.class_snapshots(services.db, teacher_telegram_id=TEACHER, code=code) == []


async def announce(api: BotApi, services: BotServices, text: str) -> None:
    (choose,) = await reply_to(api, TEACHER, "/announce")
    assert "3 left today" in choose.text
    await press(api, TEACHER, choose, "5A Careers")  # the question becomes "write the message"
    assert "Write the message" in str(api.current(choose))
    (rejected,) = await reply_to(api, TEACHER, "Sign up at https://phish.example.com/login now")
    assert "not allowed" in rejected.text
    (attach,) = await reply_to(api, TEACHER, text)
    assert "Attach a course card" in attach.text
    (results,) = await reply_to(api, TEACHER, "CUHK summer institute")
    (preview,) = await press(api, TEACHER, results, "CUHK")
    assert "5A Careers · from your teacher" in preview.text
    assert "Attached" in preview.text
    api.tap(TEACHER, preview, preview.button("Send")["callback_data"])


@pytest.mark.parametrize("per_second", [4.0])
async def test_an_announcement_reaches_exactly_the_right_students_once_across_a_restart(
    services: BotServices,
    photo_server: FakeTelegramServer,  # noqa: F811
    per_second: float,
) -> None:
    services.config = replace(services.config, announcement_per_second=per_second)
    api = photo_server.api
    repo.upsert_user(services.db, telegram_id=TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    code = repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label="5A Careers").code
    receivers, muted, forgotten, unconsented = STUDENTS[:10], STUDENTS[10], STUDENTS[11], 7300
    for student in [*receivers, muted, forgotten]:
        consenting_student(services, student)
        repo.join_class(services.db, telegram_id=student, code=code, now=services.clock())
    repo.upsert_user(services.db, telegram_id=unconsented)
    repo.join_class(services.db, telegram_id=unconsented, code=code, now=services.clock())
    repo.set_class_muted(services.db, telegram_id=muted, code=code, muted=True)
    repo.delete_user(services.db, telegram_id=forgotten)  # /forget

    def received() -> list[Sent]:
        return [s for s in api.sent if "from your teacher" in s.text and s.chat_id != TEACHER]

    first = build_application(services, token=TOKEN, base_url=photo_server.base_url)
    async with running(first):
        await announce(api, services, "Open day on Friday: see you at 2pm!")
        await api.until(lambda: len(received()) >= 3, within=30)
    half = len(received())
    assert 3 <= half < len(receivers)  # stopped half-way

    second = build_application(services, token=TOKEN, base_url=photo_server.base_url)
    async with running(second):
        await api.until(lambda: any("delivered to" in s.text for s in api.messages_to(TEACHER)), within=30)
        await asyncio.sleep(0.3)
    per_student = Counter(s.chat_id for s in received())
    assert per_student == Counter({student: 1 for student in receivers})
    message = received()[0]
    assert "Open day on Friday" in message.text
    assert message.button("Mute this class")
    assert message.button("course card")
    done = [s.text for s in api.messages_to(TEACHER) if "delivered to" in s.text]
    assert done == ["📣 Your announcement to 5A Careers has been delivered to 10 students."]
    assert not any(str(student) in done[0] for student in receivers)
    # Within the limits: never more than the overall limit in any second, one message at a time per student.
    times = sorted(call.at for call in api.calls_of("sendMessage") if call.params.get("chat_id") in receivers)
    assert max(sum(1 for t in times if start <= t < start + 1.0) for start in times) <= 30


async def test_deadline_nudges_arrive_on_a_controlled_clock_for_the_right_forms_only(
    services: BotServices,
    clock: Clock,
    photo_server: FakeTelegramServer,  # noqa: F811
) -> None:
    services.config = replace(services.config, nudge_interval_seconds=0.2, nudge_first_seconds=0.1)
    s6_on, s6_off, s4_on, s5_on_other = 7400, 7401, 7402, 7403
    consenting_student(services, s6_on, form="S6")
    consenting_student(services, s6_off, form="S6")
    consenting_student(services, s4_on, form="S4", interests=("medicine-health",))
    consenting_student(services, s5_on_other, form="S5", interests=("business",))
    now = clock()
    repo.set_nudge_kinds(services.db, telegram_id=s6_on, kinds=["oea", "choices", "results", "offers"], now=now)
    repo.set_nudge_kinds(services.db, telegram_id=s4_on, kinds=["tasters", "oea"], now=now)  # OEA is not for S4
    repo.set_nudge_kinds(services.db, telegram_id=s5_on_other, kinds=["tasters"], now=now)
    api = photo_server.api

    def nudges_to(user: int) -> list[str]:
        return [s.text for s in api.messages_to(user) if s.text.startswith("⏰")]

    # 30 December 2025, 18:30 in Hong Kong: three days before the OEA deadline (2 January 2026).
    clock.now = dt.datetime(2025, 12, 30, 10, 30, tzinfo=dt.UTC)
    app = build_application(services, token=TOKEN, base_url=photo_server.base_url)
    async with running(app):
        await api.until(lambda: len(nudges_to(s6_on)) >= 1)
        await asyncio.sleep(0.8)  # several more runs of the job: nothing is sent twice
        (oea,) = nudges_to(s6_on)
        assert "OEA" in oea
        assert "2 January 2026" in oea
        assert api.messages_to(s6_on)[-1].button("Official page")["url"].startswith("https://")
        # 28 May 2026, 19:00 in Hong Kong: three days before the healthcare academy's application deadline,
        # a taster for S2–S3: not nudged to an S4 student even with a matching interest.
        clock.now = dt.datetime(2026, 5, 28, 11, 0, tzinfo=dt.UTC)
        await asyncio.sleep(0.8)
    assert nudges_to(s4_on) == []
    assert nudges_to(s6_on) == [oea]  # the OEA date has passed; no other JUPAS date is near
    assert nudges_to(s6_off) == []  # never without the student
    assert nudges_to(s5_on_other) == []


def test_taster_nudges_fit_form_interests_status_and_date() -> None:
    def taster(entry_id: str, status: str, forms: tuple[str, ...], start: str) -> EntryView:
        return EntryView(
            id=entry_id, kind="taster", title_en=entry_id, title_zh=entry_id, provider="U", provider_zh="U",
            url="https://www.example.edu.hk/apply", seen=2026, refs=(), confidence="high", forms=forms,
            subjects=("science",), fee_text="free", fee_hkd=0.0, cef="no", mode="on-campus", language="en",
            duration="1 week", credits="none", season="summer", status=status,
            dates=(KeyDateView("Summer camp application deadline (2026)", "暑期營報名截止（2026 年）", start),),
        )  # fmt: skip

    nudges = nudges_from(
        [
            taster("open-s4", "current", ("S4", "S5"), "2026-04-10"),
            taster("stopped", "past", ("S4", "S5"), "2026-04-10"),
            taster("for-s2", "current", ("S2", "S3"), "2026-04-10"),
            taster("last-year", "recent", ("S4",), "2025-04-10"),
        ]
    )
    s4 = NudgeRecipient(telegram_id=1, language="en", form="S4", interests=("science",), kinds=("tasters",))
    before = dt.datetime(2026, 4, 7, 9, 59, tzinfo=dt.UTC)  # 17:59 in Hong Kong, three days before
    at_six = dt.datetime(2026, 4, 7, 10, 0, tzinfo=dt.UTC)
    assert due(nudges, s4, before) == []
    assert [n.entry_id for n in due(nudges, s4, at_six)] == ["open-s4"]
    assert due(nudges, replace(s4, interests=("business",)), at_six) == []
    assert due(nudges, replace(s4, form="S6"), at_six) == []
    assert due(nudges, replace(s4, kinds=()), at_six) == []
    assert due(nudges, s4, dt.datetime(2026, 4, 10, 1, 0, tzinfo=dt.UTC)) == []  # the day itself: too late
