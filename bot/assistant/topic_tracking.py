"""What a question after another one is about: the same programme ("how much is it?"), another one it names
("and the meta back-end one?", 「咁中大暑期學院呢？」), the same kind of programme at another provider ("what about
hkust's?"), or options like the last one ("any other similar camps?").

Works from the :class:`Understanding`, the previous question and the last answers' entry ids (never their text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from bot.assistant.acronyms import KNOWN_PROVIDERS, provider_of
from bot.assistant.advice_guides import advice_guide_leads, badges_guide_leads, guide_answers_which_courses
from bot.assistant.described import described_beside, described_words, words_pick
from bot.assistant.follow_up_words import has_content, names_only, only_one_of_provider_named, picked_last
from bot.assistant.guide_aspects import guide_covers_asked, guide_speaks_of_asked
from bot.assistant.last_entry_terms import term_of_the_last
from bot.assistant.names_another import names_another
from bot.assistant.new_title_words import (
    MIN_GUIDE_PAIRS,
    new_pairs_of_chinese_title,
    new_words_of_whole_title,
    pairs_apart,
    plainly_named,
)
from bot.assistant.own_options import providers_named_now
from bot.assistant.retrieval import Retriever
from bot.assistant.siblings_titled import named_by_pair, siblings_by_phrase
from bot.assistant.title_match import alias_switch, coded_title_first, like_the_last, words_alike
from bot.assistant.types import OPTION_KINDS, StudentContext
from bot.assistant.understanding import Understanding
from bot.assistant.understanding.aspect_rules import stated_aspects
from bot.assistant.understanding.follow_up import (
    asks_certificate_of_it,
    asks_first,
    changes_subject,
    conversation_topic,
    corrected,
    described_one,
    goes_back,
    is_correction,
    joined_topic,
    named_by_correction,
    named_then_asked,
    new_subject,
    switched_name,
    switches_kind,
    what_about,
)
from bot.assistant.understanding.provider_names import PROVIDERS, names_provider, provider_ids, providers_named
from bot.assistant.understanding.question_rules import DOMAIN, OPTIONS_ASKED, PLAN, REQUIREMENT_QUESTION
from knowledge.lexical import tokens
from knowledge.search import SearchHit
from knowledge.views import EntryView

# How much closer (dense similarity) the best match must come when the previous question is added for a question
# to count as continuing it. Measured on follow-ups such as 「仲有冇辦？」 (+0.05 to +0.10) against questions that
# stand alone after an unrelated one (−0.02 to +0.01).
FOLLOW_UP_GAIN: Final = 0.02
# A follow-up (or a pick said before its question) this short that names nothing of its own is about the last topic.
PINNED_MAX_CHARS: Final = 24
SHOWN_SEARCH_DEPTH: Final = 40  # how deep to search for the entries of the list just shown
# ... and so is a longer one the rules read as a follow-up that points at it ("my family can't really afford that,
# any financial aid?", "is there any scholarship for it?"), when it names nothing of its own.
POINTS_AT_IT: Final = re.compile(
    r"(?<!\blike )(?<!\bthan )\b(?:it|that|this)\b(?!\s+(?:one|ones)\b)|(?<!似)(?<!好似)佢|呢個|(?<!似)嗰個|果個"
    r"|\bthe (?:page|site|website|webpage|brochure|poster|leaflet|flyer)\b|個(?:網頁|網站|page|單張|poster|海報)",  # its page
    re.IGNORECASE,
)
# A correction of at least this many words describes what it means ("the HKU thing where teens job-shadow bone
# surgeons"); a shorter one ("the hkust one") names it and is settled with the question before it.
DESCRIPTION_MIN_WORDS: Final = 4
ASKS_FOR_OTHERS: Final = re.compile(
    r"\b(other|others|another|similar|alternatives?|recommend|suggest|for me)\b|其他|類似|推介|推薦|建議|另外|啱我|適合我|"
    r"有冇.{0,10}(camp|course|課程|活動|programme|program|summer|cert|證書|體驗)|"
    r"\bany\b.{0,20}\b(camps?|courses?|programmes?|programs?|certs?|certificates?|tasters?)\b",
    re.IGNORECASE,
)
# 「做完有冇證書㗎？」「讀完有冇 credit？」 ask what the programme itself gives, not for other certificates.
AFTER_IT: Final = re.compile(r"(?:做|讀|上|參加|考|完成)完|完成後|完咗|after (?:it|finishing|completing)", re.I)
SIMILAR_ASKED: Final = re.compile(
    r"\b(similar|alike|like (it|this|that|this one|that one))\b|類似|差唔多|同類|咁樣嘅", re.I
)
# How much closer in meaning a guide may be than the entry of the provider a lookup names, and still yield to it.
GUIDE_MARGIN: Final = 0.02


# What a plan aims at: university, JUPAS, a career; a question about the programme just answered names none.
_NAMES_A_GOAL: Final = re.compile(
    r"\b(uni|university|universities|jupas|dse|degree|career|future|major)\b|大學|聯招|文憑試|前途|將來|升學|讀咩科",
    re.IGNORECASE,
)


class TopicTracker:
    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.searcher = retriever.searcher

    def continued(
        self, reading: Understanding, previous: str, shown: Sequence[str] = (), last_topic: str | None = None
    ) -> Understanding:
        """Settle what a question after another one is about, by what the previous question adds to its search:
        when adding it brings the best match clearly closer, the question continues it — a follow-up by the rules
        ("how much is it?", 「咁幾時報名？」) then searches the previous question, one the rules missed
        (「我仲可唔可以讀？」) both together; otherwise the question stands alone, even when the rules read it as a
        follow-up ("and the IBM Data Analyst one?", "What is the Continuing Education Fund?")."""
        # 「你係 bot 定真人？」 then 「ok 咁 JUPAS 報名費幾錢」: when the earlier message named nothing the catalogue holds
        # and this one names its own subject, there is nothing to follow.
        afresh = self._names_nothing(previous) and not self._names_nothing(reading.text)
        kinds_shown = [view.kind for view in map(self.searcher.entry, [*shown, last_topic or ""]) if view is not None]
        afresh = afresh or switches_kind(reading.text, previous, kinds_shown)
        if reading.referenced or changes_subject(reading.text) or afresh:
            return reading if reading.referenced else new_subject(reading)
        reading, named = _corrected(reading)
        descriptive = named is None or described_one(reading.text) is not None  # ("and that orthopaedics one?")
        described = self._described_instead(reading, previous, last_topic) if descriptive else None
        joined = joined_topic(previous, reading.text)
        if described is None and reading.intent == "compare" and reading.follow_up:
            # "and the IBM one?" after the Google certificate: the two sides are the previous programme and this.
            return replace(reading, topic=joined)
        another = (
            self._picked_by_its_name(reading, last_topic, shown)
            or described
            or self._another_named(reading, previous, shown)
            or self._sibling(reading, previous, last_topic)
        )
        if another is not None:
            return another
        if (
            reading.intent == "recommend"
            # (「去完有冇 cert 攞？」 after the info days asks whether going gives one, not for certificates)
            and (not OPTIONS_ASKED.search(reading.text) or (reading.follow_up and asks_certificate_of_it(reading.text)))
            and not names_provider(reading.text)
        ) or (reading.intent == "plan" and reading.aspects):  # (see asks_of_the_last)
            return self._request_about_it(reading, previous, shown, joined)
        if reading.intent not in {"lookup", "explain"}:
            return reading
        inherited = reading.aspects or stated_aspects(previous)
        # 「咁 AZ-900 呢？」: the entry titled with the code, not a guide that mentions it more often.
        found = coded_title_first(self.searcher.search(reading.text, k=3), reading.text)
        # "and the school reference report?" after JUPAS choices: the timeline, one of whose aliases that is.
        aliased = alias_switch(self.searcher, named, previous, {last_topic or "", *shown})
        alone = (
            like_the_last(self.searcher.title_names, found, reading.text, last_topic, shown)[:1]
            if aliased is None
            else [aliased]
        )
        last = last_topic or next(iter(shown), None)  # ("ok when's the main round" after E-APP)
        held = term_of_the_last(self.retriever, reading, previous, alone, last, bool(POINTS_AT_IT.search(reading.text)))
        if (alone and not held) and (
            (aliased is not None and alone[0] is aliased)
            or self._switches_to(reading.text, previous, alone[0], shown, named)
            # 「ok 咁 google cybersecurity cert 會教用咩 tools？」 after AZ-900: its provider and a word of its title.
            or self._named_with_its_provider(reading.text, previous, alone[0])
        ):
            # The new name decides the entry; the previous question still says what is asked ("when is the jupas
            # deadline" → "and the OEA one?": its date). Searching the two together would let the old name win.
            switched = self._switched(reading, named, inherited, previous)
            # (The provider's entry most like the last, put before the search's first, is found by its title.)
            return self._found_by_its_name(switched, alone[0], by_title=alone[0] is not found[0])
        named_now = providers_named(reading.text) - providers_named(previous)
        if reading.follow_up and named_now and named is not None and has_content(PROVIDERS.sub(" ", named)):
            # 「咁中大暑期學院呢？」 names the programme as well as its provider: that name alone is the topic.
            return self._switched(reading, named, inherited, previous)
        # "what about hkust's?" after the CUHK Summer Institute: the same kind of programme at another provider,
        # found by the first question with its provider left out, and with what it asked. (Not 「咁讀完有冇 credits？
        # 之後入到中大用唔用得？」 after CUHK's: the same provider, in Chinese; and where credit is used is where the
        # student may end up.)
        if (
            reading.follow_up
            and provider_ids(reading.text) - provider_ids(previous)
            and not reading.asks_credit_elsewhere
        ):
            topic = joined_topic(PROVIDERS.sub(" ", previous), reading.text)
            return replace(reading, topic=topic, aspects=inherited)
        together = self.searcher.search(joined, k=1)
        retriever = self.retriever
        if (
            together
            and reading.follow_up
            and not (alone and retriever.names_in(reading.text) & retriever.title_names(alone[0]))
        ):
            # "do i get credits?", 「我 S5 可唔可以用？」: the rules read a follow-up and the question names no entry
            # of its own, so what it alone is closest to in meaning (another programme with credits) is a guess.
            return reading
        if together and (
            not alone
            or together[0].dense - alone[0].dense >= FOLLOW_UP_GAIN
            or self._finds_the_last_again(reading.text, together[0], alone, last_topic)
            or held
        ):
            return reading if reading.follow_up else replace(reading, topic=joined, follow_up=True)
        if together and REQUIREMENT_QUESTION.search(reading.text) and not names_provider(reading.text):
            # 「要唔要校長推薦？」 after 「理大研究啟導計劃係咩？」: the previous question's programme is still the best
            # match once the two are read together, and the question names no programme of its own. (Only these
            # yes/no questions pay for the third search.)
            before = self.searcher.search(previous, k=1)
            if before and together[0].id == before[0].id:
                return replace(reading, topic=joined, follow_up=True)
        return self._standing_alone(reading, alone, last_topic)

    def _standing_alone(self, reading: Understanding, alone: Sequence[SearchHit], last: str | None) -> Understanding:
        """The question on its own; but one the catalogue cannot answer alone ("and changing my choices in march, does
        that cost extra too?", two questions after "how much is it to apply through jupas") leans on the entry the
        conversation is about, which says what it asks of (JUPAS)."""
        view = self.searcher.entry(last) if last is not None else None
        if view is None or (alone and self.searcher.gate.keeps(alone[0])):
            return replace(reading, topic=reading.text, follow_up=False)
        return replace(reading, topic=joined_topic(view.title_en, reading.text), follow_up=True)

    def _described_instead(self, reading: Understanding, previous: str, last: str | None) -> Understanding | None:
        """ "no not that, i mean the HKU thing where teens job-shadow bone surgeons", 「唔係 Google 嗰張，我想問 IBM 教
        Excel 同 Cognos 嗰張」: a correction that describes the programme meant instead of naming it. What the
        description alone finds is meant, when that is another entry than the one just answered; it asks what the
        description asks, else what the question before it asked."""
        description = corrected(reading.text) if is_correction(reading.text) else None
        if description is None and (sibling := described_beside(self.searcher, reading.text, last)):
            return replace(reading, topic=sibling.title, follow_up=False, intent="lookup", asked=previous)
        if description is None or described_words(description) < DESCRIPTION_MIN_WORDS:
            return None
        found = self.searcher.search(description, k=2)
        if not found or found[0].id == last:
            return None
        kept = self.searcher.gate.keeps(found[0])
        if not (kept or words_pick(found, self.searcher.gate.dense_floor)):
            return None
        aspects = stated_aspects(description) or stated_aspects(previous)
        # Words that pick an entry under the gate would find nothing when searched again: its title is searched.
        topic = description if kept else found[0].title
        return replace(reading, topic=topic, follow_up=False, aspects=aspects, intent="lookup")

    @staticmethod
    def _finds_the_last_again(text: str, together: SearchHit, alone: Sequence[SearchHit], last: str | None) -> bool:
        """「有冇公開試？」 after 「應用學習係咩嚟？」: read with the question before it, a short question that names no
        provider finds the entry last answered again, while alone it drifts to whatever mentions exams."""
        return (
            last is not None
            and together.id == last
            and not (alone and alone[0].id == last)
            and len(text) <= PINNED_MAX_CHARS
            and not names_provider(text)
            and corrected(text) is None  # 「唔係呀，我問緊公共衞生學院嗰個」 names another
        )

    def _picked_by_its_name(
        self, reading: Understanding, last: str | None, shown: Sequence[str]
    ) -> Understanding | None:
        """ "the summer institute one, is it for s4 or s5?" after CUHK's Summer Institute alone (not a list): that
        one, found by its title, asked what the question asks."""
        view = (
            picked_last(self.searcher, self.retriever.names_in, reading.text, last)
            if last and len(shown) <= 1
            else None
        )
        return None if view is None else replace(reading.as_lookup(), topic=view.title_en, follow_up=True)

    @staticmethod
    def _switched(reading: Understanding, named: str | None, aspects: tuple[str, ...], previous: str) -> Understanding:
        """The question is about the entry it names now. A message that is only a name ("咁 back-end 嗰個呢？")
        asks what was asked before (its words too: "nominate" of 「要唔要學校 nominate？」 before 「咁理大 JRMP
        呢？」), or what the entry is: a lookup of that name, whatever its pointer words looked like to the router."""
        if named is None:
            return replace(reading, topic=reading.text, follow_up=False, aspects=aspects)
        intent = "lookup" if reading.intent == "explain" else reading.intent
        return replace(reading, topic=named, follow_up=False, aspects=aspects, intent=intent, asked=previous)

    def asks_of_the_last(self, reading: Understanding, context: StudentContext) -> Understanding | None:
        """「申請之前要先做啲咩？」 after the HKAGE subsidy scheme reads like planning to the router, but the aspect it
        states asks what that scheme asks first, when the search agrees that it follows on; so does 「我今年讀到一半
        到 1 月會唔會成個 course 換晒」 after CS50x, which states none (a question about it, then). None: a plan."""
        if (
            reading.intent != "plan"
            or not (context.recent_topics or context.recent_sources)
            or _NAMES_A_GOAL.search(reading.text)
            or PLAN.search(reading.text)
        ):
            return None  # ("what should i do to prepare for university applications": a plan, whatever came before)
        previous = conversation_topic(context.recent_questions)
        last = context.recent_topics[-1] if context.recent_topics else None
        asked = reading if reading.aspects else reading.as_lookup()
        return asked if self.continued(asked, previous, context.recent_sources, last).follow_up else None

    def _request_about_it(
        self, reading: Understanding, previous: str, shown: Sequence[str], joined: str
    ) -> Understanding:
        """「有咩 activities？」「點揀人㗎？」「我 S5 可唔可以用？」 after a question about one programme or scheme ask
        about it, when the search agrees; otherwise they stay a recommendation."""
        names = self.retriever.names_in
        news = {w for w in names(reading.text) - names(previous) if w.isascii()}
        if ("status" in reading.aspects or (reading.follow_up and asks_certificate_of_it(reading.text))) and not news:
            # 「仲有冇開㗎？想今個 summer 報」 after the HKUST EV programme: whether it still runs, with a wish to join;
            # 「去完有冇 cert 攞？」 after the info days: whether going gives a certificate (of no kind asked for).
            filters = replace(reading.filters, kinds=())
            return replace(reading, intent="lookup", topic=joined, follow_up=True, filters=filters)
        as_lookup = self.continued(reading.as_lookup(), previous, shown)
        return as_lookup if as_lookup.follow_up else reading

    def _found_by_its_name(self, reading: Understanding, hit: SearchHit, *, by_title: bool = False) -> Understanding:
        """ "oops no, the back-end one" after the Meta Front-End certificate: the few words that pick the entry out
        of the conversation ("the back-end") find nothing on their own, so the entry they name is searched by its
        title. ``by_title``: the entry was chosen over the words' own first match ("ibm" finds IBM Data Science, the
        Data Analyst one was meant); searching by title whenever the words find another entry lost four tune items,
        whose words (with the aspect asked) were right."""
        if by_title:
            return replace(reading, topic=hit.title)
        if reading.topic == reading.text:
            return reading
        found = self.searcher.search(reading.topic, k=1)
        if found and self.searcher.gate.keeps(found[0]):
            return reading
        return replace(reading, topic=hit.title)

    def _sibling(self, reading: Understanding, previous: str, last: str | None) -> Understanding | None:
        """ "ok then what about the summer academy" after Experience in Lingnan: the one other entry of the last
        programme's provider whose title the question names by two of its words written together."""
        text = reading.text
        if not last or provider_ids(text) - {provider_of(last)}:  # ("what about the hkust summer institute")
            return None
        siblings = siblings_by_phrase(self.searcher, text, last, provider_of(last))
        view = self.searcher.entry(next(iter(siblings))) if len(siblings) == 1 else None
        if view is None or not named_by_pair(text, previous, view.title_en):
            return None
        aspects = reading.aspects or stated_aspects(previous)
        return replace(reading, topic=view.title_en, follow_up=False, aspects=aspects, intent="lookup")

    def _names_nothing(self, text: str) -> bool:
        """No catalogue word, provider or entry's title word in the text (「今日打完波好攰」, "are you a bot?")."""
        return not (DOMAIN.search(text) or names_provider(text) or self.retriever.names_in(text))

    def _another_named(self, reading: Understanding, previous: str, shown: Sequence[str]) -> Understanding | None:
        """「ok 咁 google cybersecurity cert 會教用咩 tools？」 after AZ-900, read as a list by the router, names another
        programme plainly: that programme is asked about, not a list on the previous question's topic."""
        if reading.intent != "recommend" or not reading.follow_up or OPTIONS_ASKED.search(reading.text):
            return None
        alone = self.searcher.search(reading.text, k=1)
        named = what_about(reading.text)
        if alone and (
            self._switches_to(reading.text, previous, alone[0], shown, named)
            or self._named_with_its_provider(reading.text, previous, alone[0])
        ):
            return self._switched(replace(reading, intent="lookup"), named, reading.aspects, previous)
        return None

    def _named_with_its_provider(self, text: str, previous: str, hit: SearchHit) -> bool:
        """ "google cybersecurity cert": a distinctive word of the entry's title with the entry's own provider, both
        new to the conversation, names that entry."""
        own = provider_of(hit.id)
        new_providers = provider_ids(text) - provider_ids(previous)
        new_words = (self.retriever.names_in(text) - self.retriever.names_in(previous)) & self.retriever.title_names(
            hit
        )
        return own in new_providers and bool(new_words) and self.searcher.gate.keeps(hit)

    def _switches_to(self, text: str, previous: str, hit: SearchHit, shown: Sequence[str], named: str | None) -> bool:
        """ "And the meta front-end one?" after the Google UX certificate names another entry plainly: two of its
        title's distinctive words in Latin letters, or an acronym in capitals (「咁 TOPS 呢？」), that the previous
        question did not use; one is enough for an entry of the list just shown, or when the message is only that
        name ("咁 back-end 嗰個呢？", "cs50x 呢？"). (One ordinary word such as "activities" inside a longer question
        may be a title word by chance, and Chinese character pairs such as 「校長推薦」 name requirements as often
        as programmes, so they do not count.)"""
        names = self.retriever.names_in
        new = (names(text) & self.retriever.title_names(hit)) - names(previous)
        own = {w for w in new if w.isascii()}
        if (
            not own
            and hit.kind == "guide"
            and not POINTS_AT_IT.search(text)  # (「佢個校長推薦計劃幾時開始？」 asks of the last one's scheme)
            and pairs_apart(w for w in new if not w.isascii()) >= MIN_GUIDE_PAIRS
        ):
            # 「咁放榜之後仲可唔可以改志願？」 after the JUPAS timeline: two pairs of a guide's title that do not
            # overlap (志願, 放榜) name its subject, not a requirement.
            return True
        if not own and named is not None:
            own = new_words_of_whole_title(named, previous, hit) or new_pairs_of_chinese_title(named, previous, hit)
        if not own:
            return False
        return plainly_named(own, text) or hit.id in shown or named is not None or bool(_ONE_BY_NAME.search(text))

    def in_students_order(self, context: StudentContext) -> StudentContext:
        """ "the 2nd one" after the student's own list ("google digital garage, hubspot academy and google ads")
        counts in the order the student wrote them, not the order the answer showed them: the entries the last
        question names by a title word none of the others has come first, in its order, then the rest as shown.
        A list the student merely asked for ("any tasters at cuhk or polyu?") names at most one and is counted
        as shown."""
        shown = context.recent_sources
        if len(shown) < 2 or not context.recent_questions:
            return context
        asked = context.recent_questions[-1].lower()
        words = frozenset(tokens(asked))  # whole words: "ads" names Google Ads, not the "ads" of "downloads"
        names = {entry: self.searcher.title_names(entry) for entry in shown}
        positions: dict[str, int] = {}
        for entry in shown:
            others = frozenset().union(*(names[e] for e in shown if e != entry))
            found = [asked.find(word) for word in (names[entry] - others) & words if names_only(word)]
            found = [at for at in found if at >= 0]  # a stemmed word ("academy" of "academies") may not be found
            if found:
                positions[entry] = min(found)
        # The student's own list is the first entries shown; one of them not recognised by its words (its place
        # is unknown) leaves the shown order as it is.
        if len(positions) < 2 or set(shown[: len(positions)]) != set(positions):
            return context
        ordered = (*sorted(positions, key=positions.__getitem__), *(e for e in shown if e not in positions))
        return context if ordered == shown else replace(context, recent_sources=ordered)

    def pinned_topic(self, reading: Understanding, context: StudentContext) -> EntryView | None:
        """The programme a short follow-up is about: the one the last answer was about, when the message names
        nothing of its own (no title word, provider or JUPAS term) and asks for no other options. 「咁中六呢？」
        「除咗做 project 仲有咩做？」 "total 有幾多個 programme？" read alone look like new questions."""
        text = reading.text
        # ("the online one - what topics did it cover" picks one of a list by what it is like: not the last.)
        long_pointer = reading.follow_up and POINTS_AT_IT.search(text) is not None and not described_one(text)
        # (After a list, the one programme of the provider the question named: 「教大有冇 taster？」 then 「幾時搞？」.)
        last = context.recent_topics[-1] if context.recent_topics else only_one_of_provider_named(context)
        if last is None or (len(text) > PINNED_MAX_CHARS and not long_pointer) or changes_subject(text):
            return None
        correction = corrected(text)
        if correction is not None and is_correction(text) and has_content(correction):
            return None  # 「唔係呀，我問緊公共衞生學院嗰個暑期營」: not the last one, the one it names
        if ASKS_FOR_OTHERS.search(text) and not AFTER_IT.search(text):
            return None
        if reading.asks_past:
            return None  # 「呢個基金幾時開始有㗎？」: the scheme's history guide answers, found by the search
        entry = self.searcher.entry(last)
        if entry is None or entry.kind not in OPTION_KINDS or self._names_another(text, entry.id):
            return None
        # "what about university tasters?" after a certificate asks about tasters now.
        return None if switches_kind(text, " ".join(context.recent_questions[-1:]), (entry.kind,)) else entry

    def unknown_switch(self, reading: Understanding, context: StudentContext) -> str | None:
        """The name a follow-up switches to when the knowledge base has never heard of it ("what about cisco
        ccna?", 「咁 udemy 啲 course 有冇 cert？」, 「咁恒大有冇類似嘅？」): then the answer is "not in the knowledge
        base", never the previous programme again. Only its leading words count ("stanford" of "stanford's online
        courses"), and only words found nowhere in the catalogue; an acronym counts here, where it names the
        new subject."""
        if not context.recent_questions:
            return None
        name = switched_name(reading.text)
        if name is None:
            return None
        unknown: list[str] = []
        for word in name.split():
            # A stopword ("something on AI") or a word the catalogue uses ends the name.
            if not tokens(word) or self.searcher.knows(word) or word.lower() in _FOLLOW_UP_WORDS:
                break
            unknown.append(re.sub(r"['’]s$", "", word))
        return " ".join(unknown) or None

    def returned_to(self, reading: Understanding, context: StudentContext) -> EntryView | None:
        """The earlier programme a student goes back to: "ok back to the first one, when were results out?" (the
        conversation's first), 「返去頭先嗰個」 (the one before the last), 「返去頭先 lingnan 嗰個」 (the one it names)."""
        if not goes_back(reading.text):
            return None
        topics = list(dict.fromkeys(context.recent_topics)) or list(context.recent_sources[:1])
        if not topics:
            return None
        names, providers = self.retriever.names_in(reading.text), provider_ids(reading.text)
        named = [t for t in topics if names & self.searcher.title_names(t) or provider_of(t) in providers]
        if len(named) == 1:
            chosen = named[0]
        elif asks_first(reading.text) or len(topics) == 1:
            chosen = topics[0]
        else:
            chosen = topics[-2]
        return self.searcher.entry(chosen)

    def similar_asked(self, reading: Understanding, context: StudentContext) -> EntryView | None:
        """The programme a request for similar ones points at ("any other similar camps?", 「有冇類似嘅？」): the one
        the last answer was about, when the request names nothing of its own."""
        if not (context.recent_topics and SIMILAR_ASKED.search(reading.text)):
            return None
        entry = self.searcher.entry(context.recent_topics[-1])
        if entry is None or entry.kind not in OPTION_KINDS:
            return None
        # 「咁浸大有冇類似嘅？」, "does google have a similar one?" name only another provider: the same kind of thing
        # there (similar_options). A short one (「有冇類似嘅？」) may read as a question about the programme itself.
        elsewhere = provider_ids(reading.text) - {provider_of(entry.id)}
        if not (reading.intent == "recommend" or len(reading.text) <= PINNED_MAX_CHARS or elsewhere):
            return None
        if self._names_another(PROVIDERS.sub(" ", reading.text) if elsewhere else reading.text, entry.id):
            return None
        return entry

    def last_topic_first(
        self, hits: list[SearchHit], reading: Understanding, recent_topics: Sequence[str]
    ) -> list[SearchHit]:
        """A follow-up about a programme ("有幾多個 course？" after 「咁 IBM Data Science 嗰個呢？」) is about the
        programme last shown when the search finds it and the question names nothing else ("what about
        hkust's?" does). A guide only when it speaks of what is asked at least as much as the first hit: what a
        follow-up asks after 「JUPAS 係咩？」 (the dates) may live in another guide (``guide_covers_asked``)."""
        if not (reading.follow_up and recent_topics and reading.intent in {"lookup", "explain"}):
            return hits
        if reading.asks_past:
            return hits  # the scheme's past lives in its history guide
        last = next((hit for hit in hits if hit.id == recent_topics[-1]), None)
        if last is None and hits and hits[0].kind == "guide":
            # ("so how much in total then" after the fees, with "apply late" before it: the relevance gate kept only the
            # timeline, though the fees guide speaks of fees far more.)
            last = next((hit for hit in self.searcher.search(reading.topic, k=12) if hit.id == recent_topics[-1]), None)
        if last is None or self._names_another(reading.text, last.id):
            return hits
        # (Pointing at it, "how can i check it's real?", "will they still take it?": the guide's, if it speaks of that.)
        pointed = bool(POINTS_AT_IT.search(reading.text)) and guide_speaks_of_asked(self.searcher, last.id, reading)
        # (「咁我可唔可以一次過加 8 個新志願？」 after the guide to changing choices names that guide's own word only.)
        names = self.retriever.names_in(reading.text)
        own = bool(names) and names <= self.retriever.title_names(last)
        if last.kind not in OPTION_KINDS and (
            (names and not own)
            or not (own or pointed or guide_covers_asked(self.searcher, last.id, reading, hits[0].id))
        ):
            return hits
        return [last, *(hit for hit in hits if hit is not last)]

    def named_provider_first(
        self, hits: list[SearchHit], reading: Understanding, context: StudentContext
    ) -> list[SearchHit]:
        """A lookup that names a provider is about that provider's entry: "hkust summer institute still on?" must
        not get HKU's (the two titles are a letter apart in meaning), and "no, I meant the CUHK one" / 「咁中大嗰個呢？」
        after HKU's summer institute gets CUHK's — only the provider named *now* counts for a follow-up."""
        if reading.intent != "lookup" or reading.asks_credit_elsewhere:
            return hits  # (「個 credit 入咗中大用唔用到？」: CUHK is where the student may end up, not the programme)
        wanted = providers_named_now(reading, context)
        shown_by = {provider_of(entry_id) for entry_id in context.recent_sources}
        of_the_list = not wanted and reading.follow_up and len(context.recent_sources) > 1 and len(shown_by) == 1
        if of_the_list:
            # "what about for s6 tho" after PolyU's list stays with PolyU (what runs now first), whatever other
            # title shares its words.
            wanted = frozenset(shown_by)
        if not wanted or not hits or provider_of(hits[0].id) in wanted:
            return hits
        if (
            hits[0].id in self.retriever.acronyms.named(reading.text)
            or guide_answers_which_courses(hits[0], reading.text)
            or advice_guide_leads(hits, reading)  # ("are google's certs worth it?": the guide to such certs)
            or badges_guide_leads(hits, reading)
        ):
            return hits  # 「ApL 計唔計入 JUPAS？如果報 VTC HD 又點計分？」: ApL is named as plainly as VTC, and found first
        first = [hit for hit in hits if provider_of(hit.id) in wanted and hit.kind in OPTION_KINDS]
        if reading.follow_up and context.recent_topics:
            # 「唔係呀，我問緊中大嗰個」 after HKU's Summer Institute: of CUHK's entries, the one titled like the last
            # (its Summer Institute, not SAYT, whose text also speaks of summer terms).
            like = self.searcher.title_names(context.recent_topics[-1])
            first.sort(key=lambda hit: -words_alike(self.searcher.title_names(hit.id), like))
        if of_the_list:
            # (The form asked may have filtered the list's own entries out: they are searched again, unfiltered.)
            found = self.searcher.search(reading.topic, k=SHOWN_SEARCH_DEPTH)
            first += [h for h in found if h.id in context.recent_sources and h.kind in OPTION_KINDS and h not in first]
            first.sort(key=lambda hit: not ((view := self.searcher.entry(hit.id)) is not None and view.joinable))
        # A guide ("university-info-days") or an entry named otherwise ("experience-in-lingnan-…") stays first,
        # unless the provider's own entry is about as close, in meaning and words: 「演藝學院校長推薦計劃…幾多個學生？」
        # asks about HKAPA's scheme, 「想讀 VTC 高級文憑，應用學習…？」 about the routes guide (2.4 times VTC's words).
        if hits[0].kind == "guide" and len(wanted) > 1 and len({provider_of(hit.id) for hit in first}) < len(wanted):
            return hits  # 「上 coursera edx 點樣慳錢？」: the guide to both, not one platform's own page
        near = bool(first) and hits[0].kind == "guide" and hits[0].dense - first[0].dense <= GUIDE_MARGIN
        own_as_close = near and first[0].lexical * 2 >= hits[0].lexical
        if provider_of(hits[0].id) not in KNOWN_PROVIDERS and not own_as_close:
            return hits
        return first + [hit for hit in hits if hit not in first] if first else hits

    def _names_another(self, text: str, entry_id: str) -> bool:
        return names_another(self.searcher, self.retriever.names_in, text, entry_id)


