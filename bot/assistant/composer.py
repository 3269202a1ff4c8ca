"""The grounded composer: answers built only from knowledge-base entries, worded from template files.

Every fact in an answer is a sentence or field of an entry in the student's language, shown with its year
and official page, so nothing is invented. It is the default answer path and the fallback for the LLM path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.asked_of_option import asked_paragraph
from bot.assistant.matching_sentence import matching_sentence
from bot.assistant.paragraphs import best_paragraphs, own_status_paragraph, paragraph_score
from bot.assistant.provenance import (
    eligibility_note,
    joining_line,
    provenance,
    seen_line,
    status_line,
)
from bot.assistant.types import Relaxed, StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.aspect_rules import NOMINATION_ASKED
from bot.assistant.wording import Wording
from knowledge.lexical import tokens
from knowledge.views import EntryView
from storage import UiLanguage


def _summary(entry: EntryView, language: UiLanguage) -> str:
    paragraphs = entry.paragraphs(language)
    return paragraphs[0] if paragraphs else entry.title(language)


# The first sentence of a summary: up to a Chinese full stop, or an English one followed by a capital (so the full
# stop inside "e.g. the" ends nothing).
_FIRST_SENTENCE: Final = re.compile(r"^(.+?[。！？!?]|.+?\.(?=\s+[A-Z(「]|$))", re.DOTALL)
GIST_MAX_CHARS: Final = {"en": 285, "zh-Hant": 155}  # every summary of 2026-12 fits; a longer one is dropped


def gist(entry: EntryView, language: UiLanguage) -> str | None:
    """What the entry is, in one sentence of its summary, for a list of options; none when that sentence is long
    (cut, it would stop mid-thought)."""
    found = _FIRST_SENTENCE.match(_summary(entry, language).strip())
    sentence = found.group(1).strip() if found else ""
    return sentence if 0 < len(sentence) <= GIST_MAX_CHARS.get(language, GIST_MAX_CHARS["en"]) else None


# "whats the actual difference?", 「有咩唔同？」「有咩分別？」: what sets two things apart, no one aspect named.
# (「讀完分別可以準備考邊個試？」: 分別 before what each does is "respectively", asking that thing of each.)
ASKS_DIFFERENCE: Final = re.compile(
    r"唔同|不同|(咩|乜|冇|有|嘅|的|最大|主要|啲)\s*分別|分別\s*(有\s*幾|係咪\s*好)?\s*(大|細)|分別\s*(喺邊(?!度)|係乜|係咩|在哪)"
    r"|分別\s*[？?。!！]*$|差別|差異|\bdiff(erence|erent|er|s)?\b",
    re.IGNORECASE,
)
TITLE_NAMED_WORDS: Final = 3  # words of a compared entry's title that name it in the question
FACT_LABELS: Final = (("when", "season"), ("fee", "fee"), ("length", "duration"), ("credits", "credits"))


def facts_block(entry: EntryView, words: Wording) -> list[str]:
    """Key facts from the entry's fields, in the student's language (an entry's Chinese twin of each field;
    the English value where it gives none)."""
    lines = [words.labelled("who", words.forms(entry.forms)), *joining_line(entry, words)]
    return lines + [words.labelled(label, words.value(entry.fact(name, words.language))) for label, name in FACT_LABELS]


def heading(entry: EntryView, words: Wording) -> str:
    provider = entry.provider if words.language == "en" else (entry.provider_zh or entry.provider)
    title = entry.title(words.language)
    return f"{title} — {words.kind(entry.kind)}" + (f" · {provider}" if provider and provider not in title else "")


# What a student asks on the way to joining: for a programme that stopped, its own status paragraph answers first.
_JOINING_ASPECTS = frozenset({"status", "who", "apply", "when"})


def lookup(entry: EntryView, words: Wording, context: StudentContext, reading: Understanding) -> str:
    aspects = reading.aspects
    parts = [heading(entry, words), _summary(entry, words.language)]
    # Every aspect asked gets its paragraph ("how much and when?" is two).
    question = f"{reading.text} {reading.asked}" if reading.asked else reading.text
    parts += best_paragraphs(entry, words.language, aspects, question, limit=max(2, len(aspects)))
    joining = entry.fact("joining", words.language)
    asks_joining = "apply" in aspects or NOMINATION_ASKED.search(reading.text) is not None
    if asks_joining and "more" not in aspects and not any(joining in part for part in parts):
        # 「要點報名？」: how to join, as the entry's own field says it (「須獲校長推薦，請先問學校」), whatever paragraph
        # the dates took.
        parts += joining_line(entry, words)
    stopped = own_status_paragraph(entry, words.language) if not set(aspects) - _JOINING_ASPECTS else None
    if stopped and stopped not in parts:
        # 「讀毅進文憑得唔得？」: a stopped programme's own account of it ("closed to new students since 2023/24")
        # says more than the generic line under it, and comes before anything about taking part.
        parts.insert(2, stopped)
    parts += _asked_fields(entry, words, aspects, parts)
    parts += _unstated(entry, words, aspects)
    note = eligibility_note(entry, context, words)
    if note:
        parts.append(note)
    current = status_line(entry, words) is None and "status" in aspects and entry.kind != "guide"
    if current:
        # "Is it still running?" about a current programme: say so plainly (a past one's line is in provenance).
        parts.append(words("status_current", year=getattr(entry, "last_run", None) or entry.seen or "?"))
    if (not aspects or "more" in aspects) and entry.kind != "guide":
        parts.append("\n".join(facts_block(entry, words)))
    parts.append("\n".join(provenance(entry, words)))
    return "\n\n".join(parts)


# The fact label each asked aspect has in FACT_LABELS ("how long?" is the length line).
_LABEL_OF_ASPECT: Final = {"fee": "fee", "duration": "length", "credits": "credits"}


# Aspects no fact field holds: when no paragraph speaks of one, the answer says so rather than leave the question
# unanswered ("does hkust summer institute give housing").
_SAID_ONLY_IN_PARAGRAPHS: Final = ("stay", "validity")


def _unstated(entry: EntryView, words: Wording, aspects: Sequence[str]) -> list[str]:
    english = list(entry.paragraphs("en"))
    return [
        words(f"unstated_{aspect}")
        for aspect in _SAID_ONLY_IN_PARAGRAPHS
        if aspect in aspects and not any(paragraph_score(p, aspect) for p in english)
    ]


def _asked_fields(entry: EntryView, words: Wording, aspects: Sequence[str], parts: Sequence[str]) -> list[str]:
    """The entry's own field for a fee, length or credit asked, when the paragraphs chosen do not already say it:
    「MOOC 讀完有冇學分？」 is answered by the guide's credits field (HKUST counts up to 6 credits of proctored MOOCs)."""
    if "more" in aspects:
        return []  # ("tell me more" shows every field in its facts block)
    said = "\n".join(parts)
    lines = []
    field_of = dict(FACT_LABELS)
    for label in (_LABEL_OF_ASPECT[aspect] for aspect in aspects if aspect in _LABEL_OF_ASPECT):
        value = entry.fact(field_of[label], words.language)
        if value.strip().lower() not in {"", "unknown"} and value not in said:
            lines.append(words.labelled(label, value))
    return lines


