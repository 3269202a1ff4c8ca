"""What a request for options also asks of each option, beyond the fields a list shows.

"any gifted programmes still open? do you have to sit an entrance test?" asks for options *and* how each selects
its students; "does the asia art archive still run anything? it used to have a camp" asks whether each still runs.
A list shows each option's dates, fee, length and credits; the paragraph answering the rest is the entry's own.
"""

from __future__ import annotations

from typing import Final

from bot.assistant.paragraphs import own_status_paragraph, paragraph_score, with_english_twins
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.history_rules import OPEN_NOW_ASKED
from knowledge.views import EntryView
from storage import UiLanguage

# Aspects a paragraph can answer for every option alike ("how do i apply", "what language is it taught in"); the
# option's own lines already give its forms, dates, fee, length and credits.
_PARAGRAPH_ASPECTS: Final = frozenset({"apply", "language", "stay", "size", "validity"})


def asked_paragraph(entry: EntryView, language: UiLanguage, question: str, already: str | None = None) -> str | None:
    """The option's paragraph on the first such aspect the request asks (one paragraph an option: a list of five
    stays a list), or None when it asks none, no paragraph answers it, or the sentence ``already`` shown for it
    comes from that paragraph ("nominees are guaranteed an audition" for "any way to be sure of an audition?"). A
    stopped programme's own status paragraph answers "still open?" ("we found a 2014 camp too, but nothing later"),
    which says more than the list's status line."""
    if not entry.joinable and OPEN_NOW_ASKED.search(question):
        return own_status_paragraph(entry, language)
    aspect = next((a for a in stated_aspects(question) if a in _PARAGRAPH_ASPECTS), None)
    if aspect is None:
        return None
    paragraphs = list(entry.paragraphs(language))[1:]
    scores = [paragraph_score(m, aspect) for m in with_english_twins(entry, paragraphs)]
    if not scores or max(scores) <= 0:
        return None
    best = paragraphs[scores.index(max(scores))]
    return None if already is not None and already in best else best
