"""Which body paragraphs of an entry answer a question: the words that answer each aspect (fee, dates, credit …),
each aspect's best paragraph, then the paragraphs sharing the question's own words, in the entry's order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.assistant.understanding.advice_rules import ASKS_WORTH
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.patterns import MONTHS
from knowledge.lexical import ENGLISH_STOPWORDS, tokens
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
        *("credit", "exemption", "certificate", "qf", "attendance", "attained", "graded", "pass mark", "to pass"),
        *("學分", "豁免", "證書", "出席", "成績等級", "達標", "合格", "計分", "scored"),
    ),
    "duration": ("hour", "minute", "week", "day", "month", "session", "小時", "分鐘", "星期", "日", "個月", "節"),
    "hours": ("hour", "小時"),
    "jobs": ("job", "employer", "career", "求職", "僱主", "搵工", "就業"),
    # (A principal's recommendation is how some programmes are applied for: 「須獲校長推薦，所以第一步是問學校」.)
    "apply": (
        "apply",
        "application",
        "automatic",
        "自動頒發",
        "nominat",
        "recommend",
        "select",
        "interview",
        "first step",
        "conditions",
        "申請",
        "條件",
        "報名",
        "甄選",
        "面試",
        "提名",
        "推薦",
        "第一步",
        *("test centre", "online sitting", "考試中心", "網上應考"),  # (where an exam is sat is chosen on booking)
        # ("Before you apply: you must first complete a 10-hour course" over a status paragraph saying rules "apply")
        *("before you apply", "must first", "報名前", "須先"),
    ),
    "language": (
        "english",
        "chinese",
        "cantonese",
        "language",
        "英文",
        "中文",
        "廣東話",
        "語言",
        "英語",
        "粵語",
        "授課",
    ),
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
        "scale:",
        "規模",
        *("participating institutions", "institutions take part", "參與院校"),  # 「jupas 有幾多間 u 參加？」
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
        *("job board", "employers", "求職", "僱主"),
    ),
    "stay": (
        *("hall", "residential", "room", "dorm", "overnight", "-night", "campus stay", "accommodation", "live-in"),
        *("hostel", "宿舍", "住宿", "入住", "留宿", "房", "宿營", "過夜"),
    ),
    "limit": ("up to", "at most", "maximum", "no more than", "limit", "最多", "上限", "不超過"),
    "upload": ("upload", "pdf", "hard cop", "上載", "檔案", "紙本"),  # (a file's size in MB: _FILE_SIZE)
    "validity": (
        *("expire", "valid for", "validity", "renew", "recertif", "within five years", "within 5 years"),
        *("有效", "過期", "續期", "到期", "年內"),
    ),
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
        # What a course teaches ("What it covers: media production, AI …", 「課程涵蓋…」), what a programme is like.
        "what it is:",
        "課程性質",
        "covers",
        "topics",
        # What the student makes in it ("a capstone case study", 「作品集」).
        *("capstone", "portfolio", "project", "作品集", "個案研究"),
        *("courses:", "tools", "工具"),  # the list of its courses, the tools it has you use
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
    # (Rules "as published in 2023", 「於 2023 年公布的規則」, "check … before you rely on them": how current it is.)
    "status": (
        "still",
        "running",
        "latest",
        "last ran",
        "仍在",
        "最新",
        "狀態",
        "停辦",
        "as published",
        "公布的",
        "before you rely",
    ),
    # A guide's caveat on what a course cannot do ("none of this replaces the 332A minimum", 「不能取代」): half of
    # the answer to "is it worth it?".
    "verdict": ("replace", "guarantee", "in proportion", "substitute", "取代", "代替", "保證", "分寸"),
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
_CLAUSE_END: Final = re.compile(r"[?？,，;；]+|\band\b", re.IGNORECASE)
ASKS_REPLACE: Final = re.compile(r"代替|取代|頂替|\b(replace|substitute for|instead of)\b", re.IGNORECASE)
ASKS_CONTENT: Final = re.compile(
    r"activit|\bwhat (do|will|did) (we|they|you|students|i) (do|learn)\b|活動|(做|學|玩|教|考)(啲|用)?咩|內容"
    # "what stuff do they actually learn in it?", "which tools does it teach?", "what topics are covered?"
    r"|\b(what|which)\b.{0,25}\b(learn|teach|teaches|taught|cover|covers|covered)\b|\btopics\b"
    # "how many programmes can i pick from?", 「有幾多個 programme 揀？」: the choice it offers.
    r"|\bhow many (programmes|programs|courses|options|modules|subjects|workshops)\b"
    # "what do you build for a portfolio?", 「有冇 project 可以放入作品集？」: the projects it has the student make.
    r"|(用|教|學)(咩|乜|乜嘢|邊啲)\s*([A-Za-z]+\s*)?(tools?|software|apps?|軟件|工具)"
    r"|\bportfolio|\bcapstone|\bwhat (do|will|did|would) (we|they|you|students|i) (build|make|create)\b|作品集"
    r"|幾多(個|科|款|項)\s*(programme|program|course|module|課程|科目|活動|選擇|單元)"
    # 「試齊邊幾個社科範疇？」「有咩範疇揀？」, "which areas/fields": the areas it covers.
    r"|(邊幾個|邊[一二三四五六七八九十兩\d]個|邊啲|咩|乜嘢?|幾多個)\s*\S{0,4}(範疇|範圍|科目|學科|主題|題材)|\b(which|what) (\w+ )?(areas|fields|subjects|disciplines)\b",
    re.IGNORECASE,
)


# A head count written as a number of people ("for 14 secondary students", 「為 14 名中學生」), which the size words
# miss: the status paragraph that says how many took part in the latest run.
_HEAD_COUNT: Final = re.compile(
    r"\b\d[\d,]* (secondary |local |senior |form \d )?(students|participants|campers|teens|pupils|learners)\b"
    r"|\d[\d,]*\s*(名|位|個)(中學生|學生|同學|參加者|學員|營員)",
    re.IGNORECASE,
)

# A count of things (「六個考試」, "about 200 activities", "Nine institutions take part"): how many a scheme or a day
# holds, asked as its size (「總共有幾多個 exam？」).
_THINGS_COUNTED: Final = re.compile(
    r"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (different |separate )?"
    r"(activities|courses|programmes|exams|institutions|providers|schools|universities|areas|modules)\b"
    r"|(\d[\d,]*|[二兩三四五六七八九十]+)\s*(個|項|間|科)\s*(活動|課程|考試|院校|機構|學校|大學|範疇|單元)",
    re.IGNORECASE,
)
HEAD_COUNT_WEIGHT: Final = 4
_DATE_ASKED: Final = re.compile(r"幾時|邊日|幾號|\bwhen\b|\bwhat date\b|\bwhich day\b", re.IGNORECASE)
# Work asked for by name ("anything for jobs after?"): what a certificate gives for finding work.
_JOBS_ASKED: Final = re.compile(r"\b(jobs?|careers?|employers?)\b|求職|搵工|僱主|就業", re.IGNORECASE)
# Hours asked for by name (in the question's tokens 「幾多個鐘」 leaves 個鐘, "how many hours" hour).
_HOURS_ASKED: Final = re.compile(r"個鐘|小時|\bhours?\b|\bhow many hrs?\b|\bhrs? (of|per|a)\b", re.IGNORECASE)


# "3MB", "2 mb": a file's size (the letters alone are inside "member").
_FILE_SIZE: Final = re.compile(r"\d\s*mb\b", re.IGNORECASE)


def paragraph_score(paragraph: str, aspect: str) -> int:
    lowered = paragraph.lower()
    # (A number of people answers "how many" more surely than words such as "took part", 「參加者」: it counts as four.)
    counted = (
        HEAD_COUNT_WEIGHT * len(_HEAD_COUNT.findall(paragraph)) + len(_THINGS_COUNTED.findall(paragraph))
        if aspect == "size"
        else len(_FILE_SIZE.findall(paragraph))
        if aspect == "upload"
        else 0
    )
    return counted + sum(lowered.count(word) for word in ASPECT_WORDS.get(aspect, ()))


# A student's words for what the entries say otherwise ("turn down an offer" is "declining" it), added to the question
# so that the paragraph saying it shares its words.
_SAID_OTHERWISE: Final = (
    (
        re.compile(
            r"\b(turn(ed|ing|s)? (it |them |this |that |(my|the|an?) \w+ (\w+ )?)?down|reject(ed|ing)?|say no)\b|唔接受|推咗|拒絕",
            re.I,
        ),
        " declining 拒絕",
    ),
    # 「報之前要做定啲咩？」, "what do i need to do before applying": the paragraph on what comes first.
    (
        re.compile(
            r"(報|申請|apply)\s*(名)?\s*(之前|以前|前)|\bbefore (i |you )?(apply|applying|sign(ing)? up|enrol)", re.I
        ),
        " 報名前 before you apply",
    ),
    # "what's the catch", "what strings are attached": the conditions it comes with.
    (
        re.compile(
            r"\bstrings? (are |is )?attached\b|\bwhat strings\b|\bwhat'?s the catch\b|\bwhat is the catch\b|\bany catch\b",
            re.I,
        ),
        " conditions 條件 before you apply",
    ),
    # "what do they actually do in it?", 「入面做啲咩？」: the paragraph on what it covers or involves.
    (
        re.compile(
            r"\bwhat (do|did|will|would) (they|you|u|we|students|ppl|people) (actually |even |really )?(do|learn)\b(?!\s+if\b)"
            # (Not 「做咩要交留位費？」: 做咩 is "why".)
            r"|\bwhat happens (in|at|during)\b|(入面|會|要)\s*(做|學)\s*(啲|d)?\s*(咩|乜|乜嘢)|(做|學)\s*(啲|d)\s*(咩|乜|乜嘢)"
            r"|有(啲)?(咩|乜)\s*(做|活動)|係\s*(玩|做)\s*(咩|乜|乜嘢)",
            re.I,
        ),
        " covers involves happens content 內容 活動內容",
    ),
    # "how much has to be from one theme", 「幾多要屬同一主題」: the paragraph on what a single theme asks.
    (
        re.compile(
            r"\bfrom (just )?(one|a single|the same|1) (theme|area|field|subject|topic)\b|(屬|來自|嚟自)\s*同一", re.I
        ),
        " single 同一",
    ),
    # "does getting nominated mean a guaranteed place?", 「係咪保證有位？」: what the entry says of offers and promises.
    (
        re.compile(
            r"\bguarantee[sd]? (a |me a |my |an? )?(place|offer|spot|seat|admission)|保證\s*(有|會)?\s*(學位|位|offer|入到|取錄)"
            # 「考到 332A 係咪一定有大學讀？」, "does that mean i'll definitely get in?"
            r"|一定\s*(有\s*(大學|學位|位|書)\s*讀|入到|會?收|會?取錄|有\s*offer)"
            r"|\b(definitely|surely|automatically|for sure) (get|be) (in|into|a place|an offer|accepted|admitted)\b",
            re.I,
        ),
        " conditional offer promises of a place guarantee admission 有條件取錄 承諾學位 保證取錄",
    ),
)


def _in_catalogue_words(question: str) -> str:
    return question + "".join(words for pattern, words in _SAID_OTHERWISE if pattern.search(question))


def _in_units_asked(aspect: str, question: str) -> str:
    """「大概要讀幾多個鐘？」 asks for hours: the paragraph with the hours, not the one with months; "do u get anything
    for jobs after?" asks what it gives for finding work, not what it is recognised as."""
    if aspect == "benefit" and _JOBS_ASKED.search(question):
        return "jobs"
    return "hours" if aspect == "duration" and _HOURS_ASKED.search(question) else aspect


