"""What must hold across workers (deduplication, per-chat order, rate limits, job claims, a few shared values),
behind small interfaces with an in-memory implementation (one process) and a Redis one (``REDIS_URL``)."""

from bot.coordination.factory import build_coordination
from bot.coordination.policies import OutboundPacer, StudentLimits, Verdict
from bot.coordination.types import (
    ChatOrdering,
    Coordination,
    Decision,
    JobClaims,
    Limit,
    SharedRateLimiter,
    SharedValues,
    UpdateDeduper,
)

__all__ = [
    "ChatOrdering",
    "Coordination",
    "Decision",
    "JobClaims",
    "Limit",
    "OutboundPacer",
    "SharedRateLimiter",
    "SharedValues",
    "StudentLimits",
    "UpdateDeduper",
    "Verdict",
    "build_coordination",
]
