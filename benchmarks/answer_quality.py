"""The assistant in grounded mode on the evaluation set: answer latency p50/p95 (after start-up) and the share
of answers that cite an expected entry in the student's language; no-answer questions must get scope
no_answer/out_of_scope."""

from __future__ import annotations

import datetime as dt
import time

from _common import EVAL_DIR, catalogue_searcher, summary_ms

from bot.assistant.assistant import Assistant
from bot.assistant.understanding.language import chinese_share
from knowledge.evaluation import load_questions


def main() -> None:
    questions = load_questions([EVAL_DIR])
    assistant = Assistant(catalogue_searcher())
    assistant.warm()
    samples: list[float] = []
    by_lang: dict[str, list[int]] = {}
    no_answer_ok = no_answer_total = 0
    for question in questions:
        started = time.perf_counter()
        answer = assistant.answer(question.question)
        samples.append(time.perf_counter() - started)
        if not question.expected:
            no_answer_total += 1
            no_answer_ok += answer.scope in {"no_answer", "out_of_scope"}
            continue
        cited = any(s.id in question.expected for s in answer.sources)
        share = chinese_share(answer.text)
        right_language = share < 0.1 if question.lang == "en" else share > 0.4
        by_lang.setdefault(question.lang, []).append(int(cited and right_language))
    print(f"answer quality and latency (grounded), {dt.date.today()}, {len(questions)} questions")
    print(f"latency: {summary_ms(samples)}")
    for lang, results in by_lang.items():
        print(
            f"{lang:<8} cites an expected entry in the student's language: {sum(results) / len(results):.3f} (n={len(results)})"
        )
    every = [r for results in by_lang.values() for r in results]
    print(
        f"all      {sum(every) / len(every):.3f} (n={len(every)}); no-answer questions declined: {no_answer_ok}/{no_answer_total}"
    )


if __name__ == "__main__":
    main()