def with_english_twins(entry: EntryView, paragraphs: Sequence[str]) -> list[str]:
    """The body paragraphs (the summary left out), each with its English twin when the two sections are written
    paragraph for paragraph: 「要唔要住 camp？」 finds 迎新營 by the English "orientation camp"."""
    english = list(entry.paragraphs("en"))[1:]
    if len(english) != len(paragraphs):
        return list(paragraphs)
    return [f"{p} {e}" for p, e in zip(paragraphs, english, strict=True)]


# A stopped programme's own paragraph on whether it still runs opens with this label.
STATUS_OPENING: Final = ("Status:", "狀態：", "狀態:")


def own_status_paragraph(entry: EntryView, language: UiLanguage) -> str | None:
    """A stopped programme's own paragraph on whether it still runs ("Status: closed to new students …")."""
    if entry.joinable:
        return None
    return next((p for p in entry.paragraphs(language) if p.startswith(STATUS_OPENING)), None)


def best_paragraphs(
    entry: EntryView, language: UiLanguage, aspects: Sequence[str], question: str, limit: int = 2
) -> list[str]:
    """The body paragraphs that answer the question, in the entry's own order. With aspects asked (fee, dates …)
    each gets its best paragraph, then the paragraph sharing most of the question's own words (its words minus
    the entry's title: "attendance" after 「CEF 可以資助幾多？」) if it adds something; without, the paragraphs
    sharing most words with the question."""
    question = _in_catalogue_words(question)
    paragraphs = list(entry.paragraphs(language))[1:]
    if not paragraphs:
        return []
    whole = _whole_asked(entry, paragraphs, aspects, question)
    if whole:
        return whole
    matched = with_english_twins(entry, paragraphs)
    implied = _implied_aspects(entry, question, aspects)
    aspects, limit = (*aspects, *implied), limit + len(implied)
    matched_words = [set(tokens(m)) for m in matched]
    title = set(tokens(f"{entry.title_en} {entry.title_zh}"))

    def sharing_the_questions_words() -> list[str]:
        shared_most = _sharing_words(entry, matched, question, limit)
        return [paragraphs[i] for i in sorted({*shared_most, *_later_part_named(question, matched_words, title)})]

    if not aspects:
        return sharing_the_questions_words()
    # Words and character pairs only: a single character (人, 去) matches almost any Chinese paragraph. A word of
    # the title is the entry's own name and picks no paragraph, unless the summary leaves it out and one paragraph
    # alone uses it (「副學士」 of the guide titled "332A and 22222 for sub-degrees").
    summary = set(tokens(" ".join(list(entry.paragraphs(language))[:1] + list(entry.paragraphs("en"))[:1])))
    named_apart = {t for t in title - summary if sum(t in words for words in matched_words) == 1}
    wanted = {t for t in tokens(question) if len(t) > 1 and (t not in title or t in named_apart)}
    shared = [len(wanted & words) for words in matched_words]
    scored_as = [_in_units_asked(aspect, question) for aspect in aspects]
    by_aspect = [[paragraph_score(m, a) for m in matched] for a in scored_as]
    answers_any = [any(s[i] > 0 for s in by_aspect) for i in range(len(matched))]
    if entry.kind == "guide" and not any(answers_any):
        # No paragraph of a guide answers what is asked (how an OEA is handed in, of the guide to tasters in it): the
        # paragraphs sharing most words with the question, as when no aspect is asked. (A programme's own facts
        # paragraphs rank better by the aspects' scores: "where do i book the exam" finds the exam's.)
        return sharing_the_questions_words()
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
    for aspect, scores in zip(aspects, by_aspect, strict=True):
        # (A paragraph that only touches the dates, 「2023 年的參加者來自超過 10 間學校」, does not stand for the one
        # that gives them, 「日期及長度：2023 年 6 月 23 日至 24 日」, when the date is asked for: 「幾時搞？」, not 「過咗截止日期」.)
        bar = max(scores) / 2 if aspect == "when" and _DATE_ASKED.search(question) else 0
        if len(picked) >= limit or any(scores[i] > 0 and scores[i] >= bar for i in picked):
            continue
        # (Among the paragraphs that answer this aspect: the question's own words only break the tie.)
        answering = [i for i in range(len(matched)) if scores[i] > 0 and i not in picked]
        if answering:
            picked.append(max(answering, key=lambda i: (scores[i] + OWN_WORD_WEIGHT * shared[i], -i)))
    for _, score, i in ranked:
        if len(picked) >= limit or score <= 0:
            break
        if -i not in picked:
            picked.append(-i)
    picked += _aspect_said_of_a_thing(question, aspects, by_aspect, matched_words, picked, title - named_apart)
    # What the question itself names ("attendance", "claim") gets its paragraph even when the aspects' words
    # fill the others.
    own = max(range(len(paragraphs)), key=lambda i: (shared[i], -i))
    if shared[own] > 0 and own not in picked and shared[own] > max((shared[i] for i in picked), default=0):
        picked.append(own)
    picked += [i for i in _unasked_parts_own(question, matched_words, title - named_apart) if i not in picked]
    picked += [i for i in _later_part_named(question, matched_words, title) if i not in picked]
    # 「校長推薦計劃係咩嚟？我可唔可以自己報？」: what it is and how it works goes on in the first body paragraph.
    picked += [0] if WHAT_IT_IS.search(question) else []
    return [paragraphs[i] for i in sorted(set(picked))]


