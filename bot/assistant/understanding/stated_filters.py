"""The filters a student states in words: a form ("S4", 「中五」), kinds of programme, fields of interest, "free",
"online", the CEF and a fee ceiling ("under $5000")."""

from __future__ import annotations

import re

from bot.assistant.understanding.patterns import any_of

KIND_WORDS: dict[str, re.Pattern[str]] = {
    "certificate": any_of(r"\bcerts?\b", r"\bcertificates?\b", r"\bcertification", r"證書", r"認證"),
    "taster": any_of(
        r"\btasters?\b",
        r"\bsummer (programme|program|camp|school|institute)",
        r"體驗",
        r"暑期(課程|班|活動)?",
        r"\bcamp\b",
        r"營",
    ),
    "microcredential": any_of(r"\bmicro-?credentials?\b", r"微證書", r"微學分"),
}

# Words that name a field of interest; a subject named in the question outranks the profile's interests.
SUBJECT_WORDS: dict[str, re.Pattern[str]] = {
    "engineering": any_of(r"\bengineer", r"\belectric", r"\brobot", r"工程", r"機械人"),
    "science": any_of(
        r"\bscience", r"\bchemist", r"\bphysics\b", r"\bbiolog", r"\blab\b", r"科學", r"化學", r"物理", r"生物"
    ),
    "maths": any_of(r"\bmaths?\b", r"\bmathematics\b", r"\bstatistic", r"\bactuar", r"數學", r"統計"),
    "computing": any_of(
        r"\bcomputer",
        r"\bcod(e|ing)\b(?! of)",  # 「寫 code」, "learn to code" (not "code of conduct")
        r"\bprogramming\b",
        # In capitals, or lowercase where it can only be the field ("google it support", 「想讀 it」): "is it for s4?"
        # asks about the programme, not for IT.
        r"(?-i:\bIT\b)",
        r"\bit (support|科|courses?|programmes?|certs?|certificates?|jobs?|industry|相關|行業)\b|(讀|學|修|做)\s*it\b",
        r"\bcyber",
        r"\bcloud\b",
        r"電腦",
        r"編程",
        r"程式",
    ),
    "data-ai": any_of(
        r"\bdata\b", r"\bAI\b", r"\bartificial intelligence\b", r"\bmachine learning\b", r"數據", r"人工智能"
    ),
    "medicine-health": any_of(r"\bmedic", r"\bhealth", r"\bnurs", r"\bdoctor", r"醫", r"護理", r"護士", r"健康"),
    "business": any_of(
        r"\bbusiness",
        r"\bfinance",
        r"\baccount",
        r"\bBBA\b",
        r"\bentrepreneur",
        r"商科",
        r"商業",
        r"金融",
        r"會計",
        r"創業",
    ),
    "marketing": any_of(r"\bmarketing\b", r"\bsocial media\b", r"\bads?\b", r"市場推廣", r"營銷", r"廣告"),
    # ("liberal arts" are the humanities, Lingnan's kind of teaching, not art and design)
    "design-arts": any_of(r"\bdesign", r"\bart\b", r"(?<!liberal )\barts\b", r"\bUX\b", r"設計", r"藝術", r"美術"),
    "performing-arts": any_of(
        r"\bmusic", r"\bdance", r"\bdrama\b", r"\btheatre\b", r"\bfilm\b", r"音樂", r"舞蹈", r"戲劇", r"電影"
    ),
    "humanities": any_of(
        r"\bhistory\b",
        r"\bliterature\b",
        r"\bphilosoph",
        r"\blanguages?\b",
        r"\bliberal arts\b",
        r"\bhumanities\b",
        r"歷史",
        r"文學",
        r"哲學",
        r"語文",
        r"博雅",
        r"人文",
    ),
    "social-science": any_of(
        r"\bpsycholog", r"\blaw\b", r"\bsocial (science|work)", r"\bpolitic", r"心理", r"法律", r"社工", r"社會科學"
    ),
    "education": any_of(r"\bteach", r"\beducation\b", r"教育", r"做老師"),
    "hospitality": any_of(r"\bhotel", r"\btourism\b", r"\bhospitality\b", r"\bculinary\b", r"酒店", r"旅遊", r"廚"),
    "leadership": any_of(r"\bleadership\b", r"\bleaders?\b(?! board)", r"\bvolunteer", r"領袖", r"領導", r"義工"),
}


