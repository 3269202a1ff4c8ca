"""Follow-ups: "how much is it?" names no programme of its own, so its topic is the student's previous question
and only its aspect (the fee) comes from the new words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from bot.assistant.types import PROGRAMME_KINDS
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.meaning_rules import ACRONYM_MEANING
from bot.assistant.understanding.provider_names import names_provider
from bot.assistant.understanding.question_rules import REQUIREMENT_QUESTION
from bot.assistant.understanding.reading import Understanding
from bot.assistant.understanding.stated_filters import CEF_NAMED, stated_kinds
from knowledge.lexical import tokens

# 「有冇教埋 UX/UI design？」, "does it also teach UX?" after a certificate: whether the programme just discussed
# teaches that too (埋: as well as what was said). What it names is asked of that programme, however much it sounds
# like another certificate's title ("Google UX Design").
TAUGHT_TOO = re.compile(
    r"(有冇|有無|會唔會|係咪)\s*(教|講|包|包括|cover)埋|\b(does|do|will) (it|they) (also )?(teach|cover)\b.{0,40}\b(too|as well)\b"
    r"|\b(does|do|will) (it|they) also (teach|cover)\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(
    r"^(and|so|what about|how about|also)\b|\b(it|its|this|that|they|them|their|those|these|that one|this one)\b"
    # "how do i check if one is real", "can i get one": "one" standing for the thing just discussed.
    r"|\bif one\b|\bones? (is|are|was|were)\b|\b(check|verify|get|join|take|find|apply for|sign up for) (one|ones)\b"
    r"|佢|呢個|嗰個|呢啲|嗰啲|咁|個(課|course|programme|cert)|張\s*(cert|證書|certificate)|^(咁|噉|咁樣)"
    # 「去咗會唔會有 cert？」 after the info days: having gone to what was just discussed.
    r"|^(去|參加|出席)(咗|完|過)"
    # 「第一屆同第二屆分別有幾多間學校？」, "the first batch had how many?": runs of the programme just discussed.
    # (「2017 年嗰屆啲人做過咩實驗？」: that year's run.)
    r"|^((19|20)\d{2}\s*(年度|年)?\s*)?(第[一二三四五六七八九十\d]+|上一?|首|嗰|果)\s*屆"
    r"|^(and )?(the )?((first|second|third|last|previous)|(19|20)\d{2}) (run|batch|cohort|intake)\b"
    # "the page says you can gain certifications", 「個網頁話…」: the page of what was just discussed.
    r"|\bthe (page|site|website|webpage|brochure|poster|leaflet|flyer) (says|said|mentions|mentioned|lists|listed|states)\b"
    r"|(個|張|份)(網頁|網站|page|單張|poster|海報|brochure)(話|寫|講|提)"
    rf"|{TAUGHT_TOO.pattern}"
    # 「同 Google Cloud Digital Leader compare 下」, "compare with the IBM one", "vs AZ-900?": one side named, the
    # other is what was just discussed.
    r"|^(同|跟|和|與)\s*[^，,。？?]{1,40}(compare|比較|比一比|比下|比吓|對比|比(?=\s*[，,。？?]))|^(compare|comparing) (with|to|against)\b|^(vs\.?|versus)\s",
    re.IGNORECASE,
)


MAX_CHAINED: Final = 3


FEW_CONTENT: Final = 3
# Chinese content is counted in overlapping character pairs: 「報名費幾錢？」 is four of them and one aspect.
LEANING_MAX_CONTENT: Final = 6


def leans_on_earlier(question: str) -> bool:
    """Whether a question, by these rules alone, needs an earlier one to say what it is about: a pronoun, a
    requirement yes/no, or an aspect ("how much?", 「報名費幾錢？」) with few words and no provider named."""
    if FOLLOW_UP.search(question) or REQUIREMENT_QUESTION.search(question):
        return True
    content = [t for t in tokens(question) if len(t) > 1]
    if len(content) <= 1:
        return True
    return bool(stated_aspects(question)) and not names_provider(question) and len(content) <= LEANING_MAX_CONTENT


# "Can I still apply?", 「我中四報唔報到？」: whether the student may join what was just discussed.
ASKS_IF_ELIGIBLE: Final = re.compile(
    r"\bcan (i|we|u|you) (still |even )?(apply|join|sign up|enrol|enroll|register|take (it|part))\b"
    # "can i still go?" ending a clause (its "?" may be split off); "can i still go on" asks about no programme.
    r"|\bcan (i|we|u|you) (still |even )?(go|attend|come|participate)( to it| there)?\s*[?？]*\s*$"
    r"|\b(am i|are we|r u|are you) (still )?(eligible|allowed|qualified)\b"
    # "would i have been old enough?", 「我夠唔夠年紀？」: the age rule of the programme just asked about.
    r"|\b(am i|are we|r u|are you|would i (have been|be)|will i be|is (s?he|my \w+)) (still )?(old|young) enough\b"
    r"|(夠|唔夠)\s*(年紀|歲)|年紀\s*(夠|唔夠)"
    r"|(報|join|參加|申請)唔(報|join|參加|申請)?(到|得)|(可唔可以|可不可以|得唔得|能否)(報|參加|join|申請)"
    # 「我 S5 而家仲有冇得去？」「去唔去得？」: whether the student may still go (never 「有冇得去死」).
    r"|(仲)?有冇得\s*(去|報|參加|join)\s*(呀|啊|㗎|呢|架)?\s*([？?]|$)|去唔去得\s*(㗎|呀|啊|呢)?\s*([？?]|$)",
    re.IGNORECASE,
)


def conversation_topic(recent_questions: Sequence[str]) -> str:
    """The student's previous question, joined to the one before it while it leans on that one: after "what's the
    HKUST Summer Institute?" and "when do applications open?", a third question is still about the institute."""
    chain: list[str] = []
    for question in reversed(recent_questions):
        chain.insert(0, question)
        if len(chain) >= MAX_CHAINED or not leans_on_earlier(question):
            break
    return " ".join(chain)


