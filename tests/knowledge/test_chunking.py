"""A paragraph too long for one chunk is cut between sentences, never inside an address or a number, and the line
breaks of a list cut in two stay where they were."""

from __future__ import annotations

from knowledge.chunking import split_paragraphs


def test_a_long_paragraph_is_cut_between_sentences_not_inside_addresses() -> None:
    sentence = "Coursera certificates carry a coursera.org/verify link, and hkqr.gov.hk lists 3.5 million records. "
    pieces = split_paragraphs(sentence * 12, budget=60)
    assert len(pieces) > 1
    joined = " ".join(pieces)
    assert "coursera. org" not in joined
    assert "hkqr. gov" not in joined
    assert "3. 5" not in joined
    assert all(piece.startswith("Coursera") for piece in pieces)


def test_a_chinese_list_cut_in_two_keeps_one_item_a_line() -> None:
    items = "\n".join(f"{n}. 第{n}項：留意有沒有驗證連結，例如 coursera.org/verify。" for n in range(1, 9))
    pieces = split_paragraphs(items, budget=60)
    assert len(pieces) > 1
    for piece in pieces:
        assert all(line.split(". ", 1)[0].isdigit() for line in piece.splitlines())
