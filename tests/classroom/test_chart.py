"""The class chart (PNG) and its text alternative: the same published cells, "<5" for small ones, and never a
hidden count."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from PIL import Image

from bot.classroom.chart import chart_language, cjk_font_family, class_chart_png, figures_text
from bot.classroom.figures import PublishedFigures, publish
from bot.classroom.labels import has_cjk, plain_label, without_cjk
from tests.classroom.factories import Student, counts, same_students

DAY = dt.date(2025, 3, 2)
TITLES = {"cuhk-summer-institute": ("CUHK Summer Institute", "中大暑期學院")}
# A standalone number from 1 to 4 (not part of 2025, 10–14, S4 or the like).
SMALL_NUMBER = re.compile(r"(?<![\dA-Za-z–-])[1-4](?![\d–-])")


def class_with_small_cells() -> PublishedFigures:
    students = [
        *same_students(
            10, "a", form="S5", interests=frozenset({"business"}), saved=frozenset({"cuhk-summer-institute"})
        ),
        *same_students(3, "b", form="S4", interests=frozenset({"engineering"})),  # three S4s: a hidden cell
        Student("c", interests=frozenset({"medicine-health"}), saved=frozenset({"google-data-analytics"})),
    ]
    figures = publish([], counts(students, label="Careers Class"), DAY).figures
    assert figures is not None
    return figures


@pytest.mark.parametrize("language", ["en", "zh-Hant"])
def test_the_chart_is_a_png_of_a_sensible_size(language: str) -> None:
    png = class_chart_png(class_with_small_cells(), language, titles=TITLES)  # type: ignore[arg-type]
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width == 1200
    assert 700 <= image.height <= 2400
    colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 10  # text and bars, not a blank image


def test_a_class_with_nothing_above_five_still_draws() -> None:
    figures = publish([], counts(same_students(5, "m")), DAY).figures
    assert figures is not None
    assert not figures.interests
    assert not figures.saved_courses
    assert Image.open(io.BytesIO(class_chart_png(figures, "en"))).width == 1200


def test_the_text_alternative_shows_small_cells_as_under_five_and_never_their_size() -> None:
    text = figures_text(class_with_small_cells(), "en", titles=TITLES)
    assert "S4 <5" in text
    assert "S5 10–14" in text
    assert "Business & finance 10–14" in text
    assert "CUHK Summer Institute 10–14" in text
    assert "Engineering" not in text
    assert "Medicine" not in text
    assert "google-data-analytics" not in text
    assert "every other interest: <5" in text
    assert not SMALL_NUMBER.findall(text)


def test_the_text_alternative_comes_in_both_languages() -> None:
    text = figures_text(class_with_small_cells(), "both", titles=TITLES)
    assert "Careers Class — class figures as of 2025-03-02" in text
    assert "Careers Class — 班級統計（截至 2025-03-02）" in text
    assert "中四 <5" in text
    assert "中五 10–14" in text
    assert "商業及金融 10–14" in text
    assert "中大暑期學院 10–14" in text
    assert not SMALL_NUMBER.findall(text)
    assert figures_text(class_with_small_cells(), "zh-Hant", titles=TITLES) in text


def test_the_chart_is_drawn_in_chinese_only_with_a_chinese_font() -> None:
    # Which branch runs depends on the machine: with no CJK font installed the chart falls back to English.
    assert chart_language("en") == "en"
    assert chart_language("zh-Hant") == ("zh-Hant" if cjk_font_family() else "en")


def test_labels_are_plain_text_and_cjk_can_be_left_out_for_a_latin_only_font() -> None:
    assert plain_label("5A\tCareers\x07  <i>x</i>") == "5A Careers <i>x</i>"
    assert len(plain_label("x" * 80)) == 40
    assert has_cjk("5A 生涯規劃")
    assert not has_cjk("5A Careers — “quoted”")
    assert without_cjk("5A 生涯規劃 Careers") == "5A Careers"
