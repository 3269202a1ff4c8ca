"""Which body paragraphs of an entry answer a question: the words that answer each aspect (fee, dates, credit …),
each aspect's best paragraph, then the paragraphs sharing the question's own words, in the entry's order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.understanding.advice_rules import ASKS_WORTH
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.patterns import MONTHS
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


def best_paragraphs(
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
    if entry.kind == "guide" and ASKS_WORTH.search(question) and "jupas" not in aspects:
        # "is it worth paying for a coursera cert?": what it counts for in an application is the guide's verdict.
        aspects, limit = (*aspects, "jupas"), limit + 1
    if ASKS_CONTENT.search(question) and "content" not in aspects:
        # (a part of the question of its own: "有幾多個 course？係咪要讀完普通嗰張先？" still gets its second half)
        aspects, limit = (*aspects, "content"), limit + 1
    if not aspects:
        asked = set(tokens(question))
        scored = [(len(asked & set(tokens(m))), -i) for i, m in enumerate(matched)]
        best = [-i for score, i in sorted(scored, reverse=True)[:limit] if score > 0]
        return [paragraphs[i] for i in sorted({*best, *([0] if HOW_IT_WORKS.search(question) else [])})]
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
    # 「校長推薦計劃係咩嚟？我可唔可以自己報？」: what it is and how it works goes on in the first body paragraph.
    picked += [0] if HOW_IT_WORKS.search(question) else []
    return [paragraphs[i] for i in sorted(set(picked))]


HOW_IT_WORKS: Final = re.compile(
    r"係(咩|乜|乜嘢)\s*(嚟|黎)|點(樣)?\s*(work|運作)|\bhow (does|do) .{1,40}\bwork\b", re.IGNORECASE
)


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
