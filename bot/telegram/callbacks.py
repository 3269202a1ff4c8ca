"""Callback data: what a button sends back, in at most 64 bytes, checked strictly on the way in.

Format: ``code:arg:arg``, the code naming the button's :class:`Kind`. Every kind has a fixed pattern for its
arguments; anything else — forged, stale from an older version, truncated — decodes to ``None`` and is answered
"this button has expired".

Catalogue entry ids appear as *refs*: the id itself when it fits, else ``_`` and 11 characters of its SHA-256
(entry ids never start with ``_``), resolved against the ids the index holds. The same refs serve deep links.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from knowledge.schema import SUBJECTS
from storage import FORMS

MAX_CALLBACK_BYTES: Final = 64
HASHED_REF_CHARS: Final = 12
_RAW_REF: Final = re.compile(r"[a-z0-9][a-z0-9-]*")
_REF: Final = r"(?:[a-z0-9][a-z0-9-]{0,63}|_[A-Za-z0-9_-]{11})"
_CODE: Final = r"[A-Za-z0-9_-]{4,32}"
_QID: Final = r"[0-9a-f]{32}"


def _hashed(entry_id: str) -> str:
    digest = hashlib.sha256(entry_id.encode("utf-8")).digest()
    return "_" + base64.urlsafe_b64encode(digest).decode("ascii")[: HASHED_REF_CHARS - 1]


def entry_ref(entry_id: str, max_chars: int = 64) -> str:
    """A short, URL- and callback-safe reference to an entry id."""
    if _RAW_REF.fullmatch(entry_id) and len(entry_id) <= min(max_chars, 64):
        return entry_id
    return _hashed(entry_id)


def resolve_ref(ref: str, known_ids: Iterable[str]) -> str | None:
    """The entry id a ref stands for, if the index still holds it."""
    known = known_ids if isinstance(known_ids, set | frozenset) else set(known_ids)
    if not ref.startswith("_"):
        return ref if ref in known else None
    for entry_id in known:
        if _hashed(entry_id) == ref:
            return entry_id
    return None


class Mode(StrEnum):
    """Where a form, interests or electives button was shown, sent as the first argument of its data.

    - ``ONBOARDING`` ("o"): the set-up after "I agree". Each step replaces the previous message and leads to the
      next one (form → interests → electives → "all set").
    - ``PROFILE`` ("p"): changing one part from /profile. The choice is saved and confirmed; there is no next step.
    """

    ONBOARDING = "o"
    PROFILE = "p"


_MODE: Final = f"[{''.join(Mode)}]"


class Kind(StrEnum):
    """Every kind of button, with the code that starts its data and the pattern of its arguments (matched with
    the code, against the whole data). What each kind does is registered in :data:`bot.telegram.app.BUTTONS`.

    Adding a button: one member here, one line in ``BUTTONS``. The codes are the wire format: buttons already
    in students' chats carry them, so they never change.
    """

    _value_: str
    arguments: re.Pattern[str]

    def __new__(cls, code: str, arguments: str) -> Kind:
        member = str.__new__(cls, code)
        member._value_ = code
        member.arguments = re.compile(re.escape(code) + arguments, re.DOTALL)
        return member

    ACCEPT = "ok", rf"(?::{_CODE})?"  # accept the privacy notice (and join this class link)
    NOT_NOW = "no", ""  # not now
    SHOW_PRIVACY = "pv", ""  # show the privacy notice
    FORM = "fm", rf":{_MODE}:(?:{'|'.join(re.escape(f) for f in FORMS)}|skip)"
    INTEREST = "it", rf":{_MODE}:(?:{'|'.join(re.escape(s) for s in SUBJECTS)}|done|skip)"
    ELECTIVE = "el", rf":{_MODE}:(?:[a-z0-9]{{1,8}}|done|skip)"
    EDIT = "ed", r":(?:fm|it|el|lg)"  # edit one part of the profile, named by the kind of its buttons
    LANGUAGE = "lg", r":(?:en|zh)"  # interface language
    FORGET = "fg", r":[yn]"  # forget me: yes / no
    REMINDERS = "rm", r":(?:on|off)"
    FEEDBACK = "fb", rf":[01]:{_QID}(?::{_REF})?"  # 👍 / 👎 on an answer (question id, first source)
    SAVE = "sv", rf":{_REF}"  # ⭐ save a course
    UNSAVE = "us", rf":{_REF}"
    MORE_LIKE = "ml", rf":{_REF}"  # more like this
    CARD = "cd", rf":{_REF}"  # a course card
    QUESTION = "q", r":.+"  # ask a suggested follow-up: its one argument is free text (it may hold ":")
    PLAN = "pl", ""  # the pathway plan
    CLASS = "cl", rf":{_CODE}"  # a class's menu (teachers): QR code, poster, chart, announce, nudges
    CLASS_QR = "cq", rf":{_CODE}"  # the class link as a QR image (teachers)
    CLASS_POSTER = "cp", rf":{_CODE}"  # the printable poster (teachers)
    CLASS_CHART = "cc", rf":{_CODE}"  # the class figures as a chart (teachers)
    CLASS_NUDGES = "cs", rf":{_CODE}:[01]"  # suggest deadline nudges to the class, or stop (teachers)
    NEW_CLASS = "cn", r"(?::(?:i:[a-z0-9-]{1,40}|d|x|e:(?:7|30|90|365|0)))?"  # create a class link (teachers)
    ANNOUNCE = "an", rf":(?:c:{_CODE}|e:{_REF}|n|s|x)"  # announce: class, attach a card / none, send, cancel
    MUTE = "mu", rf":{_CODE}:[01]"  # a student mutes (1) or unmutes (0) a class's announcements
    NUDGE = "nd", r":(?:oea|choices|results|offers|tasters|on|off)"  # deadline nudges: toggle a kind, all on/off
    LABEL = "nop", ""  # a label-only button: tapping it does nothing


_BY_CODE: Final[dict[str, Kind]] = {kind.value: kind for kind in Kind}


@dataclass(frozen=True)
class Action:
    kind: Kind
    args: tuple[str, ...]

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


def fits(data: str) -> bool:
    return 0 < len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def encode(kind: Kind, *args: str) -> str:
    """Callback data for a button; raises ValueError when it would not be accepted back (a programming error)."""
    data = ":".join((kind, *args))
    if not fits(data) or decode(data) is None:
        raise ValueError(f"invalid callback data for {kind!r}")
    return data


def encode_entry(kind: Kind, *args: str, entry_id: str) -> str:
    """Callback data ending with an entry ref that fits in what is left of the 64 bytes."""
    prefix = ":".join((kind, *args)) + ":"
    return encode(kind, *args, entry_ref(entry_id, MAX_CALLBACK_BYTES - len(prefix.encode("utf-8"))))


def encode_query(text: str) -> str | None:
    """A suggested follow-up question, or None when it does not fit (the button is then left out)."""
    data = f"{Kind.QUESTION}:{text}"
    if not text.strip() or not fits(data):
        return None
    return data


def decode(data: str | None) -> Action | None:
    """The action a button sent, or None for anything this version of the bot did not create.

    Strict on purpose: the data comes from the student's client and can be forged, so only what matches its
    kind's pattern in full reaches a handler, and handlers can trust the shape of their arguments."""
    if not data or not fits(data):
        return None
    code, _, rest = data.partition(":")
    kind = _BY_CODE.get(code)
    if kind is None or not kind.arguments.fullmatch(data):
        return None
    if kind is Kind.QUESTION:
        return Action(kind, (rest,))
    return Action(kind, tuple(data.split(":")[1:]))


def is_kind(data: object, kind: Kind) -> bool:
    """Whether a button's callback data is a valid button of this kind."""
    action = decode(data) if isinstance(data, str) else None
    return action is not None and action.kind is kind
