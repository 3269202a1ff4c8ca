"""The providers a question names: universities, local bodies and platforms, by any of the names students use for
them (「浸會大學」, 「浸大」, "hkbu", "HKBUx"), and the ids their entries begin with."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.understanding.patterns import any_of

# Naming a provider or platform means the student asks about that one: no subject or kind narrowing then.
# Universities whose edX names add an "x" (HKUSTx, HKUx, HKPolyUx).
_ON_EDX: Final = "cuhk|hku|hkust|hkpolyu|polyu|cityu|hkbu"
# Local universities and bodies in Chinese, full names first (「香港浸會大學」, as formal Chinese writes them); the
# unlisted-programme check reads the same names.
LOCAL_ZH: Final = "中文大學|科技大學|理工大學|城市大學|浸會大學|嶺南大學|教育大學|都會大學|中大|港大|科大|理大|城大|浸大|嶺大|教大|都大|演藝|青協"
PROVIDERS = any_of(
    r"\b(cuhk|hku|hkust|ust|polyu|hkpolyu|cityu|hkbu|lingnan|eduhk|hkmu|hkapa|vtc|ive|thei|space|hkage|hkfyg)\b",
    # What students call them for short: "cu si", "poly u", "poly", "bu", "lingu", "city u" ("cu later" is a goodbye).
    r"\b(cu(?!\s*(later|l8r|tmr|tmrw|tomorrow|soon|next|again|then|there)\b)|poly ?u|(?<!low )(?<!low-)(?<!cal )(?<!temasek )(?<!ngee ann )poly(?![\s-]*(sci|science|art|model|count|diploma|gon))|bu|lingu|city u)\b",
    # A university's edX name ("HKUSTx", "HKUx", "HKPolyUx") is the university.
    rf"\b({_ON_EDX})x\b",
    # (「google 完都唔見」, "i googled it": searching the web names no provider.)
    r"\b(google(?!\s*(完|咗|左|過|下|吓|極|到|晒|it\b|them\b|this\b))|ibm|meta|microsoft|aws|amazon|coursera|edx|futurelearn|"
    r"hubspot|harvard|mit)\b",
    rf"{LOCAL_ZH}|職訓局|資優教育學苑",
    r"\basia art archive\b|亞洲藝術文獻庫|(?-i:\bAAA\b)",  # (not "aaa", a scream)
)


def names_provider(question: str) -> bool:
    return bool(PROVIDERS.search(question))


_EDX_NAME = re.compile(rf"^({_ON_EDX})x$")


def providers_named(question: str) -> frozenset[str]:
    """The providers a question names, as written (lower-cased, without an edX "x"): 「咁科大嗰個呢？」 → {"科大"},
    "HKUSTx" → {"hkust"}."""
    return frozenset(_EDX_NAME.sub(r"\1", match.group(0).lower()) for match in PROVIDERS.finditer(question))


# What students call a provider → how entry ids begin (edX courses add an "x": hkustx-…, hkux-…).
PROVIDER_IDS: Final = {
    "中文大學": "cuhk",
    "科技大學": "hkust",
    "理工大學": "polyu",
    "城市大學": "cityu",
    "浸會大學": "hkbu",
    "嶺南大學": "lingnan",
    "教育大學": "eduhk",
    "都會大學": "hkmu",
    "中大": "cuhk",
    "港大": "hku",
    "科大": "hkust",
    "ust": "hkust",
    "理大": "polyu",
    "城大": "cityu",
    "浸大": "hkbu",
    "嶺大": "lingnan",
    "教大": "eduhk",
    "都大": "hkmu",
    "演藝": "hkapa",
    "青協": "hkfyg",
    "資優教育學苑": "hkage",
    "asia art archive": "aaa",
    "亞洲藝術文獻庫": "aaa",
    "space": "hku",
    "hkpolyu": "polyu",
    "cu": "cuhk",
    "poly u": "polyu",
    "poly": "polyu",
    "bu": "hkbu",
    "lingu": "lingnan",
    "city u": "cityu",
}


def provider_ids(question: str) -> frozenset[str]:
    """The providers a question names, as entry ids begin: 「理大嗰啲」 → {"polyu"}, "ust 嗰啲" → {"hkust"}."""
    return frozenset(PROVIDER_IDS.get(name, name) for name in providers_named(question))


def providers_spelled_out(text: str) -> str:
    """The text with each provider written as its entries' ids begin ("ust si" → "hkust si", 「科大 SI」 → "hkust
    SI"), as the catalogue's aliases spell them."""
    return PROVIDERS.sub(lambda match: f" {PROVIDER_IDS.get(match.group(0).lower(), match.group(0))} ", text)