def follow_up_topic(reading: Understanding, recent_questions: Sequence[str]) -> str | None:
    """The earlier question(s) this one follows up by these rules, or None (retrieval then checks whether it names
    a programme of its own, or continues the previous question after all: :meth:`Retriever.continued`)."""
    # (A message the detector also hears distress in is still read for its question: the answer follows the
    # support lines.)
    scope = reading.scope_besides_distress if reading.scope == "distress" else reading.scope
    if not recent_questions or scope != "in_scope":
        return None
    if not leans_on_earlier(reading.text):
        return None
    earlier = conversation_topic(recent_questions)
    # "How much is it?", 「咁幾時報名？」 add only a pointer and an aspect, so the earlier question is the whole
    # topic; 「幾時要交志願？」 after 「JUPAS 係咩？」 adds what it asks about (the choices): both are searched.
    content = [t for t in reading.tokens if len(t) > 1]
    if described_one(reading.text) is not None:
        # 「第二個呢？進階嗰個」 after one certificate: the description says which, searched with the earlier question.
        return joined_topic(earlier, reading.text)
    if FOLLOW_UP.search(reading.text):
        # 「咁放榜之後改呢？幾時改？」 after the fees asks about changing choices after results: a pointer with that
        # much of its own to say is searched together with the question before it.
        return joined_topic(earlier, reading.text) if len(content) > LEANING_MAX_CONTENT else earlier
    return earlier if len(content) <= FEW_CONTENT else joined_topic(earlier, reading.text)


# "What about X?" as students write it: a pointer in front ("and the", "what about", 咁) or behind ("one",
# 嗰個, 呢), and nothing asked of X itself ("and the fee?" and 「咁幾時報名？」 ask an aspect, not for another entry).
_WHAT_ABOUT = re.compile(
    r"^(?P<lead>(?:(?:ok|okay|oh|hmm)\b[\s,]*)?(?:(?:(?:and|so|then)\s+)?(?:what|how) about|and|so|then)\b\s*(?:for\s+)?"
    r"(?:the\s+)?|咁樣?\s*|噉\s*)?"
    r"(?P<named>.+?)"
    # ("what about public health tho": a chat word after the name is no part of it)
    r"(?P<tail>\s*(?:\bones?\b|嗰個|嗰啲|果個|嗰張|嘅)?\s*(?:\b(?:tho|though|then|lol|haha+|pls|plz|btw)\b\s*)*"
    r"(?:呢|嘞|啦)?\s*[?？!！]*)$",
    re.IGNORECASE,
)
_WHAT_ABOUT_MAX_CHARS: Final = 40
_ASKS_OF_IT = re.compile(
    r"\b(what|when|how|which|where|who|is|are|does|do|can|fee|cost)\b|幾|點|咩|邊|嗎|未|有冇|使唔使|要唔要|係唔係|可唔可以|得唔得|行唔行"
    # 「咁如果我 late apply 呢？」: a case put to the last answer, not a name.
    r"|如果|假如|假設|若果|\bif\b",
    re.IGNORECASE,
)


