"""One language's answer templates (prompts/templates/grounded.*.yaml), with helpers that keep lookups tidy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.assistant.types import Suggestion
from knowledge.filters import SearchFilters
from knowledge.schema import SUBJECTS
from prompts import load_templates
from storage import UiLanguage


@dataclass(frozen=True)
class Wording:
    """One language's templates, with helpers that keep lookups tidy."""

    language: UiLanguage
    data: dict[str, Any]

    @classmethod
    def for_language(cls, language: UiLanguage) -> Wording:
        return cls(language, load_templates(language))

    def __call__(self, key: str, **values: object) -> str:
        return str(self.data[key]).format(**values)

    def kind(self, kind: str) -> str:
        return str(self.data["kinds"].get(kind, kind))

    def label(self, key: str) -> str:
        return str(self.data["labels"][key])

    def labelled(self, key: str, value: str) -> str:
        return f"{self.label(key)}{': ' if self.language == 'en' else '：'}{value}"

    def forms(self, forms: Sequence[str]) -> str:
        names = [str(self.data["forms"].get(f, f)) for f in forms]
        return self.join(names) if names else str(self.data["unknown"])

    def filters(self, filters: SearchFilters) -> str:
        """The filters a student stated, in the answer's language ("free, S5, online" / 「免費、中五、網上」)."""
        named = self.data["filter_words"]
        bits = [str(named["free"])] if filters.free else []
        if filters.max_fee is not None:
            bits.append(str(named["max_fee"]).format(fee=f"{filters.max_fee:,.0f}"))
        bits += [str(self.data["forms"].get(filters.form, filters.form))] if filters.form else []
        # ("online, online certificate" says one thing twice: online certificates are online.)
        modes = [mode for mode in filters.modes if not (mode == "online" and filters.kinds == ("certificate",))]
        bits += ["/".join(str(named.get(mode, mode)) for mode in modes)] if modes else []
        bits += [str(named["cef"])] if filters.cef else []
        bits += ["/".join(self.kind(kind) for kind in filters.kinds)] if filters.kinds else []
        return self.join(bits)

    def join(self, items: Sequence[str]) -> str:
        return str(self.data["list_separator"]).join(items)

    def subjects(self, subjects: Sequence[str]) -> str:
        index = 0 if self.language == "en" else 1
        return self.join([SUBJECTS[s][index] if s in SUBJECTS else s for s in subjects])

    def suggestion(self, key: str) -> Suggestion:
        text = str(self.data["suggest"][key])
        return Suggestion(text, text)

    def value(self, text: str) -> str:
        return str(self.data["unknown"]) if not text or text.strip().lower() == "unknown" else text
