"""The catalogue's data model: what a knowledge-base entry is, and the controlled vocabularies it uses.

An entry is one Markdown file with YAML front matter (validated by :class:`EntryMeta`) and a body with an
English section (``## English``) and a Traditional Chinese section (``## 中文``).

Currency (is it still running?) is said by four fields:

- ``status``: ``current`` (evidence it ran or was offered in the last two years or so: 2024 or later when
  this was written), ``recent`` (2021–2023), ``past`` (2020 or earlier, or known to have stopped or closed
  to new students) and ``unknown`` (undated evidence). Every taster must state it. Other kinds may leave it
  out: a guide then counts as ``current`` (it explains rules that still apply and is kept fresh through
  ``seen``), anything else as ``unknown`` (never guessed).
- ``last_run``: the latest year the programme is known to have run, or the credential to have been offered
  (1990 to this year). Every taster and every ``past`` entry must give it.
- ``successor``: what replaced a programme or credential. A slug (lowercase letters, digits and hyphens) is
  the id of another catalogue entry and must exist when the catalogue is loaded; anything else (e.g.
  ``AI-901`` or ``Chemists Online Self-study Award Scheme``) is the short name of a successor the catalogue
  does not describe.
- ``retires``: the date an exam or credential stops being offered, when the provider has announced it.
- ``formerly``: the previous name of a renamed programme, so a student who knows the old name finds it.
- ``joining``: how a student gets in when it is not simply by applying ("Your school principal must nominate
  you"); recommendations and lookups show it beside who may join.

The facts written in words (``fee``, ``duration``, ``credits``, ``season``, ``joining``) are English; each may have
a Traditional Chinese twin (``fee_zh``, ``duration_zh``, ``credits_zh``, ``season_zh``, ``joining_zh``) saying the
same facts, so that a Chinese answer carries as many facts as an English one. The twins are screened like their
English fields, and `kb validate` warns when a known English fact has no twin.

``url`` is the page a student is sent to, so it must be the provider's own page: a URL on a code-hosting or
blog host (:data:`DENY_LISTED_URL_HOSTS`) is rejected. Learners' repositories and blog posts may stay in
``sources`` when they carry reported facts (the entry is then ``confidence: low``).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

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
CourseLanguage = Literal["en", "zh", "bilingual", "unknown"]
Cef = Literal["yes", "no", "unknown"]
Confidence = Literal["high", "low"]
Status = Literal["current", "recent", "past", "unknown"]
STATUSES: tuple[str, ...] = ("current", "recent", "past", "unknown")
# How the assistant says a status without a year, English and Chinese (status_label adds the year when known).
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "current": ("Running", "仍在舉辦"),
    "recent": ("Ran in recent years; check it still runs", "近年曾舉辦；請查詢今年會否再辦"),
    "past": ("No longer running as far as we know", "據我們所知已停辦"),
    "unknown": ("Not sure whether it still runs; check with the provider", "未能確定是否仍然舉辦；請向主辦機構查詢"),
}
FIRST_YEAR = 1990

# Hosts of code repositories and personal blogs: never a provider's official page. A listed host also covers
# its subdomains (e.g. "github.io" covers "someone.github.io", "github.com" covers "gist.github.com").
DENY_LISTED_URL_HOSTS: frozenset[str] = frozenset(
    {
        "github.com",
        "githubusercontent.com",
        "github.io",
        "gitlab.com",
        "gitlab.io",
        "bitbucket.org",
        "medium.com",
        "blogspot.com",
        "wordpress.com",
        "substack.com",
        "dev.to",
        "hashnode.dev",
        "notion.site",
    }
)


def deny_listed_host(url: str) -> str | None:
    """The deny-listed host a URL is on (for the error message), or None when the host is allowed."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for denied in DENY_LISTED_URL_HOSTS:
        if host == denied or host.endswith("." + denied):
            return denied
    return None


def status_label(status: str, last_run: int | None, language: str) -> str:
    """A plain phrase about an entry's status in English (``language == "en"``) or Chinese, with the year."""
    english = language == "en"
    if last_run is None or status == "unknown":
        label_en, label_zh = STATUS_LABELS.get(status, STATUS_LABELS["unknown"])
        return label_en if english else label_zh
    if status == "current":
        return f"Running (latest seen: {last_run})" if english else f"仍在舉辦（最近資料：{last_run} 年）"
    if status == "recent":
        return (
            f"Last seen running in {last_run}; check it still runs"
            if english
            else f"最近資料顯示 {last_run} 年仍有舉辦；請查詢今年會否再辦"
        )
    return (
        f"Last ran in {last_run}; ask the provider whether it still runs"
        if english
        else f"最近一次舉辦是 {last_run} 年；請向主辦機構查詢今年會否再辦"
    )


ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
REF_PATTERN = re.compile(r"^(A\d{1,2}|T\d{2}|M\d{2}|F\d|D\d)$")