# "no sorry i meant the hkust one", 「唔係呀，我問緊中大嗰個」「唔係唔係，我想問科大嗰個」: the previous question again,
# about what the student names now.
_CORRECTION = re.compile(
    r"^(?:(?:not (?:that|this)(?: one)?|no+\b|nope|nah|sorry|oops|opps|wait|actually|"
    # 「唔係呢個」「唔係 Google 嗰張」: which one it is not, before the one meant.
    r"唔係\s*(?:[^，,。\s][^，,。]{0,15}?)?(?:呢|嗰|果)(?:個|張|款|間|科|項)(?:呀|啊|喎)?(?=\s*[，,。])|"
    r"唔係(?:呀|啊|喎|唔係)?|唔好意思|sorry\s*呀?)[\s,，.!！]*)+"
    r"(?P<meant>i\s*(?:meant|mean|was asking|am asking|'m asking|wanted to ask)(?:\s+about)?\s*|"
    r"我(?:係|其實)?(?:問緊|想問|講緊|指|係講|要問|問)\s*)?",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"^\s*(?:no+|nope|nah|唔係)\b|^\s*唔係", re.IGNORECASE)


def is_correction(text: str) -> bool:
    """ "no i meant the hkust one", 「唔係呀，我係問…」: a correction of the previous question, said with a "no" or an
    "i meant" ("wait what does SSSDP mean" or "actually, is there an interview?" only lead into a question)."""
    found = _CORRECTION.match(text.strip())
    return found is not None and bool(found.group("meant") or _NEGATION.match(text))


def corrected(text: str) -> str | None:
    """What a correction names ("no i meant the hkust one" → "the hkust one"), None when it is no correction."""
    found = _CORRECTION.match(text.strip())
    if found is None or not found.group(0).strip():
        return None
    rest = _COURTESY_TAIL.sub("", text.strip()[found.end() :]).strip()
    return rest or None


# "no i meant the cuhk one sorry", 「唔係呀，我問緊中大嗰個，唔好意思」: the apology is no part of the name.
_COURTESY_TAIL = re.compile(
    r"[\s,，.。!！~]*(?:\b(?:sorry|sry|soz|thanks|thx|ty|pls|plz|lol|haha+)\b|唔好意思|對唔住|sorry囉|sor)[\s.。!！?？~]*$",
    re.IGNORECASE,
)


def named_by_correction(correction: str) -> str | None:
    """The name a correction gives when it asks nothing of its own: 「polyu summer institute」 of 「唔係呀，我係問 polyu
    summer institute」 (it needs no 「咁…呢」 around it to be only a name)."""
    named = correction.strip(" ?？!！.。,，")
    if not named or len(named) > _WHAT_ABOUT_MAX_CHARS or _ASKS_OF_IT.search(named) or stated_aspects(named):
        return None
    return named


def what_about(text: str) -> str | None:
    """X of "and the meta back-end one?", 「咁中大暑期學院呢？」, "cs50x 呢？": a message that only names something
    after another question; None when it asks anything of it."""
    found = _WHAT_ABOUT.match(text.strip())
    if found is None or not (found.group("lead") or found.group("tail").strip(" ?？!！")):
        return None
    named = found.group("named").strip()
    if not named or len(named) > _WHAT_ABOUT_MAX_CHARS or _ASKS_OF_IT.search(named) or stated_aspects(named):
        return None
    return named


def named_then_asked(text: str) -> str | None:
    """X of 「咁後端嗰張呢？用咩程式語言？」, "and the back-end one? what language does it use?": a name said on its own
    first (as :func:`what_about` reads it), then a question about it."""
    found = _NAME_THEN_QUESTION.match(text.strip())
    if found is None:
        return None
    # Only after a pointer (「咁…」, "and the …"): "any similar ones? like a one day thing" names nothing.
    head_text = found.group("head").strip().rstrip("—–-").strip()
    if head_text != found.group("head").strip() and _POINTS_BY_PLACE.search(head_text):
        return None
    head = _WHAT_ABOUT.match(head_text)
    return what_about(head_text) if head is not None and head.group("lead") else None


# (Or set off by a dash: "ok and what about hku's social sciences summer programme — which subjects…"; not "the other
# lingnan one - …" nor "cityu's most recent one - …", which point at one by its place.)
_NAME_THEN_QUESTION = re.compile(r"^(?P<head>.+?(?:呢\s*[?？]?|[?？]|\s[—–-]{1,2}(?=\s)))\s*(?P<rest>\S.*)$")
_POINTS_BY_PLACE = re.compile(
    r"\b(other|another|most recent|recent|latest|last|next|first|second|third|previous|newest|oldest)\b|另一|上一|下一|最近|最新",
    re.IGNORECASE,
)


