"""Entries a question names by a short alias: an acronym or code with or without its provider ("cuhk sayt",
「中大 SI」, "jrmp", "ai-900", "cef"). The model reads a lower-case acronym as nothing in particular, so these
names decide where its ranking would guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final

from bot.assistant.types import PROGRAMME_KINDS
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.provider_names import PROVIDER_IDS, PROVIDERS, provider_ids
from knowledge.lexical import tokens
from knowledge.search import KnowledgeSearcher, SearchFilters, SearchHit

MAX_ACRONYM: Final = 5  # letters of an acronym alias ("SAYT", "JRMP", "SI"); longer words describe
# JUPAS is where every application goes: naming it ("my JUPAS OEA", "does E-APP affect my JUPAS?") asks about no
# guide of its own.
EVERY_APPLICATION: Final = frozenset({"what-is-jupas"})
# The guide that dates every JUPAS step (opening, choices deadline, offers).
JUPAS_DATES: Final = frozenset({"jupas-timeline"})
_FIRST_QUESTION: Final = re.compile(r"[?？]")
MORE_OF_THE_TITLE: Final = 2  # title words beyond the acronym that make the titled programme the one named
WORDS_FAR_BETTER: Final = 2.0  # how much better a named guide must match the question's words to lead
_ALIAS_WORDS: Final = re.compile(r"[A-Za-z0-9-]+|[\u4e00-\u9fff]")
# Short aliases that are fields, not names: 「城大工學院有咩 STEM 活動」 asks for CityU's STEM activities, not for the
# one CityU programme that lists "STEM" among its aliases.
_CODE: Final = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9.-]{4,}")  # "332A", "AZ-900"; never "S2"
FIELD_WORDS: Final = frozenset({"stem", "steam", "ai", "it", "ict", "ml", "vr", "ar", "cs"})


class AcronymNames:
    def __init__(self, searcher: KnowledgeSearcher) -> None:
        self.searcher = searcher

    def named(self, query: str, *, fields_too: bool = True) -> set[str]:
        """Entries whose alias the query writes as a short acronym or code: a provider's name alone ("hkapa",
        "aws") or a description ("hku space micro-credential") names no one entry; without ``fields_too``, nor
        does a field ("STEM")."""
        found = set()
        for entry_id, words in self.searcher.aliased_in(query):
            rest = _ALIAS_WORDS.findall(PROVIDERS.sub(" ", words))
            if not fields_too and all(w.lower() in FIELD_WORDS for w in rest):
                continue
            if rest and all(any(c.isdigit() for c in w) or (w.isascii() and len(w) <= MAX_ACRONYM) for w in rest):
                found.add(entry_id)
        return found

    def names_a_programme(self, text: str) -> bool:
        """Whether the text names a programme by its acronym or code ("理大 JRMP", "cuhk sayt")."""
        return any(self._kind(entry_id) in PROGRAMME_KINDS for entry_id in self.named(text))

    def scheme_first(self, hits: list[SearchHit], query: str) -> list[SearchHit]:
        """ "can i use cef to pay for a coursera cert": the question names a scheme by its acronym and no
        programme, yet a certificate came first in meaning (many certificates mention the CEF). The scheme and the
        guides about it come first; which of them answers is then decided as for any question about a scheme."""
        # Schemes only: a guide's acronym ("OEA", "MOOC") is also how students ask about programmes' place in it.
        schemes = {entry_id for entry_id in self.named(query) if self._kind(entry_id) == "scheme"}
        programmes = [hit for hit in hits if hit.kind in PROGRAMME_KINDS]
        if not schemes or not programmes:
            return hits
        words = self.searcher.names_in(query)
        providers = provider_ids(query)
        if any(words & self.searcher.title_names(hit.id) or provider_of(hit.id) in providers for hit in programmes):
            return hits  # "is the google data analytics cert covered by cef" asks about the certificate
        about = self.searcher.search(query, k=4, filters=SearchFilters(kinds=("scheme", "guide")))
        # (The scheme named before another found closer: "how does the cef subsidy thing work" is not HKAGE's.)
        first = sorted((hit for hit in about if self.searcher.gate.keeps(hit)), key=lambda hit: hit.id not in schemes)
        if not first:
            return hits
        # The certificates that merely mention the scheme would otherwise be taken for the scheme's own entry.
        return [
            *first,
            *(hit for hit in hits if hit.kind not in PROGRAMME_KINDS and hit.id not in {h.id for h in first}),
        ]

    def named_first(self, hits: list[SearchHit], query: str) -> list[SearchHit]:
        """ "is cuhk sayt still open?": the one programme the question names by its acronym comes first when the
        search found it at all (the model put CUHK's Summer Institute first). Programmes only: "jupas" or "cef" is
        also the alias of a guide or scheme that other guides explain further."""
        named = self.named(query)
        # (JUPAS found first is no answer when the question names another entry beside it: 「ApL 計唔計 JUPAS 分？」)
        if not named or not hits or (hits[0].id in named and not (hits[0].id in EVERY_APPLICATION and len(named) > 1)):
            return hits
        if self._titled_with_the_acronym(hits[0], query):
            return hits  # "cuhk's SAYT gifted education fund thing": SAYT's STEM programme, titled with "SAYT", found first
        if _writes_more_of_the_title(hits[0], [hit for hit in hits if hit.id in named], query):
            return hits  # "hku med school's medical summer broadening programme": its own long name beats "HKU Med"
        besides_jupas = named - EVERY_APPLICATION
        if named & EVERY_APPLICATION and len(besides_jupas) == 1:
            # JUPAS is where every application goes: "does E-APP affect my JUPAS?" asks about E-APP, named beside it.
            # (Not when a later question names it: "when are jupas choices due? whens the oea deadline?" asks first
            # what the search put first.)
            if not self.named(_FIRST_QUESTION.split(query, maxsplit=1)[0]) & besides_jupas:
                return hits
            found = next((hit for hit in hits if hit.id in besides_jupas), None)
            return hits if found is None else [found, *(hit for hit in hits if hit is not found)]
        providers = provider_ids(query)
        found = next(
            (hit for hit in hits if hit.id in named and hit.kind in PROGRAMME_KINDS and _theirs(hit.id, providers)),
            None,
        )
        if found is None or len(named) > 1:
            # "does ApL actually count for jupas": a guide the question names whose words it matches far better
            # than the first entry's (the SLP guide came first in meaning).
            found = next(
                (hit for hit in hits[1:] if hit.id in named and hit.lexical >= hits[0].lexical * WORDS_FAR_BETTER), None
            )
        return hits if found is None else [found, *(hit for hit in hits if hit is not found)]

    def the_programme_named(self, query: str, *, fields_too: bool = True) -> str | None:
        """The one programme the query names by its acronym, whether or not the search ranked it: 「CUHK SI 對
        JUPAS 有冇幫助？」 ranks JUPAS pages first, yet asks about the Summer Institute."""
        named = self.named(query, fields_too=fields_too)
        providers = provider_ids(query)
        programmes = [e for e in named if self._kind(e) in PROGRAMME_KINDS and _theirs(e, providers)]
        return programmes[0] if len(programmes) == 1 else None

    def phrase_named_first(self, hits: list[SearchHit], text: str) -> list[SearchHit]:
        """An advice question that uses an entry's distinctive phrase (「唔經 JUPAS」 is E-APP's) is explained from
        that entry first; a bare acronym ("JUPAS") is every JUPAS guide's subject and decides nothing, and a
        provider with an acronym (「中大 SAYT」) is a name the lookups' rules handle."""
        # (A code of letters and digits is as distinctive: "met 332A and still got nothing" is the 332A guide's.)
        phrased = [
            entry_id
            for entry_id, words in self.searcher.aliased_in(text)
            if len(PROVIDERS.sub(" ", words).split()) >= 2 or _CODE.fullmatch(words) is not None
        ]
        first = next((hit for hit in hits if hit.id in phrased), None)
        return hits if first is None else [first, *(hit for hit in hits if hit is not first)]

    def jupas_itself_first(
        self, hits: list[SearchHit], text: str, names_in: Callable[[str], frozenset[str]]
    ) -> list[SearchHit]:
        """「JUPAS 有幾多間院校參加？」 names JUPAS and nothing else (no alias, no title word: ``names_in``), and asks no
        aspect another JUPAS guide holds (its fees, dates, OEA, offers): it asks about JUPAS itself, which the guide
        to what JUPAS is answers. Asking only when ("when does jupas open") asks its timeline."""
        # ("thinking about hotel and tourism for jupas. did polyu's taster cover that area?" asks of PolyU's taster.)
        if self.named(text) != set(EVERY_APPLICATION) or names_in(text) or PROVIDERS.search(text):
            return hits
        aspects = stated_aspects(text)
        # (How many institutions take part, 「總共有幾多間院校」, is JUPAS itself.)
        wanted = EVERY_APPLICATION if aspects in {(), ("size",)} else JUPAS_DATES if aspects == ("when",) else None
        if wanted is None:
            return hits
        found = next((hit for hit in hits if hit.id in wanted), None)
        if found is None:
            found = next((hit for hit in self.searcher.search(text, k=12) if hit.id in wanted), None)
        return hits if found is None else [found, *(hit for hit in hits if hit.id != found.id)]

    def _titled_with_the_acronym(self, hit: SearchHit, query: str) -> bool:
        """Whether the first hit's own title writes the acronym the question names another entry by, and the question
        uses more of that title ("SAYT gifted education fund thing"; not 「中大 SAYT 仲有冇開？」)."""
        title = f" {hit.title} {hit.title_zh} ".lower()
        said = [words for _, words in self.searcher.aliased_in(query)]
        if hit.kind not in PROGRAMME_KINDS or not any(
            re.search(rf"(?<![a-z]){re.escape(words.lower())}(?![a-z])", title) for words in said
        ):
            return False
        beyond = set(tokens(query)) & set(tokens(title)) - set(tokens(" ".join(said))) - set(tokens(hit.provider))
        return len({word for word in beyond if word.isascii() and not word.isdigit()}) >= MORE_OF_THE_TITLE

    def _kind(self, entry_id: str) -> str | None:
        entry = self.searcher.entry(entry_id)
        return entry.kind if entry is not None else None


