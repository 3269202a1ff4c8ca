"""Clause rules: whether a message asks anything, and which of its clauses belong to the question.

The distress detector reads a message's clauses on their own ("what's the fee? not that it matters, I won't be
here"); a clause that only completes the question (an aspect, the other half of an either-or, who the student is)
is not read alone, or it would raise false alarms. The abuse rules use the same words to tell an insult wrapped
around a real question from scorn that asks nothing.
"""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.understanding import abuse_rules, route_words
from bot.assistant.understanding import question_rules as rules
from bot.assistant.understanding import stated_filters as stated
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.follow_up import ASKS_IF_ELIGIBLE
from bot.assistant.understanding.provider_names import names_provider
from knowledge.lexical import tokens

# The other half of an either-or question, in a clause of its own.
_ASKS_HOW = re.compile(r"點樣|點(揀|決定|計|報)|邊(個|間|啲)|幾時|幾多|\b(how|which|what|when)\b", re.IGNORECASE)
# A clause that only says who the student is or what they mean to do ("im 19 now", 「我中五」, 「想明年報」, "still
# undecided", "might be away for a wedding") beside a question about the catalogue.
_ABOUT_MYSELF = re.compile(
    # (Never a clause that speaks of dying or ending it: 「想去死」 is read alone, as is "want to try to end it".)
    r"^(?!.*(死|die|dead|end it|end my|kill|消失|唔想(活|生存)|自殺|suicid))("
    r"\s*(i'?m|im|i am|我(而家|今年)?(係)?)\s*(\d{1,2}|[sf][1-6]|form [1-6]|中[一二三四五六])\s*"
    r"(now|already|this year|yrs?( old)?|years? old|歲|喇|啦|嘅|喎|囉|呀|啊)?\s*$"
    r"|\s*(i\s*)?(was |am |'m )?(想|打算|準備|諗住|plan(ning)? to|wanna|want to|hope to|gonna|going to)\s*"
    r"(明年|今年|下年|遲啲|next year|this year|later)?\s*(再)?\s*(認真|好好|努力|正式|用心|seriously|properly)?\s*(報名?|join|apply|參加|讀|sign up|(sit|take|do) (it|the exam|them)\b)|\s*(still |i'?m still |i'?m )?(undecided|not decided( yet)?|haven'?t decided)"
    r"|\s*(仲)?(未決定|未諗好|未 ?decide)"
    # "thats me next yr" (the form just asked about), "im still at school": who the student is, no feeling.
    r"|\s*(that'?s|thats|that is) me\s*(next (yr|year)|this (yr|year)|now|lol)?\s*$"
    r"|\s*(i'?m|im|i am) (still )?(at|in) (secondary )?school\s*$"
    # 「我想自己報」: applying alone, said and nothing more.
    r"|\s*我\s*(想|打算|準備|諗住)\s*自己\s*(報名?|參加|申請|join|apply)\s*(佢|呢個|嗰個|it|them)?\s*(啦|喇|先|呀|啊|吖)?"
    r"\s*[.!?。！？]*\s*$"
    r"|\s*(i\s*)?(might|may|will|'ll|gonna|have to)\s+(be away|miss)\b.{0,30}\bfor (a|an|my|the|our) "
    r"(wedding|trip|holiday|vacation|family|competition|exam|match|concert|tournament|camp))",
    re.IGNORECASE,
)
_CONTINUES_A_QUESTION = re.compile(r"\s*(定係|定系|抑或|還是|或者係|\bor\b)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(
    r"[,，。.!！?？;；\n]+|\b(?:but|anyway|also|and then)\b|另外|不過|其實|反正|橫掂", re.IGNORECASE
)


# How hard, long or dear a wanted course may be, said beside a request for one: a preference, not a feeling.
_PREFERENCE_STATED = re.compile(
    r"(太|唔好|唔想|唔使|不要|唔係好)\s*(太)?\s*(深|難|淺|長|貴|advanced|hard|difficult)"
    r"|\b(too|not too|nothing too) (hard|difficult|advanced|deep|long|expensive|technical)\b"
    # "…? nothing that stopped years ago pls", 「唔要已經停辦嗰啲」: programmes still running wanted.
    r"|\b(nothing|none|no(t)? (one|ones|programmes?|camps?|courses?))\b (that|which)? ?(has |have |already )?(stopped|ended|closed|discontinued|"
    r"finished|shut)\b|(唔要|唔好|不要).{0,4}(已經)?(停|停辦|停咗|冇再)"
    # What the student would pay: "dont wanna pay much", 「唔想俾太多錢」 (a wish about a course, not about living).
    r"|\b(pay|paying|spend|spending) (much|a lot|too much|that much|more than|anything|a cent|money)\b|\b(cheap|budget|afford)|"
    r"(俾|畀|使|用)(太多|好多|咁多)?錢"
    # 「最好 free 同埋可以自己 pace 嘅」, "ideally free and self-paced": what the course should be like.
    r"|(最好|希望|ideally|preferably)\s*(係|是|要)?\s*(free|免費|平|網上|online|短|自己\s*pace|self[- ]paced|中文|英文|唔使錢)",
    re.IGNORECASE,
)
# Where or how a step is done, asked in a clause of its own ("…right?? so where am i supposed to write about myself"):
# the rest of the question.
_WHERE_TO_DO_IT = re.compile(
    r"^\s*(so |then |and )?(where|how|when) (am i|do i|should i|can i|would i|do we) (supposed to |meant to )?"
    r"(write|put|list|mention|submit|upload|apply|send|fill|talk|say)\b"
    # 「咁我想介紹自己應該寫喺邊？」: where in the application it goes.
    r"|^.{0,20}(應該|可以|要|會)\s*(寫|放|填|交|上載|submit)\s*(喺|係|落|去)?\s*(邊|邊度|邊到)",
    re.IGNORECASE,
)
# Fakes seen elsewhere, said beside a question about the real thing ("…official site? saw fake ones on ig").
_FAKES_SEEN = re.compile(
    r"^\s*(i\s+)?(keep seeing|saw|seen|see|found|there are|there'?s)\s+.{0,20}\b(fake|scam|phishing)\b|(見到|睇到|成日見|有好多).{0,10}(假|呃人|scam)",
    re.IGNORECASE,
)
# ... or wary of them (「唔想入錯啲 phishing site」, "dont wanna click a fake link"): a site, not the student, is feared.
# Such clauses are taken out before the detector reads the message at all (``without_wary_clauses``).
# (The distress detector read 「…係咪 hkqr.gov.hk，唔想入錯啲 phishing site」 at 0.97 for its 「唔想」.)
_WARY_OF_FAKES = re.compile(
    r"(唔想|怕|驚|don'?t want to|dont wanna|don'?t wanna|scared to).{0,12}(fake|scam|phishing|假|呃人).{0,4}"
    r"(sites?|links?|pages?|websites?|網站|網頁|網|link)",
    re.IGNORECASE,
)