def with_also(answer: str, other: EntryView, words: Wording, reading: Understanding) -> str:
    """A programme's answer followed by the scheme or guide the question also asks about ("can I use CEF for
    it?": the programme says whether it is reimbursable, the CEF who may claim at all): its opening paragraph and
    the one that answers the question."""
    language = words.language
    first = list(other.paragraphs(language))[:1]
    # A scheme's rules decide the answer ("can CEF cover it?": who may claim, and which courses count): two of its
    # paragraphs; a guide's one for each aspect asked (「要唔要再交錢？…最多可以加幾多個？」 is two).
    asked = max(1, len(reading.aspects))
    answering = [
        p
        for p in best_paragraphs(other, language, reading.aspects, reading.text, limit=max(2, asked))
        if p not in first
    ]
    answering = answering if other.kind == "scheme" else answering[:asked]
    block = [f"{words.label('also')}: {other.title(language)}", *first, *answering]
    return "\n\n".join([answer, *block, "\n".join(provenance(other, words))])


def explain(entries: Sequence[EntryView], words: Wording, reading: Understanding) -> str:
    """A concept or advice question, drawn from the two or three entries that answer it."""
    parts: list[str] = []
    for number, entry in enumerate(entries):
        paragraphs = list(entry.paragraphs(words.language))
        limit = 2 if number == 0 else 1
        body = paragraphs[:1] + best_paragraphs(entry, words.language, reading.aspects, reading.text, limit=limit)
        title = entry.title(words.language) if number == 0 else f"{words.label('also')}: {entry.title(words.language)}"
        parts += [title, *body, "\n".join(provenance(entry, words))]
    return "\n\n".join(parts)


