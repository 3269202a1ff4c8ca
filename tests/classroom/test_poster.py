"""The printable class poster: one A4 page with the label, a QR code that decodes to the link, the link as text and
the two lines on what the bot does and keeps, in the languages asked for."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from bot.classroom.poster import DOES, KEEPS, poster_pdf
from bot.classroom.qr import qr_matrix

LINK = "https://t.me/dse_pathways_bot?start=c_Zk3_9aQ-Lm2Pq7"
A4_POINTS = (595.28, 841.89)


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


@pytest.mark.parametrize("language", ["en", "zh-Hant", "both"])
def test_one_a4_page_with_the_label_and_the_link(language: str) -> None:
    pdf = poster_pdf(class_label="5A Careers", link=LINK, language=language)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=0.5)
    text = page_text(pdf)
    assert LINK in text
    assert "5A Careers" in text
    assert "/privacy" in text
    assert "/forget" in text


def test_each_language_gets_its_own_lines_and_only_those() -> None:
    def flat(text: str) -> str:
        return "".join(text.split())  # extraction splits wrapped lines; compare without whitespace

    both = flat(page_text(poster_pdf(class_label="5A", link=LINK, language="both")))
    english = flat(page_text(poster_pdf(class_label="5A", link=LINK, language="en")))
    chinese = flat(page_text(poster_pdf(class_label="5A", link=LINK, language="zh-Hant")))
    for line in (*DOES, *KEEPS):
        assert flat(line) in both
    assert flat(DOES[0]) in english
    assert flat(DOES[1]) not in english
    assert flat(KEEPS[1]) in chinese
    assert flat(KEEPS[0]) not in chinese


def test_the_poster_qr_code_decodes_to_the_link(tmp_path: Path) -> None:
    pdf = poster_pdf(class_label="5A Careers", link=LINK, language="both")
    if shutil.which("pdftoppm"):
        # The real check: render the PDF page as a printer would (poppler) and read the QR code off the page.
        (tmp_path / "poster.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-singlefile", str(tmp_path / "poster.pdf"), str(tmp_path / "page")],
            check=True,
            capture_output=True,
        )
        image: Image.Image = Image.open(tmp_path / "page.png")
    else:
        # Without poppler: decode the module matrix the poster draws, rendered here at 10 pixels a module.
        matrix = qr_matrix(LINK)
        image = Image.new("L", (len(matrix), len(matrix)), 255)
        image.putdata([0 if dark else 255 for row in matrix for dark in row])
        image = image.resize((len(matrix) * 10, len(matrix) * 10), Image.Resampling.NEAREST)
    assert [result.text for result in zxingcpp.read_barcodes(image)] == [LINK]


def test_the_label_is_plain_text_and_at_most_forty_characters() -> None:
    label = "<b>5A</b> Careers &amp;\x00\u202e Life\nPlanning with Ms Wong, group B and the others too"
    text = page_text(poster_pdf(class_label=label, link=LINK))
    shown = text.splitlines()[1]  # under the "DSE Pathways" header
    assert shown == "<b>5A</b> Careers &amp; Life Planning…"  # as typed, never interpreted; cut at a space
    assert len(shown) <= 40
    assert "\x00" not in text
    assert "\u202e" not in text


def test_a_chinese_label_is_set_in_the_chinese_font() -> None:
    text = page_text(poster_pdf(class_label="5A 生涯規劃", link=LINK, language="zh-Hant"))
    assert "5A生涯規劃" in "".join(text.split())  # two font runs, which extraction puts on two lines


@pytest.mark.parametrize(("label", "link"), [("", LINK), ("  \n ", LINK), ("5A", "https://example.com/join")])
def test_an_empty_label_or_a_foreign_link_is_refused(label: str, link: str) -> None:
    with pytest.raises(ValueError, match=r"label|t\.me"):
        poster_pdf(class_label=label, link=link)


def test_the_same_poster_is_the_same_file() -> None:
    assert poster_pdf(class_label="5A", link=LINK) == poster_pdf(class_label="5A", link=LINK)