# A term quoted to ask what it means ("what does 'all or nothing' mean for QF credits?"): words a course or guide uses,
# not the student's own feeling. (The detector read that message, with "if i only scrape a pass", at 0.61.)
_QUOTED_TERM_ASKED = re.compile(
    r"(?<=\bwhat )((?:does|do|is) )['‘\"“「][^'’\"”」]{2,40}['’\"”」](?=\s*(?:mean|stand for)\b)"
    r"|()['‘\"“「][^'’\"”」]{2,40}['’\"”」](?=\s*(?:係|即係|是)\s*(?:咩|乜|甚麼|什麼)\s*(?:意思|嚟))",
    re.IGNORECASE,
)


def without_wary_clauses(text: str) -> str:
    """The message without its clauses that only fear a fake site, and with a term quoted to ask its meaning read
    as "this term": what the distress detector reads whole."""
    text = _QUOTED_TERM_ASKED.sub(lambda m: f"{m.group(1) or m.group(2) or ''}this term", text)
    if not _WARY_OF_FAKES.search(text):
        return text
    kept = [c for c in CLAUSE_BREAK.split(text) if c and c.strip() and not _WARY_OF_FAKES.search(c)]
    return "，".join(kept) or text


# Where the student heard it ("…20k right? thats what my cousin said", 「我表哥話嘅」): whom the fact came from.
# ... or what a page did not say ("…for seniors only? the 2024 page i saw didnt say", 「網頁都冇寫」): the source, not the
# student (the detector read "the 2024 page i saw didnt say" at 0.74).
_SOURCE_SILENT = re.compile(
    r"^\s*(the|their|its|that|this|a|an|ur|your)?\s*(\d{4}\s+)?(official\s+)?(page|site|website|web ?page|brochure|poster|leaflet|"
    r"pdf|form|flyer|ig post|post)\s+(i\s+)?(saw|read|found|checked|looked at)?\s*(didn'?t|doesn'?t|does not|did not|never)\s+"
    r"(say|said|mention|list|tell|show)\b(\s+(it|that|so|anything|either))?\s*[.!?？。…]*\s*$"
    r"|^\s*(網頁|網站|單張|海報|pdf|官網|個\s*post)\s*(上面|度)?\s*(都)?\s*(冇|無|沒有)\s*(講|寫|提|列)(到|明|過)?\s*"
    r"(喎|㗎|架|囉|啊|呀)?\s*[。!！?？…]*\s*$",
    re.IGNORECASE,
)
_HEARSAY = re.compile(
    r"^\s*(that'?s|thats|that is|is what|what) (what )?(my |a |some )?(\w+ ){0,2}(said|says|told me|heard)\s*[.!?？]*\s*$"
    r"|^\s*(我|我個|我嘅)?\s*\S{1,4}(話|講)(嘅|㗎|架|喎)\s*[。!！？?]*\s*$"
    # "…? my friend said it happens every july": what was said of the programme ("it", 「佢」), not of oneself.
    r"|^\s*(my|我個|我嘅|我)\s*(friend|cousin|sis|sister|bro|brother|classmate|senior|teacher|朋友|表哥|表姐|同學|師兄|師姐|阿哥|家姐|老師)"
    r"\s*(said|says|told me|話|講)\s*(that )?(it|it'?s|they|there'?s|佢|呢個|嗰個|個)\b(?!.{0,30}(死|die|dead|kill|hopeless|useless|廢))",
    re.IGNORECASE,
)
# An interest stated beside a request for a course ("i'm keen on startups. is there a free online course…").
_INTEREST_STATED = re.compile(
    r"^\s*(i'?m|im|i am|i'?ve been|我)\s*(really |so |quite |very |好|真係|都)?\s*(keen on|interested in|passionate about|"
    r"curious about|into|對.{1,12}(好)?有興趣)(?!.{0,30}(死|die|dead|dying|kill|end it|end my|hurt|self-harm|自殺|消失))",
    re.IGNORECASE,
)
# A yes/no question about the programme in its own clause ("…, and does it mean my place is guaranteed?").
_ASKS_OF_IT = re.compile(
    r"^\s*(and |or |but |so )?(does|do|is|are|can|could|will|would|did)\s+(it|this|that|they|the (course|programme|program|"
    r"camp|scheme|cert|certificate|nomination|offer))\b(?!.{0,40}(死|die|dead|kill|end it|worth living|point (in|of) (living|life)))",
    re.IGNORECASE,
)
# ... and in Chinese (「如果我唔小心加咗一個…，佢會唔會都計？」: whether "it" still counts).
_ASKS_OF_IT_ZH = re.compile(
    r"^\s*(咁|噉|那)?\s*(佢|呢個|嗰個|呢科|嗰科|個課程|個\s*cert)\s*(會唔會|係咪|係唔係|計唔計|算唔算|使唔使|要唔要|有冇)"
    r"(?!.{0,20}(死|自殺|傷害|消失|唔想(活|生存)|冇意思))",
)
# What a programme's students did there, or a change to the choices just asked about (「…？中間去咗邊度參觀？」,
# 「…，再加七個新嘅入去，得唔得？」): the rest of the question, not the student's state.
WHAT_THEY_DID_OR_CHANGED = re.compile(
    r"(去咗|去過|參觀咗|參觀過|做咗|做過|玩咗)\s*(邊度|邊間|咩|乜|啲咩)|\b(what|which|where)\b.{0,20}\b(did|do|will) (they|we|"
    r"students|participants) (visit|do|go|see|make)\b|^\s*(再|然後|跟住)?\s*(加|刪|剔|換)\s*.{0,12}(入去|走|落去)\s*$",
    re.IGNORECASE,
)
# How much of it the student has done before ("never coded in my life", 「從來未寫過 code」), said beside a request for
# options: a self-description, not the student's state.
EXPERIENCE_STATED = re.compile(
    r"\b(never|haven'?t|have not|not) (ever )?(coded|programmed|done|tried|studied|learnt|learned|taken|touched|used)\b"
    r"( \w+){0,3}( (in my life|before|at all|ever))?\s*$|(從來)?(未|冇)(試過|讀過|學過|寫過|掂過|接觸過)\s*(code|coding|programming|編程|程式)",
    re.IGNORECASE,
)
# What the student has to write or keeps mixing up, said beside the question about it ("…OLE and OEA, i keep mixing
# them up", 「我有成廿樣嘢想寫」): the things asked about, not the student's state.
_ABOUT_THE_ASKED = re.compile(
    r"^\s*(i\s+|and i\s+)?(always|keep|often|still)\s+(mixing|mix|confusing|confuse|getting)\s+(them|these|those|the two|'?em|it)"
    r"\s+(up|mixed up|confused|wrong)\s*[.!?]*\s*$"
    r"|(成日|經常|時時|always|總係)\s*(都)?\s*(撈亂|搞亂|搞錯|混淆|撈埋一齊|分唔清)"
    r"|^\s*(我)?\s*(有)\s*(好多|成\S{1,3}|幾\S?|十幾|廿幾)\s*(樣|個|件|項)?\s*(嘢|經歷|活動|獎項?|比賽)\s*(想|要)\s*(寫|填|講|放|加)",
    re.IGNORECASE,
)
# Which of two programmes offers something (「邊個有得落手做嘢好似打石膏？」): a comparison asked, not a feeling.
_WHICH_OFFERS = re.compile(r"^\s*邊(個|間|一個)\s*(有得|有冇|先有|係玩|係做)")
# A worry about missing a deadline or a place, said beside the question about it (「…幾號幾點？？好驚 miss 咗」,
# "scared ill miss it"): the date answers it. Only the whole clause: 「好驚」 with anything else is read alone.
_MISSING_OUT = re.compile(
    r"^\s*(我|i'?m |im |i am )?(好|有啲|真係|so |really )?(驚|怕|擔心|scared|afraid|worried)\s*(that )?(i'?ll |i will |i |會)?\s*"
    r"(miss|錯過|趕唔切|遲(咗|左|交)|過咗期|爆滿|冇位|be late)\s*(咗|左|it|the deadline|deadline|the date)?\s*$",
    re.IGNORECASE,
)
# After dates were given, "have i missed everything?", 「係咪錯過晒？」 asks whether they have passed.
MISSED_IT_ASKED = re.compile(
    r"^\s*(so |wait |oh )?(have|did) i (already |just )?(missed|miss) (everything|it all|all of (it|them)|it|them|the (deadlines?|dates?|boat))"
    r"( already)?\s*[?？]+\s*$|^\s*(咁|即係)?\s*(我)?\s*(係咪|是否|係唔係)\s*(已經)?\s*(錯過|miss)(咗|左)?(晒|哂|全部)?\s*[?？]+\s*$",
    re.IGNORECASE,
)
# A question mark or a question word, in English or Chinese.
ASKING = re.compile(
    # ("what a joke", "wow what an idiot" exclaim, ask nothing.)
    # ("…says 'paper jam' when there's no paper jam" tells when, asks nothing.)
    # ("…a smoke alarm that only goes off when i make toast" tells when, too.)
    r"[?？]|\b(what(?! an? )|whats|when(?! there'?s\b| there (is|are)\b| (?:i|we) (?:make|type|ask|say|open|try|use|see|press|click)\b)"
    r"|whens|how|hows|which|where|wheres|who)\b"
    # (「返去讀多幾年」「好幾個」: a few more, several; 「幾乎」: almost.)
    r"|(?<![多好])幾(?!乎)|(?<=多)幾(?=多|耐|時|錢)|(?<![重地時鐘景焦要缺優特])點(?!心)|咩|邊|嗎|未|有冇|(\w)唔\3"
    # A yes/no question about what someone said ("my teacher said micro-credentials are trash. is she right or nah").
    r"|\b(is|are|was|does|do|did|should|would)\s+(she|he|they|it|that|this|these|those|there)\b(?!\s+(bot|app|ai|thing)\b)"
    r"|\bor (nah|not)\b"
    # "…will be bad. can i apply for sub-degrees and jupas at the same time": a sentence opening as a question.
    r"|(^|[.!。！]\s*)(can|could|do|should|may|must) (i|we)\b"
    # "ok you useless toaster, last chance: does the IBM Data Science cert need a lot of maths"
    r"|(^|[.!:;。！：]\s*)(does|do|did|is|are|can|will|should|would) (the|an?) \w+"
    # "…but is AWS cloud practitioner even recognised by unis here": a yes/no question without its question mark.
    r"|\b(is|are|does|do|will|would|can)\s+(\w+\s+){1,5}(even\s+)?(recogni[sz]ed|accepted|worth it|legit|valid)\b",
    re.IGNORECASE,
)