# Front-matter fields that hold facts in English words. Each has an optional Traditional Chinese twin
# (``fee_zh`` …) so that an answer in Chinese can say the same facts; "unknown" and "none" need no twin.
FACT_FIELDS: tuple[str, ...] = ("fee", "duration", "credits", "season", "joining")
_NOTHING_SAID = frozenset({"", "unknown", "none"})


def _says_nothing(value: str) -> bool:
    return value.strip().lower() in _NOTHING_SAID


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
    language: CourseLanguage = "unknown"
    duration: str = "unknown"
    duration_zh: str | None = Field(default=None, min_length=1)
    fee: str = "unknown"
    fee_zh: str | None = Field(default=None, min_length=1)
    fee_hkd: float | None = Field(default=None, ge=0)
    cef: Cef = "unknown"
    credits: str = "unknown"
    credits_zh: str | None = Field(default=None, min_length=1)
    season: str = "unknown"
    season_zh: str | None = Field(default=None, min_length=1)
    # How a student gets in when it is not simply by applying: "Your school principal must nominate you".
    joining: str = "unknown"
    joining_zh: str | None = Field(default=None, min_length=1)
    dates: list[KeyDate] = Field(default_factory=list)
    url: HttpUrl
    sources: list[HttpUrl] = Field(min_length=1)
    # Year of the newest source; "unknown" when no source shows a year (never guessed).
    seen: int | Literal["unknown"]
    # Fact-sheet ids the entry was written from. Only a guide written from sources outside the fact sheet
    # (e.g. support lines) may have none; it must then cite its sources directly.
    refs: list[FactRef] = Field(default_factory=list)
    confidence: Confidence = "high"
    # Currency: see the module docstring. A taster must give status and last_run; others get a default.
    status: Status = "unknown"
    last_run: int | None = None
    successor: str | None = Field(default=None, min_length=2)
    retires: dt.date | None = None
    formerly: str | None = Field(default=None, min_length=2)

    @model_validator(mode="before")
    @classmethod
    def _status_defaults_by_kind(cls, data: Any) -> Any:
        # A guide explains rules that still apply; anything else without evidence stays "unknown".
        if isinstance(data, dict) and "status" not in data and data.get("kind") == Kind.GUIDE.value:
            return {**data, "status": "current"}
        return data

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

    @field_validator("last_run")
    @classmethod
    def _last_run_is_a_plausible_year(cls, value: int | None) -> int | None:
        if value is not None and not FIRST_YEAR <= value <= dt.date.today().year:
            raise ValueError(f"year {value} must be between {FIRST_YEAR} and this year")
        return value

    @field_validator("url")
    @classmethod
    def _url_is_not_a_repository_or_blog(cls, value: HttpUrl) -> HttpUrl:
        denied = deny_listed_host(str(value))
        if denied is not None:
            raise ValueError(
                f"is on {denied}, a code-hosting or blog host; use the provider's official page "
                "(a learner's page may stay in sources)"
            )
        return value

    @model_validator(mode="after")
    def _currency_is_consistent(self) -> EntryMeta:
        if self.kind is Kind.TASTER and "status" not in self.model_fields_set:
            raise ValueError("status: every taster must say whether it still runs (current/recent/past/unknown)")
        if self.kind is Kind.TASTER and self.last_run is None:
            raise ValueError("last_run: every taster must give the latest year it is known to have run")
        if self.status == "past" and self.last_run is None:
            raise ValueError("last_run: a past entry must give the latest year it is known to have run")
        if self.last_run is not None and isinstance(self.seen, int) and self.last_run > self.seen:
            raise ValueError(f"last_run {self.last_run} is after the newest source year (seen: {self.seen})")
        if self.successor is not None and self.successor == self.id:
            raise ValueError("successor: an entry cannot replace itself")
        return self

    @property
    def successor_id(self) -> str | None:
        """The catalogue id of the successor, or None when there is none or it is only a name."""
        if self.successor is not None and ID_PATTERN.match(self.successor):
            return self.successor
        return None

    @model_validator(mode="after")
    def _refs_required_unless_guide(self) -> EntryMeta:
        if not self.refs and self.kind is not Kind.GUIDE:
            raise ValueError("refs: only a guide may have no fact-sheet ids")
        return self

    def missing_chinese_facts(self) -> list[str]:
        """The fact fields whose English value says something but that have no Chinese twin (``fee_zh`` …)."""
        return [
            name
            for name in FACT_FIELDS
            if not _says_nothing(getattr(self, name)) and getattr(self, f"{name}_zh") is None
        ]

    def orphan_chinese_facts(self) -> list[str]:
        """The Chinese twins given for a fact the English field leaves ``unknown`` (one of them is wrong)."""
        return [
            f"{name}_zh"
            for name in FACT_FIELDS
            if getattr(self, name).lower() == "unknown" and getattr(self, f"{name}_zh") is not None
        ]

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