# "ok back to the first one", 「返去頭先嗰個」「講返頭先 lingnan 嗰個」: an earlier programme of this conversation.
_GOES_BACK = re.compile(
    r"\b(?:go(?:ing)? back to|back to|returning to|about) (?:the )?(?:first|1st|earlier|previous|other|original)\b"
    r"|\bback to (?:the )?\w+(?:'s)? one\b|(?:返去|返轉頭|講返|回到|返番)\s*(?:頭先|之前|第一|最初|上一|上面)",
    re.IGNORECASE,
)
_FIRST = re.compile(r"\b(?:first|1st|original)\b|第一|最初|頭一", re.IGNORECASE)


# "what about cisco ccna?", 「咁 udemy 啲 course 有冇 cert？」, "does shue yan have something like that?",
# 「咁恒大有冇類似嘅？」: after another question, the words right after the pointer name what is asked about now.
_SWITCH_LEAD = re.compile(
    r"^(?:ok(?:ay)?\s*,?\s*|so\s+|then\s+|and\s+)*(?:what about|how about|and|does|do|is there|咁樣?|噉)\s*(?:the\s+)?",
    re.IGNORECASE,
)
# Letters, digits, apostrophes and hyphens only: the name is echoed back, and a link or an address must never be.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*(?:\s+[A-Za-z][A-Za-z0-9'’-]*){0,3}(?![A-Za-z0-9'’.:/@-])")
_DOING: Final = re.compile(r"[a-z]+ing\b")  # (a lowercase verb in -ing: "completing", "taking")
_ASKING: Final = re.compile(r"(?:when|where|what|who|why|which|how)(?:['’]s)?\b", re.IGNORECASE)  # "and when's…"
_NEAR_LEAD: Final = 3  # 「咁日文 JLPT」: a few Chinese characters may stand between the pointer and the name
# 「咁恒大有冇…」, or a college or university named in full (「咁宏恩基督教學院有冇類似嘅？」).
_HAN_UNIVERSITY = re.compile(
    # (「咁香港有冇大學有…」 asks whether any university has it: a question word is no part of a name.)
    r"^([\u4e00-\u9fff]大|(?:(?!有冇|冇|邊|咩|乜|幾|有)[\u4e00-\u9fff]){2,8}?(?:學院|書院|大學))(?=有冇|呢|嘅|個|啲|係|會|都|有)"
)
_NOT_UNIVERSITY: Final = frozenset("好咁幾最太長放偉巨重強誇擴廣高老")


def switched_name(text: str) -> str | None:
    """The name right after a follow-up's pointer ("what about cisco ccna?" → "cisco ccna", 「咁恒大有冇…」 →
    「恒大」), for the caller to check against the knowledge base; None when no pointer leads the message."""
    lead = _SWITCH_LEAD.match(text.strip())
    if lead is None or not lead.group(0).strip():
        return None
    rest = text.strip()[lead.end() :]
    university = _HAN_UNIVERSITY.match(rest)
    if university and university.group(1)[0] not in _NOT_UNIVERSITY:
        return university.group(1)
    latin = _LATIN_NAME.search(rest)
    if latin is None or latin.start() > _NEAR_LEAD or _DOING.match(latin.group(0)) or _ASKING.match(latin.group(0)):
        return None  # ("does completing it help…?" does something with it, "and when's the deadline" asks it)
    return latin.group(0)


# "ok what about something on AI instead?", 「轉個話題」「有冇關於醫學嘅？」「有冇 hotel 相關嘅嘢讀？」: a new subject,
# not a question about the programme just discussed.
_NEW_SUBJECT = re.compile(
    # ("did they add anything about AI recently?" asks what the programme holds: no new subject.)
    r"\binstead\b|(?<!add )(?<!added )(?<!adds )(?<!include )(?<!included )(?<!cover )(?<!teach )(?<!mention )(?<!say )"
    r"\b(?:something|anything|stuff|courses?|programmes?|programs?|camps?) (?:on|about|related to)\b"
    r"(?!\s+(?:it|this|that|there|them)\b)|"
    r"\b(?:change|switch)(?:ing)? (?:the )?(?:topic|subject)\b|\bdifferent (?:topic|question)\b|\bnew topic\b|"
    r"\b(?:how (?:does|do|is)|what (?:is|are)|explain)\b.{1,30}\bin general\b|一般(?:嚟講|來說).{0,10}(?:點|係咪|係咩)|"
    r"\bunrelated\b|\boff[- ]?topic\b|\b(?:diff|different|another|new|separate|random) (?:thing|q|qn|question)\b|"
    r"(?:轉|換)(?:個|吓|下)?(?:話題|題目)|講(?:第二|其他)樣|另一個問題|另外想問|題外話|無關(?:嘅|既)?問題|"
    # 「好。另外，學校嘅全方位學習基金…？」 asks something else; 「另外，佢要唔要面試？」 still asks about it.
    r"(?:^|[。.!！，,]\s*)另外[，,\s](?!.*(?:佢|呢個|嗰個|果個|呢度|呢間|嗰度))|"
    r"有冇(?:關於|講|教|同).{1,12}?(?:有關|相關)?(?:嘅|既)|(?:相關|有關)(?:嘅|既)(?:嘢|課程|活動|cert|course|programme)",
    re.IGNORECASE,
)


