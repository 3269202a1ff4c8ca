"""The button registry: every kind of button is encoded, decoded back to itself with the wire codes buttons in
students' chats already carry, and a tap on it reaches its handler through the application's dispatch."""

from __future__ import annotations

import pytest

from bot.telegram.app import BUTTONS, Button
from bot.telegram.callbacks import Action, Kind, Mode, decode, encode
from bot.telegram.common import Who
from bot.telegram.context import BotContext, BotServices
from storage import repository as repo
from tests.telegram.conftest import OfflineBot

STUDENT = 5030
TEACHER = 7030
COURSE = "hkust-summer-institute"
CLASS_CODE = "AbCd1234"  # the samples' class: TEACHER's own, and STUDENT is a member
EXPIRED = "⌛ This button has expired. Please ask me again."

# One valid set of arguments per kind (a new kind without a sample fails the first test).
SAMPLES: dict[Kind, tuple[str, ...]] = {
    Kind.ACCEPT: ("AbCd1234",),
    Kind.NOT_NOW: (),
    Kind.SHOW_PRIVACY: (),
    Kind.FORM: (Mode.PROFILE, "S5"),
    Kind.INTEREST: (Mode.ONBOARDING, "science"),
    Kind.ELECTIVE: (Mode.PROFILE, "phy"),
    Kind.EDIT: (Kind.INTEREST,),
    Kind.LANGUAGE: ("zh",),
    Kind.FORGET: ("n",),
    Kind.REMINDERS: ("on",),
    Kind.FEEDBACK: ("1", "0123456789abcdef" * 2, COURSE),
    Kind.SAVE: (COURSE,),
    Kind.UNSAVE: (COURSE,),
    Kind.MORE_LIKE: (COURSE,),
    Kind.CARD: (COURSE,),
    Kind.QUESTION: ("CEF: how much is it?",),
    Kind.PLAN: (),
    Kind.CLASS: (CLASS_CODE,),
    Kind.CLASS_QR: (CLASS_CODE,),
    Kind.CLASS_POSTER: (CLASS_CODE,),
    Kind.CLASS_CHART: (CLASS_CODE,),
    Kind.CLASS_NUDGES: (CLASS_CODE, "1"),
    Kind.NEW_CLASS: (),
    Kind.ANNOUNCE: ("x",),
    Kind.MUTE: (CLASS_CODE, "1"),
    Kind.NUDGE: ("oea",),
    Kind.LABEL: (),
}

# Kinds only a teacher may use: their handlers check the role (and that the class is the teacher's own) on
# every tap, so a tap by TEACHER reaches the real work and one by STUDENT is refused.
TEACHER_KINDS = frozenset(
    {
        Kind.CLASS,
        Kind.CLASS_QR,
        Kind.CLASS_POSTER,
        Kind.CLASS_CHART,
        Kind.CLASS_NUDGES,
        Kind.NEW_CLASS,
        Kind.ANNOUNCE,
    }
)

# The codes on the wire, as buttons already sent carry them: they must keep decoding.
WIRE_CODES = {
    "ok": Kind.ACCEPT,
    "no": Kind.NOT_NOW,
    "pv": Kind.SHOW_PRIVACY,
    "fm": Kind.FORM,
    "it": Kind.INTEREST,
    "el": Kind.ELECTIVE,
    "ed": Kind.EDIT,
    "lg": Kind.LANGUAGE,
    "fg": Kind.FORGET,
    "rm": Kind.REMINDERS,
    "fb": Kind.FEEDBACK,
    "sv": Kind.SAVE,
    "us": Kind.UNSAVE,
    "ml": Kind.MORE_LIKE,
    "cd": Kind.CARD,
    "q": Kind.QUESTION,
    "pl": Kind.PLAN,
    "cl": Kind.CLASS,
    "cq": Kind.CLASS_QR,
    "cp": Kind.CLASS_POSTER,
    "cc": Kind.CLASS_CHART,
    "cs": Kind.CLASS_NUDGES,
    "cn": Kind.NEW_CLASS,
    "an": Kind.ANNOUNCE,
    "mu": Kind.MUTE,
    "nd": Kind.NUDGE,
    "nop": Kind.LABEL,
}


def agree(services: BotServices, user: int = STUDENT) -> None:
    repo.upsert_user(services.db, telegram_id=user, language="en")
    repo.record_consent(services.db, telegram_id=user)


