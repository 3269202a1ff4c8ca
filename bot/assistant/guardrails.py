"""Guardrails in English, Chinese and code-mixed Cantonese. They run before retrieval and fail closed: a guard
that errors gives a safe refusal, never a pass.

Order matters: a student in distress is answered kindly before anything else is considered.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from bot.assistant.patterns import any_of

logger = logging.getLogger(__name__)

GuardKind = Literal[
    "distress",
    "injection",
    "other_students",
    "fake_certificate",
    "abuse",
    "homework",
    "medical",
    "money",
    "gossip",
    "guard_error",
]


@dataclass(frozen=True)
class GuardResult:
    kind: GuardKind

    @property
    def scope(self) -> Literal["support", "refused", "out_of_scope"]:
        if self.kind == "distress":
            return "support"
        if self.kind in {"injection", "other_students", "fake_certificate", "guard_error"}:
            return "refused"
        return "out_of_scope"


DISTRESS = any_of(
    r"\b(want|wanna|going) to die\b",
    r"\bkill (myself|my self)\b",
    r"\bsuicid",
    r"\bend (my|it) (life|all)\b",
    r"\bself[- ]?harm",
    r"\bcut(ting)? myself\b",
    r"\bhopeless\b",
    r"\bcan'?t (go on|take it|cope)\b",
    r"\b(so|really|very|too) (stressed|depressed|anxious|sad)\b",
    r"\bdepressed\b",
    r"\bno one cares\b",
    r"\bpanic attack",
    r"\bbreak(ing)? down\b",
    r"\bcan'?t sleep\b",
    r"想死",
    r"自殺",
    r"唔想(再)?(生存|活)",
    r"死咗(佢|算)",
    r"自殘",
    r"𠝹手",
    r"好絕望",
    r"絕望",
    r"抑鬱",
    r"頂唔順",
    r"好大壓力",
    r"壓力好大",
    r"壓力(太)?大",
    r"好(驚|焦慮|崩潰)",
    r"崩潰",
    r"冇人(明白|理)我",
    r"活唔落去",
    r"唔開心到",
    r"瞓唔着",
    r"瞓唔著",
)
INJECTION = any_of(
    r"\bignore (all |any |the |your |my )?(previous |prior |above |earlier )?(instructions|rules|prompts?|guidelines)",
    r"\bdisregard (all |your |the )?(previous |prior )?(instructions|rules)",
    r"\bforget (all |your |the )?(previous |prior )?(instructions|rules)",
    r"\b(system|hidden|initial|original) prompt\b",
    r"\b(reveal|show|print|repeat|tell me) (me )?(your|the) (prompt|instructions|rules)",
    r"\bdeveloper mode\b",
    r"\bjailbreak",
    r"\bDAN mode\b",
    r"\byou are now (an?|my|the|no longer)\b",
    r"\bact as (an?|the|my) (different |new |unrestricted |evil )?(ai|bot|assistant|gpt|chatbot|model)\b",
    r"\bpretend (to be|you are) (an?|the|my)? ?(different |unrestricted )?(ai|bot|assistant|human|model|gpt)",
    r"\bcanary\b",
    r"忽略.{0,6}(指示|指令|規則|設定|prompt)",
    r"無視.{0,6}(指示|指令|規則)",
    r"唔好理.{0,6}(指示|指令|規則|設定)",
    r"(系統|隱藏)(提示|指令)",
    r"(講|話|俾|show).{0,6}(你|你嘅).{0,4}(prompt|指示|指令|設定)",
    r"你嘅\s*prompt",
    r"扮(演)?(成)?(另一個|一個).{0,8}(AI|bot|機械人|助手)",
    r"開發者模式",
    r"越獄",
)
OTHER_STUDENTS = any_of(
    r"\b(other|another|all) (students?|users?)('s)?\b",
    r"\bwho else (uses|asked|is using)\b",
    r"\bmy classmates?'?s? (data|profile|interests|messages|questions|info)",
    r"\b(user|telegram) ?id\s*\d{3,}",
    r"\bwhat did .{1,30} (ask|say)\b",
    r"\b(list|show) (all )?(the )?users\b",
    r"其他(同學|學生|用戶|人)(嘅|的)?(資料|問題|興趣|紀錄|記錄)",
    r"(同學|人哋|其他人)問(過|咗)(咩|乜)",
    r"邊個(用|問)(過|緊)",
    r"(其他|全部|所有)(用戶|使用者)",
)
FAKE_CERTIFICATE = any_of(
    r"\bfake (a |an |my )?(cert|certificate|diploma|degree|badge|transcript|result)",
    r"\bforg(e|ed|ing) (a |an |my )?(cert|certificate|diploma|badge|transcript|signature)",
    r"\b(photoshop|edit|make) (a |an |my )?(fake )?(cert|certificate|diploma) (look|that)",
    r"\bbuy (a |an )?(cert|certificate|diploma|degree)\b",
    r"\bcertificate without (doing|taking|finishing)",
    r"假(嘅)?\s*(證書|cert|文憑|學位|成績表|徽章)",
    r"偽造",
    r"(整|做|P)(一)?張\s*(假)?\s*(cert|證書)",
    r"買(張|個)?(證書|cert|文憑)",
    r"唔(使|駛)(讀|上堂).{0,6}(攞|拎|有)(cert|證書)",
)
ABUSE = any_of(
    r"\bf+u+c+k+",
    r"\bshit\b",
    r"\bstupid (bot|ai|thing)\b",
    r"\bidiot\b",
    r"\buseless (bot|ai|piece)\b",
    r"\bdumb (bot|ai)\b",
    r"\bstfu\b",
    r"\bbitch\b",
    r"\bwtf\b",
    r"屌",
    r"戇?鳩",
    r"仆街",
    r"\bon9\b",
    r"柒",
    r"廢(柒|物)",
    r"垃圾\s*(bot|機械人|嘢)",
    r"收皮",
    r"躝",
)
HOMEWORK = any_of(
    r"\bsolve (this|the|for|my)\b",
    r"\b(quadratic|simultaneous) equation",
    r"\bintegrat(e|ion) .{0,20}dx\b",
    r"\bdifferentiate\b",
    r"\b[xy]\s*\^\s*\d",
    r"\bdo my (homework|assignment|essay)",
    r"\bwrite (my|an?) (essay|composition)",
    r"\bproofread (my|this)\b",
    r"\bpast paper (answer|solution)s?\b",
    r"\b(help|do) (me )?(with )?my homework\b",
    r"(幫我|同我)(做|寫|計|睇)(功課|作文|題目|數|essay|assignment)",
    r"解(呢|這)(條|題)",
    r"(呢|這)條數",
)
MEDICAL = any_of(
    r"\b(i|my .{1,10}) (have|has|got) (a )?(fever|headache|cough|rash|pain|flu|covid)\b",
    r"\bwhat (medicine|medication|pills?|drugs?) should\b",
    r"\bdosage\b",
    r"\bdiagnos(e|is) me\b",
    r"\bam i (sick|ill|pregnant)\b",
    r"(我|佢).{0,4}(發燒|頭痛|咳|肚痛|痛|病咗)",
    r"食(咩|乜)藥",
    r"(睇|看)(咩|邊科)醫生",
    r"係咪(病|懷孕)",
)
MONEY = any_of(
    r"\b(which|what) (stocks?|shares|crypto|coins?) (should|to) (i )?(buy|sell|invest)",
    r"\binvest(ing|ment)? (in|advice)\b",
    r"\bbitcoin\b",
    r"\bcrypto\b",
    r"\bforex\b",
    r"\bstock tips?\b",
    r"\bget rich\b",
    r"(買|賣|炒)(咩|邊隻)?(股|股票|幣|crypto)",
    r"投資(建議|邊樣)",
    r"比特幣",
    r"炒(股|樓|幣)",
)
GOSSIP = any_of(
    r"\bgossip\b",
    r"\bcelebrit(y|ies)\b",
    r"\bwho is dating\b",
    r"\b(girlfriend|boyfriend|crush)\b",
    r"\bwho will win\b",
    r"\b(match|game) (tonight|today)\b",
    r"八卦",
    r"明星",
    r"(邊個|佢)(同|拍緊)拖",
    r"拍拖",
    r"(今晚|聽日).{0,10}(波|比賽)",
    r"邊隊(會)?贏",
)

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def _decoded_variants(text: str) -> list[str]:
    """The text itself, plus any base64 runs in it decoded (a common way to smuggle instructions)."""
    variants = [unicodedata.normalize("NFKC", text)]
    for run in _BASE64_RUN.findall(text):
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() or "\n" in decoded:
            variants.append(decoded)
    return variants


SAFETY_ORDER: tuple[tuple[GuardKind, re.Pattern[str]], ...] = (
    ("distress", DISTRESS),
    ("injection", INJECTION),
    ("other_students", OTHER_STUDENTS),
    ("fake_certificate", FAKE_CERTIFICATE),
    ("homework", HOMEWORK),
    ("medical", MEDICAL),
    ("money", MONEY),
    ("gossip", GOSSIP),
)


def check(text: str) -> GuardResult | None:
    """The first guard the text trips, or None. Any internal error is a refusal (fail closed)."""
    try:
        for variant in _decoded_variants(text):
            for kind, pattern in SAFETY_ORDER:
                if pattern.search(variant):
                    return GuardResult(kind)
        return None
    except Exception:  # a broken guard must not let a message through unchecked
        logger.exception("guardrail failed; refusing")
        return GuardResult("guard_error")


def is_abusive(text: str) -> bool:
    """Insults get a calm reply when nothing else in the message can be answered (checked after retrieval)."""
    return bool(ABUSE.search(unicodedata.normalize("NFKC", text)))