# How the guides name what a programme is, so that their paragraph on entering such a thing in the OEA is found.
_KIND_TERMS: Final = "taster programme micro-credential online certificate 體驗課程 微證書 網上證書 課程"


def worth_for_application(entry: EntryView, guides: Sequence[EntryView], words: Wording, reading: Understanding) -> str:
    """ "Is it worth it for JUPAS?" about one programme: what its entry says it gives (a JUPAS or OEA line, credit
    or recognition), then the guides' paragraphs on entering such a programme in an application."""
    language = words.language
    paragraphs = list(entry.paragraphs(language))
    own = best_paragraphs(entry, language, ("jupas", "credits"), reading.text, limit=2)
    parts = [entry.title(language), *paragraphs[:1], *own, "\n".join(provenance(entry, words))]
    for guide in guides:
        found = best_paragraphs(guide, language, ("jupas",), f"{reading.text} {_KIND_TERMS}", limit=2)
        body = found or list(guide.paragraphs(language))[:1]
        parts += [f"{words.label('also')}: {guide.title(language)}", *body, "\n".join(provenance(guide, words))]
    return "\n\n".join(parts)


def routes(entries: Sequence[EntryView], words: Wording, reading: Understanding, named: int = 0) -> str:
    """Routes for a student who fears missing a university place: each route with its key paragraph; the first
    ``named`` (what the question names: "is vtc an option? any events where i can check it out") with the paragraph
    that answers the question rather than how to apply."""
    parts = [words("routes_intro")]
    for number, entry in enumerate(entries, start=1):
        paragraphs = list(entry.paragraphs(words.language))
        block = [f"{number}. {entry.title(words.language)}"]
        block += [f"   {p}" for p in paragraphs[:1]]
        # How to apply, or for a route that stopped (Yi Jin), its own account of that.
        stopped = own_status_paragraph(entry, words.language)
        asked, limit = (reading.aspects, 2) if number <= max(named, 1) else (("apply",), 1)
        best = best_paragraphs(entry, words.language, asked, reading.text, limit=limit)
        # (A stopped route the question names, 「聽講毅進可以投考公務員？」, keeps what answers it after its status.)
        best = [stopped, *(p for p in best if p != stopped and number <= named)] if stopped else best
        block += [f"   {p}" for p in best]
        status = status_line(entry, words)
        if status:
            block.append(f"   {status}")
        block.append(f"   {seen_line(entry, words)}")
        parts.append("\n".join(block))
    parts.append(words("routes_outro"))
    return "\n\n".join(parts)


def _profile_phrase(context: StudentContext, words: Wording) -> str:
    bits = []
    if context.form:
        bits.append(words("profile_form", form=words.forms([context.form])))
    if context.interests:
        bits.append(words("profile_interests", interests=words.subjects(context.interests)))
    return words.join(bits)


