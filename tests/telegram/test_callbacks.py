"""Callback data (≤ 64 bytes, strictly decoded) and deep-link payloads."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.assistant.types import Answer, Source, Suggestion
from bot.telegram import deeplinks
from bot.telegram.callbacks import (
    MAX_CALLBACK_BYTES,
    Kind,
    Mode,
    decode,
    encode,
    encode_entry,
    encode_query,
    entry_ref,
    resolve_ref,
)
from bot.telegram.keyboards import (
    ELECTIVES,
    answer_keyboard,
    card_keyboard,
    class_keyboard,
    electives_keyboard,
    form_keyboard,
    interests_keyboard,
    privacy_keyboard,
    saved_keyboard,
)
from knowledge.schema import ID_PATTERN, SUBJECTS
from storage import ClassLinkInfo

entry_ids = st.from_regex(ID_PATTERN, fullmatch=True)
any_ids = st.one_of(entry_ids, st.text(min_size=1, max_size=300))
question_ids = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
class_codes = st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=4, max_size=32)


def all_buttons(markup: object) -> list[object]:
    return [button for row in markup.inline_keyboard for button in row]  # type: ignore[attr-defined]


def assert_fits(markup: object) -> None:
    for button in all_buttons(markup):
        data = button.callback_data  # type: ignore[attr-defined]
        if data is not None:
            assert 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
            assert decode(data) is not None, data


@settings(max_examples=300, deadline=None)
@given(entry_id=any_ids, question_id=question_ids, label=st.text(max_size=80), seen=st.none() | st.integers(1990, 2030))
def test_every_answer_button_fits_and_decodes(entry_id: str, question_id: str, label: str, seen: int | None) -> None:
    source = Source(entry_id, label or "t", (), "https://example.org/x", seen, kind="taster", title_zh=label)
    other = Source(entry_id[::-1] or "y", "Other", (), "https://example.org/y", seen, kind="certificate")
    answer = Answer(
        "text", "en", "grounded", "answer", "lookup", (source, other), (Suggestion(label or "x", label or "x"),)
    )
    for language in ("en", "zh-Hant"):
        markup = answer_keyboard(answer, language, question_id=question_id)
        assert markup is not None
        assert_fits(markup)
        assert_fits(card_keyboard(source, language))
        assert_fits(card_keyboard(source, language, saved=True))
        assert_fits(saved_keyboard([(entry_id, label or "t")], language))


@settings(max_examples=300, deadline=None)
@given(entry_id=any_ids, known=st.sets(any_ids, max_size=20))
def test_entry_refs_round_trip(entry_id: str, known: set[str]) -> None:
    for kind in (Kind.SAVE, Kind.UNSAVE, Kind.MORE_LIKE, Kind.CARD):
        data = encode_entry(kind, entry_id=entry_id)
        assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        action = decode(data)
        assert action is not None
        assert resolve_ref(action.arg(0), {*known, entry_id}) == entry_id
    ref = entry_ref(entry_id)
    if entry_id not in known:
        assert resolve_ref(ref, known) is None


@settings(max_examples=200, deadline=None)
@given(code=class_codes)
def test_class_buttons_and_links_fit(code: str) -> None:
    assert decode(encode(Kind.CLASS, code)) is not None
    assert decode(encode(Kind.ACCEPT, code)) is not None
    payload = deeplinks.class_payload(code)
    assert deeplinks.parse([payload]) == deeplinks.Payload("class", code)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100))
def test_suggestions_fit_or_are_left_out(text: str) -> None:
    data = encode_query(text)
    if data is not None:
        assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        action = decode(data)
        assert action is not None
        assert action.arg(0) == text


def test_onboarding_keyboards_fit() -> None:
    for language in ("en", "zh-Hant"):
        for mode in Mode:
            assert_fits(form_keyboard(language, mode, "S5"))
            assert_fits(interests_keyboard(language, mode, list(SUBJECTS)))
            assert_fits(electives_keyboard(language, mode, list(ELECTIVES.values())))
        assert_fits(privacy_keyboard(language, "A" * 32))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=80), st.binary(max_size=80).map(lambda b: b.decode("latin-1"))))
def test_forged_data_never_crashes_the_decoder(data: str | None) -> None:
    action = decode(data)
    if action is not None:
        assert len((data or "").encode("utf-8")) <= MAX_CALLBACK_BYTES


@pytest.mark.parametrize(
    "data",
    [
        "",
        "x",
        "fm:o:S7",
        "it:o:hacking",
        "it:x:science",
        "fb:1:nothex",
        "fb:2:" + "a" * 32,
        "sv:",
        "sv:UPPER",
        "cl:a",
        "fg:maybe",
        "lg:fr",
        "ok:" + "a" * 40,
        "sv:" + "a" * 70,
        "sv:a:b",
        "q:",
        "el:o:" + "x" * 9,
        "rm:on:now",
    ],
)
def test_malformed_data_is_rejected(data: str) -> None:
    assert decode(data) is None


def test_encode_refuses_what_decode_would_reject() -> None:
    with pytest.raises(ValueError, match="invalid callback data"):
        encode(Kind.INTEREST, Mode.ONBOARDING, "not-a-subject")
    with pytest.raises(ValueError, match="invalid callback data"):
        encode(Kind.FEEDBACK, "1", "z" * 32)


def test_class_keyboard_uses_codes() -> None:
    link = ClassLinkInfo("AbCdEfGhIjKl", "Class 5A " * 9, (), dt.datetime.now(dt.UTC), None, None, 7)
    assert_fits(class_keyboard([link]))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["c_AbCd1234_-xy"], deeplinks.Payload("class", "AbCd1234_-xy")),
        (["e_cuhk-summer-institute"], deeplinks.Payload("entry", "cuhk-summer-institute")),
        (["e__abcdefghijk"], deeplinks.Payload("entry", "_abcdefghijk")),
        ([], None),
        (None, None),
        ([""], None),
        (["c_" + "a" * 63], None),  # too long for a payload
        (["c_abc"], None),  # too short for a class code
        (["c_abc$def"], None),
        (["c_héllo123"], None),
        (["e_Upper-Case"], None),
        (["x_something"], None),
        (["c_AbCd1234", "extra"], None),
        (["e_" + "a" * 63], None),
    ],
)
def test_deep_link_payloads(args: list[str] | None, expected: deeplinks.Payload | None) -> None:
    assert deeplinks.parse(args) == expected


@settings(max_examples=300, deadline=None)
@given(entry_id=any_ids)
def test_course_links_fit_telegram(entry_id: str) -> None:
    payload = deeplinks.entry_payload(entry_id)
    assert deeplinks.PAYLOAD.fullmatch(payload)
    parsed = deeplinks.parse([payload])
    assert parsed is not None
    assert resolve_ref(parsed.value, {entry_id}) == entry_id
    assert deeplinks.start_link("@SomeBot", payload) == f"https://t.me/SomeBot?start={payload}"
