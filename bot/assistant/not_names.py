"""Capitalised words that are ordinary words, not names.

A sentence may start with them or stress them, and the no-answer reply must never echo them back as if they were
a programme ("Honestly, Nobody at my school knows…").
"""

from __future__ import annotations

from typing import Final

from bot.assistant.understanding.patterns import MONTHS

NOT_NAMES: Final = frozenset(
    [
        *MONTHS,
        # Everyday sites a student learns from on their own, set against a course (「微證書同我喺 YouTube 睇片學嘢有咩
        # 分別？」): no programme the catalogue lacks.
        *("youtube", "tiktok", "instagram", "reddit", "discord", "wikipedia", "chatgpt"),
        "honestly",
        "nobody",
        "everybody",
        "somebody",
        "anybody",
        "someone",
        "anyone",
        "everyone",
        "hello",
        "hey",
        "hi",
        "thanks",
        "please",
        "sorry",
        "okay",
        "ok",
        "actually",
        "basically",
        "seriously",
        "really",
        "also",
        "just",
        "maybe",
        "btw",
        "lol",
        "omg",
        "guys",
        "bro",
        "sis",
        "yo",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "summer",
        "winter",
        "spring",
        "autumn",
        "english",
        "chinese",
        "cantonese",
        "mandarin",
        "hong",
        "kong",
        "form",
        "secondary",
        "school",
        "teacher",
        "student",
        "students",
        "mum",
        "mom",
        "dad",
        "parent",
        "parents",
        "friend",
        "friends",
    ]
)
