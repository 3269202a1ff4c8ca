"""Class figures for teachers: rounded cells, and snapshots that move only when five students have come or gone,
so that one student's arrival (or departure) cannot be read off the figures."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classroom.figures import (
    FORM_KEYS,
    TOP,
    PublishedFigures,
    RawClassCounts,
    Snapshot,
    cell_text,
    publish,
    rounded,
)
from knowledge.schema import SUBJECTS
from tests.classroom.factories import Student, classes, counts, profiles, same_students

DAY = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("count", "shown", "text"),
    [(0, 0, "<5"), (1, 0, "<5"), (4, 0, "<5"), (5, 5, "5–9"), (9, 5, "5–9"), (10, 10, "10–14"), (37, 35, "35–39")],
)
def test_counts_are_rounded_down_to_steps_of_five(count: int, shown: int, text: str) -> None:
    assert rounded(count) == shown
    assert cell_text(rounded(count)) == text


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        rounded(-1)


def _first(students: list[Student], day: dt.date = DAY) -> Snapshot:
    publication = publish([], counts(students), day)
    assert publication.is_new
    assert publication.reason == "first"
    assert publication.snapshot is not None
    return publication.snapshot


@settings(max_examples=60, deadline=None)
@given(
    size_and_class=st.sampled_from([5, 6, 12]).flatmap(classes),
    newcomer=profiles(st.just("newcomer")),
    days_later=st.sampled_from([0, 1, 2, 30]),
)
def test_one_more_student_changes_nothing_the_teacher_sees(
    size_and_class: list[Student], newcomer: Student, days_later: int
) -> None:
    published = _first(size_and_class)
    later = publish([published], counts([*size_and_class, newcomer]), DAY + dt.timedelta(days=days_later))
    assert not later.is_new
    assert later.snapshot is published
    assert later.figures == published.figures
    assert later.figures is not None
    assert later.figures.to_json() == published.figures.to_json()


@settings(max_examples=60, deadline=None)
@given(size_and_class=st.sampled_from([5, 6, 12]).flatmap(classes), leaver=st.integers(0, 4))
def test_one_student_leaving_changes_nothing_either(size_and_class: list[Student], leaver: int) -> None:
    published = _first(size_and_class)
    remaining = [student for index, student in enumerate(size_and_class) if index != leaver]
    later = publish([published], counts(remaining), DAY + dt.timedelta(days=3))
    assert later.snapshot is published
    assert later.reason in {"too-few-changes", "too-few-members"}


@settings(max_examples=80, deadline=None)
@given(students=st.integers(0, 40).flatmap(classes))
def test_no_published_cell_lies_between_one_and_four(students: list[Student]) -> None:
    publication = publish([], counts(students), DAY)
    if len(students) < 5:
        assert publication.snapshot is None
        assert publication.reason == "too-few-members"
        return
    figures = publication.figures
    assert figures is not None
    assert all(cell == 0 or (cell >= 5 and cell % 5 == 0) for cell in figures.cells())
    assert [key for key, _ in figures.forms] == list(FORM_KEYS)
    assert all(n >= 5 for _, n in (*figures.interests, *figures.saved_courses))
    assert PublishedFigures.from_json(figures.to_json()) == figures


@pytest.mark.parametrize(
    ("joins", "leaves", "days_later", "republished"),
    [
        (5, 0, 1, True),  # five new students and a new day
        (3, 2, 1, True),  # joins and leaves both count
        (4, 0, 1, False),  # four is not enough, however long we wait
        (4, 0, 60, False),
        (5, 0, 0, False),  # at most once a day
        (12, 3, 0, False),
    ],
)
def test_figures_update_after_five_membership_changes_on_a_later_day(
    joins: int, leaves: int, days_later: int, republished: bool
) -> None:
    start = same_students(12, "m", form="S5", interests=frozenset({"business"}))
    published = _first(start)
    newcomers = same_students(joins, "n", form="S6", interests=frozenset({"medicine-health"}))
    now = counts([*start[leaves:], *newcomers])
    later = publish([published], now, DAY + dt.timedelta(days=days_later))
    assert later.is_new is republished
    figures = later.figures
    assert figures is not None
    if republished:
        assert later.reason == "republished"
        assert figures.as_of == DAY + dt.timedelta(days=days_later)
        assert dict(figures.forms)["S6"] == rounded(joins)
        assert dict(figures.interests)["business"] == rounded(12 - leaves)
    else:
        assert figures == published.figures


def test_edits_by_students_already_in_the_class_wait_for_the_next_republication() -> None:
    start = same_students(10, "m", interests=frozenset({"business"}))
    published = _first(start)
    edited = [Student(student.key, interests=frozenset({"engineering"})) for student in start]
    assert publish([published], counts(edited), DAY + dt.timedelta(days=5)).figures == published.figures
    joined = publish([published], counts([*edited, *same_students(5, "n")]), DAY + dt.timedelta(days=6))
    assert joined.is_new
    assert joined.figures is not None
    assert dict(joined.figures.interests) == {"engineering": 10}


def test_a_membership_one_student_away_from_any_earlier_snapshot_is_not_published() -> None:
    # The teacher's trick: publish the class, add five helpers, publish, swap the helpers for one new student.
    # Against the latest snapshot that is six changes; against the first it is one, which would reveal them.
    base = same_students(5, "m", form="S5")
    first = _first(base)
    helpers = same_students(5, "h", form="S5")
    second = publish([first], counts([*base, *helpers]), DAY + dt.timedelta(days=1))
    assert second.is_new
    assert second.snapshot is not None
    history = [first, second.snapshot]
    target = Student(
        "x", form="S6", interests=frozenset({"medicine-health"}), saved=frozenset({"cuhk-summer-institute"})
    )
    third = publish(history, counts([*base, target]), DAY + dt.timedelta(days=2))
    assert not third.is_new
    assert third.reason == "too-few-changes"
    assert third.snapshot is second.snapshot


def test_a_student_who_leaves_and_rejoins_counts_as_a_change_each_time_but_reveals_nothing_alone() -> None:
    base = same_students(6, "m")
    first = _first(base)
    rejoined = [*base[1:], Student("m0-again", form="S4", interests=frozenset({"science"}))]
    assert publish([first], counts(rejoined), DAY + dt.timedelta(days=1)).snapshot is first


def test_nothing_is_published_for_fewer_than_five_members() -> None:
    publication = publish([], counts(same_students(4, "m", form="S5")), DAY)
    assert publication.snapshot is None
    assert publication.figures is None
    assert not publication.is_new


def test_a_class_shrinking_below_five_keeps_its_last_snapshot() -> None:
    first = _first(same_students(10, "m"))
    later = publish([first], counts(same_students(2, "m")), DAY + dt.timedelta(days=1))
    assert later.snapshot is first
    assert later.reason == "too-few-members"


def test_ties_are_ordered_by_the_fixed_subject_order_not_by_the_hidden_exact_count() -> None:
    students = [
        *same_students(9, "a", interests=frozenset({"medicine-health"})),
        *same_students(5, "b", interests=frozenset({"engineering"})),
    ]
    figures = _first(students).figures
    assert figures.interests == (("engineering", 5), ("medicine-health", 5))  # engineering comes first in SUBJECTS


def test_only_the_top_five_interests_are_listed_and_the_figures_say_there_are_more() -> None:
    tags = list(SUBJECTS)[:7]
    students = [Student(f"s{index}", interests=frozenset(tags)) for index in range(5)]
    figures = _first(students).figures
    assert len(figures.interests) == TOP
    assert figures.more_interests
    assert not figures.more_saved_courses


def test_snapshots_round_trip_through_json_and_unrounded_figures_are_refused() -> None:
    snapshot = _first(same_students(7, "m", form="S6", saved=frozenset({"google-data-analytics"})))
    again = Snapshot.from_json(snapshot.figures.to_json(), snapshot.member_keys_json())
    assert again == snapshot
    tampered = snapshot.figures.to_json().replace('"members":5', '"members":7')
    with pytest.raises(ValueError, match="unrounded"):
        PublishedFigures.from_json(tampered)


@pytest.mark.parametrize(
    "bad",
    [
        {"forms": {"S5": 3}},  # more by form than members
        {"forms": {"S2": 1}},  # not a form students can pick
        {"interests": {"science": 3}},
        {"saved_courses": {"x": -1}},
    ],
)
def test_impossible_raw_counts_are_refused(bad: dict[str, dict[str, int]]) -> None:
    fields: dict[str, dict[str, int]] = {"forms": {}, "interests": {}, "saved_courses": {}, **bad}
    with pytest.raises(ValueError, match=r"forms|counts|members"):
        RawClassCounts(label="x", member_keys=frozenset({"a", "b"}), **fields)
