"""Search filters a student can state, checked so that no value can make the index raise, and applied as a
Chroma where clause (dense side) or as a mask over per-chunk metadata arrays (lexical side)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, get_args

import numpy as np

from knowledge.schema import FORMS, KIND_LABELS, STATUSES, SUBJECTS, CourseLanguage, Mode

# Above any fee in the catalogue: a larger ceiling (a student's "under $999…9") means the same and is lowered
# to this, so Chroma never sees a number it cannot store.
MAX_FEE_CEILING = 1_000_000_000.0
_ALLOWED_VALUES: dict[str, tuple[str, ...]] = {
    "kinds": tuple(KIND_LABELS),
    "modes": get_args(Mode),
    "languages": get_args(CourseLanguage),
    "subjects": tuple(SUBJECTS),
    "statuses": STATUSES,
}


def _fee_ceiling(value: object) -> float:
    """A fee ceiling Chroma can take: a finite, non-negative number, lowered to MAX_FEE_CEILING."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"the fee ceiling must be a number, not {type(value).__name__}")
    if isinstance(value, int):  # may be too large for a float: a student's "$" and 310 nines
        value = float(min(value, int(MAX_FEE_CEILING)))
    if math.isnan(value):
        raise ValueError("the fee ceiling must be a number (got NaN)")
    if value < 0:
        raise ValueError("the fee ceiling cannot be negative")
    if math.isinf(value):
        raise ValueError("the fee ceiling must be a finite amount in HKD (leave it out for no limit)")
    return min(float(value), MAX_FEE_CEILING)


@dataclass(frozen=True)
class SearchFilters:
    """Filters a student can state ("free", "S4", "online", "CEF" …). Empty means no restriction."""

    kinds: tuple[str, ...] = ()
    form: str | None = None
    free: bool = False
    max_fee: float | None = None
    cef: bool = False
    modes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    # Currency, e.g. ("current", "recent") for options a student can still join.
    statuses: tuple[str, ...] = ()

    @property
    def stated(self) -> bool:
        """Whether the student stated a filter an answer names when it is relaxed (free, a fee ceiling, a form, a
        mode, the CEF, a kind); the answer's wording says them in its language (``Wording.filters``)."""
        return bool(self.free or self.max_fee is not None or self.form or self.modes or self.cef or self.kinds)

    def __post_init__(self) -> None:
        # Every value reaches Chroma's where clause, which raises on what it cannot store: so each is checked
        # (a clear ValueError) or normalised here, and a search with valid filters never raises.
        if self.form is not None and self.form not in FORMS:
            raise ValueError(f"unknown form '{self.form}' (use one of {', '.join(FORMS)})")
        for name, allowed in _ALLOWED_VALUES.items():
            values = getattr(self, name)
            values = (values,) if isinstance(values, str) else tuple(values)
            unknown = [str(v) for v in values if not isinstance(v, str) or v not in allowed]
            if unknown:
                raise ValueError(f"unknown {name}: {', '.join(unknown)} (use {', '.join(allowed)})")
            object.__setattr__(self, name, tuple(dict.fromkeys(values)))
        object.__setattr__(self, "free", bool(self.free))
        object.__setattr__(self, "cef", bool(self.cef))
        if self.max_fee is not None:
            object.__setattr__(self, "max_fee", _fee_ceiling(self.max_fee))

    @property
    def empty(self) -> bool:
        return self == SearchFilters()

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.kinds:
            clauses.append({"kind": {"$in": list(self.kinds)}})
        if self.form:
            # An entry that states no form (most online certificates) is open as far as we know: kept.
            clauses.append({"$or": [{f"form_{self.form}": True}, {"forms": ""}]})
        if self.free:
            clauses.append({"free": True})
        if self.max_fee is not None:
            clauses += [{"fee_hkd": {"$gte": 0}}, {"fee_hkd": {"$lte": float(self.max_fee)}}]
        if self.cef:
            clauses.append({"cef": "yes"})
        if self.modes:
            clauses.append({"mode": {"$in": list(self.modes)}})
        if self.languages:
            clauses.append({"language": {"$in": list(self.languages)}})
        if self.subjects:
            any_subject = [{f"subj_{s}": True} for s in self.subjects]
            clauses.append(any_subject[0] if len(any_subject) == 1 else {"$or": any_subject})
        if self.statuses:
            clauses.append({"status": {"$in": list(self.statuses)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass
class FilterColumns:
    """Per-chunk metadata as arrays, so a filter over 100k chunks is a few vector operations."""

    kind: np.ndarray
    fee: np.ndarray
    free: np.ndarray
    cef: np.ndarray
    mode: np.ndarray
    language: np.ndarray
    status: np.ndarray
    flags: dict[str, np.ndarray]
    no_forms: np.ndarray  # entries that state no form: no form filter drops them

    @classmethod
    def build(cls, metadatas: Sequence[dict[str, Any]]) -> FilterColumns:
        def col(name: str, default: Any, dtype: Any = object) -> np.ndarray:
            return np.array([m.get(name, default) for m in metadatas], dtype=dtype)

        flag_names = [f"form_{f}" for f in FORMS] + [f"subj_{s}" for s in SUBJECTS]
        return cls(
            kind=col("kind", ""),
            fee=col("fee_hkd", -1.0, float),
            free=col("free", False, bool),
            cef=col("cef", "unknown"),
            mode=col("mode", "unknown"),
            language=col("language", "unknown"),
            status=col("status", "unknown"),
            flags={name: col(name, False, bool) for name in flag_names},
            no_forms=col("forms", "") == "",
        )

    def mask(self, filters: SearchFilters) -> np.ndarray | None:
        if filters.empty:
            return None
        keep = np.ones(len(self.kind), dtype=bool)
        if filters.kinds:
            keep &= np.isin(self.kind, list(filters.kinds))
        if filters.form:
            keep &= self.flags[f"form_{filters.form}"] | self.no_forms
        if filters.free:
            keep &= self.free
        if filters.max_fee is not None:
            keep &= (self.fee >= 0) & (self.fee <= filters.max_fee)
        if filters.cef:
            keep &= self.cef == "yes"
        if filters.modes:
            keep &= np.isin(self.mode, list(filters.modes))
        if filters.languages:
            keep &= np.isin(self.language, list(filters.languages))
        if filters.subjects:
            any_subject = np.zeros(len(self.kind), dtype=bool)
            for subject in filters.subjects:
                any_subject |= self.flags[f"subj_{subject}"]
            keep &= any_subject
        if filters.statuses:
            keep &= np.isin(self.status, list(filters.statuses))
        return keep
