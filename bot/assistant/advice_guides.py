"""The guides that answer advice about a kind of programme when no entry is close enough in meaning to the
question: what a taster counts for in JUPAS, what is and is not known about online certificates, why
micro-credentials help. Chosen by the kind the question asks about, the guide that answers whether it is worth it
first (what credit it carries, how to judge it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.types import OPTION_KINDS
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.advice_rules import CEF_COVERS_COURSES, CEF_NAMED, SCHOOL_PAYS, advice_kinds
from bot.assistant.understanding.provider_names import provider_ids
from knowledge.filters import SearchFilters
from knowledge.refresh import SUPPORT_GUIDE_ID
from knowledge.search import KnowledgeSearcher, SearchHit

GUIDES_FOR_KIND: Final[dict[str, tuple[str, ...]]] = {
    "taster": ("tasters-oea-slp-and-gaps", "jupas-oea", "slp-and-ole"),
    "certificate": (
        "mooc-vs-certificate-vs-microcredential-vs-degree",
        "how-to-judge-course-quality",
        "online-certificates-what-we-do-not-know",
    ),
    "microcredential": (
        "why-micro-credentials-help-dse-students",
        "what-are-micro-credentials",
        "stackable-credentials",
    ),
}
ADVICE_GUIDES_SHOWN: Final = 2
GUIDE_NAME_CHARS: Final = 5  # a title word that names the guide ("stackable"), not one any question uses ("add")
_ALL_GUIDES: Final = 40  # more than the catalogue holds, so every guide is ranked


def advice_guides(searcher: KnowledgeSearcher, reading: Understanding) -> list[SearchHit]:
    """Guides for an advice question about a kind ("is coursera worth it"); none for any other question."""
    if reading.intent not in {"explain", "lookup"}:
        return []
    wanted = [guide for kind in advice_kinds(reading.text) for guide in GUIDES_FOR_KIND.get(kind, ())]
    if reading.asks_credit_elsewhere:
        # 「taster 攞到嘅 credit 係咪去邊間 uni 都計」 sits under the gate for every entry: whether credit counts
        # elsewhere is the stacking guide's, whatever kind of course earned it.
        wanted = [CREDIT_GUIDE, *(guide for guide in wanted if guide != CREDIT_GUIDE)]
    if not wanted:
        return []
    found = searcher.search(reading.text, k=_ALL_GUIDES, filters=SearchFilters(kinds=("guide",)))
    return sorted((hit for hit in found if hit.id in wanted), key=lambda hit: wanted.index(hit.id))[
        :ADVICE_GUIDES_SHOWN
    ]


CREDIT_GUIDE: Final = "stackable-credentials"


def credit_guide_first(
    searcher: KnowledgeSearcher,
    hits: list[SearchHit],
    reading: Understanding,
    names_entry: Callable[[str], Callable[[SearchHit], bool]],
) -> list[SearchHit]:
    """Whether credit counts at another university ("…if i end up at a different uni?") is answered by the stacking
    guide first, however the search ranked it; the rest of the hits follow. A programme the question names and the
    search put first answers for itself ("polyu summer institute … is it transferable": its own credit rule)."""
    if reading.intent not in {"explain", "lookup"} or not reading.asks_credit_elsewhere:
        return hits
    # (A programme named only by its provider is not asked about: "if i end up going to hku instead can i still use
    # that credit??" names where the credit would go.)
    # A follow-up asks about the programme the conversation is on (「佢個 credit course 入到理大之後可唔可以
    # transfer?」 after PolyU's Summer Institute): its topic carries the name.
    asked = reading.topic if reading.follow_up else reading.text
    titled = bool(hits) and bool(searcher.names_in(asked) & searcher.title_names(hits[0].id))
    only_by_provider = bool(hits) and not titled and provider_of(hits[0].id) in provider_ids(reading.text)
    if hits and hits[0].kind in OPTION_KINDS and names_entry(asked)(hits[0]) and not only_by_provider:
        # (Unless the question names the guide too, 「Stackable credits 係咪所有大學都認？我 PolyU SI 嗰 1 credit…」, or
        # the university where the credit would be used, 「PolyU SI 嗰 1 個 credit，如果入咗中大…」.)
        shared = searcher.names_in(reading.text) & searcher.title_names(CREDIT_GUIDE)
        elsewhere = provider_ids(reading.text) - {provider_of(hits[0].id)}
        if not elsewhere and not any(word.isascii() and len(word) >= GUIDE_NAME_CHARS for word in shared):
            return hits
    return _guide_first(searcher, hits, CREDIT_GUIDE, reading.text)


def _guide_first(
    searcher: KnowledgeSearcher, hits: list[SearchHit], guide: str, question: str, kind: str = "guide"
) -> list[SearchHit]:
    """The guide (or an entry of ``kind``) before the rest of the hits: found among them, else among all entries of
    its kind for the question."""
    found = next((hit for hit in hits if hit.id == guide), None)
    if found is None:
        wider = searcher.search(question, k=_ALL_GUIDES, filters=SearchFilters(kinds=(kind,)))
        found = next((hit for hit in wider if hit.id == guide), None)
    return hits if found is None else [found, *(hit for hit in hits if hit is not found)]


CEF_COURSES_GUIDE: Final = "cef-history-and-eligible-courses"


def cef_courses_guide_first(
    searcher: KnowledgeSearcher, hits: list[SearchHit], reading: Understanding
) -> list[SearchHit]:
    """Whether the CEF pays for a kind of course ("can i use CEF to pay for a coursera cert?") is answered by the
    guide on which courses qualify first; the scheme and the course follow."""
    if reading.intent not in {"explain", "lookup"} or not CEF_COVERS_COURSES.search(reading.text):
        return hits
    return _guide_first(searcher, hits, CEF_COURSES_GUIDE, reading.text)


def kind_guide_first(
    searcher: KnowledgeSearcher,
    hits: list[SearchHit],
    reading: Understanding,
    names_entry: Callable[[str], Callable[[SearchHit], bool]],
) -> list[SearchHit]:
    """Advice about one kind of programme ("is it worth paying for a coursera cert? does it count as uni credit")
    that search answered with the stacking guide, for its word "credit", is answered by the kind's own guide first,
    unless the question names the stacking guide."""
    if reading.intent not in {"explain", "lookup"} or not hits or hits[0].id != CREDIT_GUIDE:
        return hits
    kinds = advice_kinds(reading.text)
    if len(kinds) != 1 or CREDIT_GUIDE in GUIDES_FOR_KIND.get(kinds[0], ()) or names_entry(reading.text)(hits[0]):
        return hits
    found = advice_guides(searcher, reading)
    return [found[0], *(hit for hit in hits if hit.id != found[0].id)] if found else hits


def advice_guide_leads(hits: list[SearchHit], reading: Understanding) -> bool:
    """Whether the first hit is a guide written for the kind the question asks advice about ("is it worth paying
    for a coursera cert? does it count as uni credit"): the guide answers, though the question names a fee, credit
    or provider that would otherwise send it to a programme's own entry. (Not what it is worth for a JUPAS
    application: that answer is built from the programme, 「HKU SPACE 嗰啲 micro-credential 對入 U 有冇用？」.)"""
    if not hits or "jupas" in reading.aspects:
        return False
    return any(hits[0].id in GUIDES_FOR_KIND.get(kind, ()) for kind in advice_kinds(reading.text))


SCHOOL_FUND: Final = "school-life-wide-learning-fund-taster-subsidy"


def school_fund_first(searcher: KnowledgeSearcher, hits: list[SearchHit], reading: Understanding) -> list[SearchHit]:
    """Whether the student's school pays towards a course (「大學暑期課程好貴…學校可唔可以資助？」) is answered by
    the school-fund example first; a question about the CEF is the CEF's."""
    if (
        reading.intent not in {"explain", "lookup"}
        or not SCHOOL_PAYS.search(reading.text)
        or CEF_NAMED.search(reading.text)
    ):
        return hits
    return _guide_first(searcher, hits, SCHOOL_FUND, reading.text, kind="scheme")


