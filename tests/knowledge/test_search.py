"""Hybrid search on the real catalogue with the real model: languages, filters and the relevance gate."""

from __future__ import annotations

import pytest

from knowledge.lexical import query_tokens, tokens
from knowledge.search import KnowledgeSearcher, SearchFilters


def top_ids(searcher: KnowledgeSearcher, query: str, k: int = 5, **filters: object) -> list[str]:
    return [hit.id for hit in searcher.search(query, k=k, filters=SearchFilters(**filters))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("How much is the CUHK Summer Institute?", "cuhk-summer-institute"),
        ("Can I use the Continuing Education Fund when I'm 16?", "continuing-education-fund"),
        ("what is band A in jupas", "jupas-choices-and-bands"),
        ("中大暑期學院幾錢？", "cuhk-summer-institute"),
        ("持續進修基金幾多歲先可以用", "continuing-education-fund"),
        ("JUPAS 志願分幾多個 band", "jupas-choices-and-bands"),
        ("科大 summer institute 要幾多 attendance 先有 credit", "hkust-summer-institute"),
        ("Google data analytics cert 要讀幾耐", "google-data-analytics"),
        ("HKU SPACE 啲 microcredential 幾多個 credit", "hku-space-microcredentials"),
    ],
)
def test_queries_in_three_languages_find_the_entry(full_index: KnowledgeSearcher, query: str, expected: str) -> None:
    assert expected in top_ids(full_index, query, k=3)


def test_results_are_grouped_per_entry(full_index: KnowledgeSearcher) -> None:
    ids = top_ids(full_index, "CUHK Summer Institute fee credits camp", k=10)
    assert len(ids) == len(set(ids))


def test_kind_filter(full_index: KnowledgeSearcher) -> None:
    hits = full_index.search("data analytics", k=10, filters=SearchFilters(kinds=("certificate",)))
    assert hits
    assert {h.kind for h in hits} == {"certificate"}


def test_form_filter_excludes_junior_only_programme(full_index: KnowledgeSearcher) -> None:
    query = "HKU healthcare academy for secondary students"
    assert "hku-empowering-future-healthcare-academy" in top_ids(full_index, query, k=10)
    with_form = full_index.search(query, k=10, filters=SearchFilters(form="S5"))
    assert "hku-empowering-future-healthcare-academy" not in [h.id for h in with_form]
    assert all(h.metadata["form_S5"] or not h.metadata["forms"] for h in with_form)


def test_form_filter_keeps_entries_that_state_no_form(full_index: KnowledgeSearcher) -> None:
    # Online certificates name no form: they are open as far as we know, so an S5 student still finds them.
    with_form = full_index.search("Google IT automation with Python certificate", k=5, filters=SearchFilters(form="S5"))
    assert "google-it-automation-python" in [h.id for h in with_form]


def test_free_and_fee_ceiling_filters(full_index: KnowledgeSearcher) -> None:
    free = full_index.search("summer programme", k=10, filters=SearchFilters(free=True))
    assert free
    assert all(h.metadata["fee_hkd"] == 0 for h in free)
    cheap = full_index.search("summer programme", k=10, filters=SearchFilters(max_fee=5000))
    assert cheap
    assert all(0 <= float(h.metadata["fee_hkd"]) <= 5000 for h in cheap)
    assert "cuhk-summer-institute" not in [h.id for h in cheap]  # HK$7,200


def test_cef_mode_language_subject_filters(full_index: KnowledgeSearcher) -> None:
    cef = full_index.search("course", k=10, filters=SearchFilters(cef=True))
    assert cef
    assert all(h.metadata["cef"] == "yes" for h in cef)
    online = full_index.search("certificate", k=10, filters=SearchFilters(modes=("online",)))
    assert online
    assert all(h.metadata["mode"] == "online" for h in online)
    english = full_index.search("summer", k=10, filters=SearchFilters(languages=("en",)))
    assert english
    assert all(h.metadata["language"] == "en" for h in english)
    medicine = full_index.search("summer camp", k=10, filters=SearchFilters(subjects=("medicine-health",)))
    assert medicine
    assert all(h.metadata["subj_medicine-health"] for h in medicine)


def test_filters_combine(full_index: KnowledgeSearcher) -> None:
    hits = full_index.search(
        "taster", k=10, filters=SearchFilters(kinds=("taster",), form="S4", subjects=("engineering",))
    )
    assert hits
    for hit in hits:
        assert hit.kind == "taster"
        assert hit.metadata["form_S4"] or not hit.metadata["forms"]
        assert hit.metadata["subj_engineering"]


def test_invalid_filters_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown form"):
        SearchFilters(form="S9")
    with pytest.raises(ValueError, match="unknown subject"):
        SearchFilters(subjects=("astrology",))


