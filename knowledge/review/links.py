"""Check every catalogue link: dead, redirected, changed since the last review, unchanged or unreachable.

Each URL is asked with HEAD first (cheap), with the stored ETag/Last-Modified so an unchanged page answers
304. A server that refuses HEAD (405, 501 or another 4xx) is asked with GET. The body is fetched only when the
validators do not already prove the page unchanged, and only its main text is hashed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin

import httpx

from knowledge.review.content import content_hash
from knowledge.review.polite import (
    BudgetExhausted,
    Failure,
    Fetched,
    PoliteClient,
    PoliteSettings,
    RobotsRules,
    host_of,
)
from knowledge.review.state import LinkState, ReviewState
from knowledge.schema import Entry

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class LinkStatus(StrEnum):
    NEW = "new"  # first check: the content is recorded for the next review
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    REDIRECTED = "redirected"
    DEAD = "dead"
    UNREACHABLE = "unreachable"
    SKIPPED_ROBOTS = "skipped: robots.txt"
    NOT_CHECKED = "not checked"


# Outcomes that mean the link works; used to say "fixed" and "newly dead".
WORKING = frozenset({LinkStatus.NEW, LinkStatus.UNCHANGED, LinkStatus.CHANGED, LinkStatus.REDIRECTED})
BROKEN = frozenset({LinkStatus.DEAD, LinkStatus.UNREACHABLE})


@dataclass(frozen=True)
class LinkResult:
    url: str
    entry_ids: tuple[str, ...]
    status: LinkStatus
    detail: str
    http_status: int | None = None
    final_url: str | None = None
    # Compared with the previous review: "newly dead", "still dead", "fixed", or None.
    change: str | None = None


@dataclass(frozen=True)
class LinkSection:
    """Every link's result (catalogue order) and how many HTTP requests the check used (robots.txt included)."""

    results: tuple[LinkResult, ...]
    requests_used: int

    def counts(self) -> dict[str, int]:
        """How many links ended in each status, in the order of :class:`LinkStatus`."""
        tally = {str(status): 0 for status in LinkStatus}
        for result in self.results:
            tally[str(result.status)] += 1
        return tally

    def needing_attention(self) -> list[LinkResult]:
        """Everything but unchanged and first-time links: what the admin should open."""
        quiet = {LinkStatus.UNCHANGED, LinkStatus.NEW}
        return [result for result in self.results if result.status not in quiet or result.change]


@dataclass(frozen=True)
class _Outcome:
    status: LinkStatus
    detail: str
    answer: Fetched | None = None
    final_url: str | None = None
    content_hash: str | None = None


class _RobotsBlocked(Exception):
    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def catalogue_links(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """Every distinct URL (``url`` and ``sources``) with the ids of the entries that cite it, in catalogue order."""
    cited: dict[str, list[str]] = {}
    for entry in entries:
        for url in (str(entry.meta.url), *(str(source) for source in entry.meta.sources)):
            owners = cited.setdefault(url, [])
            if entry.id not in owners:
                owners.append(entry.id)
    return {url: tuple(owners) for url, owners in cited.items()}


async def check_links(
    links: Mapping[str, Sequence[str]],
    state: ReviewState,
    settings: PoliteSettings,
    *,
    now: dt.datetime,
    on_done: Callable[[LinkResult], None] | None = None,
) -> LinkSection:
    """Check every link politely; update ``state`` in place with what was learned. Results keep input order."""
    async with httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent}, timeout=settings.timeout, follow_redirects=False
    ) as http:
        client = PoliteClient(http, settings)
        checker = _Checker(client, RobotsRules(client), settings)

        results: dict[str, LinkResult] = {}

        async def host_worker(urls: list[str]) -> None:
            # A host's links are checked one after another (its requests are serialised anyway), so a
            # --max-requests budget finishes whole links instead of starting many and finishing none.
            for url in urls:
                result = await checker.check(url, tuple(links[url]), state, now)
                results[url] = result
                if on_done is not None:
                    on_done(result)

        by_host: dict[str, list[str]] = {}
        for url in links:
            by_host.setdefault(host_of(url), []).append(url)
        await asyncio.gather(*(host_worker(urls) for urls in by_host.values()))
        return LinkSection(tuple(results[url] for url in links), client.budget.used)


