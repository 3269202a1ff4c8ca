"""The kinds of message the safety rules tell apart: distress first, then attacks, then the off-topic kinds."""

from __future__ import annotations

from typing import Literal

SafetyKind = Literal[
    "distress",
    "attack_injection",
    "attack_forgery",
    "attack_credentials",
    "other_person",
    "abuse",
    "off_topic_homework",
    "off_topic_medical",
    "off_topic_money",
    "off_topic_general",
]
