"""Class figures a teacher may see, built so that they cannot be differenced to learn about one student.

The scheme (what README says about it):

1. **Coarse cells.** Every count shown is rounded *down* to a multiple of five, and any count under five
   (none included) is shown as "<5". So a published cell is 0 ("<5"), 5, 10, 15, ... — never 1 to 4 — and
   "<5" never tells "nobody" from "one student". The form breakdown always lists every form, so a form's
   presence in the list says nothing either; interests and saved courses list only cells of five or more
   (at most five each, ties broken by a fixed order rather than by the hidden exact counts).
2. **Snapshots that move only in steps of five students.** What a teacher sees is a stored snapshot, not a
   live count. A new snapshot is computed at most once a (Hong Kong) day, and only when the class's members
   differ from *every* earlier snapshot's members by at least five students (students who joined plus
   students who left, counted by membership key). Otherwise the latest snapshot is shown unchanged. So any
   two snapshots a teacher can compare were computed over memberships at least five students apart: the
   effect of one student — one who just joined, or one whose join the teacher watched — is mixed with that
   of four others, and then blurred again by the rounding. Interest edits by students already in the class
   show only at the next republication, mixed with everything else that changed.

Why every earlier snapshot and not just the last one: with only the last one, five extra joiners who then
leave while one new student joins would produce a snapshot one student away from an earlier one.

Limits, stated plainly: this is not differential privacy. A teacher who controls five or more fake student
accounts, or who knows the profiles of all but one of the students who changed, can still learn about the
remaining one after a republication; and a cell equal to the whole class tells that everyone chose it. We
accept this because teachers are appointed by an admin, the figures are about course interests rather than
sensitive categories, and only rounded counts ever leave this module.

Everything here is pure: storage keeps the snapshots (see :class:`Snapshot`) and passes them in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from knowledge.schema import SUBJECTS
from storage import FORMS, MIN_CLASS_SIZE

THRESHOLD: Final = MIN_CLASS_SIZE  # five: the smallest count shown, the rounding step, the membership step
TOP: Final = 5  # interests and saved courses shown
FORM_NOT_SET: Final = "not-set"
FORM_KEYS: Final[tuple[str, ...]] = (*FORMS, FORM_NOT_SET)
_SUBJECT_ORDER: Final = {tag: index for index, tag in enumerate(SUBJECTS)}
_FORMAT_VERSION: Final = 1

Cells = tuple[tuple[str, int], ...]
Reason = Literal["first", "republished", "same-day", "too-few-changes", "too-few-members"]


def rounded(count: int) -> int:
    """A count as published: rounded down to a multiple of THRESHOLD; 0 stands for "<5" (0 to 4)."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    return 0 if count < THRESHOLD else count - count % THRESHOLD


def cell_text(value: int) -> str:
    """How a published cell reads: "<5", "5–9", "10–14", ... (the range the exact count lies in)."""
    if value < THRESHOLD:
        return f"<{THRESHOLD}"
    return f"{value}–{value + THRESHOLD - 1}"


@dataclass(frozen=True)
class RawClassCounts:
    """The exact figures of one class right now, as storage reads them. Never shown to anyone.

    ``member_keys`` are the opaque membership keys of the current members (a random key made when a student
    joins and deleted with the membership; a student who joins again gets a new one). ``forms`` counts the
    members by form (members without a form are derived); ``interests`` and ``saved_courses`` count, for each
    tag or catalogue entry id, how many members chose or saved it — all of them, not a top list.
    """

    label: str
    member_keys: frozenset[str]
    forms: Mapping[str, int]
    interests: Mapping[str, int]
    saved_courses: Mapping[str, int]

    def __post_init__(self) -> None:
        members = len(self.member_keys)
        for name, counts in (("forms", self.forms), ("interests", self.interests), ("saved", self.saved_courses)):
            if any(count < 0 or count > members for count in counts.values()):
                raise ValueError(f"{name} counts must lie between 0 and the number of members")
        if not set(self.forms) <= set(FORMS):
            raise ValueError(f"forms must be among {', '.join(FORMS)}")
        if sum(self.forms.values()) > members:
            raise ValueError("more members by form than members")


