"""Two entries close in meaning told apart by their titles: the one a course code names (AZ-900), the one whose
title the question writes in full or matches more fully, never one whose title holds a word the student ruled out
("not advanced")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final

from bot.assistant.acronyms import provider_of
from bot.assistant.new_title_words import ACRONYM
from bot.assistant.understanding.provider_names import PROVIDERS
from bot.assistant.understanding.stated_filters import KIND_WORDS
from knowledge.lexical import tokens
from knowledge.search import KnowledgeSearcher, SearchHit
from knowledge.titles import COURSE_CODE

# Two entries this close in meaning are told apart by their titles (Google Data Analytics and Google Advanced
# Data Analytics score the same 0.903 for "the google data analytics certificate").
SAME_CLOSENESS: Final = 0.01
# How much closer in meaning the second entry must be for a title holding more of the question's words to lead: the
# stacking entry stood 0.006 above the badges entry; JUPAS's basics stood 0.001 above E-APP for an E-APP question.
MEANING_LEAD: Final = 0.004

# A title the question writes out in full comes first from this far down, when as close in meaning.
WHOLE_TITLE_WITHIN: Final = 4
_DISTINCTIVE: Final = re.compile(r"[A-Z]{2}")  # an alias naming one entry, not an everyday phrase
_ACRONYM_LIKE: Final = re.compile(r"[a-z0-9-]{1,6}")  # an alias as short as "sssdp" (aliases are compared squeezed)
ALIASES_LEAD: Final = 2  # aliases written of the first entry beyond the second's that keep it first
NAMED_CLOSENESS: Final = 0.03  # how far in meaning an entry named whole may trail one sharing only its name
NAME_WORDS: Final = 3  # words of an alias that name its entry beside a question's other words
OTHER_WORDS: Final = 2  # ... when the question adds at most this many words of its own ("whats", "thing")

# How much more of the question's words a runner-up must match before its fuller title match puts it first.
TITLE_WORDS_LEAD: Final = 1.2
# How far in meaning a guide the question calls by its own alias may trail one it calls by none and still lead.
GUIDE_ALIAS_CLOSENESS: Final = 0.02
MIN_GUIDE_ALIAS_HAN: Final = 3  # ... when that alias is a Chinese name of this many characters or more
MIN_ALIAS_CHARS: Final = 3  # an alias shorter than this ("AI") is written by chance
_HAN_ONLY: Final = re.compile(r"[\u4e00-\u9fff]+")


# "(the normal one not advanced)", 「唔係 advanced 嗰個」: a word the student rules out of the title meant.
_NOT_THIS: Final = re.compile(
    r"\b(?:not|isn'?t|without)\s+(?:the\s+)?([a-z][\w-]{2,})|唔係\s*([A-Za-z][\w-]{2,})"
    # 「Google 數據分析證書（唔係進階嗰張）」
    r"|唔係\s*([\u4e00-\u9fff]{2,4}?)\s*(?:嗰|果)?(?:張|個|款|科)",
    re.IGNORECASE,
)
# How far a guide may trail, in meaning, a programme the question does not name and still answer it instead.
UNNAMED_MARGIN: Final = 0.03
MIN_CODE_CHARS: Final = 3  # "cs50" of CS50x: a code typed short
# A course or exam code written in one entry's title names that entry (knowledge.titles.COURSE_CODE).
_CODE: Final = COURSE_CODE
CODE_MARGIN: Final = 0.03  # how much closer in meaning another entry may be than the one a code names
TITLE_WORDS_NAMING: Final = 3  # distinctive title words that name one entry in a request for options
# How much closer in meaning an entry whose title only adds an unasked qualifier may be ("is the google data
# analytics cert covered by cef": Advanced Data Analytics scored 0.914, Data Analytics 0.893) and still yield.
QUALIFIER_CLOSENESS: Final = 0.03


def _title_words(text: str) -> set[str]:
    return {t for t in tokens(text) if len(t) > 1}


def _asked_words(text: str) -> set[str]:
    """A question's words, with each two neighbours joined too: "front end" names the "Front-End" of a title."""
    found = [t for t in tokens(text) if len(t) > 1]
    return set(found) | {f"{first}-{second}" for first, second in pairwise(found)}


