"""LLM mode: a LangChain chain (ChatOpenAI against any OpenAI-compatible endpoint) that words the answer from
the same entries the grounded composer used. Its output is kept only if every check passes; otherwise the
grounded answer stands. The whole call has a hard deadline, so a slow or broken endpoint costs the student at
most the configured timeout.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.assistant.types import Intent
from bot.assistant.understanding.language import chinese_share
from knowledge.views import EntryView
from prompts import load_prompt
from storage import UiLanguage

logger = logging.getLogger(__name__)

ALLOWED_LINKS = ("https://www.jupas.edu.hk",)
ALLOWED_NUMBERS = frozenset({"999"})
MAX_ANSWER_CHARS = 3500
_URL = re.compile(r"https?://[^\s<>()\[\]{}\"'，。、）]+")
_PHONE = re.compile(r"(?<!\d)(\d{4}[ -]?\d{4}|\d{5}|999)(?!\d)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CITATION = re.compile(r"\[(\d{1,2})\]")


@dataclass(frozen=True)
class LlmConfig:
    base_url: str | None
    api_key: str | None
    model: str
    timeout_seconds: float = 12.0
    max_retries: int = 1
    temperature: float = 0.2


class OutputRejected(ValueError):
    """The model's answer failed a check; the reason is logged, the student gets the grounded answer."""


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def _entry_data(entries: Sequence[EntryView], language: UiLanguage) -> list[dict[str, Any]]:
    return [
        {
            "n": number,
            "id": entry.id,
            "title": entry.title(language),
            "provider": entry.provider,
            "url": entry.url,
            "year": entry.seen,
            "confidence": entry.confidence,
            "who_may_join": list(entry.forms),
            "fee": entry.fact("fee", language),
            "when": entry.fact("season", language),
            "length": entry.fact("duration", language),
            "credits": entry.fact("credits", language),
            "text": list(entry.paragraphs(language)),
        }
        for number, entry in enumerate(entries, start=1)
    ]


_LEAK_WORDS = 8  # this many consecutive words of the system prompt in an answer means the prompt leaked
_LEAK_CHARS = 14  # the same for Chinese text, in characters


def leaks_prompt(answer: str, system_prompt: str) -> bool:
    """Whether the answer repeats a stretch of the system prompt, with or without its canary line: a model
    told to print its instructions may drop the canary but keep the rest."""
    prompt_words = re.findall(r"[a-z0-9']+", system_prompt.lower())
    answer_words = " " + " ".join(re.findall(r"[a-z0-9']+", answer.lower())) + " "
    for start in range(max(0, len(prompt_words) - _LEAK_WORDS + 1)):
        if " " + " ".join(prompt_words[start : start + _LEAK_WORDS]) + " " in answer_words:
            return True
    prompt_cjk = "".join(re.findall(r"[\u4e00-\u9fff]", system_prompt))
    answer_cjk = "".join(re.findall(r"[\u4e00-\u9fff]", answer))
    return any(
        prompt_cjk[start : start + _LEAK_CHARS] in answer_cjk
        for start in range(max(0, len(prompt_cjk) - _LEAK_CHARS + 1))
    )