_FORM = re.compile(r"\b(?:s|f|form\s?)([1-6])\b|中([一二三四五六])", re.IGNORECASE)
_CHINESE_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6"}
_FREE = any_of(
    r"\bfree\b",
    r"免費",
    r"唔(使|駛)錢",
    # 「唔想俾錢」, "don't wanna pay", "without paying": nothing to pay.
    r"(唔|不)(想|使|駛|洗|用)\s*(俾|畀|比|付|使|駛|洗|用)\s*錢|\b(don'?t|do not) (want to|wanna) pay\b(?! (much|a lot|too|more|over|that|so))|\bwithout paying\b|\b(at )?no cost\b",
)
_ONLINE = any_of(r"\bonline\b", r"網上", r"線上", r"\bmooc")
# 「唔係淨係 online 嘅 programme」, "not just online": something more than online is wanted, no online filter.
_NOT_ONLINE = any_of(
    # (Not 「係唔係 online」, a question, nor 「唔好網上考試」, an exam not wanted online.)
    r"(?<!係)(唔係|不是|唔好|唔要|唔想|不要|非)\s*(淨係|只係|純|全|全部)?\s*(online|網上|線上)(?!\s*(考試|付款|exam|proctor|payment|test|報名|申請))",
    r"\b(not|non)[- ](just |only |purely |fully |all )?online\b(?!\s*(exams?|proctor\w*|payments?|tests?))"
    r"|\bnot (just|only) an? online\b",
)
CEF_NAMED = any_of(r"\bcef\b", r"\bcontinuing education fund\b", r"持續進修基金")
_FEE_CEILING = re.compile(
    r"(?:under|below|less than|within|<|少過|唔超過|低於)\s*(?:hk)?\$?\s*([0-9][0-9,]*)", re.IGNORECASE
)


MAX_FEE_CEILING = 10_000_000.0  # HK$; a larger stated ceiling ("under $999…9") means "no ceiling"

# "just finished DSE, bored until results", 「考完 DSE」: a school leaver, for whom S4–S5 programmes are closed.
_DSE_DONE = re.compile(
    r"\b(just )?(finished|done with|completed|sat) (the |my )?(hk)?dse\b|\bdse (is |has |just |has just )?(over|done|finished|ended)\b"
    r"|考完\s*(dse|文憑試)|(dse|文憑試)\s*(考完|完(咗|左|了))",
    re.IGNORECASE,
)


def stated_form(question: str) -> str | None:
    if _DSE_DONE.search(question):  # "im s6 and dse just ended": S6 is over
        return "after-dse"
    match = _FORM.search(question)
    if not match:
        return None
    digit = match.group(1) or _CHINESE_DIGIT.get(match.group(2) or "", "")
    return f"S{digit}" if digit else None


def stated_kinds(question: str) -> tuple[str, ...]:
    return tuple(kind for kind, pattern in KIND_WORDS.items() if pattern.search(question))


def stated_subjects(question: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in SUBJECT_WORDS.items() if pattern.search(question))


def stated_fee_ceiling(question: str) -> float | None:
    """The fee ceiling a student states ("under $5000"), or None. Any digits at all are accepted from the
    student, so absurd values are treated as no ceiling rather than passed on as an overflowing filter."""
    match = _FEE_CEILING.search(question)
    if not match:
        return None
    digits = match.group(1).replace(",", "")
    if not digits.isdigit() or len(digits) > 9:
        return None
    value = float(digits)
    return value if 0 <= value <= MAX_FEE_CEILING else None


def wants_free(question: str) -> bool:
    return bool(_FREE.search(question))


def wants_online(question: str) -> bool:
    return bool(_ONLINE.search(question)) and not _NOT_ONLINE.search(question)


def wants_cef(question: str) -> bool:
    return bool(CEF_NAMED.search(question))