def coded_title_first(hits: list[SearchHit], query: str) -> list[SearchHit]:
    """「考到 AZ-900 之後個 cert 會唔會 expire？」: the one entry whose title holds the code the question writes comes
    first, over a guide that only mentions it."""
    codes = {code.lower() for code in _CODE.findall(query)}
    if not codes or not hits:
        return hits
    titled = [
        hit
        for hit in hits[:5]
        if codes & {code.lower() for code in _CODE.findall(f"{hit.title} {hit.metadata.get('title_en', '')}")}
    ]
    if len(titled) != 1 or titled[0] is hits[0] or titled[0].dense < hits[0].dense - CODE_MARGIN:
        return hits
    return [titled[0], *(hit for hit in hits if hit is not titled[0])]


def fuller_title_match_first(hits: list[SearchHit], query: str) -> list[SearchHit]:
    """Of the two best entries, equally close in meaning and whose titles hold the same number of the
    question's words, the one whose title adds fewer words of its own comes first: "the google data
    analytics certificate" is Google Data Analytics, not Google *Advanced* Data Analytics (while "CityU EE
    summer taster" stays the Summer Taster, whose title holds one more of its words than the Summer School);
    a title holding more of the question's words comes first when the words also match it better."""
    hits = own_alias_first(coded_title_first(hits, query), query)
    if len(hits) < 2:
        return hits
    if _only_adds_an_unasked_qualifier(hits[0], hits[1], query):
        return [hits[1], hits[0], *hits[2:]]
    excluded = {
        w
        for match in _NOT_THIS.finditer(query)
        for w in _title_words(match.group(1) or match.group(2) or match.group(3))
    }
    asked = _asked_words(query) - excluded

    def fit(hit: SearchHit) -> tuple[int, int]:
        title = _titled(hit)
        return len(title & asked), -len(title - asked)

    def written_words(hit: SearchHit) -> set[str]:
        """The title's English words, or a distinctive alias of two words or more ("HKU SPACE micro-credential"
        for the Microcredentials entry), when the question writes all of them; else none."""
        english = _title_words(str(hit.metadata.get("title_en", "")))
        if english and english <= asked:
            return english
        aliases = str(hit.metadata.get("aliases", "")).split("|")
        named = (_title_words(a) for a in aliases if _DISTINCTIVE.search(a) and len(_title_words(a)) >= 2)
        return next((words for words in named if words <= asked), set())

    def whole_title(hit: SearchHit) -> bool:
        return bool(written_words(hit))

    def outfits(other: SearchHit, hit: SearchHit) -> bool:
        """Whether another entry's title holds more of the question's words than ``hit``'s name (a scheme's acronym
        asked beside it, "CEF", aside)."""
        beside = _acronyms_beside(query, written_words(hit))
        return len((_titled(other) & asked) - beside) > max(fit(hit)[0], len(written_words(hit)))

    def ruled_out(hit: SearchHit) -> bool:
        return bool(excluded & _titled(hit))

    if ruled_out(hits[0]) != ruled_out(hits[1]) and hits[1].dense >= hits[0].dense - SAME_CLOSENESS:
        # "google data analytics cert (the normal one not advanced)"
        return [hits[1], hits[0], *hits[2:]] if ruled_out(hits[0]) else hits
    # (Nor over a first entry the question calls by a phrase of its own: 「計兩邊」 of the stacking entry; an acronym,
    # "SSSDP", is every guide's that explains it.)
    phrases = {
        a for a in _own_aliases(hits[0], query) - _written_aliases(hits[1], query) if not _ACRONYM_LIKE.fullmatch(a)
    }
    if not whole_title(hits[0]) and not phrases:
        # "whats the HKU SPACE microcredentials thing" is little more than one title written out in full, though the
        # badges entry, which repeats those words, and a guide came first. (When the question says more, "… 儲埋變
        # diploma？", those words decide.)
        written = next(
            (
                hit
                for hit in hits[1:WHOLE_TITLE_WITHIN]
                if whole_title(hit)
                and not ruled_out(hit)
                # (not over a close entry whose title holds more of the question's words: 「HKU SPACE 啲 microcredential
                # 儲幾多 credits 有 Certificate？Diploma 呢？」 asks for the stacking entry's Certificate and Diploma)
                and not any(outfits(other, hit) for other in hits[:WHOLE_TITLE_WITHIN] if other is not hit)
                and (
                    (
                        hit.dense >= hits[0].dense - SAME_CLOSENESS
                        and (
                            len(_title_words(query) - written_words(hit)) <= OTHER_WORDS
                            or _title_shares_only_the_name(hits[0], written_words(hit), query)
                        )
                    )
                    # (the first matched only by this one's name: its lead in meaning is the name's, not its own; a
                    # guide's alias names the programmes it explains, "AWS Cloud Practitioner", so not a guide's)
                    or (
                        hit.kind != "guide"
                        and hit.dense >= hits[0].dense - NAMED_CLOSENESS
                        and _title_shares_only_the_name(hits[0], written_words(hit), query)
                    )
                )
            ),
            None,
        )
        if written is not None:
            return [written, *(hit for hit in hits if hit is not written)]
    if hits[1].dense < hits[0].dense - SAME_CLOSENESS:
        return hits
    first, second = fit(hits[0]), fit(hits[1])
    # A title holding more of the question's words wins only when the words agree (more of them matched):
    # "meta front-end developer cert" is the Front-End certificate, not Back-End's ("developer", "end").
    clearly_more_words = hits[1].lexical >= hits[0].lexical * TITLE_WORDS_LEAD
    # "Tell me about the HKUST Summer Institute": three of its words in one title, one in the other's.
    clearly_fuller_title = second[0] >= first[0] + 2
    # "meta front end developer cert": more of the question's words and fewer of its own ("back").
    dominates = second[0] > first[0] and second[1] >= first[1]
    # 「HKU SPACE microcredential 可唔可以儲埋變 diploma？」: the stacking entry is closer in meaning and its title
    # holds "diploma"; the badges entry came first only by repeating "HKU SPACE" and "micro-credentials".
    closer_and_named = second[0] > first[0] and hits[1].dense >= hits[0].dense + MEANING_LEAD
    # A tie in title words goes to the plainer title, unless the question writes more of the first entry's aliases:
    # 「…儲埋變 diploma？」 writes two of the stacking entry's phrases, one ("microcredential") of the plain title's.
    # ... and unless the first question fits the first entry's title better ("when were programme choices due? and
    # whens the oea deadline": the timeline's "choices" is asked first).
    first_asked = _asked_words(re.split(r"[?？]", query, maxsplit=1)[0]) - excluded
    leads_first_question = len(_titled(hits[0]) & first_asked) > len(_titled(hits[1]) & first_asked)
    plainer_in_a_tie = (
        second[0] == first[0]
        and not leads_first_question
        and _aliases_written(hits[0], query) <= _aliases_written(hits[1], query)
    )
    # 「學校推薦報告（School Reference Report）幾時截止？」 calls the timeline by two of its aliases: the nominations
    # guide's title shares "school" and 「推薦」 by chance.
    called_by_name = _aliases_written(hits[0], query) >= _aliases_written(hits[1], query) + ALIASES_LEAD
    if (
        second > first
        and not called_by_name
        and (plainer_in_a_tie or clearly_more_words or clearly_fuller_title or dominates or closer_and_named)
    ):
        return [hits[1], hits[0], *hits[2:]]
    return hits