def _implied_aspects(entry: EntryView, question: str, aspects: Sequence[str]) -> tuple[str, ...]:
    """Aspects a question asks without their words, each adding a paragraph."""
    implied: tuple[str, ...] = ()
    if entry.kind == "guide" and ASKS_WORTH.search(question):
        # "is it worth paying for a coursera cert?": what it counts for in an application, and what it cannot do,
        # are the guide's verdict.
        implied = ("jupas", "verdict")
    elif entry.kind == "guide" and ASKS_REPLACE.search(question):
        implied = ("verdict",)  # 「讀咗可唔可以代替 degree？」: the guide's line on what it cannot replace
    if ASKS_CONTENT.search(question):
        # (a part of the question of its own: "有幾多個 course？係咪要讀完普通嗰張先？" still gets its second half)
        implied += ("content",)
    return tuple(aspect for aspect in implied if aspect not in aspects)


def _sharing_words(entry: EntryView, matched: list[str], question: str, limit: int) -> list[int]:
    """Without an aspect asked: the paragraphs sharing most of the question's words."""
    asked = set(tokens(question))
    scored = [(len(asked & set(tokens(m))), -i) for i, m in enumerate(matched)]
    best = [-i for score, i in sorted(scored, reverse=True)[:limit] if score > 0]
    if not best and entry.kind == "guide" and _HOW_TO.search(question):
        # "how do i check if that's actually legit?": a guide's steps are its first paragraphs, whatever words
        # the question shares with them.
        best = list(range(min(limit, len(matched))))
    return sorted({*best, *([0] if WHAT_IT_IS.search(question) else [])})


