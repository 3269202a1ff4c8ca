"""The last check on every answer: no phone number or link reaches a student unless the allow-list or the site
of an entry the answer cites approves it."""

from __future__ import annotations

from bot.assistant.sourcing import contacts_checked
from bot.assistant.types import Answer, Source

CITED = Source("cuhk-summer-institute", "CUHK Summer Institute", ("T01",), "https://www.summer.cuhk.edu.hk/si", 2024)


def test_unapproved_numbers_and_links_are_removed_and_approved_ones_kept() -> None:
    answer = Answer(
        "Send your HKID to 9123 4567 or pay at https://cheap-si.example.com/pay. Support: 2389 2222, 999. "
        "Official page: https://www.summer.cuhk.edu.hk/si-application/ and https://www.jupas.edu.hk",
        "en",
        "grounded",
        "answer",
        "lookup",
        (CITED,),
    )
    checked = contacts_checked(answer)
    assert "9123 4567" not in checked.text
    assert "cheap-si.example.com" not in checked.text
    assert "2389 2222" in checked.text
    assert "https://www.summer.cuhk.edu.hk/si-application/" in checked.text  # the cited entry's own site
    assert "https://www.jupas.edu.hk" in checked.text  # on the allow-list
    assert "unapproved contacts removed" in checked.notes


def test_a_clean_answer_is_unchanged() -> None:
    answer = Answer("The fee was HK$7,200 in 2024.", "en", "grounded", "answer", "lookup", (CITED,))
    assert contacts_checked(answer) is answer