def practical(text: str) -> bool:
    """A question for a fee, a date or a length ("how much will it pay?", 「批咗之後有幾耐完成？」) is about a
    course: the detector's false alarms on short follow-ups were of this kind, so it must be surer there."""
    return bool(stated_aspects(text)) and bool(ASKING.search(text))


def asks_something(text: str) -> bool:
    """An insult wrapped around a real question ("wtf is the CUHK Summer Institute fee") is still a question;
    an insult that merely names a catalogue word ("your HKU taster list is trash") is not."""
    # ("CEF this, CEF that, you brainless piece of junk" names the scheme, which reads as its CEF aspect; "the jupas
    # hotline music has more brains than you", JUPAS.)
    # The scorn goes first: 「diu 你答咩 jupas 嘢呀」 asks nothing with its 咩.
    text = abuse_rules.ABUSE.sub(" ", text)
    return bool(set(stated_aspects(text)) - {"cef", "jupas"} or ASKING.search(text))


def scorns_only(text: str) -> bool:
    """「你係咪低能，hku si 嘅 fee 都講唔清楚」: an answer scorned, nothing asked once the insult and the scorn are read
    out; the catalogue word only says what the scorned answer was about."""
    rest = abuse_rules.ABUSE.sub(" ", text)
    # (「…你係咪喺度擲骰仔揀答案🎲？」: once the scorn is read out, a bare 「你係咪？」 asks nothing.)
    if bool(abuse_rules.SCORN.search(text)) and (not ASKING.search(rest) or _NOTHING_LEFT.fullmatch(rest)):
        return True
    # 「你係咪 AI 界嘅零分卷？…on99」: a question put to the bot about itself, with an insult and nothing of the catalogue.
    return bool(
        _ASKED_OF_THE_BOT.match(text)
        and abuse_rules.ABUSE.search(text)
        and not (rules.DOMAIN.search(text) or names_provider(text) or stated_aspects(text))
    )