# "whats a QF credit anyway", 「咩叫 OEA？」 after a programme: what a term means, asked on its own (a good / cheap /
# similar one is a request about the list, not a term).
_DEFINITION = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|wait|hmm+|btw|um+|erm)[\s,]+)*(?:what'?s|what is|whats|wat is|wats) an? "
    r"(?!(?:good|nice|cheap|cheaper|better|best|free|fun|easy|similar|typical|normal|short|quick|popular)\b)"
    r"[\w-]+(?: [\w-]+){0,2}(?: anyway| again| exactly| then)?\s*[?？]*\s*$"
    r"|^\s*(?:咁|噉|咦|喂)?\s*(?:咩|乜嘢?|什麼)叫(?:做)?\s*\S{1,12}?\s*[？?]*\s*$",
    re.IGNORECASE,
)


def changes_subject(text: str) -> bool:
    # 「CEF 即係咩嚟？我中五用唔用到？」, "whats OEA again?": an acronym asked for its meaning is a term of its own.
    return any(pattern.search(text) is not None for pattern in (_NEW_SUBJECT, _DEFINITION, ACRONYM_MEANING))


# "do i get a cert?", "who issues the certificate?", 「做完有冇證書㗎？」「張 cert 個名」: the programme's own certificate.
_CERTIFICATE_OF_IT: Final = re.compile(
    r"\b(?:get|gets|give|gives|issues?|issued|receive|award(?:s|ed)?|earn|gain|gains|print)\b.{0,20}\bcert"
    r"|\b(?:the|its|their|a)\s+cert(?:ificate)?s?\b(?!\s*(?:course|programme|program)s?\b)"
    # (「會唔會有 credit 或者 cert？」: a certificate of it, beside credit)
    r"|(?:有冇|有無|有|發|攞|拎|張|個)\s*(?:[^，。？?\s]{1,10}\s*(?:或者|或|定|同|or|and)\s*)?(?:證書|cert)"
    # 「啲證書係頒俾邊啲人？」: its certificates, given to whom.
    r"|(?:啲|嗰啲|佢啲)\s*(?:證書|cert)|(?:證書|cert)\s*(?:係)?\s*(?:頒|發|俾|畀)\s*(?:俾|畀|給)?\s*(?:邊|咩|乜)",
    re.IGNORECASE,
)


# 「有冇 cert 推介？」 asks for certificates; 「有冇 cert 㗎？」 after a programme asks whether it gives one.
_ASKS_FOR_OPTIONS: Final = re.compile(
    r"推介|建議|介紹|\b(recommend|suggest|options|ideas)\b|邊(個|張|間)好", re.IGNORECASE
)


def asks_certificate_of_it(text: str) -> bool:
    """Whether a follow-up asks if the programme just discussed gives a certificate (「去完有冇 cert 攞？」), not for
    certificates to take."""
    return _CERTIFICATE_OF_IT.search(text) is not None and _ASKS_FOR_OPTIONS.search(text) is None


def switches_kind(text: str, previous: str, shown_kinds: Sequence[str]) -> bool:
    """ "what about university tasters, any in summer?" after a certificate, 「咁微證書呢？」 after a taster: the
    question names a kind of programme that neither the previous question nor anything just shown is, so it
    asks about that kind now, not about the programme before."""
    asked = set(stated_kinds(text)) - ({"certificate"} if _CERTIFICATE_OF_IT.search(text) else set())
    # (A guide's subject is no kind of programme: "what about university tasters?" after the OEA guide may still ask
    # how tasters fit it.)
    if not asked or not shown_kinds or not set(shown_kinds) <= PROGRAMME_KINDS:
        return False
    return not asked & {*shown_kinds, *stated_kinds(previous)}