def _whole_asked(entry: EntryView, paragraphs: list[str], aspects: Sequence[str], question: str) -> list[str]:
    """ "tell me more": the whole entry, in its own order; so too "how does the CEF work?", whose answer is every
    rule of the scheme (who, how to claim, how much it pays back), and a checklist asked for."""
    if "more" in aspects or (entry.kind == "scheme" and HOW_IT_WORKS.search(question)):
        return paragraphs[:MORE_PARAGRAPHS]
    return _numbered_steps(entry, paragraphs, question)


def _numbered_steps(entry: EntryView, paragraphs: list[str], question: str) -> list[str]:
    """「俾錢之前要 check 咩？」, "how do i check a course is legit?": a guide written as a numbered checklist answers
    with the whole list (one item alone is not how to check)."""
    if entry.kind != "guide" or not (_HOW_TO.search(question) or _WHAT_TO_CHECK.search(question)):
        return []
    # (An item a paragraph in English; one paragraph of lines where the Chinese list is written line by line, perhaps
    # under its heading: 「點樣核實徽章或證書：\n1. 按徽章或證書的連結，不要只信截圖。…」)
    steps = [p for p in paragraphs if _STEP.search(p)]
    if sum(len(_STEP.findall(p)) for p in steps) < MIN_STEPS:
        return []
    # "how do i check if a digital badge is real? and who runs the open badges standard now?": a later question
    # of another kind gets the paragraph sharing most of its words too, in the entry's order.
    title = set(tokens(f"{entry.title_en} {entry.title_zh}"))
    for part in _QUESTION_END.split(question)[1:]:
        asked = {t for t in tokens(part) if len(t) > 1} - title
        if not asked or _HOW_TO.search(part) or _WHAT_TO_CHECK.search(part):
            continue
        shared = [(len(asked & set(tokens(p))), -i) for i, p in enumerate(paragraphs) if p not in steps]
        best = max(shared, default=(0, 0))
        if best[0] >= MIN_SHARED_LATER:
            steps = [p for p in paragraphs if p in steps or p == paragraphs[-best[1]]]
    return steps[:MORE_PARAGRAPHS]


