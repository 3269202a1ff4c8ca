"""Classes of made-up students, counted the way storage will count them, for the classroom tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from hypothesis import strategies as st

from bot.classroom.figures import RawClassCounts
from knowledge.schema import SUBJECTS
from storage import FORMS

COURSES = ("cuhk-summer-institute", "hkust-summer-institute", "google-data-analytics", "hku-space-microcredentials")


@dataclass(frozen=True)
class Student:
    key: str  # the membership key
    form: str | None = None
    interests: frozenset[str] = field(default_factory=frozenset)
    saved: frozenset[str] = field(default_factory=frozenset)


def counts(students: Iterable[Student], label: str = "5A Careers") -> RawClassCounts:
    members = list(students)
    return RawClassCounts(
        label=label,
        member_keys=frozenset(student.key for student in members),
        forms=Counter(student.form for student in members if student.form),
        interests=Counter(tag for student in members for tag in student.interests),
        saved_courses=Counter(entry for student in members for entry in student.saved),
    )


def profiles(key: st.SearchStrategy[str]) -> st.SearchStrategy[Student]:
    """Any student: any form or none, any interests, any saved courses."""
    return st.builds(
        Student,
        key=key,
        form=st.sampled_from([*FORMS, None]),
        interests=st.frozensets(st.sampled_from(list(SUBJECTS))),
        saved=st.frozensets(st.sampled_from(COURSES)),
    )


def classes(size: int, prefix: str = "m") -> st.SearchStrategy[list[Student]]:
    return st.tuples(*(profiles(st.just(f"{prefix}{index}")) for index in range(size))).map(list)


def same_students(count: int, prefix: str, **profile: object) -> list[Student]:
    return [Student(f"{prefix}{index}", **profile) for index in range(count)]  # type: ignore[arg-type]