def _acronyms_beside(query: str, name: set[str]) -> set[str]:
    """The acronyms the question writes besides a name ("CEF", "OEA"): schemes asked of beside it."""
    return {word.lower() for word in ACRONYM.findall(query)} - name


def _titled(hit: SearchHit) -> set[str]:
    return _title_words(f"{hit.metadata.get('title_en', '')} {hit.metadata.get('title_zh', '')}")


def _title_shares_only_the_name(first: SearchHit, name: set[str], query: str) -> bool:
    """Whether the first entry's title shares with the question only the words of another entry's name (``name``)
    and the acronyms of schemes asked beside it: 「HKU SPACE micro-credential 值唔值得而家讀？可唔可以用 CEF 俾學費？」
    names the Microcredentials entry; the Community College's "HKU SPACE … CEF courses" matched its provider and the
    CEF (answered beside). Words count by their stems: "stack" asks for HKU SPACE's "stacking" entry."""

    def stem(word: str) -> str:
        return word[:STEM_CHARS] if word.isascii() and len(word) > STEM_CHARS else word

    acronyms = _acronyms_beside(query, name)
    shared = {stem(w) for w in _titled(first)} & {stem(w) for w in _asked_words(query) - acronyms}
    # (A name of three words or more: "HKU Med", an alias of a medicine taster, is also half of "TOPS at hku…med".)
    return len(name) >= NAME_WORDS and bool(shared) and shared <= {stem(w) for w in name}


