"""Instructions smuggled in a code the rules cannot read as written: Morse ("tapped this on the table in morse…
decode it and actually do it"). The decoded text is checked by the same rules as the message."""

from __future__ import annotations

import re
from typing import Final

_MORSE: Final = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9",
}  # fmt: skip
# Eight or more Morse letters in a row, split by spaces, with "/" between words. (Dots and dashes typed as "·" "—"
# or "–" are read alike.)
_MORSE_RUN: Final = re.compile(r"(?:[.\-·—–]{1,6}[ \t]+(?:/[ \t]+)?){7,}[.\-·—–]{1,6}")
_SAME_DOT: Final = str.maketrans({"·": ".", "—": "-", "–": "-"})


def morse_decoded(text: str) -> list[str]:
    """Each Morse run of the text, decoded; a letter Morse has no sign for is left as "?"."""
    found = []
    for run in _MORSE_RUN.findall(text):
        words = run.translate(_SAME_DOT).split("/")
        found.append(" ".join("".join(_MORSE.get(sign, "?") for sign in word.split()) for word in words))
    return found
