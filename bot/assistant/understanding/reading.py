"""The single value understanding produces: everything retrieval and composition need to know about a question.

A question is read once, here; nothing after this stage looks at the raw words again except to search them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from bot.assistant.types import Intent, QuestionLanguage
from bot.assistant.understanding.safety_rules import SafetyKind
from knowledge.search import SearchFilters

# What a message is: in scope, one of the safety kinds the rules and the router share, or a fixed case.
ScopeKind = Literal["in_scope", "empty", "greeting", "about_bot", "own_data", "guard_error"] | SafetyKind

ATTACKS: frozenset[str] = frozenset({"attack_injection", "attack_forgery", "attack_credentials", "other_person"})
OFF_TOPIC: frozenset[str] = frozenset(
    {"off_topic_homework", "off_topic_medical", "off_topic_money", "off_topic_general", "abuse"}
)


@dataclass(frozen=True)
class Understanding:
    """How the assistant reads one question."""

    text: str  # the question, whitespace-normalised and capped
    language: QuestionLanguage
    tokens: tuple[str, ...]
    scope: ScopeKind
    intent: Intent
    # Distress is also a flag: a message can be distressed *and* ask something; support always comes first.
    distress: bool = False
    distress_certain: bool = False  # a high-precision rule said so (the detector alone only suspects it)
    scope_besides_distress: ScopeKind = "in_scope"  # what the rest of the message is, answered after support
    aspects: tuple[str, ...] = ()
    filters: SearchFilters = field(default_factory=SearchFilters)
    stated_form: str | None = None
    stated_subjects: tuple[str, ...] = ()
    generic: bool = False  # a recommendation that names no provider ("any medicine camps for me?")
    subjects_from_profile: bool = False  # the subject filter came from the student's interests, not the words
    topic: str = ""  # what to search for: the question, or the earlier question a follow-up refers to
    follow_up: bool = False
    asks_past: bool = False  # about a scheme's past (「CEF 由幾時開始？」): its history guide answers, not the scheme
    # Whether credit counts at another university (「個 credit 入咗中大用唔用到？」): the stacking guide answers, and the
    # university named is where the student may end up, not the programme asked about.
    asks_credit_elsewhere: bool = False
    # What a message that only names another entry asks of it: the previous question's words (「咁理大 JRMP 呢？」
    # after 「要唔要學校 nominate？」), for choosing the paragraphs that answer.
    asked: str = ""
    # What a request for options leaves out ("other than the HKUST Summer Institute", 「除咗中大」): no option, no topic.
    excluded: str = ""
    referenced: tuple[str, ...] = ()  # entries of the previous answer the question points at ("the second one")
    route: str = ""  # the router's best label and score, for the evaluation and for logs (no message text)

    @property
    def in_scope(self) -> bool:
        return self.scope == "in_scope"

    def as_lookup(self) -> Understanding:
        """The question read as one about a single programme: no longer filtered to the form it states ("what about
        for S4?" after a programme for S2–S3 asks whether an S4 may join it, which its answer must say)."""
        return replace(self, intent="lookup", filters=replace(self.filters, form=None))