def option_lines(
    number: int,
    entry: EntryView,
    words: Wording,
    context: StudentContext,
    asked_subjects: tuple[str, ...] = (),
    question: str = "",
) -> list[str]:
    shared = [s for s in entry.subjects if s in context.interests]
    if shared:
        why = words("why_interest", interests=words.subjects(shared))
    elif context.form and entry.forms and context.form in entry.forms:
        key = "why_form_after_dse" if context.form == "after-dse" else "why_form"
        why = words(key, form=words.forms([context.form]), subjects=words.subjects(entry.subjects[:2]))
    elif asked_subjects and set(entry.subjects) & set(asked_subjects):
        why = words("why_subjects", subjects=words.subjects([s for s in entry.subjects if s in asked_subjects][:2]))
    else:
        # Nothing the student said or chose matches: say what it is about, never that they asked for it.
        why = words("why_about", subjects=words.subjects(entry.subjects[:2]))
    year = str(entry.seen) if entry.seen else "?"
    lines = [
        f"{number}. {entry.title(words.language)} ({words.kind(entry.kind)}, {year})",
        f"   {why}",
        *([f"   {what}"] if (what := gist(entry, words.language)) else []),
        # ... and what in it matches the student's own words ("an exam at the end": Digital Garage's 80% pass mark).
        *(
            [f"   {words('why_matches', sentence=match)}"]
            if (match := matching_sentence(entry, words.language, question))
            else []
        ),
        # ... and its paragraph on what the request asks of every option ("do you have to sit an entrance test?").
        *([f"   {asked}"] if (asked := asked_paragraph(entry, words.language, question, already=match)) else []),
        # ... and, for a line-up of several programmes (HKFYG's Young Diplomats, news anchor …), what it includes.
        *([f"   {words.labelled('includes', words.join(items))}"] if (items := lineup(entry, words.language)) else []),
        f"   {words('who_line', forms=words.forms(entry.forms))}",
        *(f"   {line}" for line in joining_line(entry, words)),
    ]
    colon = ": " if words.language == "en" else "："
    # When, fee, length and credits, each only where the entry knows it: a counsellor names what decides a choice,
    # and how much of a summer it takes ("2 to 4 weeks, at least 64 contact hours") is one of them.
    for label, name in FACT_LABELS:
        value = entry.fact(name, words.language)
        if value.strip().lower() not in {"", "unknown"}:
            lines.append(f"   {words.label(label)}{colon}{value}")
    status = status_line(entry, words)
    if status:
        lines.append(f"   {status}")
    note = eligibility_note(entry, context, words)
    if note:
        lines.append(f"   {note}")
    return lines


_LIST_ITEM: Final = re.compile(r"^\s*[-•]\s+(.+?)(?:[,，:：]|\s+–\s+for\b|$)", re.MULTILINE)
_ASIDE: Final = re.compile(r"\s*[(（][^)）]*[)）]")  # "(the page we have does not give its target forms)"
MIN_LINEUP: Final = 2


def lineup(entry: EntryView, language: UiLanguage) -> list[str]:
    """The programmes an entry lists one per line ("- Young Diplomats summer school, for S3–S6."), each by its name
    alone; none unless it lists at least two."""
    items = [
        _ASIDE.sub("", match.group(1)).strip(" 。.")
        for p in entry.paragraphs(language)
        for match in _LIST_ITEM.finditer(p)
    ]
    return items if len(items) >= MIN_LINEUP else []


def recommend(
    entries: Sequence[EntryView],
    words: Wording,
    context: StudentContext,
    relaxed: Relaxed | None,
    asked_subjects: tuple[str, ...] = (),
    also: EntryView | None = None,
    question: str = "",
) -> str:
    """The options, numbered, each with its reason and key facts; ``also`` (a way to pay less) after them."""
    profile = _profile_phrase(context, words)
    parts = [words("recommend_intro_profile", profile=profile) if profile else words("recommend_intro")]
    if relaxed:
        parts.append(
            words("filters_partly" if relaxed.some_match else "filters_relaxed", what=words.filters(relaxed.filters))
        )
    options = [
        "\n".join(option_lines(i, e, words, context, asked_subjects, question)) for i, e in enumerate(entries, start=1)
    ]
    parts.append("\n\n".join(options))
    if also is not None:
        lines = [words.labelled("also", also.title(words.language)), _summary(also, words.language)]
        parts.append("\n".join([*lines, words.labelled("fee", also.fact("fee", words.language))]))
    parts.append(words("recommend_outro"))
    return "\n\n".join(parts)


def compare(
    entries: Sequence[EntryView], words: Wording, context: StudentContext, reading: Understanding | None = None
) -> str:
    """Each side with the same facts in the student's language: what it is (its summary), its key fields, and
    the paragraph on what the question itself asks about (a level, a skill, an aspect)."""
    parts = [words("compare_intro")]
    asked = tuple(reading.aspects) if reading is not None else ()
    if reading is not None and not asked and ASKS_DIFFERENCE.search(reading.text):
        # 「港大社科暑期課程同港大護理社工暑期課程有咩唔同？」: what each one is (「課程性質：一次過體驗六個社會科學範疇」)
        # tells them apart, not the paragraph that happens to share a word with the question.
        asked = ("content",)
    own_words = _own_words(entries, reading)  # (the same for every side)
    for number, entry in enumerate(entries, start=1):
        block = [f"{number}. {heading(entry, words)}", f"   {_summary(entry, words.language)}"]
        block += [f"   {line}" for line in facts_block(entry, words)]
        # (One paragraph a side for each aspect asked: 「係咪同 JUPAS 分開？同埋幾時截止？」 is two.)
        extra = best_paragraphs(entry, words.language, asked, own_words, limit=max(1, len(asked))) if reading else []
        block += [f"   {p}" for p in extra]
        note = eligibility_note(entry, context, words)
        if note:
            block.append(f"   {note}")
        status = status_line(entry, words)
        if status:
            block.append(f"   {status}")
        block.append(f"   {seen_line(entry, words)}")
        parts.append("\n".join(block))
    return "\n\n".join(parts)