_NOTHING_LEFT: Final = re.compile(r"[\W_]*((你|bot)\s*)?(係咪|係唔係|真係|是不是)?[\W_]*")
_ASKED_OF_THE_BOT: Final = re.compile(
    r"^\s*(bot\s*)?你\s*(係咪|係唔係|是不是|真係|係咪真係)|^\s*are (you|u) (a|an|the)\b", re.IGNORECASE
)


def has_question_content(text: str) -> bool:
    """Whether anything but insults, particles and the word "bot" is left to answer."""
    cleaned = abuse_rules.ABUSE.sub(" ", text)
    content = [t for t in tokens(cleaned) if t not in {"bot", "ai", "你", "個", "you", "your", "u"} and len(t) > 1]
    return len(content) >= 2


# What the student wants from the options asked for ("any med-related summer stuff? want smth hands on", "…anything
# for me?"): a request said in a clause of its own, not a feeling. (Never "anything left for me", "nothing for me".)
_WANTS_FROM_OPTIONS = re.compile(
    r"^\s*(i\s*)?(kinda\s+|kind of\s+|sort of\s+|really\s+|rly\s+|would\s+|i'?d\s+)?(want|wanna|prefer|like|looking for|ideally|"
    r"hoping for|need)\s+(smth|something|sth|stuff|one|a course|a camp|"
    r"a programme|a program)?\s*(that'?s\s+|that is\s+|with\s+)?(more\s+)?(hands[- ]on|practical|short|online|free|cheap|"
    r"in person|residential|interactive|lab[- ]based)\b"
    r"|^\s*(any|anything|something|smth|sth)\s+(good\s+)?for me\s*[?？!.]*\s*$",
    re.IGNORECASE,
)

