"""The lines under an entry's facts that say how far to trust them: whether the programme still runs, whether its
known dates have passed, how old the facts are and where to check them, and notes for this student (a form the
programme is not for, how to get in when it takes a school's nomination)."""

from __future__ import annotations

import datetime as dt

from bot.assistant.types import StudentContext
from bot.assistant.wording import Wording
from bot.config import HONG_KONG
from knowledge.views import EntryView, format_day


def provenance(entry: EntryView, words: Wording) -> list[str]:
    """How old the facts are, where to check them, and whether they are lower confidence."""
    lines = []
    status = status_line(entry, words)
    if status:
        lines.append(status)
    passed = dates_passed_line(entry, words)
    if passed:
        lines.append(passed)
    lines.append(seen_line(entry, words))
    if entry.confidence == "low":
        lines.append(words("low_confidence"))
    return lines


def seen_line(entry: EntryView, words: Wording) -> str:
    if entry.seen:
        return words("seen_line", year=entry.seen, url=entry.url)
    return words("seen_unknown_line", url=entry.url)


def status_line(entry: EntryView, words: Wording) -> str | None:
    """Whether the programme still runs, in the student's language: a past programme is never presented as
    something to join."""
    status = str(getattr(entry, "status", "unknown") or "unknown")
    last_run = getattr(entry, "last_run", None) or entry.seen
    if status == "past":
        return words("status_past", year=last_run) if last_run else words("status_past_unknown")
    if status == "recent" and last_run:
        return words("status_recent", year=last_run)
    return None


def dates_passed_line(entry: EntryView, words: Wording, today: dt.date | None = None) -> str | None:
    """For a programme that still runs but whose every known date is behind us (last summer's round), say so:
    the dates shown are last round's, and the next round's are not in the knowledge base yet. A stopped
    or only recently seen programme's own status line already says so."""
    if entry.status in {"past", "recent"}:
        return None
    last = entry.last_day()
    today = today or dt.datetime.now(HONG_KONG).date()
    if last is None or last >= today:
        return None
    return words("dates_passed", day=format_day(last, words.language))


def eligibility_note(entry: EntryView, context: StudentContext, words: Wording) -> str | None:
    if not context.form or not entry.forms or entry.kind == "guide":
        return None
    if context.form in entry.forms:
        return None
    return words("not_eligible", forms=words.forms(entry.forms), form=words.forms([context.form]))


def joining_line(entry: EntryView, words: Wording) -> list[str]:
    """How a student gets in, only where the entry says it is not simply by applying (a school's nomination)."""
    joining = entry.fact("joining", words.language)
    return [words.labelled("joining", joining)] if joining.strip().lower() not in {"", "unknown"} else []
