"""Places and platforms the catalogue never mentions are recognised however a student writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.elsewhere import Elsewhere, ElsewhereFileError, ElsewhereNames, load_elsewhere

PLACES = (
    Elsewhere("Hong Kong Shue Yan University", ("shue yan", "hksyu", "樹仁")),
    Elsewhere("University of Oxford", ("oxford", "牛津", "uniq")),
    Elsewhere("University College London", ("ucl",)),
    Elsewhere("Coursera", ("coursera",)),
)


def test_a_place_the_catalogue_mentions_is_not_unknown() -> None:
    places = ElsewhereNames(PLACES, ["The Google Data Analytics certificate is on Coursera."])
    assert {p.name for p in places.unknown} == {
        "Hong Kong Shue Yan University",
        "University of Oxford",
        "University College London",
    }
    assert places.named_in("is the coursera one free?") == []


def test_names_are_found_in_lower_case_and_in_chinese_as_written() -> None:
    places = ElsewhereNames(PLACES, ["nothing about them"])
    assert places.named_in("does shue yan run a taster?") == ["shue yan"]
    assert places.named_in("樹仁有冇暑期課程？") == ["樹仁"]
    assert places.named_in("Shue   Yan uni") == ["Shue   Yan"]


def test_english_names_are_whole_words() -> None:
    places = ElsewhereNames(PLACES, [""])
    assert places.named_in("does the fee include lunch?") == []  # "ucl" inside "include"
    assert places.named_in("ucl or hku?") == ["ucl"]


def test_adjacent_names_read_as_one_and_repeats_once() -> None:
    places = ElsewhereNames(PLACES, [""])
    assert places.named_in("oxford uniq or oxford?") == ["oxford uniq", "oxford"]
    assert places.named_in("Oxford... oxford") == ["Oxford"]


def test_the_shipped_list_loads() -> None:
    names = {p.name for p in load_elsewhere()}
    assert "Hong Kong Shue Yan University" in names
    assert all(p.aliases for p in load_elsewhere())


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name: not a list", "expected a list"),
        ("- aliases: [x]", "needs a name"),
        ("- name: X\n  aliases: []", "needs a list of aliases"),
        ("- name: X\n  aliases: [ok, '']", "needs a list of aliases"),
        ("- [unclosed", "cannot be read"),
    ],
)
def test_a_malformed_list_is_refused_with_its_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "elsewhere.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ElsewhereFileError, match=problem):
        load_elsewhere(path)
