"""The admin's review in one call: links, stale entries and upcoming seasons, knowledge gaps."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.review.gaps import DEFAULT_THRESHOLD, AskedQuestion, EmbedFunction, GapGroup, gap_questions, group_gaps
from knowledge.review.links import LinkResult, LinkSection, catalogue_links, check_links
from knowledge.review.polite import PoliteSettings
from knowledge.review.stale import SeasonAlert, StaleEntry, stale_entries, upcoming_seasons
from knowledge.review.state import load_state, save_state
from knowledge.schema import Entry

SECTIONS: frozenset[str] = frozenset({"links", "stale", "gaps"})
DEFAULT_GAP_DAYS = 30

# (section, done, total): called as work completes, so a CLI can drive a progress bar.
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ReviewSettings:
    http: PoliteSettings = field(default_factory=PoliteSettings)
    stale_after_years: int = 2
    season_weeks: int = 8
    include_past: bool = False
    gap_threshold: float = DEFAULT_THRESHOLD
    gap_examples: int = 3


@dataclass(frozen=True)
class StaleSection:
    stale: tuple[StaleEntry, ...]
    upcoming: tuple[SeasonAlert, ...]
    stale_after_years: int
    season_weeks: int


@dataclass(frozen=True)
class GapSection:
    since: dt.date
    questions: int
    groups: tuple[GapGroup, ...]


@dataclass(frozen=True)
class ReviewReport:
    generated_at: dt.datetime
    links: LinkSection | None = None
    stale: StaleSection | None = None
    gaps: GapSection | None = None

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        if self.links is not None:
            data["links"]["counts"] = self.links.counts()
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, default=_json_value)


def _json_value(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def run_review(
    entries: Sequence[Entry],
    *,
    state_path: Path,
    only: set[str] | frozenset[str] | None = None,
    since: dt.date | None = None,
    questions: Sequence[AskedQuestion] = (),
    embed: EmbedFunction | None = None,
    max_requests: int | None = None,
    settings: ReviewSettings | None = None,
    progress: ProgressCallback | None = None,
    now: dt.datetime | None = None,
) -> ReviewReport:
    """Run the review from synchronous code (the CLI). See :func:`run_review_async`."""
    return asyncio.run(
        run_review_async(
            entries,
            state_path=state_path,
            only=only,
            since=since,
            questions=questions,
            embed=embed,
            max_requests=max_requests,
            settings=settings,
            progress=progress,
            now=now,
        )
    )


async def run_review_async(
    entries: Sequence[Entry],
    *,
    state_path: Path,
    only: set[str] | frozenset[str] | None = None,
    since: dt.date | None = None,
    questions: Sequence[AskedQuestion] = (),
    embed: EmbedFunction | None = None,
    max_requests: int | None = None,
    settings: ReviewSettings | None = None,
    progress: ProgressCallback | None = None,
    now: dt.datetime | None = None,
) -> ReviewReport:
    """The sections named in ``only`` (default all): check the links of ``entries`` (the state in
    ``state_path`` is read and then replaced), list stale entries and upcoming seasons, and group the gap
    ``questions`` asked since ``since`` (default 30 days ago) with ``embed`` (required when there are any)."""
    sections = SECTIONS if only is None else frozenset(only)
    unknown = sections - SECTIONS
    if unknown:
        raise ValueError(f"unknown review section(s): {', '.join(sorted(unknown))}; choose from links, stale, gaps")
    config = settings or ReviewSettings()
    if max_requests is not None:
        config = dataclasses.replace(config, http=dataclasses.replace(config.http, max_requests=max_requests))
    moment = now or dt.datetime.now(dt.UTC)
    today = moment.date()
    report = ReviewReport(generated_at=moment)
    if "links" in sections:
        report = dataclasses.replace(report, links=await _links(entries, state_path, config, moment, progress))
    if "stale" in sections:
        report = dataclasses.replace(report, stale=_stale(entries, config, today, progress))
    if "gaps" in sections:
        start = since or today - dt.timedelta(days=DEFAULT_GAP_DAYS)
        report = dataclasses.replace(report, gaps=await _gaps(questions, embed, start, config, progress))
    return report


async def _links(
    entries: Sequence[Entry],
    state_path: Path,
    config: ReviewSettings,
    moment: dt.datetime,
    progress: ProgressCallback | None,
) -> LinkSection:
    links = catalogue_links(entries)
    state = load_state(state_path)
    done = 0
    if progress is not None:
        progress("links", 0, len(links))

    def tick(_: LinkResult) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress("links", done, len(links))

    section = await check_links(links, state, config.http, now=moment, on_done=tick)
    save_state(state_path, state)
    return section


def _stale(
    entries: Sequence[Entry], config: ReviewSettings, today: dt.date, progress: ProgressCallback | None
) -> StaleSection:
    stale = stale_entries(
        entries, today=today, max_age_years=config.stale_after_years, include_past=config.include_past
    )
    upcoming = upcoming_seasons(entries, today=today, weeks=config.season_weeks, include_past=config.include_past)
    if progress is not None:
        progress("stale", 1, 1)
    return StaleSection(tuple(stale), tuple(upcoming), config.stale_after_years, config.season_weeks)


async def _gaps(
    questions: Sequence[AskedQuestion],
    embed: EmbedFunction | None,
    since: dt.date,
    config: ReviewSettings,
    progress: ProgressCallback | None,
) -> GapSection:
    selected = gap_questions(questions, since=since)
    if selected and embed is None:
        raise ValueError("grouping knowledge gaps needs an embedding function")
    groups: list[GapGroup] = []
    if selected and embed is not None:
        # Embedding is CPU-bound; off the event loop so an async caller stays responsive.
        groups = await asyncio.to_thread(
            group_gaps, selected, embed, threshold=config.gap_threshold, examples=config.gap_examples
        )
    if progress is not None:
        progress("gaps", 1, 1)
    return GapSection(since, len(selected), tuple(groups))
