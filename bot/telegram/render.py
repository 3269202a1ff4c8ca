"""Answers as Telegram HTML: escaped text, sources as links with their year, split into messages of at most
4,096 characters on paragraph boundaries (then lines, then words; never inside a tag or an entity).

Lengths are counted in UTF-16 code units over the HTML source, which is never shorter than the text Telegram
counts after parsing entities, so every piece is accepted whatever it holds (Chinese, emoji, links).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Final
from urllib.parse import urlparse

from bot.assistant.types import Answer, Source
from bot.telegram.i18n import N_, t
from storage import UiLanguage

MESSAGE_LIMIT: Final = 4096
_TAG: Final = re.compile(r"<[^>]*>")


def units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def is_web_url(url: str) -> bool:
    try:
        parsed = urlparse(url)
    except ValueError:
        return False
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc)


def link(url: str, label: str) -> str:
    if not is_web_url(url):
        return escape(label)
    return f'<a href="{html.escape(url, quote=True)}">{escape(label)}</a>'


def to_plain(markup: str) -> str:
    """The text Telegram would show for our HTML (used to resend when entities are rejected)."""
    text = re.sub(r'<a href="([^"]*)">(.*?)</a>', lambda m: f"{m.group(2)} ({html.unescape(m.group(1))})", markup)
    return html.unescape(_TAG.sub("", text))


def source_title(source: Source, language: UiLanguage) -> str:
    if language == "zh-Hant" and source.title_zh:
        return source.title_zh
    return source.title or source.title_zh or source.id


def source_line(source: Source, language: UiLanguage) -> str:
    year = t(language, N_("source {year}"), year=source.seen) if source.seen else t(language, N_("year unknown"))
    return f"• {link(source.url, source_title(source, language))} ({year})"


def sources_block(sources: Sequence[Source], language: UiLanguage) -> list[str]:
    if not sources:
        return []
    return [t(language, N_("<b>Sources</b>")), *(source_line(s, language) for s in sources)]


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]


def _pieces(text: str, limit: int) -> Iterator[str]:
    """Plain text cut so that each escaped piece fits: at line breaks, then spaces, then anywhere."""
    if units(escape(text)) <= limit:
        yield text
        return
    for separator in ("\n", " "):
        parts = text.split(separator)
        if len(parts) > 1:
            break
    else:
        parts, separator = list(text), ""
    current = ""
    for part in parts:
        candidate = f"{current}{separator}{part}" if current else part
        if units(escape(candidate)) <= limit:
            current = candidate
            continue
        if current:
            yield current
        if units(escape(part)) <= limit:
            current = part
        else:
            yield from _pieces(part, limit) if separator else _characters(part, limit)
            current = ""
    if current:
        yield current


def _characters(text: str, limit: int) -> Iterator[str]:
    current = ""
    for char in text:
        if current and units(escape(current + char)) > limit:
            yield current
            current = ""
        current += char
    if current:
        yield current


def pack(blocks: Sequence[str], limit: int = MESSAGE_LIMIT, joiner: str = "\n\n") -> list[str]:
    """Join HTML blocks into as few messages as fit; each block must fit on its own."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if not block.strip():
            continue
        candidate = f"{current}{joiner}{block}" if current else block
        if units(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = block
    if current:
        messages.append(current)
    return messages


def text_blocks(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain text (paragraphs separated by blank lines) as escaped HTML blocks that each fit in a message."""
    return [escape(piece) for paragraph in paragraphs(text) for piece in _pieces(paragraph, limit) if piece.strip()]


def answer_messages(answer: Answer, language: UiLanguage | None = None, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The answer as one or more HTML messages, in order, none empty, none over the limit."""
    shown = language or answer.reply_language
    blocks = text_blocks(answer.text, limit)
    lines = sources_block(answer.sources, shown)
    messages = pack(blocks, limit)
    if lines:
        sources = pack(lines, limit, joiner="\n")
        if messages and units(f"{messages[-1]}\n\n{sources[0]}") <= limit:
            messages[-1] = f"{messages[-1]}\n\n{sources[0]}"
            sources = sources[1:]
        messages.extend(sources)
    return messages or [escape("…")]


def html_messages(markup: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Our own UI HTML (paragraphs separated by blank lines, tags never spanning paragraphs) split to fit."""
    messages: list[str] = []
    for block in re.split(r"\n\s*\n", markup):
        if units(block) <= limit:
            messages.append(block)
            continue
        lines: list[str] = []
        for line in block.split("\n"):  # our UI lines are whole HTML each
            if units(line) <= limit:
                lines.append(line)
            else:  # a line this long is plain text in practice: drop its tags rather than cut one in half
                lines.extend(text_blocks(to_plain(line), limit))
        messages.extend(pack(lines, limit, joiner="\n"))
    return pack(messages, limit)
