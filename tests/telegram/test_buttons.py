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
COURSE = "hkust-summer-institute"

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
    Kind.CLASS: ("AbCd1234",),
    Kind.LABEL: (),
}

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
    "nop": Kind.LABEL,
}


def agree(services: BotServices) -> None:
    repo.upsert_user(services.db, telegram_id=STUDENT, language="en")
    repo.record_consent(services.db, telegram_id=STUDENT)


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
    agree(services)
    spy = Reached(BUTTONS[kind])
    monkeypatch.setitem(BUTTONS, kind, Button(spy, needs_consent=BUTTONS[kind].needs_consent))  # type: ignore[arg-type]
    (profile,) = await offline.text(STUDENT, "/profile")
    replies = await offline.tap(STUDENT, profile, encode(kind, *SAMPLES[kind]))
    assert spy.reached == [Action(kind, SAMPLES[kind])]
    assert spy.finished == spy.reached  # the real handler ran to the end
    (answer,) = offline.api.calls_of("answerCallbackQuery")
    assert "expired" not in str(answer.params.get("text"))
    assert not any("went wrong" in r.text for r in replies)


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