BADGES_GUIDE: Final = "digital-badges"
# 「點 check 人哋張 Coursera cert 係咪真㗎？」, "how do i verify a badge": whether an award is genuine (not edX's
# "verified certificate", a track one pays for).
_ASKS_IF_GENUINE: Final = re.compile(
    r"(係咪|是否|是不是|係唔係)\s*真|真定假|真唔真|真偽|\b(real or fake|fake or real|genuine|authentic)\b|\bverify\b|"
    r"\bverification\b|\bis (it|this|that|the \w+) (real|fake)\b|核實|驗證|查證",
    re.IGNORECASE,
)
_AN_AWARD: Final = re.compile(r"\bcert|證書|\bbadges?\b|徽章|\bdiploma", re.IGNORECASE)
# "how do i verify someone's google data analytics certificate?": another person's award, whatever programme it is.
_SOMEONE_ELSES: Final = re.compile(
    r"\b(someone|somebody|anyone|(a |my )?(friend|classmate|cousin|applicant|candidate)|his|her|their)('?s|s')?\b"
    r"|人哋|朋友|同學|別人|其他人",
    re.IGNORECASE,
)


def badges_guide_first(
    searcher: KnowledgeSearcher,
    hits: list[SearchHit],
    reading: Understanding,
    names_entry: Callable[[str], Callable[[SearchHit], bool]],
) -> list[SearchHit]:
    """Whether a certificate or badge is genuine is answered by the guide on checking one, not by a certificate the
    question's words came closest to; a programme named by its title answers for itself."""
    text = reading.text
    if reading.intent not in {"explain", "lookup"} or not _asks_if_genuine(text):
        return hits
    titled = hits and hits[0].kind != "guide" and names_entry(text)(hits[0]) and searcher.names_in(text)
    if titled and not _SOMEONE_ELSES.search(text):
        return hits
    return _guide_first(searcher, hits, BADGES_GUIDE, text)


