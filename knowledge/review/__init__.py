"""The admin's review of what went stale (``pathways kb review``): dead or changed links, old entries,
seasons coming up, and knowledge gaps grouped by meaning. Never imports bot or storage: the caller loads the
catalogue and the anonymous questions and passes them in."""

from knowledge.review.gaps import AskedQuestion, GapGroup, question_embedder
from knowledge.review.links import LinkResult, LinkSection, LinkStatus
from knowledge.review.polite import USER_AGENT, PoliteSettings
from knowledge.review.report import (
    SECTIONS,
    GapSection,
    ProgressCallback,
    ReviewReport,
    ReviewSettings,
    StaleSection,
    run_review,
    run_review_async,
)
from knowledge.review.stale import SeasonAlert, StaleEntry

__all__ = [
    "SECTIONS",
    "USER_AGENT",
    "AskedQuestion",
    "GapGroup",
    "GapSection",
    "LinkResult",
    "LinkSection",
    "LinkStatus",
    "PoliteSettings",
    "ProgressCallback",
    "ReviewReport",
    "ReviewSettings",
    "SeasonAlert",
    "StaleEntry",
    "StaleSection",
    "question_embedder",
    "run_review",
    "run_review_async",
]