# Platforms whose courses are run by universities: naming one names none of its providers.
HOSTING_PLATFORMS: Final = frozenset({"edx"})


# The providers students name (中大, hkapa, VTC …), as entry ids begin.
KNOWN_PROVIDERS: Final = frozenset(PROVIDER_IDS.values())


@lru_cache(maxsize=1024)
def provider_of(entry_id: str) -> str:
    """The provider an entry id names: most begin with it ("hkustx-edx-…" is HKUST's); a few name it later
    ("experience-in-lingnan-university" is Lingnan's). edX only hosts universities' courses (HKUSTx, HKUx, MITx), so
    "edx-micromasters" is no one provider's: "咁 edX 呢？" after a Coursera question had switched to it alone."""
    first = entry_id.split("-", maxsplit=1)[0].removesuffix("x")
    if provider_ids(first):
        return first
    named = provider_ids(entry_id.replace("-", " ")) - HOSTING_PLATFORMS
    return next(iter(named)) if len(named) == 1 else first


def _theirs(entry_id: str, providers: frozenset[str]) -> bool:
    """Whether a programme an alias names belongs to a provider the query names (any, when it names none): "STEM"
    is also a CityU summer school's alias, and 「vtc 有冇 stem 比賽」 asks about VTC."""
    return not providers or provider_of(entry_id) in providers


MIN_TITLE_RUN: Final = 3  # words of a title written in a row that name it as surely as an acronym does
_LINKING_WORDS: Final = frozenset({"the", "a", "an", "of", "and", "for", "in", "to", "on", "with", "s"})


def _content_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in _LINKING_WORDS]


def _title_run(title: str, query_words: list[str]) -> int:
    """The most words of the title the query writes in a row, in the title's order (linking words such as "the"
    left out: "the main round" writes one title word too few to name the offers guide)."""
    words = _content_words(title)
    matcher = SequenceMatcher(None, query_words, words, autojunk=False)
    return matcher.find_longest_match(0, len(query_words), 0, len(words)).size


def _writes_more_of_the_title(top: SearchHit, named: list[SearchHit], query: str) -> bool:
    """Whether the query writes the first hit's English title at length (three words or more in a row) and more of
    it than of any entry its acronym names."""
    query_words = _content_words(query)
    run = _title_run(str(top.metadata.get("title_en", "")), query_words)
    return run >= MIN_TITLE_RUN and all(
        run > _title_run(str(hit.metadata.get("title_en", "")), query_words) for hit in named
    )
