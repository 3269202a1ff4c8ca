"""Prompt and wording templates kept as files, each with a version, and a tiny loader. No logic lives here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PROMPTS_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    text: str


class PromptError(ValueError):
    """A template file that is missing or malformed."""


@cache
def load_prompt(name: str) -> Prompt:
    """A text prompt whose first line is `version: X`."""
    path = PROMPTS_DIR / f"{name}.txt"
    try:
        first, _, rest = path.read_text(encoding="utf-8").partition("\n")
    except OSError as exc:
        raise PromptError(f"prompt {name!r} is missing") from exc
    if not first.startswith("version:"):
        raise PromptError(f"prompt {name!r} must start with a 'version:' line")
    return Prompt(name, first.removeprefix("version:").strip(), rest.strip() + "\n")


@cache
def load_templates(language: str) -> dict[str, Any]:
    """The grounded composer's wording for one language ('en' or 'zh-Hant')."""
    path = PROMPTS_DIR / "templates" / f"grounded.{language}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"templates for {language!r} are missing or invalid") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise PromptError(f"templates for {language!r} need a version")
    return data
