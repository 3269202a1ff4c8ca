"""Callback data: what a button sends back, in at most 64 bytes, checked strictly on the way in.

Format: ``kind:arg:arg``. Every kind has a fixed list of argument patterns; anything else — forged, stale from
an older version, truncated — decodes to ``None`` and is answered "this button has expired".

Catalogue entry ids appear as *refs*: the id itself when it fits, else ``_`` and 11 characters of its SHA-256
(entry ids never start with ``_``), resolved against the ids the index holds. The same refs serve deep links.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
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


# kind -> one pattern per argument (the whole data must match exactly)
_KINDS: Final[dict[str, str]] = {
    "ok": rf"(?::{_CODE})?",  # accept the privacy notice (and join this class link)
    "no": "",  # not now
    "pv": "",  # show the privacy notice
    "fm": rf":[op]:(?:{'|'.join(re.escape(f) for f in FORMS)}|skip)",  # form (onboarding / profile)
    "it": rf":[op]:(?:{'|'.join(re.escape(s) for s in SUBJECTS)}|done|skip)",  # interests
    "el": r":[op]:(?:[a-z0-9]{1,8}|done|skip)",  # electives
    "ed": r":(?:fm|it|el|lg)",  # edit part of the profile
    "lg": r":(?:en|zh)",  # interface language
    "fg": r":[yn]",  # forget me: yes / no
    "rm": r":(?:on|off)",  # reminders
    "fb": rf":[01]:{_QID}(?::{_REF})?",  # 👍 / 👎 on an answer
    "sv": rf":{_REF}",  # save
    "us": rf":{_REF}",  # unsave
    "ml": rf":{_REF}",  # more like this
    "cd": rf":{_REF}",  # course card
    "q": r":.+",  # ask a suggested follow-up
    "pl": "",  # pathway plan
    "cl": rf":{_CODE}",  # class figures (teachers)
    "nop": "",  # a label-only button
}
_PATTERNS: Final = {kind: re.compile(re.escape(kind) + tail, re.DOTALL) for kind, tail in _KINDS.items()}


@dataclass(frozen=True)
class Action:
    kind: str
    args: tuple[str, ...]

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


def fits(data: str) -> bool:
    return 0 < len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def encode(kind: str, *args: str) -> str:
    """Callback data for a button; raises ValueError when it would not be accepted back (a programming error)."""
    data = ":".join((kind, *args))
    if not fits(data) or decode(data) is None:
        raise ValueError(f"invalid callback data for {kind!r}")
    return data


def encode_entry(kind: str, *args: str, entry_id: str) -> str:
    """Callback data ending with an entry ref that fits in what is left of the 64 bytes."""
    prefix = ":".join((kind, *args)) + ":"
    return encode(kind, *args, entry_ref(entry_id, MAX_CALLBACK_BYTES - len(prefix.encode("utf-8"))))


def encode_query(text: str) -> str | None:
    """A suggested follow-up question, or None when it does not fit (the button is then left out)."""
    data = f"q:{text}"
    if not text.strip() or not fits(data):
        return None
    return data


def decode(data: str | None) -> Action | None:
    """The action a button sent, or None for anything this version of the bot did not create."""
    if not data or not fits(data):
        return None
    kind = data.split(":", 1)[0]
    pattern = _PATTERNS.get(kind)
    if pattern is None or not pattern.fullmatch(data):
        return None
    if kind == "q":
        return Action(kind, (data[2:],))
    return Action(kind, tuple(data.split(":")[1:]))