def check_output(
    text: str,
    *,
    entries: Sequence[EntryView],
    language: UiLanguage,
    canary: str,
    question: str,
    draft: str,
    system_prompt: str = "",
) -> str:
    """Return the cleaned answer, or raise OutputRejected with the reason.

    Links, phone numbers and figures count as sourced only when the entries (or the grounded draft built from
    them) hold them: never because the student typed them, since the student's words are untrusted too."""
    del question  # kept in the signature for call sites; deliberately not a source of facts
    answer = text.strip()
    if not answer:
        raise OutputRejected("empty answer")
    if len(answer) > MAX_ANSWER_CHARS:
        raise OutputRejected("answer too long")
    if canary in answer or canary[: len(canary) // 2] in answer:
        raise OutputRejected("canary leaked")
    if system_prompt and leaks_prompt(answer, system_prompt):
        raise OutputRejected("system prompt leaked")
    source_text = "\n".join(
        [draft]
        + [json.dumps(item, ensure_ascii=False) for item in _entry_data(entries, "en")]
        + [json.dumps(item, ensure_ascii=False) for item in _entry_data(entries, "zh-Hant")]
    )
    problem = _unsourced(answer, entries, source_text)
    if problem:
        raise OutputRejected(problem)
    citations = {int(n) for n in _CITATION.findall(answer)}
    if entries and not citations:
        raise OutputRejected("no citation")
    if any(n < 1 or n > len(entries) for n in citations):
        raise OutputRejected("citation of a source that does not exist")
    without_citations = _CITATION.sub("", answer)
    invented = _numbers(without_citations) - _numbers(source_text)
    if invented:
        raise OutputRejected("figure not in the sources")
    share = chinese_share(answer)
    if language == "zh-Hant" and share < 0.3:
        raise OutputRejected("answer is not in Chinese")
    if language == "en" and share > 0.1:
        raise OutputRejected("answer is not in English")
    return answer


def _unsourced(answer: str, entries: Sequence[EntryView], source_text: str) -> str | None:
    """The first link or phone number of the answer that no entry holds, as a reason; None when all are."""
    allowed_links = {e.url.rstrip("/") for e in entries} | {link.rstrip("/") for link in ALLOWED_LINKS}
    for url in _URL.findall(answer):
        cleaned = url.rstrip(".,;:!?").rstrip("/")
        if cleaned not in allowed_links and cleaned not in source_text:
            return "link not in the sources"
    compact_sources = re.sub(r"(?<=\d)[ -](?=\d)", "", source_text)
    for phone in _PHONE.findall(answer):
        digits = re.sub(r"\D", "", phone)
        if digits not in ALLOWED_NUMBERS and digits not in compact_sources:
            return "phone number not in the sources"
    return None


class LangChainAnswerer:
    """Words answers through an OpenAI-compatible chat model; see the module docstring for the guarantees."""

    def __init__(self, config: LlmConfig) -> None:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        self.config = config
        self.canary = f"PW-CANARY-{secrets.token_hex(8)}"
        system = load_prompt("system")
        human = load_prompt("answer")
        self.system_prompt = system.text
        self.prompt_version = f"system@{system.version}+answer@{human.version}"
        per_try = max(1.0, config.timeout_seconds / (config.max_retries + 1))
        model = ChatOpenAI(
            model=config.model,
            base_url=config.base_url,
            api_key=SecretStr(config.api_key or "not-needed"),
            timeout=per_try,
            max_retries=config.max_retries,
            temperature=config.temperature,
        )
        prompt = ChatPromptTemplate.from_messages([("system", system.text), ("human", human.text)])
        self.chain = prompt.partial(canary=self.canary) | model | StrOutputParser()
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm")

    def compose(
        self, *, question: str, language: UiLanguage, entries: Sequence[EntryView], grounded: str, intent: Intent
    ) -> tuple[str | None, str]:
        inputs = {
            "language": "English" if language == "en" else "Traditional Chinese (Hong Kong)",
            "intent": intent,
            "draft": grounded,
            "data": json.dumps(_entry_data(entries, language), ensure_ascii=False, indent=1),
            "question": question,
        }
        future = self._pool.submit(self.chain.invoke, inputs)
        try:
            raw = future.result(timeout=self.config.timeout_seconds)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return None, "llm timeout"
        except Exception as exc:  # network errors, 5xx after retries, malformed responses
            return None, f"llm error: {exc.__class__.__name__}"
        if not isinstance(raw, str):
            return None, "llm returned no text"
        try:
            text = check_output(
                raw,
                entries=entries,
                language=language,
                canary=self.canary,
                question=question,
                draft=grounded,
                system_prompt=self.system_prompt,
            )
        except OutputRejected as exc:
            logger.info("LLM answer rejected: %s", exc)
            return None, f"llm rejected: {exc}"
        return text, f"llm ok ({self.prompt_version})"
