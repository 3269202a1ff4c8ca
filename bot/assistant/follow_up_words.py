"""Small readings of a follow-up's words for the topic tracker: whether a word names rather than wants, whether a
name has content beyond pointers, which programme of a list the earlier question's provider picks, whether "the X
one" picks the entry just discussed, and the provider the conversation is about."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.types import StudentContext
from bot.assistant.understanding.provider_names import provider_ids
from bot.assistant.understanding.question_rules import ASKS_FOR_A_KIND
from bot.assistant.understanding.stated_filters import stated_form, stated_kinds, wants_free, wants_online
from knowledge.lexical import tokens
from knowledge.search import KnowledgeSearcher
from knowledge.views import EntryView

_POINTERS: Final = frozenset({"嗰個", "呢個", "嗰啲", "the", "one", "ones", "and", "what", "about", "how"})


def names_only(word: str) -> bool:
    """A title word that names, not one that states what is wanted ("free", 「網上」, "S5", "certificate")."""
    return not (wants_free(word) or wants_online(word) or stated_form(word) or stated_kinds(word))


def has_content(text: str) -> bool:
    """Whether anything but particles is left (「暑期學院」 is; 「嗰個」 is not)."""
    return any(len(t) > 1 and t not in _POINTERS for t in tokens(text))


def only_one_of_provider_named(context: StudentContext) -> str | None:
    """After a list, the one programme shown of the provider the last question named (「教大有冇啲 taster？」 listed
    EduHK's U Life U Like first, then others to fill the list): what a short follow-up (「幾時搞？」) is about."""
    if not context.recent_questions or not context.recent_sources:
        return None
    if not ASKS_FOR_A_KIND.search(context.recent_questions[-1]):
        return None  # (a comparison naming Google beside AZ-900 showed two sides, not a list to pick from)
    named = last_question_providers(context)
    ones = [entry for entry in context.recent_sources if provider_of(entry) in named]
    return ones[0] if len(ones) == 1 else None


# "the summer institute one, is it for s4 or s5?", 「暑期學院嗰個幾錢？」: one entry picked out by words of its title.
_PICKED_BY_NAME: Final = re.compile(
    r"\bthe\s+(?!other\b)(?P<en>[\w\- ]{2,30}?)\s+one\b|(?P<zh>[\w\- \u4e00-\u9fff]{2,20}?)\s*(?:嗰|果)(?:個|張|間|款)",
    re.IGNORECASE,
)


def picked_last(
    searcher: KnowledgeSearcher, names_in: Callable[[str], frozenset[str]], text: str, last: str
) -> EntryView | None:
    """The entry just discussed, when the question picks it by words of its title and by nothing else: after CUHK's
    Summer Institute, "the summer institute one" is that one, not another university's, which the words alone find
    first. Another provider named ("the hkust summer institute one"), another name in the message (「唔係，我問緊中大
    SAYT 嗰個 STEM 英才…」), or a word the title lacks ("the healthcare academy one" after HKU's Young Medical and
    Healthcare programme) picks another. (The name is read first: the entry is fetched only when one is picked.)"""
    picked = _PICKED_BY_NAME.search(text)
    if picked is None or provider_ids(text) - {provider_of(last)} or "另" in text:
        return None
    view = searcher.entry(last)
    if view is None:
        return None
    name = picked.group("en") or picked.group("zh") or ""
    words = {t for t in tokens(name) if len(t) > 1 and t not in _POINTERS}
    titled = searcher.title_names(last)
    title = set(tokens(f"{view.title_en} {view.title_zh}"))
    return view if names_in(name) and words <= title and names_in(text) <= titled else None


def last_question_providers(context: StudentContext) -> frozenset[str]:
    """The providers the last question named, as their entries' ids begin."""
    return provider_ids(context.recent_questions[-1]) if context.recent_questions else frozenset()


def conversation_provider(context: StudentContext) -> str | None:
    """The one provider the last question named ("what does polyu have for s4 students?"); None when it named none
    or several."""
    named = last_question_providers(context)
    return next(iter(named)) if len(named) == 1 else None