def _only_adds_an_unasked_qualifier(first: SearchHit, second: SearchHit, query: str) -> bool:
    """Whether the first entry's English title is the second's plus words the question does not use (Google
    *Advanced* Data Analytics against Google Data Analytics), the second's title is in the question, and the
    two are close in meaning: the student named the plainer one."""
    if second.dense < first.dense - QUALIFIER_CLOSENESS:
        return False
    plain = _title_words(str(second.metadata.get("title_en", "")))
    qualified = _title_words(str(first.metadata.get("title_en", "")))
    asked = _asked_words(query)
    named = plain & asked
    # Most of the plainer title written (generic words such as "professional certificate" may be left out).
    return plain < qualified and not (qualified - plain) & asked and len(named) >= max(2, len(plain) - 2)


def guide_over_unnamed(hits: list[SearchHit], query: str, named: Callable[[SearchHit], bool]) -> list[SearchHit]:
    """ "do coursera certificates actually give you any uni credit?" names no programme: one first by meaning alone
    (Google Cybersecurity), which the question ``named`` by no title word nor provider, yields to a guide nearly as
    close that matches the question's words better."""
    if len(hits) < 2 or hits[0].kind == "guide" or named(hits[0]):
        return hits
    # "cs50" names CS50x: a code typed short is still its name.
    codes = {w for w in tokens(query) if w.isascii() and len(w) >= MIN_CODE_CHARS and any(c.isdigit() for c in w)}
    if any(word.startswith(code) for code in codes for word in _title_words(hits[0].title)):
        return hits
    guide = next(
        (
            hit
            for hit in hits[1:3]
            if hit.kind == "guide" and hit.dense >= hits[0].dense - UNNAMED_MARGIN and hit.lexical > hits[0].lexical
        ),
        None,
    )
    return hits if guide is None else [guide, *(hit for hit in hits if hit is not guide)]


def guides_first_for_advice(
    hits: list[SearchHit], named: Callable[[SearchHit], bool], guides_found: Callable[[], list[SearchHit]]
) -> list[SearchHit]:
    """ "my mum says coursera certs are useless … is she right?": advice about a kind of course that names none
    of the programmes found is answered from guides (those found, else ``guides_found``), not from the
    certificate closest in meaning."""
    # (A guide the question names is what it asks about: no reason to keep a programme before it.)
    if not hits or hits[0].kind == "guide" or any(named(hit) for hit in hits[:3] if hit.kind != "guide"):
        return hits
    guides = [hit for hit in hits if hit.kind == "guide"] or guides_found()
    ids = {hit.id for hit in guides}
    return [*guides, *(hit for hit in hits if hit.id not in ids)]


# "Analytics" and "Analyst", "Developer" and "Development": one word's forms share their first five letters.
STEM_CHARS: Final = 5


