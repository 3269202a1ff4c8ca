"""QR codes for class links: they decode to exactly the deep link, are big enough for a wall, and nothing but a
t.me link is ever encoded."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image

from bot.classroom.qr import qr_matrix, qr_png

LINKS = [
    "https://t.me/dse_pathways_bot?start=c_abcd",
    "https://t.me/DsePathwaysBot?start=c_" + "Zk3_9aQ-" * 4,  # the longest class code (32 characters)
    "https://t.me/dse_pathways_bot?start=" + "e_" + "a" * 62,  # a 64-character payload
    "https://t.me/dse_pathways_bot",
]


def decoded(png: bytes) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


@pytest.mark.parametrize("link", LINKS)
def test_the_qr_png_decodes_to_exactly_the_link(link: str) -> None:
    assert decoded(qr_png(link)) == [link]


def test_the_png_is_large_with_a_white_quiet_zone() -> None:
    image = Image.open(io.BytesIO(qr_png(LINKS[1]))).convert("L")
    assert image.width == image.height >= 1000
    modules = len(qr_matrix(LINKS[1]))
    border = 4 * image.width // modules  # four modules of quiet zone on every side
    for box in [(0, 0, image.width, border - 1), (0, 0, border - 1, image.height)]:
        assert image.crop(box).getextrema() == (255, 255)
    assert image.crop((border, border, 2 * border, 2 * border)).getextrema()[0] == 0  # the finder pattern


@pytest.mark.parametrize(
    "bad",
    [
        "http://t.me/dse_pathways_bot?start=c_abcd",
        "https://t.me.evil.example/dse_pathways_bot",
        "https://evil.example/?u=https://t.me/x",
        "https://t.me/dse_pathways_bot?start=c_abcd\n",
        "https://t.me/dse_pathways_bot?start=<script>",
        "https://t.me/dse_pathways_bot?start=" + "a" * 65,
        "javascript:alert(1)",
        "",
    ],
)
def test_anything_but_a_telegram_deep_link_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"t\.me"):
        qr_png(bad)
