"""Deep links: ``https://t.me/<bot>?start=<payload>``, the payload being 1–64 characters of ``A–Z a–z 0–9 _ -``.

- ``c_<code>``: a teacher's class link (the code is storage's class code, 4–32 characters);
- ``e_<ref>``: a course card (the entry id, or its hashed ref when the id is too long; see callbacks.entry_ref).

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