@pytest.mark.parametrize(
    "query",
    [
        "can you help me solve this quadratic equation x^2 - 5x + 6 = 0",
        "Does Oxford have a free AI micro-credential for Form 4?",
        "今晚 Man Utd 對 Arsenal 邊隊會贏",
    ],
)
def test_gate_finds_nothing_for_unrelated_questions(full_index: KnowledgeSearcher, query: str) -> None:
    assert full_index.relevant(query, full_index.search(query, k=5)) == []


def test_gate_keeps_real_matches(full_index: KnowledgeSearcher) -> None:
    query = "CUHK summer institute fee"
    kept = full_index.relevant(query, full_index.search(query, k=5))
    assert kept
    assert kept[0].id == "cuhk-summer-institute"


def test_unknown_names(full_index: KnowledgeSearcher) -> None:
    assert full_index.unknown_names("Does Oxford run a Minecraft camp?") == ["Oxford", "Minecraft"]
    assert full_index.unknown_names("Is the CUHK Summer Institute worth it?") == []
    # The plural of a word the catalogue knows is no unknown name ("F4s", "MOOCs"); an unknown one still is.
    assert tokens("F4s and S5s") == ["f4", "s5"]
    assert full_index.unknown_names("Our school might pick some F4s for a camp") == []
    assert full_index.unknown_names("Are there MOOCs from Minecrafts?") == ["Minecrafts"]


def test_places_the_catalogue_never_mentions(full_index: KnowledgeSearcher) -> None:
    assert full_index.named_elsewhere("does shue yan uni run a summer taster?") == ["shue yan"]
    assert full_index.named_elsewhere("聖方濟各大學有冇體驗營？") == ["聖方濟各"]
    assert full_index.named_elsewhere("hku med median score last year?") == ["median score"]
    # Coursera and HKU are in the catalogue; "nanodegree" is an alias of the micro-credentials guide.
    assert full_index.named_elsewhere("coursera or a nanodegree or hku space?") == []
    # The gate agrees: a question about a place the catalogue never mentions finds nothing relevant.
    query = "does shue yan uni run a summer taster for S5?"
    assert full_index.relevant(query, full_index.search(query, k=5)) == []


def test_tokens_cover_english_and_cantonese() -> None:
    assert tokens("Summer Programmes") == ["summer", "programme"]
    toks = tokens("中大暑期課程幾錢呀")
    assert "暑期" in toks
    assert "中大" in toks
    assert "呀" not in toks
    assert tokens("ＣＵＨＫ") == ["cuhk"]


def test_a_questions_chinese_is_matched_by_character_pairs() -> None:
    asked = query_tokens("ApL 而家大概有幾多個 course 揀？")
    assert {"apl", "course", "大概"} <= set(asked)
    assert "大" not in asked  # the lone 大 of chat words matched every entry about 大學
    assert "揀" in asked  # a one-character run has no pair to stand for it
    assert "大" in tokens("ApL 而家大概有幾多個 course 揀？")  # documents keep both


def test_an_acronym_among_chat_words_finds_its_entry(full_index: KnowledgeSearcher) -> None:
    assert full_index.search("ApL 而家大概有幾多個 course 揀？", k=1)[0].id == "applied-learning-apl"


def test_a_clear_lexical_winner_close_in_meaning_comes_first(full_index: KnowledgeSearcher) -> None:
    # The stackable-credentials guide writes the question's own phrases (2.7 times the next entry's word score)
    # but stood fourth by meaning, behind three summer programmes; fusion had counted its lead as a near tie.
    assert top_ids(full_index, "暑期課程攞到嘅學分，係咪去邊間大學都用得？", k=1) == ["stackable-credentials"]


def test_words_alone_far_in_meaning_are_no_winner(full_index: KnowledgeSearcher) -> None:
    # The same guide's phrases share 「邊間大學」 with this question, which is about CityU's FutureLearn courses.
    assert top_ids(full_index, "FutureLearn 嗰個係邊間大學㗎？", k=1) == ["cityu-futurelearn-moocs"]


def test_how_many_choices_is_the_choices_guides_question(full_index: KnowledgeSearcher) -> None:
    # Changing choices and JUPAS fees were closer in meaning; the number of choices is the choices guide's.
    for question in ("JUPAS 最多可以揀幾多個志願？", "JUPAS 最多填幾多個志願?"):
        assert top_ids(full_index, question, k=1) == ["jupas-choices-and-bands"], question


def test_only_filters_an_answer_names_count_as_stated() -> None:
    # A relaxed list says which of the student's filters it could not meet; subjects come from the profile and
    # currency from the bot, so neither is named.
    assert SearchFilters(free=True).stated
    assert SearchFilters(max_fee=0.0).stated
    assert SearchFilters(kinds=("certificate",), modes=("online",)).stated
    assert not SearchFilters(subjects=("computing",), statuses=("current",)).stated