def words_alike(words: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``words`` also name ``others``, a Latin word counting when its stem does: after the Google Data
    Analytics certificate, "the ibm one" is IBM's Data Analyst certificate rather than its Data Science one."""

    def stem(word: str) -> str:
        return word[:STEM_CHARS] if word.isascii() and len(word) > STEM_CHARS else word

    stems = {stem(word) for word in others}
    return sum(1 for word in words if stem(word) in stems)


def _aliases_written(hit: SearchHit, query: str) -> int:
    """How many of the entry's aliases the question writes, case and spaces aside."""
    asked = re.sub(r"\s+", "", query.lower())
    return sum(1 for alias in _aliases_of(hit) if len(alias) >= MIN_ALIAS_CHARS and alias in asked)


def _aliases_of(hit: SearchHit) -> set[str]:
    """The entry's aliases as the question is compared with them: lower case, spaces aside."""
    return {re.sub(r"\s+", "", a.lower()) for a in str(hit.metadata.get("aliases", "")).split("|")}


def _written_aliases(hit: SearchHit, query: str) -> set[str]:
    """The entry's aliases the question writes, case and spaces aside: Chinese ones from two characters (「校推」),
    Latin ones from ``MIN_ALIAS_CHARS``."""
    asked = re.sub(r"\s+", "", query.lower())
    return {a for a in _aliases_of(hit) if len(a) >= (2 if _HAN_ONLY.fullmatch(a) else MIN_ALIAS_CHARS) and a in asked}


def guide_alias_only(guide: SearchHit, hit: SearchHit, query: str) -> bool:
    """Whether the question calls the guide by one of its aliases and the entry by none of its own: 「JUPAS 做校推，
    呢個推薦計劃點運作？」 asks about the nominations guide, not HKAPA's scheme whose title shares 「推薦計劃」."""
    title = re.sub(r"\s+", "", f"{hit.metadata.get('title_en', '')} {hit.metadata.get('title_zh', '')}".lower())
    # (An alias the entry's title holds too, "MOOC" of 「科大 MOOC…」, calls both.)
    own = {alias for alias in _own_aliases(guide, query) if alias not in title}
    # (「校長推薦」, HKAPA's alias too, is no call of HKAPA's when the guide is also called by it.)
    return bool(own) and not _written_aliases(hit, query) - _written_aliases(guide, query)


def _own_aliases(hit: SearchHit, query: str) -> set[str]:
    """The entry's aliases the question writes that name it rather than a kind of programme ("taster",
    「體驗課程」, 「微證書」 name many)."""
    return {a for a in _written_aliases(hit, query) if not any(kind.search(a) for kind in KIND_WORDS.values())}


def own_alias_first(hits: list[SearchHit], query: str) -> list[SearchHit]:
    """「HKU SPACE 嘅微證書係咪可以儲學分㗎？」: of the two closest entries, about as close in meaning, the one the
    question calls by an alias of its own (「儲學分」 of the stacking entry) comes before one it calls only by a
    kind of programme (「微證書」). (One it calls by nothing keeps its place: 「遲交呢？」 after the fees is the fees'.)"""
    if len(hits) >= 2 and _guide_called_by_its_alias(hits[1], hits[0], query):
        return [hits[1], hits[0], *hits[2:]]
    if (
        len(hits) < 2
        or hits[1].dense < hits[0].dense - SAME_CLOSENESS
        or hits[0].metadata.get("provider") != hits[1].metadata.get("provider")  # (two of one provider's entries)
        or hits[0].kind == "guide"
    ):
        return hits
    by_kind_only = bool(_written_aliases(hits[0], query)) and not _own_aliases(hits[0], query)
    if by_kind_only and _own_aliases(hits[1], query):
        return [hits[1], hits[0], *hits[2:]]
    return hits


def _guide_called_by_its_alias(second: SearchHit, first: SearchHit, query: str) -> bool:
    """「放榜前可唔可以報副學士？」: of two guides about as close in meaning, the one the question calls by an alias
    of its own (「副學士」 of the sub-degree routes) answers it, not one it calls by no alias at all (changing JUPAS
    choices, whose title shares only 「放榜前」)."""
    # (Not when the question writes a Latin word of the first guide's title: 「JUPAS 申請費幾錢？遲交呢？」 names JUPAS's.)
    return (
        first.kind == second.kind == "guide"
        and second.dense >= first.dense - GUIDE_ALIAS_CLOSENESS
        and not _written_aliases(first, query)
        and not any(word.isascii() for word in _titled(first) & _asked_words(query))
        # (A Chinese name of three characters or more: two, 「遲交」「學位」, and a system's name, "JUPAS", are written by
        # many questions about other guides.)
        and any(
            _HAN_ONLY.fullmatch(alias) and len(alias) >= MIN_GUIDE_ALIAS_HAN for alias in _own_aliases(second, query)
        )
    )


def alias_written_whole(searcher: KnowledgeSearcher, named: str | None) -> SearchHit | None:
    """The entry one of whose aliases is, word for word, the name a follow-up gives ("and the school reference
    report?" → the JUPAS timeline, which lists it): the one of the closest three to that name that lists it."""
    if named is None:
        return None
    wanted = re.sub(r"\s+", "", re.sub(r"^(the|that|個|嗰個)\s*", "", named.strip().lower()))
    if len(wanted) < MIN_ALIAS_CHARS:
        return None
    found = searcher.search(named, k=3)
    words = set(tokens(named)) - {"the", "that", "one", "ones"}
    if any(words <= set(tokens(f"{hit.title} {hit.metadata.get('title_en', '')}")) for hit in found):
        return None  # ("AWS Cloud Practitioner" is the certificate's title, though a guide lists it as an alias)
    holding = [hit for hit in found if wanted in _aliases_of(hit)]
    # (Two entries listing the same alias, "AWS Cloud Practitioner" of the certificate and of the guide comparing
    # certifications, leave the choice to the search.)
    return holding[0] if len(holding) == 1 else None


def alias_switch(searcher: KnowledgeSearcher, named: str | None, previous: str, known: set[str]) -> SearchHit | None:
    """The entry a follow-up switches to by writing one of its aliases whole; none when that is the entry already
    being talked about (``known``, or the previous question's best match: "the research internship one" after the
    CityU Talent Hub, which lists that alias)."""
    hit = alias_written_whole(searcher, named)
    if hit is None or hit.id in known or any(found.id == hit.id for found in searcher.search(previous, k=1)):
        return None
    return hit


def like_the_last(
    title_names: Callable[[str], frozenset[str]],
    found: list[SearchHit],
    text: str,
    last: str | None,
    shown: Sequence[str] = (),
) -> list[SearchHit]:
    """ "and the ibm one?" after the Google Data Analytics certificate: of the provider's entries that the question
    names alike, the one just shown, else the one titled most like the last programme (IBM's Data Analyst, not
    its Data Science)."""
    if len(found) < 2 or last is None:
        return found
    asked = set(tokens(text))
    same = [hit for hit in found if provider_of(hit.id) == provider_of(found[0].id)]
    # Every word of each title counts here, in both languages ("IBM Data Science 嗰個呢" names Data Science by its
    # common word, 「港大社會科學學院嗰個呢」 by its Chinese title).
    if len(same) < 2 or len({frozenset(asked & set(tokens(f"{hit.title} {hit.title_zh}"))) for hit in same}) > 1:
        return found
    like = title_names(last)
    best = max(same, key=lambda hit: (hit.id in shown, words_alike(title_names(hit.id), like)))  # the first of a tie
    return [best, *(hit for hit in found if hit is not best)]


def named_as_a_guide_is(
    hits: Sequence[SearchHit],
    names_in_question: frozenset[str],
    title_names: Callable[[SearchHit], frozenset[str]],
    named: Callable[[SearchHit], bool],
    providers_named: bool,
) -> Callable[[SearchHit], bool]:
    """ "a tutoring centre says its course comes with a digital badge, how do i check it?": the words that name HKU
    SPACE's digital badges also title the guide to digital badges, which is closer in meaning; with no provider
    named, that provider's entry is not what the question names."""
    guides = [hit for hit in hits[:3] if hit.kind == "guide"]

    def names(hit: SearchHit) -> bool:
        if not named(hit):
            return False
        if providers_named or hit.kind == "guide":
            return True
        said = names_in_question & title_names(hit)
        return not any(guide.dense > hit.dense and said <= title_names(guide) for guide in guides)

    return names


BRAND_CHARS: Final = 6  # a one-word alias this long ("sciseed", "hubspot") names its programme


def names_a_programme(alias_words: str) -> bool:
    """Whether an alias the question writes names a programme outright: its own name of two words or more, not its
    provider's (「青協 Leadership 21 2024 年暑假有咩課程？」), or a brand of one long word ("SciSeed"); never "STEM",
    which some programme's alias is and anyone may write."""
    return (
        len(tokens(PROVIDERS.sub(" ", alias_words))) >= 2
        or (len(alias_words) >= BRAND_CHARS and alias_words.isalpha())
        or _EDX_BRAND.fullmatch(alias_words) is not None
    )


# A university's edX brand as written ("HKUx", "HKUSTx"): its MOOCs, not the university.
_EDX_BRAND: Final = re.compile(r"[A-Z][A-Za-z]{0,5}[A-Z]x")  # (never a word such as "Apex")
