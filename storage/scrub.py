"""Scrubbing what must never be stored: credentials, phone numbers, emails and HKID-like strings.

Applied by the repository itself to every free text it keeps (conversation turns, the anonymous question log),
so no caller can forget it. A scrubbed value is replaced by a bracketed label, never kept in any form.
"""

from __future__ import annotations

import re
from typing import Final

_PATTERNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "password: abc123", "pw=hunter2", 「密碼係 abc123」, "PIN 4839": the secret after the word.
    (
        re.compile(
            r"(?i)(password|passcode|passwd|pwd|pw|pin|otp|密碼|驗證碼)\s*(?:is|係|:|：|=|-)?\s*[^\s，。,;]{3,}"
        ),
        r"\1 [removed]",
    ),
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[email removed]"),
    # HKID: one or two letters, six digits, a check digit in optional brackets (A123456(7)).
    (re.compile(r"\b[A-Za-z]{1,2}\d{6}\s*[\(（]?[0-9Aa][\)）]?"), "[ID removed]"),
    # Phone numbers: Hong Kong's eight digits (with an optional +852 and one space or hyphen), or any longer run.
    (re.compile(r"(?:\+?852[\s-]?)?(?<!\d)\d{4}[\s-]?\d{4}(?!\d)"), "[number removed]"),
    (re.compile(r"(?<!\d)\d{9,}(?!\d)"), "[number removed]"),
    # JUPAS application numbers and similar ids after their label.
    (
        re.compile(r"(?i)(application|applicant|jupas)\s*(no\.?|number|id|編號)\s*[:：]?\s*[A-Za-z0-9-]{5,}"),
        r"\1 \2 [removed]",
    ),
)


def scrub(text: str) -> str:
    """The text with every credential, phone number, email and HKID-like string replaced by a label."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
