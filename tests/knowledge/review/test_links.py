"""The link check against a real HTTP server on 127.0.0.1: every outcome, politeness, robots.txt, the budget."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from pathlib import Path

from knowledge.review.links import LinkSection, LinkStatus, check_links
from knowledge.review.polite import USER_AGENT, PoliteSettings
from knowledge.review.state import ReviewState, load_state, save_state
from tests.knowledge.review.site import SiteState

NOW = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)


def review(urls: list[str], state: ReviewState, settings: PoliteSettings) -> LinkSection:
    return asyncio.run(check_links({url: ("entry-a",) for url in urls}, state, settings, now=NOW))


def by_url(section: LinkSection) -> dict[str, LinkStatus]:
    return {result.url: result.status for result in section.results}


def test_each_kind_of_page_gets_its_outcome(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    urls = [f"{base}/ok", f"{base}/old", f"{base}/missing", f"{base}/error", f"{base}/no-head"]
    section = review(urls, ReviewState.empty(), fast)

    assert by_url(section) == {
        f"{base}/ok": LinkStatus.NEW,
        f"{base}/old": LinkStatus.REDIRECTED,
        f"{base}/missing": LinkStatus.DEAD,
        f"{base}/error": LinkStatus.DEAD,
        f"{base}/no-head": LinkStatus.NEW,
    }
    results = {r.url: r for r in section.results}
    assert results[f"{base}/old"].final_url == f"{base}/new-home"
    assert results[f"{base}/missing"].http_status == 404
    assert results[f"{base}/error"].http_status == 500
    # 500 is retried (retries=1: two HEADs) before the link is called dead.
    assert server.paths("HEAD").count("/error") == 2
    # HEAD refused with 405, then asked with GET.
    assert server.paths("HEAD").count("/no-head") == 1
    assert server.paths("GET").count("/no-head") == 1
    assert all(r.headers.get("User-Agent") == USER_AGENT for r in server.requests)
    assert section.requests_used == len(server.requests)


def test_a_slow_page_is_unreachable_after_retries(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    settings = dataclasses.replace(fast, timeout=0.3)
    server.slow_seconds = 1.5

    [result] = review([f"{base}/slow"], ReviewState.empty(), settings).results

    assert result.status is LinkStatus.UNREACHABLE
    assert result.http_status is None
    assert server.paths("HEAD").count("/slow") == 2


def test_robots_txt_disallowed_pages_are_never_requested(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    section = review([f"{base}/private/page", f"{base}/ok", f"{base}/etag"], ReviewState.empty(), fast)

    assert by_url(section)[f"{base}/private/page"] is LinkStatus.SKIPPED_ROBOTS
    assert not [path for path in server.paths() if path.startswith("/private/")]
    # robots.txt is read once for the host, not once per page.
    assert server.paths().count("/robots.txt") == 1


def test_main_text_changes_count_but_script_and_menu_changes_do_not(
    site: tuple[str, SiteState], fast: PoliteSettings, tmp_path: Path
) -> None:
    base, server = site
    urls = [f"{base}/changing", f"{base}/script-only"]
    state_file = tmp_path / "review-state.json"
    state = load_state(state_file)
    first = review(urls, state, fast)
    save_state(state_file, state)  # the second review starts from the file, as the next month's would

    server.main_text = "Applications open in April. The fee is HK$2,500."
    server.script_text = "var version = 2; track();"
    server.nav_text = "Home | About | News"
    second = review(urls, load_state(state_file), fast)

    assert set(by_url(first).values()) == {LinkStatus.NEW}
    assert by_url(second) == {f"{base}/changing": LinkStatus.CHANGED, f"{base}/script-only": LinkStatus.UNCHANGED}


def test_etag_makes_the_second_review_a_conditional_304(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    state = ReviewState.empty()
    review([f"{base}/etag"], state, fast)
    assert state.links[f"{base}/etag"].etag == '"v1"'
    server.clear()

    [result] = review([f"{base}/etag"], state, fast).results

    assert result.status is LinkStatus.UNCHANGED
    etag_requests = [r for r in server.requests if r.path == "/etag"]
    assert [(r.method, r.status) for r in etag_requests] == [("HEAD", 304)]
    assert etag_requests[0].headers.get("If-None-Match") == '"v1"'


def test_the_next_review_says_newly_dead_and_fixed(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    state = ReviewState.empty()
    review([f"{base}/toggle"], state, fast)

    server.toggle_alive = False
    [dead] = review([f"{base}/toggle"], state, fast).results
    server.toggle_alive = True
    [back] = review([f"{base}/toggle"], state, fast).results

    assert (dead.status, dead.change) == (LinkStatus.DEAD, "newly dead")
    assert (back.status, back.change) == (LinkStatus.UNCHANGED, "fixed")


def test_one_request_at_a_time_per_host(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    port = base.rsplit(":", 1)[1]
    # Two host names for the same server: the review may overlap them, never two requests to one host.
    hosts = [base, f"http://localhost:{port}"]
    urls = [f"{host}/page/{n}" for host in hosts for n in range(6)]
    settings = dataclasses.replace(fast, concurrency=8, per_host_delay=0.0)

    section = review(urls, ReviewState.empty(), settings)

    assert set(by_url(section).values()) == {LinkStatus.NEW}
    assert set(server.max_in_flight) == {f"127.0.0.1:{port}", f"localhost:{port}"}
    assert max(server.max_in_flight.values()) == 1


def test_the_request_budget_stops_the_review(site: tuple[str, SiteState], fast: PoliteSettings) -> None:
    base, server = site
    urls = [f"{base}/page/{n}" for n in range(5)]
    settings = dataclasses.replace(fast, max_requests=4)

    section = review(urls, ReviewState.empty(), settings)

    assert len(server.requests) == 4
    assert section.requests_used == 4
    statuses = list(by_url(section).values())
    assert LinkStatus.NOT_CHECKED in statuses
    assert statuses.count(LinkStatus.NEW) == 1  # robots.txt + HEAD + GET, then the budget ran out
