"""What a request for options leaves out: "other than the HKUST Summer Institute, any other summer programmes?",
「除咗中大 SAYT 仲有咩 STEM 活動？」, "besides cuhk, which unis run summer camps?".

The thing named after "other than" is what the student already knows or does not want: it is no option to offer,
and its provider is not the topic (a list of HKUST's programmes answers nothing of the first question).
"""

from __future__ import annotations

import re

# The phrase ends at punctuation or where the question goes on ("… , any other", 「… 仲有咩」).
_ENGLISH = re.compile(
    r"\b(?:other than|besides|apart from|aside from|except(?: for)?|excluding|not counting)\s+(?:the\s+)?"
    r"(?P<left>[^,，.?？!！;；]+?)"
    r"(?=\s*(?:[,，.?？!！;；]|$)|\s+(?:any|anything|what|which|where|is|are|do|does|can|could|should|got|have|has|"
    r"u|you)\b|\s*(?:有冇|仲有|重有|有咩|有邊|有乜))",
    re.IGNORECASE,
)
_CHINESE = re.compile(
    r"(?:除咗|除了|除開|除去|唔計|不計)\s*(?P<left>[^，,。？?！!；;]+?)\s*(?:之外|以外)?"
    r"(?=\s*(?:[，,。？?！!；;]|仲|重|還|亦|有冇|有咩|有邊|有乜|有啲))"
)


def excluded(text: str) -> str:
    """The phrases the message leaves out, joined ("" when it leaves nothing out)."""
    return " ".join(match["left"].strip() for pattern in (_ENGLISH, _CHINESE) for match in pattern.finditer(text))


def without_excluded(text: str) -> str:
    """The message with what it leaves out taken away: what is left names the topic."""
    for pattern in (_ENGLISH, _CHINESE):
        text = pattern.sub(" ", text)
    return " ".join(text.split())


# "nothing needing school nomination", "no principal's nomination needed", 「唔使學校推薦嘅」: options a student can
# join alone. The phrase names what is left out, so it is no topic to search for.
NO_NOMINATION_WANTED = re.compile(
    # (A recommendation counts only as the school's: "you gave me no recommendations last time" asks for options.)
    r"\b(?:nothing|none|not|without|w/o)\s+(?:that\s+)?(?:needs?|needing|requir(?:e|es|ing)|with|asking for)?\s*(?:an?\s+)?"
    r"(?:(?:school|principal|teacher)(?:'?s)?\s*)?nominations?(?:\s+letters?)?(?:\s+(?:needed|required))?"
    r"|\b(?:nothing|none|not|without|w/o)\s+(?:that\s+)?(?:needs?|needing|requir(?:e|es|ing)|with|asking for)?\s*(?:an?\s+)?"
    r"(?:school|principal|teacher)(?:'?s)?\s*recommendations?(?:\s+letters?)?(?:\s+(?:needed|required))?"
    r"|\bno\s+(?:(?:school|principal|teacher)(?:'?s)?\s+)?nominations?(?:\s+letters?)?(?:\s+(?:needed|required))?"
    r"|\bno\s+(?:school|principal|teacher)(?:'?s)?\s+recommendations?(?:\s+letters?)?(?:\s+(?:needed|required))?"
    r"|(?:唔使|唔駛|唔洗|不用|不需要|無需|毋須|唔要|唔需要)\s*(?:經)?\s*(?:(?:學校|校長|老師)\s*(?:推薦|提名)|提名)(?:信)?",
    re.IGNORECASE,
)


# After a provider left out, "which", 「邊間」, 「仲有咩」 ask for the other providers' programmes. (Not 「其他大學有冇
# 自己嘅 micro-credential？」, which asks what is known of a kind: the guide to what the catalogue lacks answers.)
OTHERS_WANTED = re.compile(
    r"\b(?:which|what other|any other|where else|who else)\b|邊間|邊啲|仲有咩|仲有邊|仲有乜|重有咩|還有甚麼|還有哪",
    re.IGNORECASE,
)
