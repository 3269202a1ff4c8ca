"""`pathways kb review` run in-process against a real HTTP server on 127.0.0.1 (tests/knowledge/review/site.py),
a temporary catalogue whose links point at it, a real SQLite log of anonymous questions and the real embedding
model; and the option checks of `pathways kb search`."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from bot.cli import app
from knowledge.review import USER_AGENT
from storage import connect, migrate
from storage import repository as repo
from tests.conftest import cli_env
from tests.knowledge.review.site import SiteState, serve

TODAY = dt.datetime.now(dt.UTC).date()
HKU_DATES = [
    "When does HKU Summer Institute 2026 open for applications?",
    "HKU summer institute 2026 dates?",
    "What are the dates of the HKU Summer Institute in 2026",
]
CEF_CLAIM = "How do I claim CEF after finishing a course?"
OLD_QUESTION = "Is there a robotics competition for S3 students in Kowloon?"


@pytest.fixture
def site() -> Iterator[tuple[str, SiteState]]:
    with serve() as running:
        yield running


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in list(os.environ):
        if name.startswith(("PATHWAYS_", "OPENAI_", "CHROMA_", "TELEGRAM_", "DATABASE_URL")):
            monkeypatch.delenv(name, raising=False)
    return cli_env(tmp_path / "data")


def write_entry(folder: Path, **fields: Any) -> None:
    meta: dict[str, Any] = {
        "kind": "taster",
        "title_zh": "測試課程",
        "provider": "Test University",
        "subjects": ["science"],
        "refs": ["T01"],
        "status": "current",
        **fields,
    }
    meta["title_en"] = meta.get("title_en", f"Programme {meta['id']}")
    target = folder / str(meta["kind"]) / f"{meta['id']}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    body = "## English\nA programme made up for this test.\n\n## 中文\n為這個測試而設的課程。\n"
    target.write_text(f"---\n{front}---\n{body}", encoding="utf-8")


@pytest.fixture
def catalogue(tmp_path: Path, site: tuple[str, SiteState]) -> Path:
    """Three entries citing the test site: one current taster whose deadline is two weeks away, one
    certificate last seen six years ago, one programme that ended (never reported as stale)."""
    base, _ = site
    folder = tmp_path / "catalog"
    deadline = TODAY + dt.timedelta(days=14)
    write_entry(
        folder, id="alpha-taster", url=f"{base}/ok", sources=[f"{base}/old", f"{base}/missing"],
        seen=TODAY.year, last_run=TODAY.year,
        dates=[{"what_en": "Application deadline", "what_zh": "報名截止", "start": deadline.isoformat()}],
    )  # fmt: skip
    write_entry(
        folder, id="beta-cert", kind="certificate", url=f"{base}/changing",
        sources=[f"{base}/etag", f"{base}/private/notes"], seen=TODAY.year - 6, last_run=TODAY.year - 6,
    )  # fmt: skip
    write_entry(folder, id="gamma-past", url=f"{base}/ok", sources=[f"{base}/ok"], seen=2018, last_run=2018,
                status="past")  # fmt: skip
    return folder


@pytest.fixture
def question_log(tmp_path: Path) -> None:
    """Anonymous questions: three about one thing that found nothing, one marked unhelpful, one answered
    well (not a gap) and one gap older than the default 30 days."""
    url = f"sqlite:///{tmp_path / 'data' / 'pathways.db'}"
    (tmp_path / "data").mkdir(exist_ok=True)
    migrate.upgrade(url)
    db = connect(url)
    now = dt.datetime.now(dt.UTC)
    try:
        for days_ago, text in enumerate(HKU_DATES, start=1):
            repo.log_question(db, question=text, language="en", found=False, now=now - dt.timedelta(days=days_ago))
        unhelpful = repo.log_question(db, question=CEF_CLAIM, language="en", found=True, now=now)
        assert repo.set_question_feedback(db, question_id=unhelpful, helpful=False)
        fine = repo.log_question(db, question="What is JUPAS?", language="en", found=True, now=now)
        assert repo.set_question_feedback(db, question_id=fine, helpful=True)
        old = now - dt.timedelta(days=40)
        repo.log_question(db, question=OLD_QUESTION, language="en", found=False, now=old)
    finally:
        db.dispose()


def invoke(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception  # no traceback
    return result.exit_code, result.stdout, result.stderr


def review_json(env: dict[str, str], catalogue: Path, *args: str) -> dict[str, Any]:
    code, out, err = invoke(env, "kb", "review", "--catalog", str(catalogue), "--json", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def by_path(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {result["url"].split(":", 2)[2].split("/", 1)[1]: result for result in report["links"]["results"]}


@pytest.mark.usefixtures("question_log")
def test_review_reports_links_stale_entries_seasons_and_gaps(
    env: dict[str, str], catalogue: Path, site: tuple[str, SiteState], tmp_path: Path
) -> None:
    _, state = site

    report = review_json(env, catalogue)

    links = by_path(report)
    assert set(links) == {"ok", "old", "missing", "changing", "etag", "private/notes"}
    assert links["ok"]["entry_ids"] == ["alpha-taster", "gamma-past"]
    assert links["old"]["status"] == "redirected"
    assert links["old"]["final_url"].endswith("/new-home")
    assert links["missing"]["status"] == "dead"
    assert links["missing"]["http_status"] == 404
    assert links["private/notes"]["status"] == "skipped: robots.txt"
    assert "/private/notes" not in state.paths()  # robots.txt was respected
    counts = report["links"]["counts"]
    assert (counts["new"], counts["redirected"], counts["dead"], counts["skipped: robots.txt"]) == (3, 1, 1, 1)
    agents = {value for seen in state.requests for name, value in seen.headers.items() if name.lower() == "user-agent"}
    assert agents == {USER_AGENT}
    assert (tmp_path / "data" / "review" / "links.json").is_file()

    stale_ids = [item["entry_id"] for item in report["stale"]["stale"]]
    assert stale_ids == ["beta-cert"]  # the past programme is already labelled as such for students
    assert [alert["entry_id"] for alert in report["stale"]["upcoming"]] == ["alpha-taster"]
    assert report["stale"]["upcoming"][0]["expected_on"] == (TODAY + dt.timedelta(days=14)).isoformat()

    gaps = report["gaps"]
    assert gaps["since"] == (TODAY - dt.timedelta(days=30)).isoformat()
    assert gaps["questions"] == 4  # the three unanswered and the unhelpful one; not the old or the good one
    assert gaps["groups"][0]["count"] == 3
    assert set(gaps["groups"][0]["examples"]) <= set(HKU_DATES)
    assert gaps["groups"][0]["nothing_found"] == 3
    assert [(g["label"], g["marked_unhelpful"]) for g in gaps["groups"][1:]] == [(CEF_CLAIM, 1)]

    # The next review, as tables: the page's main text changed, the ETag page answers 304 Not Modified.
    state.main_text = "Applications open in April. The fee is HK$2,500."
    state.clear()
    code, out, err = invoke(env, "kb", "review", "--catalog", str(catalogue), "--only", "links,stale")
    assert code == 0, err
    assert "Links needing attention" in out
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if "│ http://" in line}
    assert "changed" in rows[f"{site[0]}/changing"]
    assert "still broken" in rows[f"{site[0]}/missing"]
    assert "/new-home" in out
    assert f"{site[0]}/etag" not in rows  # unchanged links need no attention
    assert any(r.headers.get("If-None-Match") == '"v1"' for r in state.requests if r.path == "/etag")
    assert "Entries older than 2 years" in out
    assert "beta-cert" in out
    assert "Seasons in the next 8 weeks" in out
    assert "alpha-taster" in out
    assert "Knowledge gaps" not in out
    assert "pathways kb validate" in out
    assert "pathways kb refresh" in out


@pytest.mark.usefixtures("question_log")
def test_only_since_and_thresholds(env: dict[str, str], catalogue: Path, site: tuple[str, SiteState]) -> None:
    _, state = site
    since = TODAY - dt.timedelta(days=45)

    report = review_json(env, catalogue, "--only", "gaps", "--only", "stale", "--since", since.isoformat(),
                         "--stale-years", "10", "--season-weeks", "1")  # fmt: skip

    assert report["links"] is None
    assert state.requests == []  # no link was checked
    assert report["stale"]["stale"] == []  # six years is not more than ten
    assert report["stale"]["upcoming"] == []  # the deadline is two weeks away, the window one
    assert report["gaps"]["since"] == since.isoformat()
    assert report["gaps"]["questions"] == 5  # the 40-day-old question is now included
    labels = {example for group in report["gaps"]["groups"] for example in group["examples"]}
    assert OLD_QUESTION in labels


def test_max_requests_leaves_the_rest_not_checked(
    env: dict[str, str], catalogue: Path, site: tuple[str, SiteState]
) -> None:
    _, state = site

    report = review_json(env, catalogue, "--only", "links", "--max-requests", "2")

    assert report["stale"] is None
    assert report["gaps"] is None
    assert report["links"]["requests_used"] <= 2
    assert len(state.requests) <= 2
    assert report["links"]["counts"]["not checked"] >= 4


def test_gaps_with_an_empty_question_log(env: dict[str, str], catalogue: Path) -> None:
    report = review_json(env, catalogue, "--only", "gaps")

    assert report["gaps"]["questions"] == 0
    assert report["gaps"]["groups"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--only", "links,typos"], "unknown section(s) typos"),
        (["--only", "everything"], "choose from links, stale, gaps"),
        (["--since", "2026/01/01"], "not a date"),
        (["--since", "2026-02-30"], "not a date"),
        (["--since", (TODAY + dt.timedelta(days=1)).isoformat()], "in the future"),
        (["--max-requests", "0"], "--max-requests"),
        (["--stale-years", "0"], "--stale-years"),
        (["--season-weeks", "0"], "--season-weeks"),
    ],
)
def test_bad_review_options_are_usage_errors(
    env: dict[str, str], catalogue: Path, site: tuple[str, SiteState], args: list[str], message: str
) -> None:
    _, state = site
    code, out, err = invoke(env, "kb", "review", "--catalog", str(catalogue), *args)

    assert code == 2
    assert message in err
    assert out == ""
    assert state.requests == []
    if not message.startswith("--"):  # ours, not click's range check: the house's one "Error:" line
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1
        assert lines[0].startswith(f"Error: {args[0]}: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "course"], "--kind: unknown value(s) course"),
        (["--mode", "remote"], "--mode: unknown value(s) remote"),
        (["--language", "en", "--language", "fr"], "--language: unknown value(s) fr"),
        (["--status", "gone"], "--status: unknown value(s) gone"),
        (["--max-fee", "inf"], "--max-fee must be a fee in HKD"),
        (["--max-fee", "nan"], "--max-fee must be a fee in HKD"),
        (["--max-fee", "-1"], "--max-fee must be a fee in HKD"),
        (["--max-fee", "1e400"], "--max-fee must be a fee in HKD"),
        (["--max-fee", "1e12"], "--max-fee must be a fee in HKD"),
        (["--max-fee", "huge"], "--max-fee"),
    ],
)
def test_search_refuses_unknown_filter_values(env: dict[str, str], args: list[str], message: str) -> None:
    code, out, err = invoke(env, "kb", "search", "summer programme", *args)

    assert code == 2
    assert message in err
    assert out == ""
    if args[-1] != "huge":  # click itself refuses a word where a number belongs
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1
        assert lines[0].startswith("Error: ")


def test_search_accepts_every_documented_filter_value(env: dict[str, str]) -> None:
    args = ["--kind", "taster", "--kind", "document", "--mode", "hybrid", "--language", "bilingual",
            "--status", "current", "--status", "recent", "--max-fee", "0"]  # fmt: skip

    code, _, err = invoke(env, "kb", "search", "summer programme", *args)

    # The filters passed; what stops the search is the index nobody built in this empty data folder.
    assert code == 1
    assert "has not been built" in err
