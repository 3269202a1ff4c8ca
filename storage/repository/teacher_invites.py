"""Teacher invites: one-time codes an admin hands out; opening one grants the teacher role, once.

Only the SHA-256 of a code is stored, so a copy of the database cannot be used to become a teacher. Redeeming
is one conditional UPDATE on an unused, unexpired invite: of two students racing with the same code, exactly
one gets the role; an unknown, used or expired code writes nothing at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Final

from sqlalchemy import update
from sqlmodel import col
from sqlmodel import select as sm_select

from storage.engine import Database
from storage.errors import InvalidValueError
from storage.models import TeacherInvite as TeacherInviteRow
from storage.records import TeacherInvite
from storage.repository._rows import (
    changed_rows,
    dialect_insert,
    existing_user,
    random_code,
    table,
    upsert_user_row,
    user_id_of,
)
from storage.repository._validation import aware_utc, now_utc, valid_telegram_id

__all__ = ["create_teacher_invite", "redeem_teacher_invite"]

INVITE_CODE_CHARS: Final = 24  # letters and digits: about 143 bits
INVITE_CODE: Final = re.compile(rf"[A-Za-z0-9_-]{{{INVITE_CODE_CHARS}}}")


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def create_teacher_invite(
    db: Database,
    *,
    expires_at: dt.datetime,
    created_by_telegram_id: int | None = None,
    now: dt.datetime | None = None,
) -> TeacherInvite:
    """A new one-time invite valid until ``expires_at``. The code is returned here and never again."""
    moment = now_utc(now)
    expiry = aware_utc(expires_at, "expires_at")
    if expiry <= moment:
        raise InvalidValueError("an invite must expire in the future")
    code = random_code(INVITE_CODE_CHARS)
    with db.write() as session:
        creator = None
        if created_by_telegram_id is not None:
            creator = user_id_of(existing_user(session, valid_telegram_id(created_by_telegram_id)))
        session.add(TeacherInviteRow(code_hash=_hash(code), created_by=creator, created_at=moment, expires_at=expiry))
    return TeacherInvite(code=code, expires_at=expiry)


def redeem_teacher_invite(db: Database, *, telegram_id: int, code: str, now: dt.datetime | None = None) -> bool:
    """Grant the teacher role for a valid invite. True only for the one call that used it; anything else
    (malformed, unknown, used, expired) returns False and writes nothing."""
    telegram_id = valid_telegram_id(telegram_id)
    moment = now_utc(now)
    if not isinstance(code, str) or not INVITE_CODE.fullmatch(code):
        return False
    digest = _hash(code)
    with db.write() as session:
        usable = (
            col(TeacherInviteRow.code_hash) == digest,
            col(TeacherInviteRow.used_at).is_(None),
            col(TeacherInviteRow.expires_at) > moment,
        )
        # Row lock on PostgreSQL (a racing redeemer waits, then sees it used); SQLite writers are serialised.
        invite = session.exec(sm_select(TeacherInviteRow).where(*usable).with_for_update()).first()
        if invite is None:
            return False
        upsert_user_row(session, telegram_id, None, moment)
        user_id = user_id_of(existing_user(session, telegram_id))
        claimed = changed_rows(session, update(TeacherInviteRow).where(*usable).values(used_by=user_id, used_at=moment))
        if claimed != 1:  # pragma: no cover - the row lock makes this unreachable
            raise RuntimeError("the invite was used concurrently")
        session.execute(
            dialect_insert(session, table("teacher_roles"))
            .values(user_id=user_id, granted_at=moment)
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
        return True