# "the free one, what do i need?", "the one where u sleep in a hall", 「網上讀嗰個」「要考甄選評估嗰個」: one entry of
# the list just shown, picked by what it is like rather than by its place or its name.
_DESCRIBED_ONE = (
    # "the 3-day one where u sleep in the hostel": its length, and what it is like after.
    re.compile(
        r"\bthe (?P<d>\d+[- ]?(?:day|night|week|hour|month)s?(?:[- ]\d+[- ]?(?:day|night)s?)? one"
        r"(?: (?:where|that|which|with|w/|w)(?=\s)(?:(?!\s[-–]\s)[^,?.!]){2,60})?)",
        re.IGNORECASE,
    ),
    re.compile(r"\bthe one (?P<d>(?:where|that|which|with|in|for|about|u|you|i|we)\b[^,?.!]{2,60})", re.IGNORECASE),
    re.compile(r"\b(?:the|that|this) (?P<d>(?!one\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?) one\b", re.IGNORECASE),
    # 「佢哋嗰個微證書論壇係同邊個合辦？」: "their" before, the description after.
    re.compile(
        r"(?:佢哋|佢)\s*(?:嗰個|果個|嗰張|嗰項)\s*(?!幾|點|係|有|要|咩|乜|邊|呢)(?P<d>[^，,。？?！!\s]{2,12}?)(?=係|有|要|幾|點|喺|[，,。？?！!\s]|$)"
    ),
    # 「入門嗰個考試」: a kind of thing said after the pointer is part of the description ("the entry-level exam").
    re.compile(
        r"(?:^|[，,。？?！!\s])(?P<d>[^，,。？?！!\s][^，,。？?！!]{1,18}?)\s*(?:嗰個|果個|嗰張|嗰項)\s*"
        r"(?P<n>考試|證書|課程|營|exam|cert|course|camp)?"
    ),
    # 「嗰次 workshop 有幾多人參加？」: the pointer first, then what it was (never a bare kind: 「嗰個課程幾錢？」).
    re.compile(
        r"^(?:咁\s*)?(?:嗰個|果個|嗰次|果次|嗰張|嗰項)\s*(?!(?:programmes?|programs?|courses?|課程|證書|certs?|camps?|營|活動|一個)"
        r"(?:\s|[，,。？?！!]|$|係|有|要|幾|點|喺))(?!幾|點|係|有|要|咩|乜|邊|呢)(?P<d>[^，,。？?！!\s][^，,。？?！!]{1,18}?)"
        r"(?=\s*(?:係|有|要|幾|點|喺|[，,。？?！!]|$))"
    ),
)
_NOT_DESCRIPTION = re.compile(
    r"^(?:咁|噉|即係|就係|佢哋$|佢$|first|second|third|last|other|same|previous|earlier|latest|\d+(?!\d)(?:st|nd|rd|th)?(?![- ]?(?:day|night|week|hour|month))|第.)\s*",
    re.IGNORECASE,
)


def described_one(text: str) -> str | None:
    """What a student says the entry they mean is like ("free", "where u sleep in a hall", 「網上讀」), or None."""
    for pattern in _DESCRIBED_ONE:
        # The last one said is the one asked about: "the taster one sounds short. what about the residential one?"
        found = next(reversed(list(pattern.finditer(text))), None)
        if found is None:
            continue
        description = _NOT_DESCRIPTION.sub("", found.group("d").strip()).strip()
        if "n" in pattern.groupindex and found.group("n"):
            description = f"{description} {found.group('n')}"
        if len(tokens(description)) >= 1 and description.lower() not in {"one", "ones", "the"}:
            return description
    return None


def goes_back(text: str) -> bool:
    """Whether a message returns to a programme discussed earlier in the conversation (not the last one)."""
    return _GOES_BACK.search(text) is not None


def asks_first(text: str) -> bool:
    return _FIRST.search(text) is not None


def joined_topic(previous: str, current: str) -> str:
    return f"{previous} {current}"


