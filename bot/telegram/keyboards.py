"""Inline keyboards. Every button's callback data comes from :mod:`bot.telegram.callbacks` (≤ 64 bytes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.assistant.types import OPTION_KINDS, Answer, Source
from bot.telegram.callbacks import Kind, Mode, encode, encode_entry, encode_query
from bot.telegram.i18n import N_, tp
from bot.telegram.render import is_web_url, source_title
from knowledge.schema import SUBJECTS
from storage import FORMS, ClassLinkInfo, UiLanguage

Rows = list[list[InlineKeyboardButton]]

FORM_LABELS: Final[dict[str, str]] = {
    "S4": N_("S4"),
    "S5": N_("S5"),
    "S6": N_("S6"),
    "after-dse": N_("After the DSE"),
}

# HKDSE electives (and Applied Learning): short codes for buttons, English names as stored.
ELECTIVES: Final[dict[str, str]] = {
    "phy": N_("Physics"),
    "chem": N_("Chemistry"),
    "bio": N_("Biology"),
    "csci": N_("Combined Science"),
    "ict": N_("ICT"),
    "m1": N_("Maths M1"),
    "m2": N_("Maths M2"),
    "econ": N_("Economics"),
    "bafs": N_("BAFS"),
    "geog": N_("Geography"),
    "hist": N_("History"),
    "chist": N_("Chinese History"),
    "chlit": N_("Chinese Literature"),
    "enlit": N_("Literature in English"),
    "ers": N_("Ethics and Religious Studies"),
    "thm": N_("Tourism and Hospitality"),
    "dat": N_("Design and Applied Technology"),
    "hmsc": N_("Health Management and Social Care"),
    "tl": N_("Technology and Living"),
    "va": N_("Visual Arts"),
    "music": N_("Music"),
    "pe": N_("Physical Education"),
    "apl": N_("Applied Learning"),
}
ELECTIVE_CODES: Final = {name: code for code, name in ELECTIVES.items()}
MAX_SAVE_BUTTONS: Final = 3
MAX_SUGGESTIONS: Final = 3


def button(label: str, kind: Kind, *args: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=encode(kind, *args))


def entry_button(label: str, kind: Kind, entry_id: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=encode_entry(kind, entry_id=entry_id))


def url_button(label: str, url: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, url=url)


def grid(buttons: Sequence[InlineKeyboardButton], columns: int) -> Rows:
    return [list(buttons[i : i + columns]) for i in range(0, len(buttons), columns)]


def short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def interest_label(tag: str, language: UiLanguage) -> str:
    labels = SUBJECTS.get(tag)
    if labels is None:
        return tag
    return labels[1] if language == "zh-Hant" else labels[0]


def form_label(form: str, language: UiLanguage) -> str:
    return tp(language, FORM_LABELS.get(form, form))


def elective_label(name: str, language: UiLanguage) -> str:
    return tp(language, name) if name in ELECTIVE_CODES else name


def privacy_keyboard(language: UiLanguage, class_code: str | None = None) -> InlineKeyboardMarkup:
    accept = button(tp(language, N_("✅ I agree")), Kind.ACCEPT, *([class_code] if class_code else []))
    return InlineKeyboardMarkup([[accept, button(tp(language, N_("Not now")), Kind.NOT_NOW)]])


def form_keyboard(language: UiLanguage, mode: Mode, current: str | None = None) -> InlineKeyboardMarkup:
    buttons = [
        button(("✓ " if form == current else "") + form_label(form, language), Kind.FORM, mode, form) for form in FORMS
    ]
    rows = grid(buttons, 4)
    rows.append([button(tp(language, N_("Skip")), Kind.FORM, mode, "skip")])
    return InlineKeyboardMarkup(rows)


def interests_keyboard(language: UiLanguage, mode: Mode, selected: Iterable[str]) -> InlineKeyboardMarkup:
    chosen = set(selected)
    buttons = [
        button(("✓ " if tag in chosen else "") + interest_label(tag, language), Kind.INTEREST, mode, tag)
        for tag in SUBJECTS
    ]
    rows = grid(buttons, 2)
    rows.append(
        [
            button(tp(language, N_("Done ➡️")), Kind.INTEREST, mode, "done"),
            button(tp(language, N_("Skip")), Kind.INTEREST, mode, "skip"),
        ]
    )
    return InlineKeyboardMarkup(rows)


def electives_keyboard(language: UiLanguage, mode: Mode, selected: Iterable[str]) -> InlineKeyboardMarkup:
    chosen = set(selected)
    buttons = [
        button(("✓ " if name in chosen else "") + tp(language, name), Kind.ELECTIVE, mode, code)
        for code, name in ELECTIVES.items()
    ]
    rows = grid(buttons, 3)
    rows.append(
        [
            button(tp(language, N_("Done ➡️")), Kind.ELECTIVE, mode, "done"),
            button(tp(language, N_("Skip")), Kind.ELECTIVE, mode, "skip"),
        ]
    )
    return InlineKeyboardMarkup(rows)


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button("English", Kind.LANGUAGE, "en"), button("繁體中文", Kind.LANGUAGE, "zh")]])


def forget_keyboard(language: UiLanguage) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(tp(language, N_("🗑 Yes, delete everything")), Kind.FORGET, "y")],
            [button(tp(language, N_("No, keep my data")), Kind.FORGET, "n")],
        ]
    )


def reminders_keyboard(language: UiLanguage, on: bool) -> InlineKeyboardMarkup:
    if on:
        return InlineKeyboardMarkup([[button(tp(language, N_("🔕 Turn reminders off")), Kind.REMINDERS, "off")]])
    return InlineKeyboardMarkup([[button(tp(language, N_("🔔 Turn reminders on")), Kind.REMINDERS, "on")]])


def profile_keyboard(language: UiLanguage) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(tp(language, N_("✏️ Form")), Kind.EDIT, Kind.FORM),
                button(tp(language, N_("✏️ Interests")), Kind.EDIT, Kind.INTEREST),
            ],
            [
                button(tp(language, N_("✏️ Electives")), Kind.EDIT, Kind.ELECTIVE),
                button(tp(language, N_("🌐 Language")), Kind.EDIT, Kind.LANGUAGE),
            ],
        ]
    )


def done_keyboard(language: UiLanguage) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(tp(language, N_("🧭 My pathway plan")), Kind.PLAN)]])


def _savable(sources: Sequence[Source]) -> list[Source]:
    return [s for s in sources if s.kind in OPTION_KINDS][:MAX_SAVE_BUTTONS]


def answer_keyboard(
    answer: Answer, language: UiLanguage, *, question_id: str | None, with_feedback: bool = True
) -> InlineKeyboardMarkup | None:
    """👍/👎, ⭐ save for the courses listed, more like this, the official page, and suggested follow-ups."""
    rows: Rows = []
    primary = answer.sources[0] if answer.sources else None
    if with_feedback and question_id:
        ref_args = {"entry_id": primary.id} if primary else None
        up = (
            encode_entry(Kind.FEEDBACK, "1", question_id, **ref_args)
            if ref_args
            else encode(Kind.FEEDBACK, "1", question_id)
        )
        down = (
            encode_entry(Kind.FEEDBACK, "0", question_id, **ref_args)
            if ref_args
            else encode(Kind.FEEDBACK, "0", question_id)
        )
        rows.append([InlineKeyboardButton("👍", callback_data=up), InlineKeyboardButton("👎", callback_data=down)])
    if answer.scope == "answer" and answer.intent != "plan":
        for source in _savable(answer.sources):
            rows.append(
                [
                    entry_button(
                        tp(language, "⭐ Save: {title}", title=short(source_title(source, language), 24)),
                        Kind.SAVE,
                        source.id,
                    )
                ]
            )
        if primary is not None and primary.kind != "guide":
            rows.append([entry_button(tp(language, N_("🔎 More like this")), Kind.MORE_LIKE, primary.id)])
    if primary is not None and is_web_url(primary.url) and answer.scope in {"answer", "support"}:
        rows.append([url_button(tp(language, N_("🌐 Official page")), primary.url)])
    more_label = tp(language, N_("🔎 More like this"))
    suggestions = []
    for suggestion in answer.suggestions:
        data = encode_query(suggestion.query)
        if data is None or more_label.endswith(suggestion.label):
            continue
        suggestions.append(InlineKeyboardButton("💬 " + short(suggestion.label, 30), callback_data=data))
    rows.extend(grid(suggestions[:MAX_SUGGESTIONS], 1))
    return InlineKeyboardMarkup(rows) if rows else None


def card_keyboard(source: Source, language: UiLanguage, *, saved: bool = False) -> InlineKeyboardMarkup:
    rows: Rows = []
    if source.kind in OPTION_KINDS:
        if saved:
            rows.append([entry_button(tp(language, N_("🗑 Remove from saved")), Kind.UNSAVE, source.id)])
        else:
            rows.append([entry_button(tp(language, N_("⭐ Save")), Kind.SAVE, source.id)])
        rows.append([entry_button(tp(language, N_("🔎 More like this")), Kind.MORE_LIKE, source.id)])
    if is_web_url(source.url):
        rows.append([url_button(tp(language, N_("🌐 Official page")), source.url)])
    return InlineKeyboardMarkup(rows)


def saved_keyboard(items: Sequence[tuple[str, str]], language: UiLanguage) -> InlineKeyboardMarkup:
    """One row per saved course: open its card, or remove it."""
    rows: Rows = [
        [entry_button("📄 " + short(title, 30), Kind.CARD, entry_id), entry_button("🗑", Kind.UNSAVE, entry_id)]
        for entry_id, title in items
    ]
    return InlineKeyboardMarkup(rows)


def class_keyboard(links: Sequence[ClassLinkInfo]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button("📊 " + short(link.label, 30), Kind.CLASS, link.code)] for link in links])


def private_chat_keyboard(language: UiLanguage, bot_username: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[url_button(tp(language, N_("💬 Chat with me privately")), f"https://t.me/{bot_username}")]]
    )


def thanks_row(language: UiLanguage) -> list[InlineKeyboardButton]:
    return [button(tp(language, N_("🙏 Thanks for the feedback")), Kind.LABEL)]
