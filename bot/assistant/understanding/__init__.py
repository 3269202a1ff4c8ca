"""Understanding: one stage that reads a question once (language, tokens, scope, intent, aspects, stated
filters, the topic of a follow-up) with high-precision rules plus a semantic router."""

from bot.assistant.understanding.reader import Understander
from bot.assistant.understanding.reading import ATTACKS, OFF_TOPIC, ScopeKind, Understanding

__all__ = ["ATTACKS", "OFF_TOPIC", "ScopeKind", "Understander", "Understanding"]