MIN_SHARED_LATER: Final = 2  # words a later question must share with a paragraph to be given it


MIN_STEPS: Final = 3
_STEP: Final = re.compile(r"^\d+\.\s", re.MULTILINE)
_WHAT_TO_CHECK: Final = re.compile(
    r"check\s*(咩|乜|啲咩|邊啲)|(睇|留意|check|查)(啲)?(咩|乜嘢|邊啲)|\bwhat (should|do|must) (i|we|you) (check|look (for|at))\b",
    re.IGNORECASE,
)
_HOW_TO: Final = re.compile(
    r"\bhow (do|can|should|would|to) (i|we|you|u)?\b|\bhow to\b|點樣|點先|點知|點\s*(check|查|核實)", re.IGNORECASE
)
HOW_IT_WORKS: Final = re.compile(
    r"係(咩|乜|乜嘢)\s*(嚟|黎)|點(樣)?\s*(work|運作)|\bhow (does|do) .{1,40}\bwork\b", re.IGNORECASE
)
# ... or only what it is (「校長推薦計劃係咩？」): its first body paragraph goes on from the summary (why it matters:
# one of the few routes to a conditional offer).
WHAT_IT_IS: Final = re.compile(rf"{HOW_IT_WORKS.pattern}|係(咩|乜嘢)\s*[？?]", re.IGNORECASE)


