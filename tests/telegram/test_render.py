"""Rendering answers as Telegram HTML: escaping, sources with their year, and splitting long answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.assistant.types import Answer, Source
from bot.telegram.render import MESSAGE_LIMIT, answer_messages, html_messages, to_plain, units
from tests.fakes.telegram_api import ApiError, parse_html

SOURCE = Source(
    id="cuhk-summer-institute",
    title="CUHK Summer Institute <2023> & more",
    title_zh="中大暑期學院",
    refs=("T01",),
    url="https://www.summer.cuhk.edu.hk/si/?a=1&b=2",
    seen=2023,
    kind="taster",
)


def answer(text: str, *sources: Source, language: str = "en") -> Answer:
    return Answer(text, language, "grounded", "answer", "lookup", sources)  # type: ignore[arg-type]


def long_mixed_answer() -> str:
    paragraph_zh = "中大暑期學院讓中五學生喺七月上兩星期大學課程，費用大約 HK$7,200 🎓📚✨。" * 6
    paragraph_en = "The CUHK Summer Institute <b>runs</b> for two weeks & costs about HK$7,200 * _ [ ] 🚀. " * 5
    text = "\n\n".join(paragraph_zh if i % 2 else paragraph_en for i in range(30))
    assert len(text) > 9000
    return text


def test_long_answer_with_chinese_and_emoji_is_split_in_order_within_the_limit() -> None:
    text = long_mixed_answer()
    messages = answer_messages(answer(text, SOURCE))
    assert len(messages) >= 3
    shown = [parse_html(m) for m in messages]  # every piece is valid Telegram HTML
    assert all(s.strip() for s in shown)
    assert all(units(s) <= MESSAGE_LIMIT for s in shown)
    assert all(units(m) <= MESSAGE_LIMIT for m in messages)
    # Nothing lost and nothing reordered: the paragraphs come back in order.
    joined = "\n\n".join(shown)
    original = [p for p in text.split("\n\n")]
    position = 0
    for paragraph in original:
        found = joined.find(paragraph, position)
        assert found >= 0
        position = found + len(paragraph)
    assert "Sources" in shown[-1]


def test_one_giant_paragraph_is_cut_at_words_and_never_inside_an_entity() -> None:
    text = ("&<>" * 500 + " ") * 6 + "🎉" * 3000
    messages = answer_messages(answer(text))
    assert all(units(m) <= MESSAGE_LIMIT for m in messages)
    shown = "".join(parse_html(m) for m in messages)
    assert shown.replace(" ", "") == text.replace(" ", "")


def test_text_with_markup_characters_is_escaped() -> None:
    text = "Use <script>alert(1)</script> & *bold* _it_ [link](x) > done"
    (message,) = answer_messages(answer(text))
    assert "<script>" not in message
    assert parse_html(message).startswith(text)


def test_sources_are_links_with_their_year_in_the_reply_language() -> None:
    unknown_year = Source("x-guide", "A guide", (), "https://example.org/g", None, kind="guide", title_zh="指南")
    (english,) = answer_messages(answer("Body.", SOURCE, unknown_year))
    assert (
        '<a href="https://www.summer.cuhk.edu.hk/si/?a=1&amp;b=2">CUHK Summer Institute &lt;2023&gt; &amp; more</a>'
        in english
    )
    assert "(source 2023)" in english
    assert "(year unknown)" in english
    (chinese,) = answer_messages(answer("內容。", SOURCE, unknown_year, language="zh-Hant"))
    assert "中大暑期學院</a>" in chinese
    assert "資料來源 2023 年" in chinese
    assert "年份不詳" in chinese


def test_a_source_without_a_web_url_is_plain_text() -> None:
    odd = Source("odd", "Odd", (), "javascript:alert(1)", 2024, kind="taster")
    (message,) = answer_messages(answer("Body.", odd))
    assert "javascript" not in message
    assert "<a " not in message


def test_plain_fallback_keeps_link_targets() -> None:
    (message,) = answer_messages(answer("A & B", SOURCE))
    plain = to_plain(message)
    assert "A & B" in plain
    assert "https://www.summer.cuhk.edu.hk/si/?a=1&b=2" in plain
    assert "<" not in plain.replace("<2023>", "")


def test_long_ui_lists_are_split_by_lines() -> None:
    lines = "\n".join(f"• <b>Course {i}</b> — 中文 🎓" for i in range(600))
    messages = html_messages(f"<b>Header</b>\n\n{lines}")
    assert len(messages) > 1
    for message in messages:
        parse_html(message)
        assert units(message) <= MESSAGE_LIMIT


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=12_000))
def test_any_text_renders_to_valid_messages(text: str) -> None:
    messages = answer_messages(answer(text, SOURCE))
    for message in messages:
        try:
            shown = parse_html(message)
        except ApiError as error:  # pragma: no cover - the assertion message shows why
            pytest.fail(error.description)
        assert shown.strip()
        assert units(message) <= MESSAGE_LIMIT