def set_up_class(services: BotServices) -> None:
    """TEACHER owns the samples' class and STUDENT (who agreed to the privacy notice) has joined it."""
    agree(services, TEACHER)
    repo.grant_teacher(services.db, telegram_id=TEACHER)
    repo.create_class_link(services.db, teacher_telegram_id=TEACHER, label="5C Science", code=CLASS_CODE)
    agree(services)
    assert repo.join_class(services.db, telegram_id=STUDENT, code=CLASS_CODE).ok


def test_every_kind_has_a_sample_a_wire_code_and_a_registered_handler() -> None:
    assert set(SAMPLES) == set(Kind)
    assert set(WIRE_CODES.values()) == set(Kind)
    assert set(BUTTONS) == set(Kind)


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_is_encoded_and_decoded_back(kind: Kind) -> None:
    args = SAMPLES[kind]
    data = encode(kind, *args)
    assert decode(data) == Action(kind, args)
    assert WIRE_CODES[data.split(":", 1)[0]] is kind


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("it:o:science", Action(Kind.INTEREST, ("o", "science"))),
        ("fm:p:skip", Action(Kind.FORM, ("p", "skip"))),
        ("ed:lg", Action(Kind.EDIT, ("lg",))),
        ("q:a: b", Action(Kind.QUESTION, ("a: b",))),
        ("nop", Action(Kind.LABEL, ())),
        ("sv:_AAAAAAAAAAA", Action(Kind.SAVE, ("_AAAAAAAAAAA",))),
    ],
)
def test_data_already_in_chats_decodes_as_before(data: str, expected: Action) -> None:
    assert decode(data) == expected


class Reached:
    """Wraps a registered handler: records each action that reached it and whether the handler finished."""

    def __init__(self, button: Button) -> None:
        self.button = button
        self.reached: list[Action] = []
        self.finished: list[Action] = []

    async def __call__(self, update: object, context: BotContext, me: Who, action: Action) -> None:
        self.reached.append(action)
        await self.button.handler(update, context, me, action)  # type: ignore[arg-type]
        self.finished.append(action)


@pytest.mark.parametrize("kind", list(Kind))
async def test_a_tap_on_every_kind_reaches_its_handler(
    offline: OfflineBot, services: BotServices, monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    set_up_class(services)
    user = TEACHER if kind in TEACHER_KINDS else STUDENT
    spy = Reached(BUTTONS[kind])
    monkeypatch.setitem(BUTTONS, kind, Button(spy, needs_consent=BUTTONS[kind].needs_consent))  # type: ignore[arg-type]
    (profile,) = await offline.text(user, "/profile")
    replies = await offline.tap(user, profile, encode(kind, *SAMPLES[kind]))
    assert spy.reached == [Action(kind, SAMPLES[kind])]
    assert spy.finished == spy.reached  # the real handler ran to the end
    (answer,) = offline.api.calls_of("answerCallbackQuery")
    assert "expired" not in str(answer.params.get("text"))
    assert not any("went wrong" in r.text for r in replies)
    assert EXPIRED not in [r.text for r in replies]  # the handler did its work rather than refuse


@pytest.mark.parametrize("kind", sorted(TEACHER_KINDS))
async def test_a_students_tap_on_a_teachers_kind_reaches_the_handler_and_is_refused(
    offline: OfflineBot, services: BotServices, monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    set_up_class(services)  # even a member of the very class the button names
    spy = Reached(BUTTONS[kind])
    monkeypatch.setitem(BUTTONS, kind, Button(spy, needs_consent=BUTTONS[kind].needs_consent))  # type: ignore[arg-type]
    (profile,) = await offline.text(STUDENT, "/profile")
    replies = await offline.tap(STUDENT, profile, encode(kind, *SAMPLES[kind]))
    assert spy.finished == [Action(kind, SAMPLES[kind])]
    assert [r.text for r in replies] == [EXPIRED]
    assert (offline.api.current(profile) or {}).get("text") == profile.text  # not edited either
    (membership,) = repo.my_classes(services.db, telegram_id=STUDENT)
    assert not membership.suggests_nudges
    assert [link.code for link in repo.list_class_links(services.db, teacher_telegram_id=TEACHER)] == [CLASS_CODE]


@pytest.mark.parametrize("kind", [kind for kind, button in BUTTONS.items() if button.needs_consent])
async def test_kinds_that_need_consent_show_the_notice_instead(
    offline: OfflineBot, monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    spy = Reached(BUTTONS[kind])
    monkeypatch.setitem(BUTTONS, kind, Button(spy, needs_consent=True))  # type: ignore[arg-type]
    (welcome,) = await offline.text(STUDENT, "/start")
    replies = await offline.tap(STUDENT, welcome, encode(kind, *SAMPLES[kind]))
    assert spy.reached == []
    assert any("privacy notice" in r.text for r in replies)