def badges_guide_leads(hits: list[SearchHit], reading: Understanding) -> bool:
    """Whether the guide on checking an award leads for a question whether one is genuine: a provider named on the
    way ("someone's google data analytics certificate") does not send it to the provider's programme."""
    return bool(hits) and hits[0].id == BADGES_GUIDE and _asks_if_genuine(reading.text)


def _asks_if_genuine(text: str) -> bool:
    return bool(_ASKS_IF_GENUINE.search(text) and _AN_AWARD.search(text))


def question_guides_first(
    searcher: KnowledgeSearcher,
    hits: list[SearchHit],
    reading: Understanding,
    names_entry: Callable[[str], Callable[[SearchHit], bool]],
) -> list[SearchHit]:
    """The guide written for what the question asks (which courses the CEF pays for, whether credit counts at
    another university, advice about one kind of programme) before the hits; the support guide only when it is the
    best match."""
    hits = kind_guide_first(searcher, cef_courses_guide_first(searcher, hits, reading), reading, names_entry)
    hits = credit_guide_first(searcher, school_fund_first(searcher, hits, reading), reading, names_entry)
    return support_only_first(badges_guide_first(searcher, hits, reading, names_entry))


def guide_answers_which_courses(first: SearchHit, question: str) -> bool:
    """Whether the first hit is the guide on which courses the CEF pays for, and the question asks just that: it
    answers, not the scheme's own entry that a practical question otherwise puts before a guide."""
    return first.id == CEF_COURSES_GUIDE and CEF_COVERS_COURSES.search(question) is not None


def support_only_first(hits: list[SearchHit]) -> list[SearchHit]:
    """The support guide answers when it is the best match (「壓力好大，有冇人可以傾？」); further down it is left out, so
    a question that asked for no hotline ("someone rang pretending to be JUPAS, is it a scam?") gets none beside its
    answer. (A student in distress gets the support lines first by another path, whatever the search found.)"""
    if not hits or hits[0].id == SUPPORT_GUIDE_ID:
        return hits
    return [hit for hit in hits if hit.id != SUPPORT_GUIDE_ID]
