"""The assistant: one question and one student's context in, one :class:`Answer` out.

Every transport (Telegram, the terminal chat, `pathways ask`) calls it and only renders what it returns; it
never imports a transport.
"""

from bot.assistant.types import Answer, Scope, Source, StudentContext, Suggestion

__all__ = ["Answer", "Scope", "Source", "StudentContext", "Suggestion"]