class _Checker:
    def __init__(self, client: PoliteClient, robots: RobotsRules, settings: PoliteSettings) -> None:
        self.client = client
        self.robots = robots
        self.settings = settings

    async def check(self, url: str, owners: tuple[str, ...], state: ReviewState, now: dt.datetime) -> LinkResult:
        previous = state.get(url)
        try:
            outcome = await self._outcome(url, previous)
        except BudgetExhausted:
            return LinkResult(url, owners, LinkStatus.NOT_CHECKED, "the --max-requests budget was used up")
        except _RobotsBlocked as blocked:
            detail = "robots.txt asks robots not to fetch it"
            if blocked.url != url:
                detail = f"redirects to {blocked.url}, which robots.txt asks robots not to fetch"
            return LinkResult(url, owners, LinkStatus.SKIPPED_ROBOTS, detail)
        http_status = outcome.answer.status if outcome.answer else None
        state.links[url] = _remember(previous, outcome, now)
        return LinkResult(
            url=url,
            entry_ids=owners,
            status=outcome.status,
            detail=outcome.detail,
            http_status=http_status,
            final_url=outcome.final_url,
            change=_compared(previous, outcome.status),
        )

    async def _outcome(self, url: str, previous: LinkState | None) -> _Outcome:
        conditional = _conditional_headers(previous)
        head = await self._follow("HEAD", url, conditional)
        if isinstance(head, Failure):
            return _failed(head)
        if head.status == 304 or (200 <= head.status < 300 and _same_validators(head, previous)):
            return self._unchanged(url, head, previous)
        if head.status >= 500 and head.status != 501:
            return _Outcome(LinkStatus.DEAD, f"HTTP {head.status} (after retries)", head, head.url)
        # HEAD refused (405, 501 or another 4xx: some servers only answer GET), or the body is needed to compare.
        target = head.url if 200 <= head.status < 300 else url
        get = await self._follow("GET", target, conditional)
        if isinstance(get, Failure):
            return _failed(get)
        if get.status == 304:
            return self._unchanged(url, get, previous)
        if get.status >= 400 or not 200 <= get.status < 300:
            return _Outcome(LinkStatus.DEAD, f"HTTP {get.status}", get, get.url)
        digest = content_hash(get.body, get.headers.get("content-type"), get.encoding)
        if get.url != url:
            return _Outcome(LinkStatus.REDIRECTED, f"now at {get.url}", get, get.url, digest)
        if previous is None or previous.content_hash is None:
            return _Outcome(LinkStatus.NEW, "first check; content recorded", get, get.url, digest)
        if digest != previous.content_hash:
            return _Outcome(LinkStatus.CHANGED, "the main text changed since the last review", get, get.url, digest)
        return _Outcome(LinkStatus.UNCHANGED, "same main text as at the last review", get, get.url, digest)

    def _unchanged(self, url: str, answer: Fetched, previous: LinkState | None) -> _Outcome:
        digest = previous.content_hash if previous else None
        if answer.url != url:
            return _Outcome(
                LinkStatus.REDIRECTED, f"now at {answer.url} (content unchanged)", answer, answer.url, digest
            )
        how = "304 Not Modified" if answer.status == 304 else "same ETag/Last-Modified"
        return _Outcome(LinkStatus.UNCHANGED, how, answer, answer.url, digest)

    async def _follow(self, method: str, url: str, headers: Mapping[str, str]) -> Fetched | Failure:
        """The request, following redirects by hand so every hop is polite and allowed by robots.txt."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if not await self.robots.allows(current):
                raise _RobotsBlocked(current)
            answer = await self.client.request(method, current, headers)
            location = answer.headers.get("location") if isinstance(answer, Fetched) else None
            if not isinstance(answer, Fetched) or answer.status not in REDIRECT_CODES or not location:
                return answer
            current = urljoin(current, location)
        return Failure("connection", f"more than {self.settings.max_redirects} redirects")


def _conditional_headers(previous: LinkState | None) -> dict[str, str]:
    # Validators only help when the content they vouch for was hashed last time.
    if previous is None or previous.content_hash is None:
        return {}
    headers: dict[str, str] = {}
    if previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def _same_validators(answer: Fetched, previous: LinkState | None) -> bool:
    if previous is None or previous.content_hash is None:
        return False
    etag = answer.headers.get("etag")
    if etag and previous.etag:
        return etag == previous.etag
    modified = answer.headers.get("last-modified")
    return bool(modified and previous.last_modified and modified == previous.last_modified)


def _failed(failure: Failure) -> _Outcome:
    if failure.kind == "dns":
        return _Outcome(LinkStatus.DEAD, failure.detail)
    return _Outcome(LinkStatus.UNREACHABLE, f"{failure.detail} (after retries)")


def _compared(previous: LinkState | None, status: LinkStatus) -> str | None:
    if previous is None:
        return None
    try:
        before: LinkStatus | None = LinkStatus(previous.status)
    except ValueError:
        before = None
    if status in BROKEN and before in WORKING:
        return "newly dead" if status is LinkStatus.DEAD else "newly unreachable"
    if status in BROKEN and before in BROKEN:
        return "still broken"
    if status in WORKING and before in BROKEN:
        return "fixed"
    return None


def _remember(previous: LinkState | None, outcome: _Outcome, now: dt.datetime) -> LinkState:
    """The new state: fresh validators and hash when the page answered, the old ones when it did not."""
    answer = outcome.answer
    keep_old = outcome.content_hash is None or answer is None or answer.status == 304
    if keep_old and previous is not None:
        etag, modified, digest = previous.etag, previous.last_modified, previous.content_hash
    elif answer is not None:
        etag, modified, digest = answer.headers.get("etag"), answer.headers.get("last-modified"), outcome.content_hash
    else:
        etag = modified = digest = None
    return LinkState(
        status=str(outcome.status),
        checked_at=now.isoformat(timespec="seconds"),
        http_status=answer.status if answer else None,
        final_url=outcome.final_url,
        etag=etag,
        last_modified=modified,
        content_hash=digest,
    )
