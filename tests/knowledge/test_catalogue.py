"""The shipped catalogue: every fact-sheet id covered, both languages, sources and years, and an evaluation
set that covers it in the three languages."""

from __future__ import annotations

from collections import Counter

from knowledge.catalog import CATALOG_DIR, load_catalog
from knowledge.evaluation import load_questions
from knowledge.schema import SENIOR_FORMS

CATALOG = load_catalog()
ENTRIES = {entry.id: entry for entry in CATALOG.entries}
FACT_IDS = (CATALOG_DIR / "fact_ids.txt").read_text(encoding="utf-8").split()
EVAL = load_questions([CATALOG_DIR.parent / "eval"])


def test_catalogue_is_valid() -> None:
    assert CATALOG.problems == []


def test_every_fact_sheet_id_is_covered() -> None:
    assert len(FACT_IDS) == 110
    covered = {ref for entry in CATALOG.entries for ref in entry.meta.refs}
    assert sorted(set(FACT_IDS) - covered) == []
    assert sorted(covered - set(FACT_IDS)) == []  # no entry cites an id the fact sheet does not have


def test_every_entry_has_both_languages_a_source_and_a_year_or_says_unknown() -> None:
    for entry in CATALOG.entries:
        assert len(entry.body_en) > 200, entry.id
        assert len(entry.body_zh) > 80, entry.id
        assert entry.meta.sources, entry.id
        assert entry.meta.seen == "unknown" or 1990 <= entry.meta.seen <= 2026, entry.id


def test_low_confidence_entries_say_so_in_both_languages() -> None:
    for entry in CATALOG.entries:
        if entry.meta.confidence == "low":
            assert any(w in entry.body_en.lower() for w in ("lower confidence", "third-party", "third party")), entry.id
            assert any(w in entry.body_zh for w in ("可信度", "第三方")), entry.id


def test_junior_only_programme_says_it_is_not_for_senior_forms() -> None:
    entry = ENTRIES["hku-empowering-future-healthcare-academy"]
    assert not SENIOR_FORMS & set(entry.meta.forms)
    assert "S4" in entry.body_en


def test_every_kind_is_present() -> None:
    kinds = Counter(entry.meta.kind.value for entry in CATALOG.entries)
    assert set(kinds) == {"taster", "microcredential", "certificate", "scheme", "guide"}


def test_evaluation_set_covers_the_catalogue_in_three_languages() -> None:
    assert len(EVAL) >= 100
    languages = Counter(q.lang for q in EVAL)
    assert min(languages.values()) >= 30, languages
    assert sum(1 for q in EVAL if not q.expected) >= 6
    unknown = {e for q in EVAL for e in q.expected if e not in ENTRIES}
    assert unknown == set()
    asked_about = {e for q in EVAL for e in q.expected}
    assert len(asked_about) / len(ENTRIES) > 0.9


def test_support_guide_cites_its_sources() -> None:
    guide = ENTRIES["support-for-stressed-students"]
    assert guide.meta.kind.value == "guide"
    assert len(guide.meta.sources) >= 3
