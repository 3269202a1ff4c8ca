"""The words that name an entry: distinctive title words, never a kind of thing or a number."""

from __future__ import annotations

from knowledge.titles import MAX_TITLES_PER_NAME, TitleNames


def _names() -> TitleNames:
    titles = {
        "cef": ("Continuing Education Fund (CEF)", "持續進修基金（CEF）"),
        "cef-history": ("History of the CEF", "持續進修基金的歷史"),
        "ai-900": ("Azure AI Fundamentals (AI-900, retired 2026)", "Azure AI 基礎"),
    }
    # Enough other certificates that "certificate" and 「證書」 are a kind of thing, not a name.
    titles |= {f"cert-{n}": (f"Certificate number {n}", f"證書 {n}") for n in range(MAX_TITLES_PER_NAME + 1)}
    metadatas = [{"title_en": en, "title_zh": zh} for en, zh in titles.values()]
    return TitleNames.build(metadatas, {entry_id: [i] for i, entry_id in enumerate(titles)})


def test_a_question_names_an_entry_by_its_distinctive_title_words() -> None:
    names = _names()
    assert names.all_named("how do i claim cef") & names.of("cef") == {"cef"}
    assert {"持續", "進修", "基金"} <= names.all_named("持續進修基金點樣申請？") & names.of("cef")
    assert names.all_named("how do i claim cef") == {"cef"}


def test_words_many_titles_share_and_numbers_name_nothing() -> None:
    names = _names()
    assert names.all_named("which certificate is best") == frozenset()
    assert names.all_named("邊張證書好") == frozenset()
    assert names.all_named("what was the deadline in 2026") == frozenset()
    assert names.of("no-such-entry") == frozenset()


def test_codes_and_acronyms_of_titles_are_found_in_any_case() -> None:
    names = _names()
    assert names.codes_in("tell me about the ai-900") == {"ai-900"}
    assert names.codes_in("how do i claim Cef") == {"cef"}
    assert names.codes_in("which certificate is best") == frozenset()


def test_distinctive_aliases_name_one_entry_in_the_questions_order() -> None:
    metadatas = [
        {
            "title_en": "CUHK Summer Institute",
            "title_zh": "中大暑期學院",
            "aliases": "CUHK SI|中大 SI|summer institute",
        },
        {
            "title_en": "HKUST Summer Institute",
            "title_zh": "科大暑期學院",
            "aliases": "HKUST SI|科大 SI|summer institute",
        },
    ]
    names = TitleNames.build(metadatas, {"cuhk-si": [0], "hkust-si": [1]})
    assert [e for e, _ in names.aliased_in("中大SI 同 hkust si 邊個好")] == ["cuhk-si", "hkust-si"]
    # Spaces and case do not matter; a word that merely starts with the alias does not count.
    assert names.aliased_in("cuhk   si?") == [("cuhk-si", "cuhk   si")]
    assert names.aliased_in("cuhk simple question") == []
    # An everyday phrase both entries use names neither.
    assert names.aliased_in("any summer institute?") == []


def test_an_alias_in_capitals_that_is_an_everyday_word_names_its_entry_in_capitals_only() -> None:
    metadatas = [{"entry_id": "lingnan-life", "title_en": "Lingnan LIFE", "title_zh": "", "aliases": "LIFE|JRMP"}]
    names = TitleNames.build(metadatas, {"lingnan-life": [0]})
    assert [e for e, _ in names.aliased_in("嶺大 LIFE 有冇微證書？")] == ["lingnan-life"]
    assert names.aliased_in("教大個 U Life U Like 報唔報得？") == []
    # An acronym that is no word is still found however it is typed.
    assert [e for e, _ in names.aliased_in("is jrmp open?")] == ["lingnan-life"]


def test_an_alias_is_found_with_a_cantonese_particle_where_latin_meets_chinese() -> None:
    metadatas = [{"title_en": "HKU SPACE Microcredentials", "title_zh": "", "aliases": "HKU SPACE 微證書"}]
    names = TitleNames.build(metadatas, {"hku-space-micro": [0]})
    for question in ("HKU SPACE 啲微證書幾多學分？", "HKU SPACE嘅微證書", "HKU SPACE 嗰啲 微證書"):
        assert [e for e, _ in names.aliased_in(question)] == ["hku-space-micro"], question
    # Only a particle: other words between the two halves name nothing.
    assert names.aliased_in("HKU SPACE 有冇微證書") == []
