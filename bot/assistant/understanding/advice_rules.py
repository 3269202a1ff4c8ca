"""Advice about a kind of programme: "is coursera worth it", "my dad thinks online certs are a waste, is he right?",
「唔讀 taster 會唔會蝕底？」. Such a question names no programme, so no entry stands close enough in meaning to pass
the relevance gate, yet the knowledge base has guides written for exactly this; these rules say which kind it asks
about, so retrieval can answer from that kind's guides."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.understanding.patterns import any_of
from bot.assistant.understanding.question_rules import PLATFORMS
from bot.assistant.understanding.stated_filters import stated_kinds

ASKS_WORTH: Final = any_of(
    r"\b(worth (it|doing|taking|paying|the (time|money|effort|hype))|worthwhile|useful|useless|pointless|"
    r"a waste|waste of (time|money)|look(s)? good|care about|just for show|any (use|point)|a scam)\b",
    r"有冇用|冇用|無用|有咩用|浪費|蝕底|值唔值|值得|抵唔抵|有冇幫助|幫唔幫到|有冇著數|係咪呃|做樣",
    # "should i pay for a coursera certificate?", 「應唔應該俾錢讀？」: whether it is worth its fee.
    r"\bshould i (even )?(pay|bother|spend money|waste money)\b|應唔應該\s*(俾|畀|使)錢",
    # 「…張證書係咪當大學學分咁用？」, "does it count as real uni credit": what it is worth towards a degree.
    r"(係咪|係唔係|可唔可以|可以|算唔算)\s*當\s*(做|成|係)?\s*(大學|uni|u)?\s*(學分|credit|學位|degree)"
    # (Doubted, "real" credit: "does it count as university credit?" after a programme asks that programme's rule.)
    r"|\bcounts? as (real|actual|proper) (uni|university|college|academic) credits?\b",
)
# "is coursera worth it", "are moocs useful": the online certificates of a platform.
_MOOCS: Final = re.compile(r"\bmoocs?\b", re.IGNORECASE)


def advice_kinds(text: str) -> tuple[str, ...]:
    """The kinds of programme a question asks advice about: whether they are worth it, useful, a waste."""
    if not ASKS_WORTH.search(text):
        return ()
    on_a_platform = PLATFORMS.search(text) or _MOOCS.search(text)
    return stated_kinds(text) or (("certificate",) if on_a_platform else ())


# "do those credits still count if i end up at a different uni?", 「個 credit 入咗中大用唔用到？」: whether credit earned
# in one place counts at another university. The stacking guide answers it (credit usually counts only where it was
# awarded); the university named is where the student may end up, not the programme asked about.
CREDIT_ELSEWHERE: Final = any_of(
    r"\bcredits?\b.{0,70}\b(another|other|different|any|every|a new)\s+(uni|unis|university|universities|school|"
    r"institution|college)s?\b",
    r"\btransfer(red|able|s)?\b.{0,30}\bcredits?\b|\bcredits?\b.{0,40}\btransfer",
    r"\bcredits?\b.{0,60}\bend up (at|in)\b",
    # "if i get a credit from polyu summer institute can i use it at hku or cuhk?": the credit, then where it is used.
    r"\bcredits?\b.{0,60}\b(use|count|transfer)\b\s*(it|them|that|those|this)?\s*(at|in|to|towards)\s+"
    r"(hku|cuhk|hkust|polyu|cityu|hkbu|lingnan|eduhk|hkmu|another|other|a different|any)\b",
    # "if i end up going to hku instead can i still use that credit??": the university named first, the credit after.
    r"\b(end up|ended up|go|going|get|getting) (going |getting )?(to|at|in|into)\b.{0,25}\binstead\b.{0,40}\bcredits?\b"
    r"|\bend up (going to|at|in|getting into)\b.{0,40}\b(use|count|transfer|keep)\b.{0,20}\bcredits?\b",
    r"(credit|學分).{0,30}(邊間|其他|第二間|別間|另一間|任何|每間).{0,6}(uni|u\b|大學|院校)",
    r"(credit|學分).{0,30}(transfer|轉移|轉去|帶去|過數|通用|貨幣)",
    # (「…入咗 ust 或者 hku 呢？仲用唔用到？」: two universities, and a question mark between.)
    r"(credit|學分).{0,30}(入咗|入讀|去咗|讀緊)\s*.{1,20}?[\s,，?？]*(仲)?(用唔用|用得|計唔計|count|有冇用)",
    # 「嗰 1 credit 拎去 HKU 用唔用到？」「Stackable credits 係咪所有大學都認？」
    r"(credit|學分).{0,30}(拎去|攞去|帶去|用喺|用落)\s*\S{1,12}?\s*(用唔用|用得|計唔計|count|有冇用|認唔認)",
    r"(credit|學分).{0,20}(所有|全部|每間|任何)\s*(大學|院校|uni)\s*(都)?\s*(認|承認|收|接受)",
    # "do credits from different short courses just add up anywhere? can i mix ust mooc credits w a cuhk summer course
    # into one thing": credit from several places joined.
    r"\bcredits?\b.{0,40}\b(add up|stack up|combine)\b.{0,20}\banywhere\b"
    r"|\b(mix|combine|stack)\b.{0,30}\bcredits?\b.{0,60}\binto (one|a single)\b(?=.*\b(different|other|another|elsewhere|across|w|with)\b)",
)


# "can i use CEF to pay for a coursera cert?", 「CEF 可唔可以用嚟讀 Coursera 嘅證書？」, "which courses does CEF cover?":
# whether the fund pays for a kind of course. The guide on which courses qualify answers it (only those on the CEF
# list, and global platforms' certificates are not shown there), not the scheme's own rules of age and claims.
_ONLINE_COURSES: Final = (
    r"(\b(coursera|edx|futurelearn|udemy|udacity|linkedin learning|moocs?)\b|\bonline (courses?|certs?|certificates?)\b"
    r"|網上(課程|證書|course|cert)|國際平台|外國(課程|證書))"
)
_CEF: Final = r"(\bcef\b|continuing education fund|持續進修基金)"
CEF_COVERS_COURSES: Final = any_of(
    rf"{_CEF}.{{0,40}}{_ONLINE_COURSES}",
    rf"{_ONLINE_COURSES}.{{0,40}}{_CEF}",
    rf"\b(which|what) (courses?|programmes?|certs?|certificates?)\b.{{0,25}}{_CEF}",
    rf"{_CEF}.{{0,20}}(資助|cover|用|claim)\s*(得|到)?\s*(邊啲|咩|乜嘢)\s*(課程|course|cert|證書)",
)


# 「學校可唔可以資助？」, "will my school pay for it?": whether the student's own school pays towards a course (the
# Life-wide Learning Fund example answers it), not the CEF or a scheme a question names.
SCHOOL_PAYS: Final = any_of(
    r"(學校|間學校|school).{0,6}(可唔可以|會唔會|有冇|有無)?\s*(資助|津貼|贊助|補貼|俾錢|畀錢|出錢|subsidi[sz]e|pay)",
    r"\b(my |our |the )?school\b.{0,12}\b(pay|pays|paying|subsidi[sz]e|subsidi[sz]es|fund|funds|cover|covers|sponsor)\b",
)
CEF_NAMED: Final = re.compile(_CEF, re.IGNORECASE)
