"""What a request for options also asks of each option, beyond the fields a list shows.

"any gifted programmes still open? do you have to sit an entrance test?" asks for options *and* how each selects
its students; "does the asia art archive still run anything? it used to have a camp" asks whether each still runs.
A list shows each option's dates, fee, length and credits; the paragraph answering the rest is the entry's own.
"""

from __future__ import annotations

from typing import Final

from bot.assistant.paragraphs import paragraph_score
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.history_rules import OPEN_NOW_ASKED
from knowledge.views import EntryView
from storage import UiLanguage

# Aspects a paragraph can answer for every option alike ("how do i apply", "what language is it taught in"); the
# option's own lines already give its forms, dates, fee, length and credits.
_PARAGRAPH_ASPECTS: Final = frozenset({"apply", "language", "stay", "size", "validity"})


def aspects_asked_of_options(question: str) -> tuple[str, ...]:
    """The aspects a request for options asks of each one that its listed fields do not answer."""
    asked = tuple(aspect for aspect in stated_aspects(question) if aspect in _PARAGRAPH_ASPECTS)
    return asked[:1]  # (one paragraph an option: a list of five stays a list)


def asked_paragraph(entry: EntryView, language: UiLanguage, question: str, already: str | None = None) -> str | None:
    """The option's paragraph on what the request asks of it, or None when it asks nothing more, no paragraph
    answers it, or the sentence ``already`` shown for it comes from that paragraph ("nominees are guaranteed an
    audition" for "any way to be sure of an audition?"). A stopped programme's own status paragraph answers "still
    open?" ("we found a 2014 camp too, but nothing later"), which says more than the list's status line."""
    paragraphs = list(entry.paragraphs(language))[1:]
    english = list(entry.paragraphs("en"))[1:]
    # (A Chinese paragraph is matched through its English twin too, when the two sections run in step.)
    matched = [f"{p} {english[i]}" for i, p in enumerate(paragraphs)] if len(english) == len(paragraphs) else paragraphs
    if not entry.joinable and OPEN_NOW_ASKED.search(question):
        own_status = [p for p, m in zip(paragraphs, matched, strict=True) if _is_status(m)]
        return own_status[0] if own_status else None
    for aspect in aspects_asked_of_options(question):
        scores = [paragraph_score(m, aspect) for m in matched]
        if scores and max(scores) > 0:
            best = paragraphs[scores.index(max(scores))]
            return None if already is not None and already in best else best
    return None


def _is_status(paragraph: str) -> bool:
    return paragraph.lstrip().lower().startswith(("status:", "狀態："))