_ORDINALS: dict[int, re.Pattern[str]] = {
    1: re.compile(
        r"\b(the )?(first|1st)( one)?\b|\bthe former\b|第一(個|項|樣|張|款|間|part)|頭一個|1號|前者|前面(嗰|果)(個|項|樣|款|間|張)",
        re.IGNORECASE,
    ),
    2: re.compile(r"\b(the )?(second|2nd)( one)?\b|第二(個|項|樣|張|款|間|part)|2號", re.IGNORECASE),
    3: re.compile(r"\b(the )?(third|3rd)( one)?\b|第三(個|項|樣|張|款|間|part)|3號", re.IGNORECASE),
    4: re.compile(r"\b(the )?(fourth|4th)( one)?\b|第四(個|項|樣|張|款|間|part)", re.IGNORECASE),
    5: re.compile(r"\b(the )?(fifth|5th)( one)?\b|第五(個|項|樣|張|款|間|part)", re.IGNORECASE),
}
_BOTH = re.compile(
    r"\bcompare (them|those|these|both|the (two|2)( of (them|em))?|em|'em)\b|\b(them|both) compared\b|\bwhich of (them|the two)\b|"
    r"\bwhich (one )?(has|is|costs?|takes) (fewer|more|less|cheaper|shorter|longer|better|easier|harder)\b|"
    r"\bwhich (one )?(can|could|would|will) (i|u|you|we) (finish|complete|get|do) .{0,10}\b(faster|quicker|sooner)\b|"
    r"\bwhich (one|of them|of the two|of these|of those) (gives?|offers?|has|is|costs?|takes|needs?|requires?)\b|"
    r"(比較|compare)\s*(下|吓|一下)?\s*(佢哋|兩個|呢兩個|兩樣)|(佢哋|兩個)(比較|邊個)|"
    # 「兩個有咩分別？」「佢哋有乜唔同？」, "how are they different", "what's the difference between them".
    r"(佢哋|兩個|呢兩個|兩者|兩樣)\s*(之間)?\s*(有|嘅)?\s*(咩|乜|乜嘢|什麼|甚麼|啲)?\s*(分別|唔同|差別|差異|區別)|"
    r"\bhow (are|r) (they|them|the two|both) different\b|\bdifference between (them|the two|these|those|both)\b|"
    # 「邊個快啲讀完？」「邊個多啲 credit？」: which of the two is more so.
    r"邊個.{0,6}(平|貴|快|慢|長|短|多|少|好|易|難|啱|抵|早|遲|高|低)(啲|d\b)",
    re.IGNORECASE,
)


# "are both on coursera?", 「兩個都有證書？」, "do they both give credit?": one aspect of the two just shown. Only
# in a short message that joins no names of its own (「OEA 同 SLP 兩樣都要填？」 names its two).
_BOTH_ASKED = re.compile(
    r"\b(are|r|do|does|can|will|would|did|were|is) (they |them |these |those |the two )?both\b|"
    r"\b(they|them|these|those) both\b|\bboth (of )?(them|these|those|the two|ones)\b|"
    r"(佢哋|佢地|呢兩個|嗰兩個)?\s*(兩個|兩樣|兩張|兩科|兩間)\s*都",
    re.IGNORECASE,
)
_JOINS_NAMES = re.compile(r"[同和與跟及]|\b(and|&|vs\.?|versus|or)\b", re.IGNORECASE)
BOTH_MAX_CHARS: Final = 50
# 「AZ-900 同 AI-900 比較下佢哋」: the two are named before "them", so "them" is those two, not the last list.
_NAMES_ITS_TWO = re.compile(
    r"^[^，,。？?!！]{2,40}(同|和|與|跟|\band\b|\bvs\.?|\bversus\b)[^，,。？?!！]{2,40}(比較|比下|比吓|比一比|對比|compare)",
    re.IGNORECASE,
)


# After two programmes looked up one by one, "which one expires?", 「邊個唔使俾錢？」「邊個啱 beginner？」 ask
# which of those two; "which" alone is not enough (「邊個搞㗎？」 asks who runs it).
_WHICH_OF_TWO = re.compile(
    r"\bwhich (one|of them|of the two|of these|of those|cert|course|programme|program|exam)\b"
    # 「邊個大學最好？」 asks about universities at large, not the two just discussed.
    r"|(邊個|邊一個|邊張|邊科)(?:(?!大學|學校|院校|uni).){0,10}"
    r"(平|貴|快|慢|長|短|多|少|好|易|難|啱|抵|早|遲|高|低|唔使|免費|過期|有效|適合)",
    re.IGNORECASE,
)


# "the last one", 「最後嗰個」: the last of the list ("last year" or "the last round" are not).
_LAST_ONE = re.compile(
    r"\b(the )?(last|final) one\b|\bthe (last|final) (programme|program|course|cert|certificate|camp|option|entry)\b|"
    r"最後(一|嗰|果|個)?(個|項|樣|款|間|張)|尾(嗰|果)個|"
    # "the latter", 「後面嗰個」「後者」: the second of the two just named.
    r"\bthe latter\b|後者|後面(嗰|果)(個|項|樣|款|間|張)?",
    re.IGNORECASE,
)
# "what's the difference?", 「有咩分別？」 alone after two programmes looked up one by one: those two. (「OLE 同 OEA
# 有咩分別？」 names its own two.)
_DIFFERENCE_ALONE = re.compile(
    # "whats the difference in exam fee" asks the difference in one aspect of the two.
    r"^(so |and |ok |then )*(what'?s|whats|what is|any) (the )?(main |real |big )?(diff|difference)s?"
    r"( (in|of|for) (the )?[a-z][\w -]{1,25})?\s*[?？!]*$|"
    r"^(咁|噉|所以)?\s*(有|係)?\s*(咩|乜|乜嘢|什麼|甚麼)\s*(分別|唔同|差別|區別)\s*(呀|啊|㗎|嘅|呢)?\s*[?？!]*$",
    re.IGNORECASE,
)


