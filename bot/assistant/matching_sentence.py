"""What in an option matches what the student asked for in their own words.

A counsellor's reason is specific: "a free beginner digital marketing course with an exam at the end" is answered
with Google's Digital Garage course *because* its "final exam with an 80% pass mark" is what was asked for, not only
because it is about marketing. The sentence of the entry that shares most of the student's own words (beyond the
entry's title and the words every option shares) says that, quoted as the entry writes it.
"""

from __future__ import annotations

import re
from typing import Final

from knowledge.lexical import query_tokens, tokens
from knowledge.views import EntryView
from storage import UiLanguage

# Words every option in a list shares, or that only say what is asked for: they match no reason.
_SHARED_BY_ALL: Final = frozenset(
    {
        "summer", "programme", "program", "course", "student", "school", "secondary", "university", "thing",
        "something", "anything", "one", "any", "good", "want", "wanna", "like", "interested", "interest",
        "recommend", "option", "free", "online", "s4", "s5", "s6", "dse", "hong", "kong", "hk", "cert",
        "certificate", "暑期", "課程", "學生", "中學", "大學", "推介", "有冇", "興趣", "活動", "鍾意", "想讀", "網上", "證書",
    }
)  # fmt: skip
MIN_SHARED: Final = 1  # one word of the student's own ("AI" in "AI and data analytics" lectures) is specific
MAX_CHARS: Final = {"en": 220, "zh-Hant": 110}
MIN_CHARS: Final = {"en": 40, "zh-Hant": 16}  # "Length: one day." is a field, shown on its own line if at all
# A sentence ends at 。！？ or at . ! ? before a space ("cs50.harvard.edu" and "e.g." stay whole); each item of a
# list ("- Global Leadership – AI for Sustainability, for S4–S6 only.") is one.
_SENTENCE_END: Final = re.compile(
    r"\s*\n[-•*]?\s*|(?<=[。！？])\s*|(?<=[A-Za-z0-9)\]\"”'][.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)(?<!etc\.)\s+(?=[A-Z0-9\"“(])"
)
# Who may join is its own line ("Who may join: S4, S5"), and a sentence on what the sources do not say is no reason.
_FORMS: Final = re.compile(r"^(?:[sf][1-7]|form|中[一二三四五六])$")
_UNKNOWN: Final = re.compile(
    r"沒有.{0,24}資料|資料(未有|沒有)|\bnot (stated|given|said|known)\b|\bour sources (do not|don'?t)\b"
    r"|\bwe (do not|don'?t) (know|have)\b|\bno (information|data|details)\b",
    re.IGNORECASE,
)


# A paragraph's label that says only that a reason follows ("Why it may interest you:", 「點解值得留意：」): the
# answer's own "what matches what you said:" already says it.
_REASON_LABEL: Final = re.compile(
    r"^(why it (may interest you|matters( to you now)?)|what (this|it) means for you|點解值得留意|對你的意義|有甚麼用|點解重要|與你現在有甚麼關係)\s*[:：]\s*",
    re.IGNORECASE,
)


def matching_sentence(entry: EntryView, language: UiLanguage, question: str) -> str | None:
    """The entry's sentence sharing at least MIN_SHARED of the question's own words, the most first; None when
    none does (the option's other lines then speak for it). Never its first sentence, which the list shows."""
    own = set(tokens(f"{entry.title_en} {entry.title_zh}"))
    asked = {t for t in query_tokens(question) if len(t) > 1 and not _FORMS.match(t)} - own - _SHARED_BY_ALL
    if len(asked) < MIN_SHARED:
        return None
    sentences = _sentences_with_words(entry, language)[1:]
    limit, least = MAX_CHARS.get(language, MAX_CHARS["en"]), MIN_CHARS.get(language, MIN_CHARS["en"])
    best, best_shared = None, MIN_SHARED - 1
    for sentence, words in sentences:
        if not least <= len(sentence) <= limit or _UNKNOWN.search(sentence):
            continue
        shared = len(asked & words)
        if shared > best_shared:
            best, best_shared = sentence, shared
    return _REASON_LABEL.sub("", best, count=1) if best else None


def _split(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _sentences_with_words(entry: EntryView, language: UiLanguage) -> list[tuple[str, set[str]]]:
    """Each sentence in the answer's language with its words; a Chinese sentence also has the words of the English
    sentence it stands for, when the two texts run in step (same paragraphs, same sentences), since a code-mixed
    question asks in English words (「有冇途徑可以 guarantee 到 audition？」 for 「保證獲安排試演」)."""
    paragraphs = list(entry.paragraphs(language))
    english = list(entry.paragraphs("en")) if language != "en" else []
    in_step = len(english) == len(paragraphs)
    found: list[tuple[str, set[str]]] = []
    for number, paragraph in enumerate(paragraphs):
        sentences = _split(paragraph)
        others = _split(english[number]) if in_step else []
        for index, sentence in enumerate(sentences):
            words = set(tokens(sentence))
            if len(others) == len(sentences):
                words |= set(tokens(others[index]))
            found.append((sentence, words))
    return found