def _corrected(reading: Understanding) -> tuple[Understanding, str | None]:
    """ "no i meant the hkust one" asks the previous question again, whatever its words looked like alone: the
    reading as a follow-up lookup, and the name the message gives, if any ("polyu summer institute" of 「唔係呀，我係問
    polyu summer institute」, "cs50x" of "cs50x 呢？")."""
    correction = corrected(reading.text)
    if correction is None:
        return reading, what_about(reading.text) or named_then_asked(reading.text)
    correcting = is_correction(reading.text)
    if correcting or reading.intent in {"recommend", "explain"}:
        intent = "lookup" if reading.intent in {"recommend", "explain"} else reading.intent
        reading = replace(reading, intent=intent, follow_up=True)
    return reading, named_by_correction(correction) if correcting else what_about(correction)


# Words a follow-up uses that are not names, though the catalogue never writes them: short forms and chat fillers
# (「咁 chill 啦」 asks about no programme called "chill").
_FOLLOW_UP_WORDS: Final = frozenset(
    {"uni", "unis", "weekend", "weekends", "thx", "thanks", "ty", "pls", "plz", "cert", "certs", "ones", "one"}
    | {"u", "ur", "lol", "ok", "okay", "okok", "chill", "gg", "nice", "cool", "sure", "fine", "great", "haha"}
    | {"hmm", "umm", "btw", "nvm", "wow", "yeah", "yep", "yes", "no", "nope", "sorry", "anyway", "anyways"}
    # Question words as students type them ("and whats the max it pays" names nothing called "whats").
    | {"whats", "wats", "wat", "wut", "hows", "whens", "wheres", "whos", "whys", "idk", "tho", "rn", "ppl"}
    # A case supposed ("and suppose i fail one of the associate exams…" names nothing called "suppose").
    | {"suppose", "say", "imagine", "assume", "assuming", "maybe", "hypothetically", "if", "what"}
)


# "the social sciences one", 「社科嗰個」: a thing picked by its name, so one new title word in it is enough.
_ONE_BY_NAME = re.compile(
    r"\bthe [\w\- ]{2,30}? one\b|[\w\u4e00-\u9fff\-]{2,}\s*(?:嗰|果)(?:個|張|間|科)", re.IGNORECASE
)