def _aspect_said_of_a_thing(
    question: str,
    aspects: Sequence[str],
    by_aspect: list[list[int]],
    matched_words: list[set[str]],
    picked: list[int],
    names: set[str],
) -> list[int]:
    """ "…and when are prizes handed out?": an aspect asked of one thing the entry speaks of (its prizes) is answered by
    the paragraph that gives both, not by the one with the most dates, when no paragraph already picked names it."""
    found: list[int] = []
    # Each clause's own words first: the aspect rules are read once, only for clauses that have any (most have none).
    worded = [
        (
            clause,
            {t for t in tokens(clause) if len(t) > 3 and t.isascii() and t not in names and t not in ENGLISH_STOPWORDS},
        )
        for clause in _CLAUSE_END.split(question)
    ]
    clauses = [(stated_aspects(clause), words) for clause, words in worded if words]
    for aspect, scores in zip(aspects, by_aspect, strict=False):
        words = next((words for stated, words in clauses if aspect in stated), set())
        if not words or any(words & matched_words[i] for i in [*picked, *found]):
            continue
        answering = [i for i in range(len(matched_words)) if scores[i] > 0 and words & matched_words[i]]
        if answering:
            found.append(max(answering, key=lambda i: (len(words & matched_words[i]), scores[i], -i)))
    return found


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


# A later part of a question, after 「仲有」「另外」 or "also" (「…係咪都會計 仲有擺喺 draft 嗰啲又計唔計」).
_LATER_PART: Final = re.compile(r"仲有|另外|\balso\b|\band what about\b", re.IGNORECASE)


def _later_part_named(question: str, matched_words: list[set[str]], names: set[str]) -> list[int]:
    """The paragraph a later part of the question names by a word no other paragraph uses ("draft"), which the
    first part's words outweighed."""
    found = []
    for part in _LATER_PART.split(question)[1:]:
        for word in (t for t in tokens(part) if len(t) > 1 and t not in names):
            holding = [i for i, words in enumerate(matched_words) if word in words]
            if len(holding) == 1:
                found.append(holding[0])
                break
    return found
