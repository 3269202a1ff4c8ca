"""The grounded composer: answers built only from knowledge-base entries, worded from template files.

Every fact in an answer is a sentence or field of an entry in the student's language, shown with its year
and official page, so nothing is invented. It is the default answer path and the fallback for the LLM path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.matching_sentence import matching_sentence
from bot.assistant.provenance import (
    eligibility_note,
    joining_line,
    provenance,
    seen_line,
    status_line,
)
from bot.assistant.types import Relaxed, StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.patterns import MONTHS
from bot.assistant.wording import Wording
from knowledge.lexical import tokens
from knowledge.views import EntryView
from storage import UiLanguage

# Keywords in body paragraphs that answer each aspect, in both languages.
ASPECT_WORDS: dict[str, tuple[str, ...]] = {
    "fee": (
        *("hk$", "us$", "fee", "cost", "free", "tuition", "subscription", "scholarship", "discount", "early-bird"),
        *("費", "元", "免費", "資助", "早鳥", "優惠"),
    ),
    "when": (
        *MONTHS,
        "deadline",
        "apply",
        "月",
        "截止",
        "報名",
        "日",
    ),
    "who": (
        "who may",
        "open to",
        "s4",
        "s5",
        "s6",
        "form",
        "eligible",
        "nominat",
        "aged",
        "資格",
        "中四",
        "中五",
        "中六",
        "對象",
        "提名",
    ),
    "credits": (
        *("credit", "exemption", "certificate", "qf", "attendance", "attained", "graded"),
        *("學分", "豁免", "證書", "出席", "成績等級", "達標"),
    ),
    "duration": ("hour", "minute", "week", "day", "month", "session", "小時", "分鐘", "星期", "日", "個月", "節"),
    # (A principal's recommendation is how some programmes are applied for: 「須獲校長推薦，所以第一步是問學校」.)
    "apply": (
        "apply",
        "application",
        "nominat",
        "recommend",
        "select",
        "interview",
        "first step",
        "申請",
        "報名",
        "甄選",
        "面試",
        "提名",
        "推薦",
        "第一步",
    ),
    "language": ("english", "chinese", "cantonese", "language", "英文", "中文", "廣東話", "語言"),
    "size": (
        "participant",
        "places",
        "quota",
        "capacity",
        "students each",
        "took part",
        "joined",
        "名額",
        "人數",
        "人參加",
        "參加者",
        "學生參加",
        "每班",
    ),
    "benefit": (
        "consideration",
        "advantage",
        "credit",
        "certificate",
        "priority",
        "recogni",
        "優先",
        "學分",
        "證書",
        "認可",
    ),
    "stay": ("hall", "residential", "room", "dorm", "overnight", "宿舍", "住宿", "入住", "留宿", "房", "宿營", "過夜"),
    "limit": ("up to", "at most", "maximum", "no more than", "limit", "最多", "上限", "不超過"),
    "upload": ("upload", "pdf", "mb", "hard cop", "上載", "檔案", "紙本"),
    "validity": ("expire", "valid for", "validity", "renew", "recertif", "有效", "過期", "續期", "到期"),
    "content": (
        "activit",
        "workshop",
        "visit",
        "lecture",
        "talk",
        "hands-on",
        "活動",
        "工作坊",
        "參觀",
        "講座",
        "實驗",
        # What a course teaches ("What it covers: media production, AI …", 「課程涵蓋…」).
        "covers",
        "topics",
        "teaches",
        "涵蓋",
        "內容",
        "教授",
        # The choice on offer ("25 separate programmes across …", 「約 20 個單元」).
        "separate programmes",
        "modules",
        "獨立課程",
        "單元",
    ),
    "cef": ("cef", "continuing education fund", "reimburs", "持續進修基金", "發還", "資助"),
    "status": ("still", "running", "latest", "last ran", "仍在", "最新", "狀態", "停辦"),
    "jupas": (
        "jupas",
        "oea",
        "slp",
        "admission",
        "其他經驗",
        "學生學習概覽",
        "入學",
        "優先考慮",
        "does not affect",
        "separate",
        "影響",
        "獨立",
    ),
}


OWN_WORD_WEIGHT: Final = 2
# "Tell me more" shows the body paragraphs up to this many (entries are written in five to eight).
MORE_PARAGRAPHS: Final = 8
# "What do they do there?", 「有咩 activities？」: what happens in a programme, answered by the paragraph about its
# workshops and visits. Only the composer reads it (as an aspect it would turn "any activities?" into a lookup).
_QUESTION_END: Final = re.compile(r"[?？]+")
ASKS_CONTENT: Final = re.compile(
    r"activit|\bwhat (do|will|did) (we|they|you|students|i) (do|learn)\b|活動|(做|學|玩|教)(啲|用)?咩|內容"
    # "what stuff do they actually learn in it?", "which tools does it teach?", "what topics are covered?"
    r"|\b(what|which)\b.{0,25}\b(learn|teach|teaches|taught|cover|covers|covered)\b|\btopics\b"
    # "how many programmes can i pick from?", 「有幾多個 programme 揀？」: the choice it offers.
    r"|\bhow many (programmes|programs|courses|options|modules|subjects|workshops)\b"
    r"|幾多(個|科|款|項)\s*(programme|program|course|module|課程|科目|活動|選擇|單元)",
    re.IGNORECASE,
)


def paragraph_score(paragraph: str, aspect: str) -> int:
    lowered = paragraph.lower()
    return sum(lowered.count(word) for word in ASPECT_WORDS.get(aspect, ()))


def _summary(entry: EntryView, language: UiLanguage) -> str:
    paragraphs = entry.paragraphs(language)
    return paragraphs[0] if paragraphs else entry.title(language)


# The first sentence of a summary: up to a Chinese full stop, or an English one followed by a capital (so the full
# stop inside "e.g. the" ends nothing).
_FIRST_SENTENCE: Final = re.compile(r"^(.+?[。！？!?]|.+?\.(?=\s+[A-Z(「]|$))", re.DOTALL)
GIST_MAX_CHARS: Final = {"en": 240, "zh-Hant": 130}  # nine summaries in ten


def gist(entry: EntryView, language: UiLanguage) -> str | None:
    """What the entry is, in one sentence of its summary, for a list of options; none when that sentence is long
    (cut, it would stop mid-thought)."""
    found = _FIRST_SENTENCE.match(_summary(entry, language).strip())
    sentence = found.group(1).strip() if found else ""
    return sentence if 0 < len(sentence) <= GIST_MAX_CHARS.get(language, GIST_MAX_CHARS["en"]) else None


def _best_paragraphs(
    entry: EntryView, language: UiLanguage, aspects: Sequence[str], question: str, limit: int = 2
) -> list[str]:
    """The body paragraphs that answer the question, in the entry's own order. With aspects asked (fee, dates …)
    each gets its best paragraph, then the paragraph sharing most of the question's own words (its words minus
    the entry's title: "attendance" after 「CEF 可以資助幾多？」) if it adds something; without, the paragraphs
    sharing most words with the question."""
    paragraphs = list(entry.paragraphs(language))[1:]
    if not paragraphs:
        return []
    if "more" in aspects:  # "tell me more": the whole entry, in its own order
        return paragraphs[:MORE_PARAGRAPHS]
    # The two sections are written paragraph for paragraph, so a Chinese paragraph is also matched through its
    # English twin: 「要唔要住 camp？」 finds 迎新營 by the English "orientation camp".
    english = list(entry.paragraphs("en"))[1:]
    matched = [f"{p} {english[i]}" for i, p in enumerate(paragraphs)] if len(english) == len(paragraphs) else paragraphs
    if ASKS_CONTENT.search(question) and "content" not in aspects:
        # (a part of the question of its own: "有幾多個 course？係咪要讀完普通嗰張先？" still gets its second half)
        aspects, limit = (*aspects, "content"), limit + 1
    if not aspects:
        asked = set(tokens(question))
        scored = [(len(asked & set(tokens(m))), -i) for i, m in enumerate(matched)]
        best = [-i for score, i in sorted(scored, reverse=True)[:limit] if score > 0]
        return [paragraphs[i] for i in sorted(best)]
    matched_words = [set(tokens(m)) for m in matched]
    # Words and character pairs only: a single character (人, 去) matches almost any Chinese paragraph. A word of
    # the title is the entry's own name and picks no paragraph, unless the summary leaves it out and one paragraph
    # alone uses it (「副學士」 of the guide titled "332A and 22222 for sub-degrees").
    summary = set(tokens(" ".join(list(entry.paragraphs(language))[:1] + list(entry.paragraphs("en"))[:1])))
    title = set(tokens(f"{entry.title_en} {entry.title_zh}"))
    named_apart = {t for t in title - summary if sum(t in words for words in matched_words) == 1}
    wanted = {t for t in tokens(question) if len(t) > 1 and (t not in title or t in named_apart)}
    shared = [len(wanted & words) for words in matched_words]
    by_aspect = [[paragraph_score(m, a) for m in matched] for a in aspects]
    answers_any = [any(s[i] > 0 for s in by_aspect) for i in range(len(matched))]
    # A paragraph answering an aspect goes before one that only shares the question's words ("兩個都要喺大學住咩？"
    # in a comparison, one paragraph a side: the residence one, not the one that shares 「大學」).
    ranked = sorted(
        (
            (int(answers_any[i]), sum(s[i] for s in by_aspect) + OWN_WORD_WEIGHT * shared[i], -i)
            for i in range(len(matched))
        ),
        reverse=True,
    )
    # The paragraph best for all the aspects together, then the best one for each aspect it does not touch
    # (「幾時搞？使唔使錢？」: the dates paragraph cannot stand for the fee one), then the next best together.
    picked: list[int] = [-ranked[0][2]] if ranked[0][1] > 0 else []
    for scores in by_aspect:
        if len(picked) >= limit or any(scores[i] > 0 for i in picked):
            continue
        # (Among the paragraphs that answer this aspect: the question's own words only break the tie.)
        answering = [i for i in range(len(matched)) if scores[i] > 0]
        if answering:
            picked.append(max(answering, key=lambda i: (scores[i] + OWN_WORD_WEIGHT * shared[i], -i)))
    for _, score, i in ranked:
        if len(picked) >= limit or score <= 0:
            break
        if -i not in picked:
            picked.append(-i)
    # What the question itself names ("attendance", "claim") gets its paragraph even when the aspects' words
    # fill the others.
    own = max(range(len(paragraphs)), key=lambda i: (shared[i], -i))
    if shared[own] > 0 and own not in picked and shared[own] > max((shared[i] for i in picked), default=0):
        picked.append(own)
    picked += [i for i in _unasked_parts_own(question, matched_words, title - named_apart) if i not in picked]
    return [paragraphs[i] for i in sorted(set(picked))]


def _unasked_parts_own(question: str, matched_words: list[set[str]], names: set[str]) -> list[int]:
    """For each part of a question that states no aspect ("what are the 5 areas of OLE? and when was the slp
    upload deadline?"), the paragraph sharing most of that part's own words (not the entry's ``names``), which the
    other part's aspects outweighed."""
    found = []
    for part in (p for p in _QUESTION_END.split(question)[:-1] if p.strip() and not stated_aspects(p)):
        # (With nothing of its own beyond the entry's name, "how does my SLP connect to jupas", its title words.)
        words = {t for t in tokens(part) if len(t) > 1 and t not in names} or {t for t in tokens(part) if len(t) > 1}
        best = max(range(len(matched_words)), key=lambda i: (len(words & matched_words[i]), -i))
        if words & matched_words[best]:
            found.append(best)
    return found


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
_STATUS_OPENING = ("Status:", "狀態：", "狀態:")


def _own_status_paragraph(entry: EntryView, language: UiLanguage) -> str | None:
    """A stopped programme's own paragraph on whether it still runs ("Status: closed to new students …")."""
    if entry.status != "past":
        return None
    return next((p for p in entry.paragraphs(language) if p.startswith(_STATUS_OPENING)), None)


def lookup(entry: EntryView, words: Wording, context: StudentContext, reading: Understanding) -> str:
    aspects = reading.aspects
    parts = [heading(entry, words), _summary(entry, words.language)]
    # Every aspect asked gets its paragraph ("how much and when?" is two).
    question = f"{reading.text} {reading.asked}" if reading.asked else reading.text
    parts += _best_paragraphs(entry, words.language, aspects, question, limit=max(2, len(aspects)))
    stopped = _own_status_paragraph(entry, words.language) if not set(aspects) - _JOINING_ASPECTS else None
    if stopped and stopped not in parts:
        # 「讀毅進文憑得唔得？」: a stopped programme's own account of it ("closed to new students since 2023/24")
        # says more than the generic line under it, and comes before anything about taking part.
        parts.insert(2, stopped)
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


def with_also(answer: str, other: EntryView, words: Wording, reading: Understanding) -> str:
    """A programme's answer followed by the scheme or guide the question also asks about ("can I use CEF for
    it?": the programme says whether it is reimbursable, the CEF who may claim at all): its opening paragraph and
    the one that answers the question."""
    language = words.language
    first = list(other.paragraphs(language))[:1]
    # A scheme's rules decide the answer ("can CEF cover it?": who may claim, and which courses count): two of its
    # paragraphs; a guide's one.
    answering = [p for p in _best_paragraphs(other, language, reading.aspects, reading.text, limit=2) if p not in first]
    answering = answering if other.kind == "scheme" else answering[:1]
    block = [f"{words.label('also')}: {other.title(language)}", *first, *answering]
    return "\n\n".join([answer, *block, "\n".join(provenance(other, words))])


def explain(entries: Sequence[EntryView], words: Wording, reading: Understanding) -> str:
    """A concept or advice question, drawn from the two or three entries that answer it."""
    parts: list[str] = []
    for number, entry in enumerate(entries):
        paragraphs = list(entry.paragraphs(words.language))
        limit = 2 if number == 0 else 1
        body = paragraphs[:1] + _best_paragraphs(entry, words.language, reading.aspects, reading.text, limit=limit)
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
    own = _best_paragraphs(entry, language, ("jupas", "credits"), reading.text, limit=2)
    parts = [entry.title(language), *paragraphs[:1], *own, "\n".join(provenance(entry, words))]
    for guide in guides:
        found = _best_paragraphs(guide, language, ("jupas",), f"{reading.text} {_KIND_TERMS}", limit=2)
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
        stopped = _own_status_paragraph(entry, words.language)
        asked, limit = (reading.aspects, 2) if number <= named else (("apply",), 1)
        best = [stopped] if stopped else _best_paragraphs(entry, words.language, asked, reading.text, limit=limit)
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
    asked_aspects: Sequence[str] = (),
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
        f"   {words('who_line', forms=words.forms(entry.forms))}",
        *(f"   {line}" for line in joining_line(entry, words)),
    ]
    colon = ": " if words.language == "en" else "："
    # When, fee and credits, each only where the entry knows it: a counsellor names what decides a choice.
    # ... and the length when the student asked how long ("a data cert i can finish in a few months").
    length = (("length", "duration"),) if "duration" in asked_aspects else ()
    for label, name in (("when", "season"), ("fee", "fee"), *length, ("credits", "credits")):
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


def recommend(
    entries: Sequence[EntryView],
    words: Wording,
    context: StudentContext,
    relaxed: Relaxed | None,
    asked_subjects: tuple[str, ...] = (),
    also: EntryView | None = None,
    asked_aspects: Sequence[str] = (),
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
        "\n".join(option_lines(i, e, words, context, asked_subjects, asked_aspects, question))
        for i, e in enumerate(entries, start=1)
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
    for number, entry in enumerate(entries, start=1):
        block = [f"{number}. {heading(entry, words)}", f"   {_summary(entry, words.language)}"]
        block += [f"   {line}" for line in facts_block(entry, words)]
        extra = _best_paragraphs(entry, words.language, asked, _own_words(entry, reading), limit=1) if reading else []
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


def _own_words(entry: EntryView, reading: Understanding | None) -> str:
    """The question without the words of the entry's own title: what it asks about the entry ("for a beginner")."""
    if reading is None:
        return ""
    title = set(tokens(f"{entry.title_en} {entry.title_zh}"))
    return " ".join(t for t in tokens(reading.text) if t not in title)


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
        parts += _best_paragraphs(entry, words.language, ("fee", "when"), "", limit=2)
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
