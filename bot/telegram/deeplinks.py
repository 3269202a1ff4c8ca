"""Deep links: ``https://t.me/<bot>?start=<payload>``, the payload being 1–64 characters of ``A–Z a–z 0–9 _ -``.

- ``c_<code>``: a teacher's class link (the code is storage's class code, 4–32 characters);
- ``e_<ref>``: a course card (the entry id, or its hashed ref when the id is too long; see callbacks.entry_ref);
- ``t_<code>``: a one-time teacher invite (24 characters; handled by its own ``/start`` handler, before
  :func:`parse` is ever asked, so :func:`parse` does not know it).

Anything else is not a deep link: the caller shows the normal welcome and writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from bot.telegram.callbacks import entry_ref

PAYLOAD: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_CLASS: Final = re.compile(r"c_([A-Za-z0-9_-]{4,32})")
_TEACHER: Final = re.compile(r"t_([A-Za-z0-9_-]{24})")
TEACHER_START: Final = r"^/start(?:@\w+)? t_"  # the message filter of the invite's /start handler
_ENTRY: Final = re.compile(r"e_([a-z0-9][a-z0-9-]{0,61}|_[A-Za-z0-9_-]{11})")


@dataclass(frozen=True)
class Payload:
    kind: Literal["class", "entry"]
    value: str  # the class code, or the entry ref


def parse(args: Sequence[str] | None) -> Payload | None:
    """The payload of ``/start PAYLOAD``, or None when it is missing, malformed or of an unknown kind."""
    if not args or len(args) != 1 or not PAYLOAD.fullmatch(args[0]):
        return None
    text = args[0]
    if match := _CLASS.fullmatch(text):
        return Payload("class", match.group(1))
    if match := _ENTRY.fullmatch(text):
        return Payload("entry", match.group(1))
    return None


def teacher_invite_code(args: Sequence[str] | None) -> str | None:
    """The invite code of ``/start t_<code>``, or None when the payload is not a well-formed invite."""
    if not args or len(args) != 1:
        return None
    match = _TEACHER.fullmatch(args[0])
    return match.group(1) if match else None


def teacher_payload(code: str) -> str:
    payload = f"t_{code}"
    if not _TEACHER.fullmatch(payload):
        raise ValueError("not a teacher invite code")
    return payload


def class_payload(code: str) -> str:
    payload = f"c_{code}"
    if not _CLASS.fullmatch(payload):
        raise ValueError("not a class code")
    return payload


def entry_payload(entry_id: str) -> str:
    return f"e_{entry_ref(entry_id, 62)}"


def start_link(bot_username: str, payload: str) -> str:
    if not PAYLOAD.fullmatch(payload):
        raise ValueError("a deep-link payload is 1-64 characters of A-Z, a-z, 0-9, _ and -")
    return f"https://t.me/{bot_username.lstrip('@')}?start={payload}"
