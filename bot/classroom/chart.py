"""The class figures as one PNG (three bar charts) and as plain text for screen readers.

Only :class:`~bot.classroom.figures.PublishedFigures` are drawn, so every bar is already a rounded count; a
"<5" cell gets no bar at all (a short bar would hint at its size), just the words "<5".

Chinese labels need a CJK font. matplotlib's own DejaVu Sans has none, so :func:`cjk_font_family` looks for
an installed one (Noto Sans CJK, Source Han Sans, WenQuanYi, Droid Sans Fallback, AR PL). When none is
installed the chart is drawn with English labels even for a Chinese-speaking teacher (and CJK characters in
the class label are left out); :func:`figures_text` has no such limit and gives the same numbers in
Traditional Chinese, so the caller should always send it with the picture.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.classroom.figures import THRESHOLD, Cells, PublishedFigures, cell_text
from bot.classroom.labels import (
    CourseTitles,
    course_name,
    form_name,
    has_cjk,
    interest_name,
    plain_label,
    without_cjk,
    word,
)
from storage import LANGUAGES, UiLanguage

TextLanguage = UiLanguage | Literal["both"]

CJK_FONT_FAMILIES: Final = (
    "Noto Sans CJK TC",
    "Noto Sans CJK HK",
    "Noto Sans TC",
    "Noto Sans HK",
    "Source Han Sans TC",
    "Source Han Sans HK",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing TW",
    "AR PL UMing HK",
    "AR PL UKai TW",
    "AR PL New Sung",
)
BASE_FONT: Final = "DejaVu Sans"  # bundled with matplotlib, so always there
WIDTH_INCHES: Final = 10.0
DPI: Final = 120  # 1,200 pixels wide: sharp on a phone, readable on a projector
BAR_COLOUR: Final = "#2f6f9f"
HIDDEN_COLOUR: Final = "#666666"


# File names of the same fonts, for a font installed after matplotlib built its font cache.
CJK_FILE_HINTS: Final = (
    "notosanscjk",
    "notosanstc",
    "notosanshk",
    "sourcehansans",
    "wqy",
    "droidsansfallback",
    "uming",
    "ukai",
)


@lru_cache(maxsize=1)
def cjk_font_family() -> str | None:
    """The first installed font family of CJK_FONT_FAMILIES, or None."""
    family = _known_cjk_family()
    if family is None:
        # matplotlib lists the system's fonts once and caches the list on disk, so a CJK font installed
        # afterwards is missing from it: look for one by file name and add it (adding is all this changes).
        for path in font_manager.findSystemFonts():
            if any(hint in Path(path).name.lower() for hint in CJK_FILE_HINTS):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # an unreadable font file: skip it
                    continue
        family = _known_cjk_family()
    return family


class _CjkWeightFilter(logging.Filter):
    """Drops matplotlib's warning that a CJK font has no bold (most have one light weight only): expected,
    harmless (the light face is used), and repeated for every text size."""

    def filter(self, record: logging.LogRecord) -> bool:
        family = record.args[1] if isinstance(record.args, tuple) and len(record.args) > 1 else None
        weight_warning = isinstance(record.msg, str) and record.msg.startswith("findfont: Failed to find font weight")
        return not (weight_warning and family in CJK_FONT_FAMILIES)


logging.getLogger("matplotlib.font_manager").addFilter(_CjkWeightFilter())


def _known_cjk_family() -> str | None:
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FONT_FAMILIES if family in installed), None)


def chart_language(language: UiLanguage) -> UiLanguage:
    """The language the chart is drawn in: Chinese only when a CJK font is installed."""
    return language if language == "en" or cjk_font_family() else "en"


def class_chart_png(figures: PublishedFigures, language: UiLanguage, *, titles: CourseTitles | None = None) -> bytes:
    """A PNG of the class's forms, top interests and most saved courses, titled with the label and date.

    ``titles`` maps entry ids to (English, Chinese) course titles; without one the entry id is shown.
    """
    drawn = chart_language(language)
    cjk = cjk_font_family()
    families = [BASE_FONT, cjk] if cjk else [BASE_FONT]  # DejaVu for Latin and digits, the CJK font for the rest
    weight = "bold" if drawn == "en" else "normal"  # CJK fonts have one weight: bold Latin beside it looks odd
    label = plain_label(figures.label)
    if not cjk and has_cjk(label):
        label = without_cjk(label) or "—"
    panels: list[tuple[str, Cells, Callable[[str], str], str | None]] = [
        (word(drawn, "forms"), figures.forms, lambda key: form_name(key, drawn), None),
        (word(drawn, "interests"), figures.interests, lambda key: interest_name(key, drawn), _others(figures, "i")),
        (
            word(drawn, "saved"),
            figures.saved_courses,
            lambda key: course_name(key, drawn, titles),
            _others(figures, "s"),
        ),
    ]
    rows = sum(max(len(cells), 1) for _, cells, _, _ in panels)
    figure = Figure(figsize=(WIDTH_INCHES, 2.6 + 0.42 * rows + 0.9 * len(panels)), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)  # render with Agg: no display, no pyplot state shared between threads
    figure.suptitle(
        word(drawn, "title", label=label, date=figures.as_of.isoformat())
        + "\n"
        + word(drawn, "students", n=cell_text(figures.members)),
        fontsize=15,
        fontweight=weight,
        fontfamily=families,
    )
    axes = figure.subplots(
        len(panels), 1, gridspec_kw={"height_ratios": [max(len(cells), 1) + 1 for _, cells, _, _ in panels]}
    )
    scale = max([THRESHOLD * 2, *(n + THRESHOLD for _, cells, _, _ in panels for _, n in cells)])
    for ax, (heading, cells, name, others) in zip(axes, panels, strict=True):
        note = ""
        if others and cells:
            note = f"（{word(drawn, others)}）" if drawn == "zh-Hant" else f" ({word(drawn, others)})"
        _draw_panel(ax, heading + note, cells, name, scale, families, weight, word(drawn, "none"))
    # 11 points at least: some CJK fonts (AR PL) carry bitmaps for small sizes that matplotlib cannot draw.
    note = "\n".join(_wrapped(word(drawn, "note"), 100))
    figure.supxlabel(note, fontsize=11, color=HIDDEN_COLOUR, fontfamily=families)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


def _wrapped(text: str, columns: int) -> list[str]:
    """Lines of at most ``columns`` (a CJK character counts two): broken at spaces, or between CJK characters."""
    lines: list[str] = []
    line, width = "", 0
    for piece in re.findall(r"[^\s\u2e80-\uffef]+\s*|[\u2e80-\uffef]\s*|\s+", text):
        piece_width = sum(2 if has_cjk(ch) else 1 for ch in piece.rstrip())
        if line and width + piece_width > columns:
            lines.append(line.rstrip())
            line, width = "", 0
        line += piece
        width += piece_width + (len(piece) - len(piece.rstrip()))
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _others(figures: PublishedFigures, which: Literal["i", "s"]) -> str:
    """The WORDS key for what the list leaves out: either every other cell is under five, or there were more."""
    if which == "i":
        return "more interests" if figures.more_interests else "other interests"
    return "more courses" if figures.more_saved_courses else "other courses"


def _draw_panel(
    ax: Axes,
    heading: str,
    cells: Cells,
    name: Callable[[str], str],
    scale: int,
    families: list[str],
    weight: str,
    empty: str,
) -> None:
    ax.set_title(heading, loc="left", fontsize=12, fontweight=weight, fontfamily=families)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xticks([])
    ax.set_xlim(0, scale * 1.15)
    if not cells:
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.text(0.0, 0.5, empty, transform=ax.transAxes, fontsize=11, color=HIDDEN_COLOUR, fontfamily=families)
        return
    positions = list(range(len(cells)))[::-1]  # the first cell at the top
    values = [n if n >= THRESHOLD else 0 for _, n in cells]
    ax.barh(positions, values, color=BAR_COLOUR, height=0.6)
    ax.set_yticks(positions, [name(key) for key, _ in cells], fontsize=11, fontfamily=families)
    ax.set_ylim(-0.6, len(cells) - 0.4)
    for position, (_, n) in zip(positions, cells, strict=True):
        hidden = n < THRESHOLD
        ax.text(
            (n if not hidden else 0) + scale * 0.01,
            position,
            cell_text(n),
            va="center",
            fontsize=11,
            color=HIDDEN_COLOUR if hidden else "black",
            fontstyle="italic" if hidden else "normal",
            fontfamily=families,
        )


def figures_text(figures: PublishedFigures, language: TextLanguage, *, titles: CourseTitles | None = None) -> str:
    """The chart's numbers as plain text (for screen readers, and as the caption): "both" gives English, then
    Traditional Chinese. Plain text: escape it before sending it as HTML."""
    languages: tuple[UiLanguage, ...] = LANGUAGES if language == "both" else (language,)
    return "\n\n".join(_text_in(figures, one, titles) for one in languages)


def _text_in(figures: PublishedFigures, language: UiLanguage, titles: CourseTitles | None) -> str:
    separator = "；" if language == "zh-Hant" else "; "
    colon = "：" if language == "zh-Hant" else ": "

    def listed(cells: Cells, name: Callable[[str], str], others: str | None) -> str:
        if not cells:
            return word(language, "none")
        text = separator.join(f"{name(key)} {cell_text(n)}" for key, n in cells)
        return text + (separator + word(language, others) if others else "")

    lines = [
        word(language, "title", label=plain_label(figures.label), date=figures.as_of.isoformat()),
        word(language, "students", n=cell_text(figures.members)),
        word(language, "forms") + colon + listed(figures.forms, lambda key: form_name(key, language), None),
        word(language, "interests")
        + colon
        + listed(figures.interests, lambda key: interest_name(key, language), _others(figures, "i")),
        word(language, "saved")
        + colon
        + listed(figures.saved_courses, lambda key: course_name(key, language, titles), _others(figures, "s")),
        word(language, "note"),
    ]
    return "\n".join(lines)