def _own_words(entries: Sequence[EntryView], reading: Understanding | None) -> str:
    """The question without the words of the compared entries' titles: what it asks about each ("for a beginner").
    (Another side's title is no word asked of this one: 「網絡保安」 of the cybersecurity certificate picks the IT
    Support certificate's networking paragraph.)"""
    if reading is None:
        return ""
    question = tokens(reading.text)
    titles = [set(tokens(f"{entry.title_en} {entry.title_zh}")) for entry in entries]
    # (Only a title the question writes, three of its words or more: "free" and "audit", asked of both sides of "verified
    # cert on edx or just audit for free?", are also words of Coursera's auditing entry.)
    title = {t for words in titles if len(words & set(question)) >= TITLE_NAMED_WORDS for t in words}
    return " ".join(t for t in question if t not in title)


def plan(
    tasters: Sequence[EntryView],
    credentials: Sequence[EntryView],
    words: Wording,
    context: StudentContext,
) -> str:
    profile = _profile_phrase(context, words)
    parts = [words("plan_intro", profile=profile) if profile else words("plan_intro_empty")]
    for title_key, entries in (("plan_tasters", tasters), ("plan_credentials", credentials)):
        lines = [words(title_key)]
        if entries:
            for entry in entries:
                year = str(entry.seen) if entry.seen else "?"
                lines.append(f"• {entry.title(words.language)} ({words.forms(entry.forms)}; {year})")
                status = status_line(entry, words)
                if status:
                    lines.append(f"  {status}")
        else:
            lines.append(words("plan_none"))
        parts.append("\n".join(lines))
    parts.append("\n".join([words("plan_record"), words("plan_record_text")]))
    if context.form == "S6":
        parts.append(words("plan_s6"))
    return "\n\n".join(parts)


def card(entry: EntryView, words: Wording) -> str:
    """A course card: everything key about one entry."""
    parts = [heading(entry, words), _summary(entry, words.language), "\n".join(facts_block(entry, words))]
    if words.language != "en":
        parts += best_paragraphs(entry, words.language, ("fee", "when"), "", limit=2)
    parts.append("\n".join(provenance(entry, words)))
    return "\n\n".join(parts)


def own_data(words: Wording, context: StudentContext) -> str:
    """What is kept about the student (only what the context holds: their own form and interests) and the
    commands that show, change, export and delete it — every transport offers the same ones."""
    not_set = words("own_data_not_set")
    return words(
        "own_data",
        form=words.forms([context.form]) if context.form else not_set,
        interests=words.subjects(context.interests) if context.interests else not_set,
    )


def support(entry: EntryView | None, words: Wording) -> str:
    parts = [words("support_intro")]
    if entry is not None:
        parts += list(entry.paragraphs(words.language))[1:4]
    parts.append(words("support_outro"))
    return "\n\n".join(parts)


def no_answer(
    words: Wording, unknown_names: Sequence[str], instead: Sequence[EntryView] = (), provider: str = ""
) -> str:
    """What we do not know, in the student's words; with what we do know from the same provider ("cuhk mini
    medical school" → CUHK's programmes), each with whether it still runs."""
    first = words("no_answer_names", names=words.join(unknown_names)) if unknown_names else words("no_answer")
    parts = [first]
    if instead:
        lines = [words("no_answer_instead", provider=provider)]
        for entry in instead:
            year = entry.last_run or entry.seen
            status = words(f"instead_{entry.status}", year=year) if entry.status in {"past", "recent"} and year else ""
            lines.append(
                f"• {entry.title(words.language)}" + (words("instead_status", status=status) if status else "")
            )
        parts.append("\n".join(lines))
    return "\n\n".join([*parts, words("no_answer_hint")])
