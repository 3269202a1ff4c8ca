"""The shipped catalogue: every fact-sheet id covered, both languages, sources and years, and an evaluation
set that covers it in the three languages."""

from __future__ import annotations

from collections import Counter

from knowledge.catalog import CATALOG_DIR, load_catalog
from knowledge.chunking import chunk_document
from knowledge.evaluation import load_questions
from knowledge.schema import SENIOR_FORMS, deny_listed_host
from knowledge.sources import entry_document
from knowledge.views import build_view

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


def test_no_entry_sends_students_to_a_repository_or_blog() -> None:
    offenders = {e.id: str(e.meta.url) for e in CATALOG.entries if deny_listed_host(str(e.meta.url))}
    assert offenders == {}


def test_every_taster_says_whether_it_still_runs_and_when_it_last_ran() -> None:
    tasters = [e for e in CATALOG.entries if e.meta.kind.value == "taster"]
    assert len(tasters) == 43
    for entry in tasters:
        assert "status" in entry.meta.model_fields_set, entry.id
        assert entry.meta.last_run is not None, entry.id
    # The companion's status table (current 2024+, recent 2021-23, past up to 2020 or stopped), tasters only.
    assert Counter(e.meta.status for e in tasters) == {"current": 14, "recent": 7, "past": 22}


def test_past_entries_say_so_plainly_in_both_languages() -> None:
    for entry in CATALOG.entries:
        if entry.meta.status != "past":
            continue
        assert entry.meta.last_run is not None, entry.id
        assert str(entry.meta.last_run) in entry.body_en, entry.id
        assert str(entry.meta.last_run) in entry.body_zh, entry.id
        assert "Status:" in entry.body_en or "no new students" in entry.body_en.lower(), entry.id
        assert "狀態" in entry.body_zh or "不再招收新生" in entry.body_zh, entry.id


def test_corrections_from_the_companion_are_applied() -> None:
    ai900 = ENTRIES["microsoft-azure-ai-fundamentals-ai-900"].meta
    assert (ai900.status, ai900.successor, str(ai900.retires)) == ("past", "AI-901", "2026-06-30")
    assert "HK$250" in ENTRIES["cuhk-pgt"].meta.fee
    biomedical = ENTRIES["hku-biomedical-sciences-summer-camp"]
    assert "Summer Academy" in biomedical.meta.title_en
    assert biomedical.meta.formerly
    yi_jin = ENTRIES["diploma-yi-jin"]
    assert yi_jin.meta.status == "past"
    for guide in ("sub-degree-routes", "hkqf-and-qualifications-register"):
        assert "no new students" in ENTRIES[guide].body_en, guide
        assert "不再招收新生" in ENTRIES[guide].body_zh, guide


def test_successor_ids_name_catalogue_entries() -> None:
    for entry in CATALOG.entries:
        if entry.meta.successor_id is not None:
            assert entry.meta.successor_id in ENTRIES, entry.id


def test_entry_views_carry_the_status_from_the_index_metadata() -> None:
    entry = ENTRIES["microsoft-azure-ai-fundamentals-ai-900"]
    chunks = chunk_document(entry_document(entry, ""))
    assert all(isinstance(v, (str, int, float, bool)) for c in chunks for v in c.metadata.values())
    view = build_view([(c.text, c.metadata) for c in chunks])
    assert view is not None
    assert (view.status, view.last_run, view.successor, view.retires) == ("past", 2026, "AI-901", "2026-06-30")
    assert not view.joinable
    assert "2026" in view.status_text("en")
    assert "2026年" in view.status_text("zh-Hant").replace(" ", "")
    current = build_view([(c.text, c.metadata) for c in chunk_document(entry_document(ENTRIES["cuhk-pgt"], ""))])
    assert current is not None
    assert (current.status, current.joinable, current.successor) == ("current", True, None)
