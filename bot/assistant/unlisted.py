"""A programme the catalogue does not list, named with a provider it does.

"cuhk mini medical school", 「科大無人機暑期班」 or "the hkbu journalism summer camp" name a programme of a university
the catalogue knows well, so search finds that university's Summer Institute and would answer with it, as if
it were the programme asked about. When the words that say which programme (mini medical, 無人機, journalism)
appear in none of the provider's entries, the honest answer is that we do not know that programme, in the
student's own words, followed by what we do know from that provider.

Only universities and local providers count: a platform (Coursera, edX) hosts courses on anything, so a course
named with it says nothing about what its few entries here hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.own_options import provider_programmes
from bot.assistant.retrieval import EXAMS_EVERYONE_SITS
from bot.assistant.understanding.provider_names import LOCAL_ZH, PROVIDER_IDS
from bot.assistant.understanding.stated_filters import stated_subjects
from knowledge.lexical import ENGLISH_STOPWORDS, tokens
from knowledge.search import KnowledgeSearcher
from knowledge.views import EntryView

_PROVIDERS_EN: Final = r"cuhk|hku|hkust|ust|polyu|cityu|hkbu|lingnan|eduhk|hkmu|hkapa|vtc|hkage|hkfyg"
_PROVIDERS_ZH: Final = LOCAL_ZH
# 「有冇大學辦嘅獸醫暑期體驗營」: any university, whose words are every entry's.
_ANY_UNIVERSITY_ZH: Final = r"大學辦嘅|大學搞嘅|大學舉辦嘅|大學嘅"
ANY_PROVIDER: Final = "*"
# What a programme is called. "school" alone only as a programme ("medical school"), never "schools" (the
# schools a student attends: "lingnan family schools").
_KIND_EN: Final = (
    r"(?:summer schools?|school|boot ?camps?|camps?|workshops?|courses?|class(?:es)?|programmes?|programs?|"
    r"academy|institutes?|competitions?|contests?|internships?|festivals?|seminars?|taster days?|trips?|tours?)\b"
)
_KIND: Final = rf"{_KIND_EN}|營|班|工作坊|課程|比賽|實習|講座|交流團|遊學團"
# "does hkmu run a nursing taster day": the verb before the name is not part of it.
_RUNS: Final = r"(?P<runs>(?:run|runs|offer|offers|hold|holds|have|has)\s+(?:a|an|any|the)\s+)?"
# (English in brackets is part of the words, 「電競（esports）暑期課程」; a place in brackets is not: 「港科大（廣州）」 is a
# campus the catalogue never mentions, answered as such elsewhere.)
_NAMED: Final = re.compile(
    rf"(?P<provider>\b(?:{_PROVIDERS_EN})\b|{_ANY_UNIVERSITY_ZH}|{_PROVIDERS_ZH})(?:'s)?\s*{_RUNS}"
    rf"(?P<words>(?:[\w&\s'’-]|[(（][A-Za-z\s&-]{{1,30}}[)）]){{0,40}}?)\s*(?P<kind>{_KIND})(?:\s+(?P<more>[A-Za-z&-]+(?:\s+[A-Za-z&-]+){{0,3}}?)\s+(?P<kind2>{_KIND}))?",
    re.IGNORECASE,
)
# 「有冇電競（esports）訓練營係大學搞？」: the name with its English in brackets first, any university after it.
_NAMED_BEFORE_ANY_UNIVERSITY: Final = re.compile(
    rf"(?P<name>(?P<words>[\u4e00-\u9fff]{{1,8}}[（(][A-Za-z\s&-]{{1,30}}[)）][\u4e00-\u9fff]{{0,4}}?)\s*(?:{_KIND}))\s*(?:係|由)?\s*"
    r"(?:大學|uni)\s*(?:搞|辦|舉辦|開)"
)
# "is there a forensic science camp", "any vet summer programmes?": a kind of programme no one is said to run, so
# any entry's words may say which. (English only: 「有冇…營」 runs on into the rest of a Chinese question.)
_ASKED_OF_ANYONE: Final = re.compile(
    rf"(?:\bis there|\bare there|^any)\s+(?:(?:a|an|any)\s+)?(?P<words>[A-Za-z][A-Za-z&\s'-]{{0,40}}?)\s+"
    rf"(?P<kind>{_KIND_EN}|tasters?\b)",
    re.IGNORECASE,
)
_ALTERNATIVES: Final = re.compile(r"\s+or\s+", re.IGNORECASE)
_RUNS_INSIDE: Final = re.compile(r"\b(?:run|runs|offer|offers|hold|holds|have|has)\s+(?:a|an|any)\b", re.IGNORECASE)
_LATIN_WORD: Final = re.compile(r"[a-z][\w&-]*", re.IGNORECASE)
_CJK_RUN: Final = re.compile(r"[\u4e00-\u9fff]+")
# Words that say when, how or for whom, not which programme. (Summer is when nearly everything runs; a winter,
# Easter or Christmas camp is one the provider's entries must speak of: 「科大有冇 winter camp？」.)
_NOT_WHICH_EN: Final = frozenset(
    [
        "summer",
        "online",
        "free",
        "short",
        "new",
        "year",
        "years",
        "one-day",
        "1-day",
        "day",
        "week",
        "weeks",
        "s4",
        "s5",
        "s6",
        "f4",
        "f5",
        "f6",
        "dse",
        "student",
        "students",
        "secondary",
        "uni",
        "university",
        "faculty",
        "dept",
        "department",
        "special",
        "intensive",
        "taster",
        # How it runs, which entries say in their own words ("residential", 「留宿」): "chinese & history's 2019
        # live-in programme" is CityU's three days on campus.
        "live-in",
        "live",
        "residential",
        "overnight",
    ]
)
# Words that end a name: "cuhk pgt or hkust dual program", "when did cuhk start putting courses on coursera".
_ENDS_A_NAME_EN: Final = frozenset(
    f"or and vs versus x have has had start started offer offers run runs ask got get open space stop stops stopped "
    f"cancel cancelled canceled end ended scrap scrapped drop dropped close closed still keep kept besides except "
    # (A university by its short name, "any summer stuff at poly for secondary school ppl?", and the student's own
    # "secondary school": neither names a programme.)
    f"poly cu bu lingu secondary {_PROVIDERS_EN.replace('|', ' ')}".split()
)
# Chinese words that say when, how or for whom, and question words: what is left names the programme.
# (A department or faculty, 「城大中史系」, says who runs it, which the catalogue may spell otherwise.)
_NOT_WHICH_ZH: Final = re.compile(
    r"(?:讀|上|做|參加|報|去|考)(?:咗|過|左)|嘅|的|嗰個|嗰|呢個|個|同|及|和|與|或者|或|有冇|有無|有啲|啲|係咪|仲有|暑期|暑假|夏令|夏日|冬季|網上|免費|短期|一日|今年|"
    rf"大學|中學生|學生|俾|畀|中[四五六]|有咩|咩|邊啲|有|體驗|{_PROVIDERS_ZH}"
)
# Chinese ending in 嘅/的 right before an English name describes the programme so named.
_DESCRIBED_BEFORE_NAME: Final = re.compile(r"[\u4e00-\u9fff]\s*(?:嘅|的)\s*[A-Za-z]")
_WHO_RUNS_ZH: Final = re.compile(r"(?:系|學院|學系|書院)$")
# 「城大喺 FutureLearn 開過咩課程」, 「理大有幾多個課程」: a question about courses, not a name. 「科大嗰個整電動車嘅課程」
# describes a programme by what happens in it, which the entry may put otherwise: search reads descriptions
# (「城大法律學院嗰個中學生暑期營」 points at one by its department, no description).
# (「以前有個有十幾個工程 project 揀嘅暑期營」 describes one by what it had.)
_NOT_A_NAME_ZH: Final = re.compile(
    r"喺|咩|乜|邊|幾多|點|(?<!系)(?<!學院)嗰|嗰.{0,12}(嘅|的)|而家|仲有冇|定係|定|同埋|以前|之前|舊時|有個"
    # (「城大 talent hub 除咗暑期研究實習仲有咩」: what follows 除咗 is left out of the question, no name.)
    r"|除咗|除了|除開|以外|之外"
)
_LONGEST_NAME_ZH: Final = 6  # characters that say which programme, after the words for when and for whom
_LEADING_QUESTION_ZH: Final = re.compile(r"^(?:有冇|有無|有咩|有)")
# "sumer", "biomed": a misspelling or a shortening of a word the entries use names what they name.
_CLOSE_ENOUGH: Final = 0.85
_SHORTENED_FROM: Final = 5
# Capitals in titles that name a provider or the exam, not one entry.
_NAMES_NO_ENTRY: Final = frozenset({*_PROVIDERS_EN.split("|"), *EXAMS_EVERYONE_SITS, "space"})
# How providers spell themselves (the others in capitals, or in Chinese as written).
_SPELLED: Final = {"cityu": "CityU", "polyu": "PolyU", "lingnan": "Lingnan", "eduhk": "EdUHK", "ust": "HKUST"}
# Kinds that are also names: "hkbu summer institute" names a programme like CUHK's Summer Institute, which HKBU's
# entries never call one; "hkbu summer camp" only says what kind of programme is asked about. Only with nothing
# else before the kind that says which ("城大 … Talent Hub 同科大 Academy for …" names its programmes).
_KINDS_THAT_NAME: Final = frozenset({"institute", "institutes", "academy"})
# What the student is offered instead: that provider's programmes most like the question, joinable first.
MAX_INSTEAD: Final = 3


@dataclass(frozen=True)
class UnlistedProgramme:
    name: str  # as the student wrote it, without the question words around it
    provider: str  # as the provider's entry ids begin
    provider_named: str  # as the student named it ("HKBU", 「浸大」)


class UnlistedProgrammes:
    def __init__(self, searcher: KnowledgeSearcher) -> None:
        self.searcher = searcher

    def named_in(self, text: str) -> UnlistedProgramme | None:
        """The programme the text names when its provider's entries never use the words that say which
        programme it is; None otherwise. A title's code or an entry's alias ("CUHK SAYT") names a listed one."""
        if self.searcher.aliased_in(text) or self.searcher.codes_in(text) - _NAMES_NO_ENTRY:
            return None
        for match in _NAMED.finditer(text):
            provider = _provider_id(match.group("provider"))
            # "HKBU Academy of Film summer filmmaking workshop": a kind word inside the name, another ends it.
            which = match.group("words")
            if match.group("kind").lower() in _KINDS_THAT_NAME and not _which_words(which):
                which = f"{which} {match.group('kind')}"
            if match.group("kind2"):
                which = f"{which} {match.group('kind')} {match.group('more')}"
            if self._names_unknown(provider, which):
                named = _SPELLED.get(match.group("provider").lower(), match.group("provider").upper())
                said = _RUNS_INSIDE.sub(" ", match.group(0).replace(match.group("runs") or "", "", 1))
                name = said.replace(match.group("words"), _LEADING_QUESTION_ZH.sub("", match.group("words")), 1)
                if provider == ANY_PROVIDER:  # (no one provider to name, nor its programmes to offer instead)
                    name, named = name.removeprefix(match.group("provider")), ""
                return UnlistedProgramme(" ".join(name.split()), provider, named)
        asked = _ASKED_OF_ANYONE.search(text)
        # ("aviation or pilot summer camp": unknown only when each alternative is; a field of interest the
        # entries put in other words, "biology", is known)
        if asked is not None and all(
            self._names_unknown(ANY_PROVIDER, " ".join(w for w in part.split() if not stated_subjects(w)))
            for part in _ALTERNATIVES.split(asked.group("words"))
        ):
            return UnlistedProgramme(f"{asked.group('words')} {asked.group('kind')}", ANY_PROVIDER, "")
        run_by_any = _NAMED_BEFORE_ANY_UNIVERSITY.search(text)
        if run_by_any is not None and self._names_unknown(ANY_PROVIDER, run_by_any.group("words")):
            return UnlistedProgramme(_LEADING_QUESTION_ZH.sub("", run_by_any.group("name")), ANY_PROVIDER, "")
        return None

    def instead(self, programme: UnlistedProgramme, text: str) -> list[EntryView]:
        """The provider's own programmes most like the question, joinable before past ones."""
        if programme.provider == ANY_PROVIDER:
            return []
        hits = provider_programmes(self.searcher, text, frozenset({programme.provider}))
        views = [view for view in (self.searcher.entry(hit.id) for hit in hits) if view is not None]
        return sorted(views, key=lambda view: not view.joinable)[:MAX_INSTEAD]

    def _names_unknown(self, provider: str, words: str) -> bool:
        """Whether the words between provider and kind say which programme, in words the provider's entries
        never use: an English word they lack, or a Chinese phrase none of whose character pairs they use."""
        # "does HKU dentistry run a summer camp": the department before "run a" says whose, the rest which.
        words = _RUNS_INSIDE.sub(" ", words)
        latin = [word.lower() for word in _LATIN_WORD.findall(words) if len(word) > 1]  # ("nursing n social work")
        if any(word in _ENDS_A_NAME_EN for word in latin) or _NOT_A_NAME_ZH.search(_LEADING_QUESTION_ZH.sub("", words)):
            return False
        entries = [e for e in self.searcher.entry_ids() if provider in {ANY_PROVIDER, provider_of(e)}]
        if not entries:
            return False
        used = self.searcher.words_of(entries)
        which_en = [
            t for t in tokens(" ".join(w for w in latin if w not in _NOT_WHICH_EN)) if t not in ENGLISH_STOPWORDS
        ]
        # A department says who runs it (「城大法律學院」): its subject still has to be one the provider's entries use
        # somewhere, however they spell the department.
        stems = [_WHO_RUNS_ZH.sub("", part) for run in _CJK_RUN.findall(words) for part in _NOT_WHICH_ZH.split(run)]
        phrases_zh = [stem for stem in stems if len(stem) >= 2]
        if sum(len(phrase) for phrase in phrases_zh) > _LONGEST_NAME_ZH:
            return False
        if which_en and _DESCRIBED_BEFORE_NAME.search(words) and all(_known(word, used) for word in which_en):
            return False  # 「逢星期六返科大上堂嘅 Dual Program」: what it is like, said before a name the provider uses
        return any(not _known(word, used) for word in which_en) or any(
            not any(pair in used for pair in _pairs(phrase)) for phrase in phrases_zh
        )


def _which_words(words: str) -> list[str]:
    """The words between provider and kind that could say which programme ("summer" says when, not which)."""
    return [w for w in _LATIN_WORD.findall(words) if w.lower() not in _NOT_WHICH_EN] + _CJK_RUN.findall(words)


def _provider_id(named: str) -> str:
    if re.fullmatch(_ANY_UNIVERSITY_ZH, named):
        return ANY_PROVIDER
    return PROVIDER_IDS.get(named.lower(), named.lower())


def _known(word: str, used: frozenset[str]) -> bool:
    if word in used:
        return True
    if len(word) < _SHORTENED_FROM:
        return False
    # ("sapce": two letters swapped)
    shuffled = sorted(word)
    if any(len(other) == len(word) and sorted(other) == shuffled for other in used):
        return True
    return any(other.startswith(word) or word in other.split("-") for other in used) or bool(
        get_close_matches(word, used, n=1, cutoff=_CLOSE_ENOUGH)
    )


def _pairs(phrase: str) -> list[str]:
    return [phrase[i : i + 2] for i in range(len(phrase) - 1)]
