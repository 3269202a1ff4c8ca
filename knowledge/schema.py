"""The catalogue's data model: what a knowledge-base entry is, and the controlled vocabularies it uses.

An entry is one Markdown file with YAML front matter (validated by :class:`EntryMeta`) and a body with an
English section (``## English``) and a Traditional Chinese section (``## 中文``).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator


class Kind(StrEnum):
    TASTER = "taster"
    MICROCREDENTIAL = "microcredential"
    CERTIFICATE = "certificate"
    SCHEME = "scheme"
    GUIDE = "guide"


KIND_LABELS: dict[str, tuple[str, str]] = {
    "taster": ("Taster programme", "體驗課程"),
    "microcredential": ("Micro-credential", "微證書"),
    "certificate": ("Online certificate", "網上證書"),
    "scheme": ("Scheme", "計劃"),
    "guide": ("Guide", "指南"),
    "document": ("Document", "文件"),
}

# Interests a student can pick, and the tags entries carry. English label, Chinese label.
SUBJECTS: dict[str, tuple[str, str]] = {
    "engineering": ("Engineering", "工程"),
    "science": ("Science", "科學"),
    "maths": ("Mathematics & statistics", "數學及統計"),
    "computing": ("Computing & IT", "電腦及資訊科技"),
    "data-ai": ("Data & AI", "數據及人工智能"),
    "medicine-health": ("Medicine & health", "醫療及健康"),
    "business": ("Business & finance", "商業及金融"),
    "marketing": ("Marketing & digital media", "市場推廣及數碼媒體"),
    "design-arts": ("Design & creative arts", "設計及創意藝術"),
    "performing-arts": ("Music & performing arts", "音樂及表演藝術"),
    "humanities": ("Humanities & languages", "人文及語文"),
    "social-science": ("Social science & law", "社會科學及法律"),
    "education": ("Education", "教育"),
    "hospitality": ("Hospitality & tourism", "酒店及旅遊"),
    "leadership": ("Leadership & service", "領袖及服務"),
    "university-life": ("University life", "大學生活"),
    "jupas": ("JUPAS & admissions", "JUPAS 及升學"),
    "funding": ("Fees & funding", "學費及資助"),
    "wellbeing": ("Wellbeing & support", "身心健康及支援"),
}

# Who may join. "after-dse" = school leavers who have sat the HKDSE; "adult" = 18 or over.
Form = Literal["S1", "S2", "S3", "S4", "S5", "S6", "after-dse", "adult"]
FORMS: tuple[str, ...] = ("S1", "S2", "S3", "S4", "S5", "S6", "after-dse", "adult")
SENIOR_FORMS: frozenset[str] = frozenset({"S4", "S5", "S6"})

Mode = Literal["in-person", "online", "hybrid", "unknown"]
Language = Literal["en", "zh", "bilingual", "unknown"]
Cef = Literal["yes", "no", "unknown"]
Confidence = Literal["high", "low"]

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
REF_PATTERN = re.compile(r"^(A\d{1,2}|T\d{2}|M\d{2}|F\d|D\d)$")

EN_HEADING = "## English"
ZH_HEADING = "## 中文"


def _check_ref(value: str) -> str:
    if not REF_PATTERN.match(value):
        raise ValueError(f"'{value}' is not a fact-sheet id (A1, T01, M01, F1, D1 …)")
    return value


FactRef = Annotated[str, AfterValidator(_check_ref)]


class KeyDate(BaseModel):
    """A dated event of an entry (deadline, programme dates), used for reminders."""

    model_config = ConfigDict(extra="forbid")

    what_en: str = Field(min_length=1)
    what_zh: str = Field(min_length=1)
    start: dt.date
    end: dt.date | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> KeyDate:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class EntryMeta(BaseModel):
    """The YAML front matter of one catalogue entry. What a source does not say stays ``unknown``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    kind: Kind
    title_en: str = Field(min_length=2)
    title_zh: str = Field(min_length=2)
    provider: str = Field(min_length=2)
    provider_zh: str | None = None
    aliases: list[str] = Field(default_factory=list)
    subjects: list[str] = Field(min_length=1)
    forms: list[Form] = Field(default_factory=list)
    mode: Mode = "unknown"
    language: Language = "unknown"
    duration: str = "unknown"
    fee: str = "unknown"
    fee_hkd: float | None = Field(default=None, ge=0)
    cef: Cef = "unknown"
    credits: str = "unknown"
    season: str = "unknown"
    dates: list[KeyDate] = Field(default_factory=list)
    url: HttpUrl
    sources: list[HttpUrl] = Field(min_length=1)
    # Year of the newest source; "unknown" when no source shows a year (never guessed).
    seen: int | Literal["unknown"]
    # Fact-sheet ids the entry was written from. Only a guide written from sources outside the fact sheet
    # (e.g. support lines) may have none; it must then cite its sources directly.
    refs: list[FactRef] = Field(default_factory=list)
    confidence: Confidence = "high"

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be a slug of 3-64 lowercase letters, digits and hyphens")
        return value

    @field_validator("cef", mode="before")
    @classmethod
    def _yaml_booleans(cls, value: object) -> object:
        # YAML 1.1 reads a bare yes/no as a boolean; the catalogue means the words.
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value

    @field_validator("subjects")
    @classmethod
    def _check_subjects(cls, value: list[str]) -> list[str]:
        unknown = [s for s in value if s not in SUBJECTS]
        if unknown:
            raise ValueError(f"unknown subject(s) {', '.join(unknown)}; allowed: {', '.join(SUBJECTS)}")
        return value

    @field_validator("title_zh")
    @classmethod
    def _title_zh_has_chinese(cls, value: str) -> str:
        if not re.search(r"[\u4e00-\u9fff]", value):
            raise ValueError("the Chinese title has no Chinese characters")
        return value

    @field_validator("seen")
    @classmethod
    def _seen_not_in_future(cls, value: int | str) -> int | str:
        if isinstance(value, int) and value < 1990:
            raise ValueError(f"year {value} is too old to be a source year")
        if isinstance(value, int) and value > dt.date.today().year:
            raise ValueError(f"year {value} is in the future")
        return value

    @model_validator(mode="after")
    def _refs_required_unless_guide(self) -> EntryMeta:
        if not self.refs and self.kind is not Kind.GUIDE:
            raise ValueError("refs: only a guide may have no fact-sheet ids")
        return self

    @property
    def seen_year(self) -> int | None:
        return self.seen if isinstance(self.seen, int) else None

    @property
    def is_free(self) -> bool:
        return self.fee_hkd == 0

    @property
    def open_to_senior_forms(self) -> bool:
        return bool(SENIOR_FORMS & set(self.forms))


class Entry(BaseModel):
    """A validated catalogue entry: its metadata and its two language sections."""

    meta: EntryMeta
    body_en: str
    body_zh: str
    path: str

    @property
    def id(self) -> str:
        return self.meta.id
