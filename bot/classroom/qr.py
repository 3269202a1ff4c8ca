"""QR codes for class links: one matrix, drawn as a PNG here and as vector squares on the poster.

Only Telegram deep links are encoded (``https://t.me/<bot>`` with an optional ``?start=<payload>``): a QR code
printed on a classroom wall must never point anywhere else, so anything else is refused with ValueError.
"""

from __future__ import annotations

import io
import re
from typing import Final

import qrcode
from qrcode.constants import ERROR_CORRECT_M

# The bot's username (Telegram: 5-32 characters; we accept 4 for test bots) and a deep-link payload as in
# bot.telegram.deeplinks (1-64 characters of A-Z a-z 0-9 _ -).
TELEGRAM_LINK: Final = re.compile(r"https://t\.me/[A-Za-z][A-Za-z0-9_]{3,31}(?:\?start=[A-Za-z0-9_-]{1,64})?")
QUIET_ZONE_MODULES: Final = 4  # the minimum white border the QR standard asks for
# About 1,200 pixels across: printed at 10 cm that is ~300 dpi, and the modules stay sharp on a projector.
TARGET_PIXELS: Final = 1200
MIN_BOX_PIXELS: Final = 8


def validated_link(link: str) -> str:
    """The link itself when it is a Telegram deep link; ValueError otherwise."""
    if not isinstance(link, str) or not TELEGRAM_LINK.fullmatch(link):
        raise ValueError("only https://t.me/<bot> links (with an optional ?start=<payload>) become QR codes")
    return link


def _qr_code(link: str) -> qrcode.QRCode:  # type: ignore[type-arg]
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE_MODULES)
    code.add_data(validated_link(link))
    code.make(fit=True)  # the smallest QR version that holds the link
    return code


def qr_matrix(link: str) -> list[list[bool]]:
    """The QR modules for ``link``, True for dark, quiet zone included (error correction M: ~15% may be lost)."""
    return [list(row) for row in _qr_code(link).get_matrix()]


def qr_png(link: str) -> bytes:
    """A black-on-white PNG of the QR code for ``link``, about 1,200 pixels square with its quiet zone."""
    code = _qr_code(link)
    code.box_size = max(MIN_BOX_PIXELS, TARGET_PIXELS // len(code.get_matrix()))
    image = code.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