@dataclass(frozen=True)
class PublishedFigures:
    """What the teacher sees: rounded cells only (0 meaning "<5"). JSON-serialisable."""

    label: str
    as_of: dt.date
    members: int
    forms: Cells  # every form in FORM_KEYS order
    interests: Cells  # up to TOP tags with 5 or more members, largest first
    saved_courses: Cells  # up to TOP entry ids saved by 5 or more members, largest first
    more_interests: bool = False  # True: more than TOP interests had 5 or more members (the rest not listed)
    more_saved_courses: bool = False

    def cells(self) -> tuple[int, ...]:
        """Every number shown, for checks."""
        return (self.members, *(n for group in (self.forms, self.interests, self.saved_courses) for _, n in group))

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": _FORMAT_VERSION,
                "label": self.label,
                "as_of": self.as_of.isoformat(),
                "members": self.members,
                "forms": [list(cell) for cell in self.forms],
                "interests": [list(cell) for cell in self.interests],
                "saved_courses": [list(cell) for cell in self.saved_courses],
                "more_interests": self.more_interests,
                "more_saved_courses": self.more_saved_courses,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> PublishedFigures:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != _FORMAT_VERSION:
            raise ValueError("not a class-figures snapshot of a known version")
        figures = cls(
            label=str(data["label"]),
            as_of=dt.date.fromisoformat(data["as_of"]),
            members=int(data["members"]),
            forms=_cells(data["forms"]),
            interests=_cells(data["interests"]),
            saved_courses=_cells(data["saved_courses"]),
            more_interests=bool(data["more_interests"]),
            more_saved_courses=bool(data["more_saved_courses"]),
        )
        if any(n != rounded(n) for n in figures.cells()):
            raise ValueError("a stored snapshot holds an unrounded count")
        return figures


def _cells(value: Any) -> Cells:
    return tuple((str(key), int(count)) for key, count in value)


@dataclass(frozen=True)
class Snapshot:
    """One publication as storage keeps it: the figures shown and the membership keys they were computed over.

    The keys never leave the server; they exist only to measure how far a later membership is from this one.
    """

    figures: PublishedFigures
    member_keys: frozenset[str]

    def member_keys_json(self) -> str:
        return json.dumps(sorted(self.member_keys), separators=(",", ":"))

    @classmethod
    def from_json(cls, figures_json: str, member_keys_json: str) -> Snapshot:
        keys = json.loads(member_keys_json)
        if not isinstance(keys, list):
            raise ValueError("member keys must be a JSON list")
        return cls(PublishedFigures.from_json(figures_json), frozenset(str(key) for key in keys))


@dataclass(frozen=True)
class Publication:
    """The snapshot to show (None: nothing published yet) and whether it is new, so the caller stores it."""

    snapshot: Snapshot | None
    is_new: bool
    reason: Reason

    @property
    def figures(self) -> PublishedFigures | None:
        return self.snapshot.figures if self.snapshot else None


def publish(history: Sequence[Snapshot], current: RawClassCounts, today: dt.date) -> Publication:
    """The figures to show for a class, given its earlier snapshots (oldest first) and its counts now.

    ``today`` is the Hong Kong date. A new snapshot (``is_new``) is made only on a later day than the latest
    one, for at least five members, and when the membership is at least five students away from every earlier
    snapshot's; otherwise the latest snapshot is returned unchanged (or none, before the first publication).
    """
    latest = history[-1] if history else None
    if latest is not None and latest.figures.as_of >= today:
        return Publication(latest, False, "same-day")
    if len(current.member_keys) < THRESHOLD:
        return Publication(latest, False, "too-few-members")
    # The empty class counts as published (it showed nothing): a first snapshot needs five members anyway.
    if any(len(current.member_keys ^ earlier.member_keys) < THRESHOLD for earlier in history):
        return Publication(latest, False, "too-few-changes")
    snapshot = Snapshot(figures_from(current, today), current.member_keys)
    return Publication(snapshot, True, "first" if latest is None else "republished")


def figures_from(current: RawClassCounts, today: dt.date) -> PublishedFigures:
    """Round and trim exact counts into publishable cells (only :func:`publish` should decide *when*)."""
    members = len(current.member_keys)
    forms: dict[str, int] = {key: current.forms.get(key, 0) for key in FORMS}
    forms[FORM_NOT_SET] = members - sum(current.forms.values())
    interests = _shown(current.interests, lambda tag: (_SUBJECT_ORDER.get(tag, len(_SUBJECT_ORDER)), tag))
    saved = _shown(current.saved_courses, lambda entry: (0, entry))
    return PublishedFigures(
        label=current.label,
        as_of=today,
        members=rounded(members),
        forms=tuple((key, rounded(forms[key])) for key in FORM_KEYS),
        interests=interests[:TOP],
        saved_courses=saved[:TOP],
        more_interests=len(interests) > TOP,
        more_saved_courses=len(saved) > TOP,
    )


def _shown(counts: Mapping[str, int], order: Callable[[str], tuple[int, str]]) -> Cells:
    """The cells of five or more, sorted by rounded value, then by a fixed order: ranking by the exact
    counts would leak them."""
    shown = [(key, rounded(count)) for key, count in counts.items() if rounded(count) >= THRESHOLD]
    shown.sort(key=lambda cell: (-cell[1], order(cell[0])))
    return tuple(shown)
