"""Reading and validating the catalogue: Markdown files with YAML front matter under `knowledge/catalog/`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge.safety import (
    ALLOWLIST_FILE,
    ALLOWLIST_NAME,
    AllowlistError,
    ApprovedContacts,
    Finding,
    load_allowlist,
    screen_text,
)
from knowledge.schema import EN_HEADING, ZH_HEADING, Entry, EntryMeta

CATALOG_DIR = Path(__file__).parent / "catalog"
# An entry is a page of facts, not a book: a bigger file is a mistake (or an attack) and would take minutes
# to embed.
MAX_ENTRY_BYTES = 64 * 1024
# libyaml's safe loader when PyYAML has it: the same documents and errors, several times faster (parsing the
# front matter was most of a refresh that changes one entry).
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one catalogue file, said so that an admin can fix it."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


@dataclass
class CatalogLoad:
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Worth fixing but not wrong (e.g. a fact with no Chinese wording): reported, never refused.
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def catalog_files(paths: Sequence[Path] | None = None) -> list[Path]:
    """Every entry file under the given files or folders (default: the shipped catalogue), sorted."""
    roots = list(paths) if paths else [CATALOG_DIR]
    found: list[Path] = []
    for root in roots:
        if root.is_dir():
            found.extend(p for p in root.rglob("*.md") if not p.name.startswith(("_", ".")))
        else:
            found.append(root)
    return sorted(set(found))


def split_front_matter(text: str) -> tuple[str, str] | None:
    """Return (yaml, body) or None when the file does not start with a `---` block."""
    if not text.startswith("---"):
        return None
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1 :])
    return None


def split_sections(body: str) -> dict[str, str]:
    """The text under each `## ` heading of the body, keyed by the heading line."""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in body.splitlines():
        if line.startswith("## "):
            current = line.strip()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return {heading: "\n".join(lines).strip() for heading, lines in sections.items()}


def _field_name(location: Iterable[int | str]) -> str:
    return ".".join(str(part) for part in location) or "front matter"


def parse_entry(
    path: Path, display: str | None = None, approved: ApprovedContacts | None = None
) -> tuple[Entry | None, list[Problem]]:
    """Parse one file; return the entry (when valid) and every problem found in it. Phone numbers and links are
    checked against ``approved`` (default: the shipped allow-list)."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ENTRY_BYTES:
            return None, [
                Problem(
                    name,
                    "file",
                    f"is {size / 1024:.0f} KB; an entry may be at most {MAX_ENTRY_BYTES // 1024} KB "
                    "(keep the facts a student needs and link to the provider's page for the rest)",
                )
            ]
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, "file", f"cannot be read as UTF-8 text ({exc.__class__.__name__})")]
    parts = split_front_matter(text)
    if parts is None:
        return None, [Problem(name, "front matter", "the file must start with a '---' YAML block")]
    raw_yaml, body = parts
    try:
        data = yaml.load(raw_yaml, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return None, [Problem(name, "front matter", f"invalid YAML{where}")]
    if not isinstance(data, dict):
        return None, [Problem(name, "front matter", "must be a YAML mapping of fields")]

    problems: list[Problem] = []
    meta: EntryMeta | None = None
    try:
        meta = EntryMeta.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            problems.append(Problem(name, _field_name(error["loc"]), error["msg"]))

    sections = split_sections(body)
    body_en = sections.get(EN_HEADING, "")
    body_zh = sections.get(ZH_HEADING, "")
    if not body_en:
        problems.append(Problem(name, "body", f"missing or empty '{EN_HEADING}' section"))
    if not body_zh:
        problems.append(Problem(name, "body", f"missing or empty '{ZH_HEADING}' section"))
    if meta is None or problems:
        return None, problems
    entry = Entry(meta=meta, body_en=body_en, body_zh=body_zh, path=name)
    problems = screen_entry(entry, approved if approved is not None else shipped_allowlist())
    return (None, problems) if problems else (entry, [])


_FIX = {
    "instruction": "remove it: an entry holds facts for students, never instructions to the assistant",
    "phone": f"remove it, or approve the number in knowledge/catalog/{ALLOWLIST_NAME} with the page it comes from",
    "link": f"link to the entry's own url/sources site, or approve the host in knowledge/catalog/{ALLOWLIST_NAME}",
}


def screen_entry(entry: Entry, approved: ApprovedContacts) -> list[Problem]:
    """Planted instructions, and phone numbers and links that are not approved, in every text a student may be
    shown. Links on the site of the entry's own ``url`` or ``sources`` are approved for that entry."""
    meta = entry.meta
    own_urls = [str(meta.url), *map(str, meta.sources)]
    texts: list[tuple[str, str]] = [
        ("body (English)", entry.body_en),
        ("body (中文)", entry.body_zh),
        *((name, str(getattr(meta, name) or "")) for name in _SCREENED_FIELDS),
        *((f"aliases.{n}", alias) for n, alias in enumerate(meta.aliases)),
        *((f"dates.{n}", f"{d.what_en}\n{d.what_zh}") for n, d in enumerate(meta.dates)),
    ]
    problems: list[Problem] = []
    for field_name, text in texts:
        findings: list[Finding] = screen_text(text, approved, own_urls)
        problems += [Problem(entry.path, field_name, f"{f.describe()}; {_FIX[f.what]}") for f in findings]
    return problems


_SCREENED_FIELDS = (
    "title_en",
    "title_zh",
    "provider",
    "provider_zh",
    "duration",
    "duration_zh",
    "fee",
    "fee_zh",
    "credits",
    "credits_zh",
    "season",
    "season_zh",
    "joining",
    "joining_zh",
    "successor",
    "formerly",
)


def entry_warnings(entry: Entry) -> list[Problem]:
    """What a valid entry should still improve: a known fact with no Chinese wording (a Chinese answer would
    then show fewer facts than an English one), or Chinese wording for a fact English leaves unknown."""
    meta = entry.meta
    missing = [
        Problem(entry.path, f"{name}_zh", f"'{name}' is known but has no Chinese wording; add {name}_zh below it")
        for name in meta.missing_chinese_facts()
    ]
    orphans = [
        Problem(entry.path, name, f"gives a Chinese value but '{name.removesuffix('_zh')}' is unknown; fix one")
        for name in meta.orphan_chinese_facts()
    ]
    return missing + orphans


def shipped_allowlist() -> ApprovedContacts:
    """The shipped allow-list; unreadable, it approves nothing (and `kb validate` says why)."""
    return allowlist_for(None)[0]


def allowlist_for(paths: Sequence[Path] | None) -> tuple[ApprovedContacts, list[Problem]]:
    """The shipped allow-list plus an ``allowlist.yaml`` at the top of each catalogue folder checked, and the
    problems found in them."""
    files = [ALLOWLIST_FILE] + [p / ALLOWLIST_NAME for p in paths or () if p.is_dir()]
    approved = ApprovedContacts()
    problems: list[Problem] = []
    for file in dict.fromkeys(f.resolve() for f in files if f.exists()):
        try:
            approved = approved.merged(load_allowlist(file))
        except AllowlistError as exc:
            problems.append(Problem(_display(file), "allow-list", str(exc)))
    return approved, problems


def load_catalog(paths: Sequence[Path] | None = None) -> CatalogLoad:
    """Load and validate every entry; problems are collected, never raised, so all are reported at once."""
    result = CatalogLoad()
    seen_ids: dict[str, str] = {}
    approved, result.problems = allowlist_for(paths)
    files = catalog_files(paths)
    if paths and not files:
        result.problems.append(Problem(", ".join(map(str, paths)), "path", "no catalogue files found"))
    for path in files:
        if not path.exists():
            result.problems.append(Problem(str(path), "path", "does not exist"))
            continue
        entry, problems = parse_entry(path, _display(path), approved)
        result.problems.extend(problems)
        if entry is None:
            continue
        if entry.id in seen_ids:
            result.problems.append(
                Problem(entry.path, "id", f"duplicate id '{entry.id}' (also in {seen_ids[entry.id]})")
            )
            continue
        seen_ids[entry.id] = entry.path
        result.entries.append(entry)
        result.warnings.extend(entry_warnings(entry))
    result.problems.extend(_missing_successors(result.entries, checking_a_subset=bool(paths)))
    return result


def _missing_successors(entries: Sequence[Entry], *, checking_a_subset: bool) -> list[Problem]:
    """A successor written as an id must name an entry; when only some files are checked, the shipped
    catalogue counts too, so an admin can validate one edited file on its own."""
    wanted = [entry for entry in entries if entry.meta.successor_id is not None]
    if not wanted:
        return []
    known = {entry.id for entry in entries}
    if checking_a_subset:
        known |= _shipped_ids()
    return [
        Problem(
            entry.path,
            "successor",
            f"no catalogue entry has id '{entry.meta.successor_id}' "
            "(give an existing entry's id, or the successor's name if the catalogue does not describe it)",
        )
        for entry in wanted
        if entry.meta.successor_id not in known
    ]


def _shipped_ids() -> set[str]:
    """The ids of the shipped catalogue, read from the front matter alone (no validation)."""
    ids: set[str] = set()
    for path in catalog_files():
        parts = split_front_matter(path.read_text(encoding="utf-8"))
        try:
            data = yaml.load(parts[0], Loader=YAML_LOADER) if parts else None  # noqa: S506 - a safe loader
        except yaml.YAMLError:  # reported when that file itself is validated
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