# Which of the options named beside it to take first (「Google Data Analytics 同 Advanced…，我應該 take 邊個先？」,
# "…, which one should i do first?"): a choice between courses, not a question about pills. Only the whole clause.
_CHOOSES_BETWEEN = re.compile(
    r"^\s*(咁|so |then )?(我)?\s*(應該|應|好|should i|do i)?\s*(先)?\s*(take|讀|報|揀|上|做|do|start|pick|choose|join)?\s*"
    r"(邊(個|一個|科|樣)|which( one)?)\s*(先|first|should i (take|do|start|pick) first|to (take|do|start) first)?"
    r"\s*(好|呀|啊|啦|好啲)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


# "but im broke", 「我好窮」: the budget the question is asked within (a sentence of its own the detector heard as
# "i'm broken"); distress said in money words ("i can't go on, we lost everything") is the rules' and the whole's.
BUDGET_STATED: Final = re.compile(
    r"\b(i'?m|im|i am|we'?re|were|we are)\s+(so |really |super |kinda |pretty |hella |literally |basically )?broke\b(?!n)"
    r"|\bbroke (af|student|rn|lol)\b|\bcan'?t afford (much|it|that|a lot)\b|(好|咁|太)\s*窮|窮學生|冇乜錢|冇咩錢",
    re.IGNORECASE,
)
_LEFT_OF_A_BUDGET: Final = re.compile(
    r"\b(but|and|so|lol|tho|though|haha|rn|tbh|af)\b|但係|不過|所以|[\W_]+", re.IGNORECASE
)
MAX_BESIDE_A_BUDGET: Final = 4  # characters a clause may hold besides its budget ("but", "lol") and be only that


def states_only_a_budget(clause: str) -> bool:
    """Whether the clause says nothing but the budget ("but im broke lol"): beside distress ("im broke and honestly
    theres no point in anything"), it is no part of the question and is read for what it says."""
    if BUDGET_STATED.search(clause) is None:
        return False
    return len(_LEFT_OF_A_BUDGET.sub("", BUDGET_STATED.sub("", clause))) <= MAX_BESIDE_A_BUDGET


def part_of_the_question(clause: str, *, asking: bool) -> bool:
    """Whether a clause belongs to the question beside it rather than saying something of its own; `asking` is
    whether the whole message asks something (its question mark may sit in another clause)."""
    if rules.DOMAIN.search(clause) or names_provider(clause) or ASKS_IF_ELIGIBLE.search(clause):
        return True  # "…, can i still go?"
    if not asking:
        return False
    return bool(
        stated_aspects(clause)  # "… but still running?"
        # 「…？定係點樣決定我攞邊個？」 asks the other half; "…or is there no point in me anymore" is read.
        or (_CONTINUES_A_QUESTION.match(clause) and _ASKS_HOW.search(clause))
        or _PREFERENCE_STATED.search(clause)  # 「有冇…online cert 推介？唔想太深」
        or states_only_a_budget(clause)  # "…over the summer but im broke."
        or _ABOUT_MYSELF.match(clause)  # "im 19 now, how do i claim CEF…"
        or _MISSING_OUT.match(clause)  # "…幾號幾點？？好驚 miss 咗"
        or _FAKES_SEEN.search(clause)  # "…official site? saw fake ones on ig"
        or _HEARSAY.match(clause)  # "…right? thats what my cousin said"
        or _SOURCE_SILENT.search(clause)  # "…? the 2024 page i saw didnt say"
        or _INTEREST_STATED.match(clause)  # "i'm keen on startups. is there a free online course…"
        or _WHICH_OFFERS.match(clause)
        or _ASKS_OF_IT.match(clause)
        or _ASKS_OF_IT_ZH.match(clause)  # 「…，佢會唔會都計？」
        or WHAT_THEY_DID_OR_CHANGED.search(clause)
        or EXPERIENCE_STATED.search(clause)
        or _ABOUT_THE_ASKED.search(clause)  # "…, i keep mixing them up"
        or _WHERE_TO_DO_IT.match(clause)  # "…right?? so where am i supposed to write about myself"
        or _WANTS_FROM_OPTIONS.match(clause)  # "…? want smth hands on", "…, anything for me?"
        # "i'll only get around level 2 in most subjects, can i still get into a higher diploma?", "pretty sure i won't
        # get 5 level 2s. are there any vtc…"
        or route_words.ROUTES.search(clause)
        or _CHOOSES_BETWEEN.match(clause)  # "…, 我應該 take 邊個先？"
        # "…Google 有個 cert，啱唔啱我呢啲零經驗嘅人？", "…Band A，即係排第幾嗰啲？"
        or _ASKS_FIT_OR_WHICH.search(clause)
        # "s5 here, thinking about medicine. any hku lab … i can join?": a field the student weighs studying.
        or bool(_WEIGHS_A_FIELD.search(clause) and stated.stated_subjects(clause))
        or _THE_ONE_WITH.match(clause)  # "…still running? the one w the high table dinner"
        or _TROUBLE_FOR_WRITING.search(clause)  # 「如果我 copy 佢啲 wording 會唔會出事？」
        or _RESULTS_FEARED.search(clause)  # "im scared i'll only just scrape through. for an associate degree…"
        or _GETS_IN.search(clause)  # 「…讀毅進…？ 我明年仲入唔入到」
        or _KEEN_TO_TRY.match(clause)
        or _COMPARES_THEM.search(clause)  # "cuhk pgt vs cuhk sayt, how are they different"
        or _BOTH_TAKEN.search(clause)  # 「JUPAS 同 E-APP 有咩分別？可唔可以兩樣都報？」
        or _COUNT_ASKED.search(clause)  # 「…？可以改幾多個？」「Additional Information 幾多字？」
        or _FORM_AND_WISH.match(clause)  # 「…cert 推介？中五想試吓」
        or _SET_ASIDE.match(clause)  # "…pricey. apart from paying myself, who could help"
        or _COMPANY_COMING.match(clause)  # "…, my parents might come too", 「我想同屋企人一齊去，…」
        or _FOR_THOSE_WHO.match(clause)  # "ok so for ppl who are still finishing it, which schools…"
        or _WHAT_I_LACK.search(clause)  # 「ole 有邊五個範疇？我想睇下自己缺咗邊樣」
        or _IN_TIME.search(clause)  # "…HD application 下星期截，趕唔趕得切？"
        or _IF_I_DO_A_STEP.match(clause)  # "and if i leave some choices in my draft list and never confirm them, …"
        or _OR_MUST_I.match(clause)  # "will the cert still be valid…, or would i have to sit it again?"
        or _STILL_FINE.match(clause)  # "what if i … skip 2 of the 5 classes, am i still fine?"
        or _WHO_THEY_ARE.match(clause)  # 「咁我表妹係 non-local，…佢用唔用得 jupas？」
        or WANTS_TO_COMPARE.match(clause)  # 「2017 年度 JUPAS 報名費…要幾錢？想同而家比較下」
    )


# Whom the question is about ("ok so for ppl who are still finishing it", 「對於仲讀緊嘅人」): a group, no feeling.
_FOR_THOSE_WHO: Final = re.compile(
    r"^\s*((ok|okay|so|and|but|then)\s+)*(what about |how about )?(for|about) (ppl|people|those|students|someone|anyone|"
    r"the ones?) (who|that)\b|^\s*(咁)?\s*(對於|至於)\s*.{0,12}(嘅人|嘅同學|嘅學生)",
    re.IGNORECASE,
)
# What the student may be missing among what was listed (「我想睇下自己缺咗邊樣」): a check, not a lack felt.
_WHAT_I_LACK: Final = re.compile(
    r"(睇下|睇吓|check\s*下|諗下|知道|對下)\s*(自己|我)?\s*(缺|欠|少|差)(咗|左)?\s*(邊|咩|乜)"
)
# Whether there is still time for a step (「趕唔趕得切？」, "will i make the deadline?"): a question, no despair.
_IN_TIME: Final = re.compile(
    r"^\s*(仲|咁|噉)?\s*(趕|來|嚟)\s*(唔|不)\s*(趕|來|嚟)\s*(得|到)\s*(切|及)|趕唔趕到|趕得切\s*(嗎|咩|未)"
    r"|\b(will|can|could) i (still )?make (it|the deadline)( in time)?\b"
    # "trying to figure out when i could fit them in": fitting programmes into a calendar ("i don't fit in" is read).
    r"|\b(when|how|if|whether) (i|we) (could|can|would|might) (fit|squeeze|slot) (it|them|both|these|those|the two|either)( \w+)? in\b"
    r"|\b(fit|squeeze|slot) (it|them|both|the two) in\b(?=.{0,30}\b(summer|schedule|timetable|july|august|term|holidays?)\b)"
    r"|(擠|夾)\s*(唔|得)\s*(到|落)?\s*(時間|檔期)",
    re.IGNORECASE,
)
# A step of the application the student might take or skip ("and if i never confirm them", 「如果我冇 confirm 啲志願」):
# a case put to the question.
_IF_I_DO_A_STEP: Final = re.compile(
    r"^\s*(and |so |but |what )?if i (leave|don'?t|do not|never|forget( to)?|miss|skip|submit|change|drop|add|put|rank|"
    r"swap|reorder|confirm|withdraw)\b.{0,80}\b(choices?|draft|list|application|form|offer|programmes?|payment|fees?|"
    r"deadline)\b"
    r"|^\s*(咁|噉)?\s*(如果|假如|若果)\s*我.{0,30}(志願|choices?|申請|表格|offer|付款|交費|draft|confirm|確認)"
    # "and say later i fail one of the associate ones": a certificate exam supposed failed, said and nothing more.
    r"|^\s*(and |so |but )?(say|suppose|what if|if)\b.{0,12}\bi (fail|flunk|don'?t pass)\b.{0,30}\b(exam|test|ones?|"
    r"attempts?|modules?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The student's form and a wish to try what is asked about (「中五想試吓」, "s4 wanna try"): no feeling of its own.
# What the question leaves out ("apart from paying myself", 「除咗自己俾錢」): a short clause that starts so.
_SET_ASIDE: Final = re.compile(
    r"^\s*(apart from|aside from|besides|other than|except( for)?)\s*(paying|pay|money|fees?|applying|asking|joining|taking|using|"
    r"(my|the) (school|parents|family|teacher|fee|money))\b[\w\s'’]{0,20}$"
    r"|^\s*(除咗|除了|除開)\s*(自己)?\s*(俾錢|畀錢|交錢|付錢|出錢|學校|屋企|報名|申請)[\u4e00-\u9fff\s]{0,8}$",
    re.IGNORECASE,
)
# Who comes along: family or friends going too.
_COMPANY_COMING: Final = re.compile(
    r"^\s*my (parents|mum|mom|dad|family|friends?|sister|brother|cousin)s? (might|may|will|would|could|want to|wanna) "
    r"(come|join|go)( along| too| with me| as well)*\s*[.!?]*\s*$"
    r"|^\s*(我)?\s*(想|要|會)?\s*(同|帶|跟)\s*(屋企人|家人|爸媽|阿爸阿媽|父母|媽媽|爸爸|朋友|同學)\s*(一齊|一起)\s*(去|參加|報|join)"
    r"\s*[。.!！]*\s*$",  # (the whole clause: 「…一齊去死」 is read)
    re.IGNORECASE,
)
# The other way a practical question may go ("…, or would i have to sit it again?"; "…or is there no point in me
# anymore" is still read).
_OR_MUST_I: Final = re.compile(
    r"^\s*or (would|will|do|should|must|does) (i|we|you|u) (have to|need to|hafta) "
    r"(sit|take|redo|retake|resit|pay|apply|renew|re-?\w+)\b",
    re.IGNORECASE,
)
# Why the figures are asked: to compare them with now (「想同而家比較下」, "just wanna compare with this year's").
WANTS_TO_COMPARE: Final = re.compile(
    r"^\s*(我)?\s*(只係|純粹)?\s*(想|要)\s*(同|跟|和)\s*.{0,10}(比較|比一比|比下|比吓|對比|compare)\s*(下|吓|一下)?\s*[。.!！]*\s*$"
    r"|^\s*(i\s*)?(just )?(wanna|want to|wanted to) compare( (it|them))? (with|to|against) [\w' ]{1,30}$",
    re.IGNORECASE,
)
# Who the question is for, said in a short clause of its own (「咁我表妹係 non-local」, "my cousin is in s3"): a fact about
# someone else, no feeling.
_WHO_THEY_ARE: Final = re.compile(
    r"^(?!.*(死|die|dead|kill|自殺|suicid|hurt|傷害))\s*(咁|噉|so |and )?\s*(我|my )?\s*(個)?\s*"
    r"(表[兄弟姊妹哥姐]|堂[兄弟姊妹哥姐]|細佬|妹妹|家姐|哥哥|弟弟|細妹|朋友|同學|cousin|friend|bro(ther)?|sis(ter)?|classmate)"
    r"(\s*'s)?\s*(係|is|讀緊|而家係|今年|is in|is an?|is from)\s*(a |an )?"
    r"(non-?local|local|mainland|內地|本地|[sf][1-6]|中[一二三四五六]|form [1-6]|\d{1,2}\s*(歲|years? old|yo)?|dse|ib|gce)"
    r"(\s*(學生|生|student|candidate|嚟|來))?\s*[。.!！]*\s*$",
    re.IGNORECASE,
)
# Whether a case put just before still meets the rule ("…skip 2 of the 5 classes, am i still fine?", 「咁我仲得唔得？」):
# the whole clause only; a feeling said beside it is read in its own clause.
_STILL_FINE: Final = re.compile(
    r"^\s*(so |then )?(am i|would i be|will i be|is that|would that be|is it) (still )?(fine|ok|okay|good|alright|all right|"
    r"safe|covered|eligible|allowed)( then| with that| for it| for the cert(ificate)?)?\s*[?？]*\s*$"
    r"|^\s*(咁)?\s*(我)?\s*仲\s*(得唔得|可唔可以|ok唔ok|過唔過到|合唔合格)\s*[?？]*\s*$",
    re.IGNORECASE,
)
_FORM_AND_WISH: Final = re.compile(
    r"^\s*(我)?\s*(係|讀)?\s*(中[一二三四五六]|[sf][1-6])\s*(生)?\s*[，,]?\s*(好)?(想|wanna|want to|would like to)\s*"
    r"(試|報|參加|join|try|試讀)\s*(吓|下|一下|下先|it)?\s*[.!。！]*\s*$",
    re.IGNORECASE,
)


# How the things just named differ, or which of them is better for something: the comparison asked.
_COMPARES_THEM: Final = re.compile(
    r"\b(how|what)('?s|\s+is|\s+are)?\s+(are\s+)?(they|them|the two|both|these)\s+(different|differ|compare)"
    r"|\bwhat'?s the diff|有(咩|乜|什麼|甚麼)(分別|唔同|不同)|^\s*邊(個|樣|間|張)(好|啱|平|正|抵)",
    re.IGNORECASE,
)
# Whether both can be taken (「可唔可以兩樣都報」, "can i apply to both"): a rule of the schemes asked.
_BOTH_TAKEN: Final = re.compile(
    r"(可唔可以|可以|能否|能不能|can i|could i|may i).{0,6}(兩樣|兩個|兩間|兩邊|both).{0,4}(報|讀|申請|apply|join|take|do)",
    re.IGNORECASE,
)
# A count of things an application or course has (「可以改幾多個」「幾多字」, "how many choices"); never pills or days.
_COUNT_ASKED: Final = re.compile(
    r"幾多(個|字|項|科|間|份|張|堂|學分)|\bhow many (words|choices|programmes|programs|courses|credits|subjects|"
    r"items|modules)\b",
    re.IGNORECASE,
)


# A fear for one's results, beside a question about where they lead: the routes answer it (harm said in the clause
# is read as it is: "i'm scared i'll fail and my dad will kill me").
_RESULTS_FEARED: Final = re.compile(
    r"^(?!.*(kill|hurt|hit me|beat me|\bdie\b|dead|end it|死|打我|傷|唔想活|自殺))"
    r".*(scared|afraid|worried|nervous|驚|擔心|怕).{0,25}(scrape (through|by)|barely pass|only just pass|just pass|"
    r"\bfail(ing)?\b|肥佬|唔合格|唔夠分|考唔過|考得差|低分|level ?[12]\b)",
    re.IGNORECASE,
)
# Whether the student can get in (「我明年仲入唔入到」, "can i still get in next year"): a question about admission.
# "…trying to work out if i scrape in" (to an associate degree), 「…今年我仲有冇機會？」 (to a programme once nominated).
_GETS_IN: Final = re.compile(
    r"入唔入(到|得)|入(到|得)唔(到|得)|\bcan i (still )?get in\b"
    r"|\b(if|whether) i (can |could |would |will |'?ll )?(just )?(scrape|squeeze|sneak) in\s*[.!?]*\s*$"
    r"|\b(scrape|squeeze|sneak) (into|through) (an? |the )?(ad|hd|associate|higher diploma|degree|uni|university|programme|"
    r"program|course|jupas|sub-degree)\b"
    r"|^\s*(今年|今屆|出年|明年|今個暑假)\s*(我)?\s*(仲|都|係咪)?\s*(有冇|有無)\s*(機會|份)(報|參加|去|入)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
# 「…今年 S4 報唔報到？好想揸下自己整嘅車 🚗」: keen to try what the programme does (「好想試下」), nothing of harm.
_KEEN_TO_TRY: Final = re.compile(
    r"^(?!.*(死|傷|割|打我|唔想活|自殺|消失|瞓(到|唔)|唔喺度))\s*(好|超|真係|真心)?\s*想\s*(揸|玩|試|整|砌|睇|學|影|摸|搞|做)\s*(下|吓)"
    r"\s*.{0,8}(車|機械人|robot|實驗|app|程式|game|無人機|drone|模型|儀器|lab|化學|3D|電路|火箭)"
)


# Whether copying or writing something for an application gets the student into trouble: a question about the
# rules, not about the student's safety (「食晒啲藥會唔會出事」 names no writing, and is read).
_TROUBLE_FOR_WRITING: Final = re.compile(
    r"(copy|抄|照抄|借用|參考|寫|填|submit|交).{0,20}(會唔會|會不會)\s*(出事|有事|有問題|被發現|俾人發現|當抄襲|算抄襲)"
    r"|\b(copy|copying|use|using|reuse|reusing)\b.{0,30}\b(get (me )?in(to)? trouble|count as plagiarism|plagiari[sz]ing)\b",
    re.IGNORECASE,
)


# Which programme is meant, told by what it had ("the one w the high table dinner", 「有高桌晚宴嗰個」): a clause of its
# own that points at the programme asked about.
_THE_ONE_WITH: Final = re.compile(
    r"^\s*(i mean\s+|like\s+)?(the|that) (one|camp|course|programme|program|thing)\s+(w|w/|with|where|that|which)\b"
    # 「…？係咪有 high table？」: whether the programme has a thing named in English.
    # (有 is asked, never a feeling said in English: 「係咪 a burden」「有冇 anyone care」 are read.)
    r"|^\s*((係咪|係唔係|會唔會)\s*(有|包)|有冇|有無)\s*(埋)?\s*"
    r"(?!.*(hope|point|use|worth|burden|dead|die|end|alone|care|fault|fail|late|exit|disappear|over|mean|future|way out"
    r"|chance|reason|anyone|any ?one|somebody|someone|help))[a-z][a-z \-]{1,24}[?？]*\s*$"
    r"|^\s*(即係|就係)?\s*(有|去|做)\S{1,16}(嗰|果)(個|次|期)\s*[。.!?？]*\s*$",
    re.IGNORECASE,
)


# The whole clause is the field and nothing else ("thinking about medicine", "into engineering"): "thinking about
# taking all my medicine" is no field weighed, and is read.
_WEIGHS_A_FIELD: Final = re.compile(
    r"^\s*(i'?m\s+|im\s+)?(thinking (about|of)|interested in|into|considering|keen on)\s+(studying\s+|a career in\s+)?"
    r"(?!my\b|all\b|taking\b|ending\b)[a-z&\-]+( [a-z&\-]+)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)
# Whether a course suits the student, or which one is meant, asked in a clause of its own: a question, not a
# feeling about oneself.
_ASKS_FIT_OR_WHICH: Final = re.compile(
    r"(啱唔啱|適唔適合|適合唔適合|合唔合適)\s*(我|初學|新手|零經驗|冇經驗|beginner)|第幾|咩意思"
    r"|\b(suitable|good|ok|okay) for (me|beginners|a beginner|someone with no experience)\b",
    re.IGNORECASE,
)


# A clause that only says the student's age or form (「我今年 15 歲」「讀緊 S4」, "im 15", "in f4 now").
_WHO_I_AM: Final = re.compile(
    r"^\s*(我|i'?m|im|i am)?\s*(今年|而家|依家|宜家|now|this year)?\s*(係|讀緊|讀|in|studying in)?\s*"
    r"(\d{1,2}\s*(歲|yrs?( old)?|years? old)?|[sf][1-6]|form [1-6]|中[一二三四五六])\s*(喇|啦|嘅|now|already|this year)?"
    r"\s*[.!。！~]*\s*$",
    re.IGNORECASE,
)


def only_says_who_i_am(text: str) -> bool:
    """「我今年 15 歲，讀緊 S4」 after "how old must I be for it?": the student's age and form, asking whether they may
    join, not a request for a plan."""
    clauses = [c for c in CLAUSE_BREAK.split(text) if c and c.strip()]
    return bool(clauses) and all(_WHO_I_AM.match(c) for c in clauses)


# Two named who ran one programme together: no comparison of two.
JOINTLY: Final = re.compile(
    # (「同外國學生一齊整電子 project」「港大工程學院同資優學苑以前搞過個 workshop」: done with others, one programme.)
    r"同.{1,20}(合作|合辦|聯合舉辦|聯辦|夥拍|一齊搞|(以前|之前|曾經)?(搞|辦|舉辦)(過|咗)個)|同[^，,。？?]{1,12}一齊"
    r"|\b(together with|jointly with|in partnership with|partnered with|co-?run)\b",
    re.IGNORECASE,
)
