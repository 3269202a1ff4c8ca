"""A printable A4 poster for a class link: the class label, a QR code, the link as text, and one line each on
what the bot does and what it keeps, in English, Traditional Chinese or both.

Chinese is set in reportlab's built-in CID font MSung-Light (Traditional Chinese): PDF readers supply the
glyphs, so nothing is downloaded or embedded. The QR code is drawn as vector squares from the same module
matrix as :func:`bot.classroom.qr.qr_png`, so it stays sharp at any print size.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Final, Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import CIDEncoding, UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from bot.classroom.labels import plain_label
from bot.classroom.qr import qr_matrix, validated_link

PosterLanguage = Literal["en", "zh-Hant", "both"]

CHINESE_FONT: Final = "MSung-Light"
LATIN_FONT: Final = "Helvetica"
LATIN_BOLD: Final = "Helvetica-Bold"
LINK_FONT: Final = "Courier-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: Final = 56.0  # points (about 2 cm)
BAND: Final = 14.0  # the coloured band across the top
TEXT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN
LINE_WIDTH: Final = PAGE_WIDTH - 80  # the two content lines may use a little more of the page
QR_SIZE: Final = 340.0  # points: 12 cm with its quiet zone, which phones read from a few metres away
ACCENT: Final = (0.18, 0.44, 0.62)
GREY: Final = (0.35, 0.35, 0.35)

# (English, Chinese) wording. The two content lines are the ones issue 13 asks for.
SCAN: Final = ("Scan to join your class on Telegram", "掃描二維碼，在 Telegram 加入班級")
DOES: Final = (
    "Ask about university taster programmes, micro-credentials and online certificates.",
    "查詢大學體驗課程、微證書及網上證書。",
)
KEEPS: Final = (
    "It keeps only your form, interests and saved courses; /privacy explains, /forget deletes.",
    "只會保存你的年級、興趣及已收藏的課程；/privacy 有詳細說明，/forget 可刪除全部資料。",
)
OR_OPEN: Final = ("or open this link:", "或開啟此連結：")


class _TraditionalChineseFont(UnicodeCIDFont):  # type: ignore[misc]
    """MSung-Light with the Unicode encoding of its own character collection.

    reportlab's font table pairs MSung-Light (Adobe-CNS1, Traditional Chinese) with UniGB-UCS2-H, the encoding
    for the Simplified Chinese collection; strict readers (poppler) then drop the text. UniCNS-UCS2-H is the
    matching one, and the text is written the same way (UTF-16), so only the declared name changes.
    """

    def __init__(self) -> None:
        super().__init__(CHINESE_FONT)
        self.encodingName = "UniCNS-UCS2-H"
        self.encoding = CIDEncoding(self.encodingName)


pdfmetrics.registerFont(_TraditionalChineseFont())  # a name registration only: no font file is read


Draw = Callable[[Canvas, float], None]  # draws one block given the y of its top edge


def poster_pdf(*, class_label: str, link: str, language: PosterLanguage = "both") -> bytes:
    """One A4 page for a classroom wall. ValueError for a link that is not a t.me deep link or an empty label.

    The label is reduced to plain text of at most 40 characters (see :func:`labels.plain_label`); reportlab's
    canvas draws strings as they are, so nothing in it is interpreted.
    """
    link = validated_link(link)
    label = plain_label(class_label)
    if not label:
        raise ValueError("a poster needs a class label")
    wanted = (0, 1) if language == "both" else (1,) if language == "zh-Hant" else (0,)
    matrix = qr_matrix(link)
    blocks: list[tuple[float, Draw]] = [
        _text(label, _fitting(label, 40, TEXT_WIDTH, bold=True), bold=True),
        _gap(10),
        *(_text(SCAN[index], 17) for index in wanted),
        _gap(18),
        (QR_SIZE, lambda canvas, top: _draw_qr(canvas, matrix, (PAGE_WIDTH - QR_SIZE) / 2, top - QR_SIZE, QR_SIZE)),
        _gap(10),
        _text(" ".join(OR_OPEN[index] for index in wanted), 11, colour=GREY),
        _gap(4),
        _text(link, _fitting(link, 14, TEXT_WIDTH, latin_font=LINK_FONT), latin_font=LINK_FONT),
        _gap(16),
        (1.5, _rule),
        _gap(18),
    ]
    for lines in (DOES, KEEPS):
        blocks += [_text(line, 12.5) for index in wanted for line in _wrapped(lines[index], 12.5, LINE_WIDTH)]
        blocks.append(_gap(10))

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)  # invariant: the same input gives the same bytes
    canvas.setTitle(f"{label} — DSE Pathways")
    canvas.setSubject(link)
    canvas.setFillColorRGB(*ACCENT)
    canvas.rect(0, PAGE_HEIGHT - BAND, PAGE_WIDTH, BAND, stroke=0, fill=1)
    canvas.setFont(LATIN_BOLD, 13)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - BAND - 30, "DSE Pathways")
    # The rest is centred in the space left, so short (one-language) posters do not leave a bare bottom half.
    space_top = PAGE_HEIGHT - BAND - 50
    height = sum(block_height for block_height, _ in blocks)
    top = space_top - max(0.0, (space_top - MARGIN - height) / 2)
    for block_height, draw in blocks:
        draw(canvas, top)
        top -= block_height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _gap(height: float) -> tuple[float, Draw]:
    return height, lambda canvas, top: None


def _rule(canvas: Canvas, top: float) -> None:
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(1.5)
    canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)


def _text(
    text: str,
    size: float,
    *,
    bold: bool = False,
    latin_font: str | None = None,
    colour: tuple[float, float, float] = (0, 0, 0),
) -> tuple[float, Draw]:
    """A centred line of mixed Latin and Chinese text: each run is set in a font that has its glyphs."""
    latin = latin_font or (LATIN_BOLD if bold else LATIN_FONT)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColorRGB(*colour)
        x = (PAGE_WIDTH - _width(text, size, latin)) / 2
        baseline = top - size
        for run, font in _runs(text, latin):
            canvas.setFont(font, size)
            canvas.drawString(x, baseline, run)
            x += pdfmetrics.stringWidth(run, font, size)

    return size * 1.45, draw


def _runs(text: str, latin_font: str) -> Iterator[tuple[str, str]]:
    """Maximal runs of ``text`` with the font for each: Helvetica/Courier where it has the glyph, else MSung-Light."""
    run, font = "", latin_font
    for ch in text:
        wanted = latin_font if _in_latin_font(ch) else CHINESE_FONT
        if run and wanted != font and not ch.isspace():
            yield run, font
            run = ""
        if not run:
            font = wanted
        run += ch
    if run:
        yield run, font


def _in_latin_font(ch: str) -> bool:
    # reportlab's standard fonts use WinAnsiEncoding (cp1252): Latin-1 plus dashes, quotes and the ellipsis.
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _width(text: str, size: float, latin_font: str = LATIN_FONT) -> float:
    return float(sum(pdfmetrics.stringWidth(run, font, size) for run, font in _runs(text, latin_font)))


def _fitting(text: str, size: float, width: float, *, bold: bool = False, latin_font: str | None = None) -> float:
    """The font size, at most ``size``, at which ``text`` fits in ``width``."""
    natural = _width(text, size, latin_font or (LATIN_BOLD if bold else LATIN_FONT))
    return size if natural <= width else size * width / natural


def _wrapped(text: str, size: float, width: float) -> Iterator[str]:
    """Lines of ``text`` no wider than ``width``: broken at spaces, or anywhere in Chinese (no spaces)."""
    line = ""
    for piece in _pieces(text):
        candidate = line + piece
        if line and _width(candidate.rstrip(), size) > width:
            yield line.rstrip()
            line = piece.lstrip()
        else:
            line = candidate
    if line.strip():
        yield line.rstrip()


def _pieces(text: str) -> Iterator[str]:
    word = ""
    for ch in text:
        if ch == " " or ord(ch) > 0x2E80:  # a break is allowed after a space and around CJK characters
            if word:
                yield word
            yield ch
            word = ""
        else:
            word += ch
    if word:
        yield word


def _draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Dark modules as filled rectangles (one per horizontal run), on white, with the quiet zone kept."""
    module = size / len(matrix)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            canvas.rect(x + start * module, top, (column - start) * module, module, stroke=0, fill=1)