_CLARIFIES = re.compile(r"即係|即是|\bi\.?e\.?\b|\bi mean\b|\bthat is\b", re.IGNORECASE)


def referenced_entries(text: str, recent_sources: Sequence[str], recent_topics: Sequence[str] = ()) -> tuple[str, ...]:
    """Entries of the last answers the student points at: "the second one", 「第二個呢？」 (of the last list),
    "compare them" (the last two programmes looked up one by one since that list, else the list's first two)."""
    topics = tuple(dict.fromkeys(recent_topics))
    asks_difference = len(topics) >= 2 and _DIFFERENCE_ALONE.match(text.strip()) is not None
    asks_both = len(text) <= BOTH_MAX_CHARS and _BOTH_ASKED.search(text) is not None and not _JOINS_NAMES.search(text)
    both = _BOTH.search(text) is not None and not _NAMES_ITS_TWO.search(text)
    if both or asks_difference or asks_both or (len(topics) >= 2 and _WHICH_OF_TWO.search(text)):
        return topics[-2:] if len(topics) >= 2 else tuple(recent_sources[:2])
    # 「第二個，即係後端嗰個」: a place said, then what the one meant is; what it is decides (the list's order may
    # not be the one the student remembers).
    if not recent_sources or (_CLARIFIES.search(text) and described_one(text)):
        return ()
    for number, pattern in _ORDINALS.items():
        if number <= len(recent_sources) and pattern.search(text):
            return (recent_sources[number - 1],)
    if len(recent_sources) >= 2 and _LAST_ONE.search(text):
        return (recent_sources[-1],)
    return ()


# 「咁可唔可以用 CEF？」 after a programme asks whether the CEF pays for it: the scheme is then a fact of the programme.
CEF_FOR_IT: Final = re.compile(
    rf"(用|use|claim|apply for|get|攞|拎|申請)\s*(得唔得|唔用得)?\s*({CEF_NAMED.pattern})"
    rf"|({CEF_NAMED.pattern})\s*(cover|pay|資助|發還|報銷)"
    # 「咁 CEF claim 唔 claim 到？」「CEF 用唔用得？」: whether the fund pays for the one just discussed.
    rf"|({CEF_NAMED.pattern})\s*(可唔可以|可以)?\s*(claim|用|申請|攞|拎)\s*(唔|得)",
    re.IGNORECASE,
)


_OPTIONS_WANTED: Final = re.compile(r"有冇|\b(?:any|anything|something|stuff)\b", re.IGNORECASE)


def new_subject(reading: Understanding) -> Understanding:
    """「有冇 hotel 相關嘅嘢讀？」 asks for options on a new subject; "switching topic: what is OEA?" does not. The
    words that only announce the switch are no part of the topic: "ok different question, how much does it cost to
    apply through JUPAS?" searched with them found what JUPAS is, not its fees."""
    intent = "recommend" if _OPTIONS_WANTED.search(reading.text) else reading.intent
    topic = " ".join(_SWITCH_ANNOUNCED.sub(" ", reading.text).split()) or reading.text
    return replace(reading, topic=topic, follow_up=False, intent=intent)


_SWITCH_ANNOUNCED: Final = re.compile(
    r"\b(?:ok(?:ay)?|so|also|and|but|btw)?[\s,]*(?:totally |completely |a )?(?:different|another|new|separate|random|"
    r"unrelated|off[- ]?topic) (?:thing|q|qn|question|topic|subject)\b[\s,:;.-]*(?:but\b)?|"
    r"\b(?:also |and |but )?(?:totally |completely )?(?:unrelated|off[- ]?topic)\b[\s,:;.-]*(?:but\b|q\b|question\b)?|"
    r"\b(?:changing|switching|change|switch)(?: the)? (?:topic|subject)\b[\s,:;.-]*|"
    r"(?:轉|換)(?:個|吓|下)?(?:話題|題目)[，,：:\s]*|另一個問題[，,：:\s]*|另外想問[，,：:\s]*|題外話[，,：:\s]*|"
    r"無關(?:嘅|既)?問題[，,：:\s]*",
    re.IGNORECASE,
)
