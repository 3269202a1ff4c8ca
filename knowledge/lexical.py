"""Lexical tokens for BM25 over English and Chinese (including code-mixed Cantonese).

English words are lower-cased with a light plural strip. Chinese runs become character bigrams plus single
characters: jieba's dictionary is Simplified and mis-splits Cantonese, while bigrams need no dictionary and
still match 暑期, 學分 or 中大 inside a sentence. Cantonese particles and common function characters are
dropped as single characters so that 「有冇」「咩」「嘅」 do not decide a ranking.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:['.+#-][a-z0-9]+)*")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

ENGLISH_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "about",
        "into",
        "over",
        "under",
        "than",
        "then",
        "so",
        "not",
        "no",
        "yes",
        "any",
        "some",
        "all",
        "each",
        "more",
        "most",
        "other",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "just",
        "also",
        "s",
        "t",
        "don",
        "any",
        "anything",
        "something",
        "get",
        "got",
        "want",
        "wanna",
        "need",
        "know",
        "tell",
        "please",
        "pls",
        "plz",
        "hi",
        "hello",
        "hey",
        "ok",
        "okay",
        "thanks",
        "thank",
        "good",
        "best",
        "much",
        "many",
        "one",
        "ones",
        "like",
        "lah",
        "la",
        "ar",
        "ga",
        "wor",
        "ge",
    ]
)

# Single characters that carry no topic on their own: particles, pronouns, function words.
CHINESE_STOP_CHARS = frozenset(
    "的嘅咗呀啊嗎嘛呢吧啦喎咩囉喇噃吖既係是有冇無我你佢他她們哋在喺和與及或就都也又要想會可以能唔不點怎麼乜邊個一啲些"
)


def normalise(text: str) -> str:
    """NFKC folds full-width letters and digits (ＣＵＨＫ → CUHK); then lower-case."""
    return unicodedata.normalize("NFKC", text).lower()


_FORM_PLURAL = re.compile(r"[fs][1-7]s")


# Students' shortenings of words the catalogue spells out ("how many unis are in jupas").
_SHORTENED = {
    "uni": "university",
    "unis": "university",
    "univ": "university",
    "prog": "programme",
    "progs": "programme",
}


def _stem(word: str) -> str:
    # Light and predictable: "programmes" → "programme", "courses" → "course", "classes" stays distinct enough.
    if word in _SHORTENED:
        return _SHORTENED[word]
    if word.endswith("'s"):  # "principal's" is "principal" (it was "principal'", matching no question)
        return word[:-2]
    if _FORM_PLURAL.fullmatch(word):  # "F4s", "s5s": too short for the rule below, still forms
        return word[:-1]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Tokens of a document or query for BM25."""
    # One question is tokenised some forty times on its way (titles, sides, paragraphs are read against it), so short
    # texts are cached; a catalogue chunk is tokenised once per index build and would only pin memory.
    return list(_short_tokens(text) if len(text) <= _CACHED_CHARS else _tokens(text))


_CACHED_CHARS = 300


@lru_cache(maxsize=4096)
def _short_tokens(text: str) -> tuple[str, ...]:
    return _tokens(text)  # a tuple, so no caller can change what the next one reads


def _tokens(text: str) -> tuple[str, ...]:
    text = normalise(text)
    out: list[str] = []
    for word in _WORD.findall(text):
        if word not in ENGLISH_STOPWORDS:
            out.append(_stem(word))
    for run in _CJK_RUN.findall(text):
        for char in run:
            if char not in CHINESE_STOP_CHARS:
                out.append(char)
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tuple(out)


def query_tokens(text: str) -> list[str]:
    """Tokens of a question: its Chinese character pairs without the lone characters beside them. A document
    keeps both, so 「學」 still finds 學分; but in 「ApL 而家大概有幾多個 course 揀？」 the lone 大, 家 and 多 of
    chat words matched every entry about 大學, and outweighed "apl". A run of one character keeps it."""
    text_tokens = tokens(text)
    runs = _CJK_RUN.findall(normalise(text))
    single_runs = {run for run in runs if len(run) == 1}
    return [t for t in text_tokens if not (len(t) == 1 and _CJK_RUN.fullmatch(t) and t not in single_runs)]


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


def has_latin_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text))
