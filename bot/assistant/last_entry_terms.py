"""Whether a follow-up's "name" is a term the entry just answered uses itself.

"whats e-app" then "ok when's the main round": "Main Round" is a title phrase of the JUPAS offers guide, but the
E-APP entry has a main round of its own, and a student who just read it means that one; so does "有冇 QF level？"
after HKU SPACE's micro-credentials, which state how their QF level is set. A guide's title phrase is a term many
entries use; a programme's name is not, so only a guide's phrase is held to the last entry, and only when that
entry writes the very phrase the student wrote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.assistant.retrieval import Retriever
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.follow_up import TAUGHT_TOO
from knowledge.search import SearchHit

MIN_PHRASE_WORDS = 2  # one word ("fee", "round") is in every entry; a phrase of two is a term
_SEEKS_IT = re.compile(r"\b(apply (for|to)|get into|enrol+ (in|on)|study|take|do)\s+(an?|the)?\s*$")


def term_of_the_last(
    retriever: Retriever,
    reading: Understanding,
    previous: str,
    alone: Sequence[SearchHit],
    last_id: str | None,
    of_it: bool = False,
) -> bool:
    """Whether a fact is asked of a term the last answered entry writes itself: the title words the question
    shares with its own first match ``alone`` (a guide), and the previous question did not use, are a phrase of
    that entry. What a term is, its guide explains: only a lookup is held, or a question asked ``of_it`` ("what QF
    level is it?" after Yi Jin; 「有冇 QF level？算唔算 recognised？」 asks what QF levels are)."""
    if last_id is not None and TAUGHT_TOO.search(reading.text):
        return True
    hit = alone[0] if alone else None
    if (
        not (reading.intent == "lookup" or of_it)
        or hit is None
        or hit.kind != "guide"
        or last_id is None
        or last_id == hit.id
    ):
        return False
    text = reading.text
    names = retriever.names_in
    words = {w for w in (names(text) & retriever.title_names(hit)) - names(previous) if w.isascii()}
    last = retriever.searcher.entry(last_id)
    if len(words) < MIN_PHRASE_WORDS or last is None:
        return False
    lowered = text.lower()
    places = sorted((m.start(), m.end()) for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", lowered))
    phrase = lowered[places[0][0] : places[-1][1]] if places else ""
    if not phrase or len(phrase.split()) > len(words) + 1:
        return False  # the words are scattered through the question, not one term
    if _SEEKS_IT.search(lowered[: places[0][0]]):
        return False  # "how do i apply for a higher diploma": the thing itself is sought, not a term of the last
    written = " ".join((*last.paragraphs_en, *last.paragraphs_zh)).lower()
    return phrase in written
