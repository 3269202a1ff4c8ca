"""`pathways chat`: the offline terminal chat. The same assistant and profile store as the Telegram bot, with a
local profile, so the product is usable with no token, no network and no LLM.

As in the bot, nothing about the student is stored until they accept the privacy notice (``/accept``): before
that, questions get the grounded answer with no profile, and nothing they type is kept or sent to an LLM.
"""

from __future__ import annotations

import io
import sys
import threading

import typer
from rich.markup import escape

from bot import services
from bot.assistant.assistant import Assistant
from bot.assistant.types import StudentContext
from bot.cli.common import (
    check_data_folder,
    console,
    database_errors,
    knowledge_errors,
    load_settings_or_exit,
    show_answer,
    stop_on_interrupt,
)
from bot.cli.indexing import ensure_index
from bot.config import Settings
from bot.conversation import Conversation
from knowledge.schema import SUBJECTS
from storage import ConsentRequiredError, InvalidValueError
from storage import repository as repo

LOCAL_USER = 1  # the terminal's own profile; Telegram ids of real students are never this small in practice

HELP = """Ask anything about taster programmes, micro-credentials, certificates, JUPAS or the CEF —
in English, 中文 or mixed. Commands:
  /form S4|S5|S6|after-dse       set your form
  /interests a,b,c               set interests (/interests alone lists them)
  /profile  (or /mydata)         what is stored about you
  /plan                          a pathway plan for your form and interests
  /privacy                       what is kept and why
  /accept                        agree to the privacy notice (nothing is kept before)
  /delete  (or /forget)          delete everything stored about you
  /help                          this help       /quit  leave"""

PRIVACY = (
    "Stored on this computer (the data folder): your form, interests, your last questions (for follow-ups, "
    "at most 20, deleted after 30 days) and an anonymous copy of questions (no link to you) that helps improve "
    "the knowledge base. With an LLM endpoint configured, your question and the matching course facts are sent "
    "to it. /profile shows everything; /delete removes it all.\n"
    "儲存喺呢部電腦（資料夾）嘅資料：你嘅年級、興趣、你最近問過嘅問題（用嚟跟進上文，最多 20 條，30 日後刪除），"
    "同埋一份冇連結到你嘅匿名問題紀錄，用嚟改善資料庫。如果設定咗 LLM 服務，你嘅問題同相關課程資料會傳送俾佢。"
    "/profile 顯示全部資料；/delete 全部刪除。"
)
ASK_CONSENT = (
    "Type /accept to agree. Until you do, nothing about you is kept: you get general answers, and what you type "
    "is not stored.\n"
    "輸入 /accept 表示同意。喺你同意之前，我唔會保留任何關於你嘅資料：你一樣會得到一般答案，你輸入嘅內容唔會被儲存。"
)
ACCEPTED = "Thank you! /delete removes everything any time. 多謝！你隨時可以用 /delete 刪除全部資料。"
NOT_YET = "Not saved: nothing is kept until you agree to the privacy notice (/accept). 未儲存：你同意之前我唔會保留資料（/accept）。"


def has_consented(chat: Conversation, user: int) -> bool:
    profile = repo.get_user(chat.db, telegram_id=user)
    return profile is not None and profile.has_consented


def _accept(chat: Conversation, user: int) -> None:
    """The first write about the student, as when they tap "I agree" in the bot."""
    if not has_consented(chat, user):
        repo.upsert_user(chat.db, telegram_id=user)
        repo.record_consent(chat.db, telegram_id=user)
    console.print(ACCEPTED, highlight=False)


def _command(line: str, chat: Conversation, user: int) -> bool:
    """Handle a /command; False when the chat should end."""
    name, _, arg = line.partition(" ")
    arg = arg.strip()
    db = chat.db
    if name in {"/quit", "/exit"}:
        return False
    if name == "/help":
        console.print(HELP, highlight=False)
    elif name == "/privacy":
        console.print(PRIVACY, highlight=False)
        if not has_consented(chat, user):
            console.print(ASK_CONSENT, highlight=False)
    elif name in {"/accept", "/agree"}:
        _accept(chat, user)
    elif name in {"/form", "/interests"}:
        _set_profile(chat, user, name, arg)
    elif name in {"/profile", "/mydata"}:  # the bot's names work here too: the assistant tells of both
        data = repo.export_user(db, telegram_id=user)
        console.print_json(data=data) if data else console.print("Nothing is stored about you.")
    elif name == "/plan":
        if has_consented(chat, user):
            show_answer(chat.assistant.plan(chat.context(user)))
        else:
            show_answer(Assistant(chat.assistant.searcher).plan(StudentContext()))
    elif name in {"/delete", "/forget"}:
        removed = repo.delete_user(db, telegram_id=user)
        console.print(f"Deleted everything stored about you ({sum(removed.values())} rows).")
    else:
        console.print(f"Unknown command {escape(name)}. /help lists them.")
    return True


def _set_profile(chat: Conversation, user: int, name: str, arg: str) -> None:
    db = chat.db
    if name == "/interests" and not arg:
        console.print("Interests: " + ", ".join(f"{k} ({en} / {zh})" for k, (en, zh) in SUBJECTS.items()))
        return
    if not has_consented(chat, user):
        console.print(NOT_YET, highlight=False)
        return
    try:
        if name == "/form":
            repo.set_form(db, telegram_id=user, form=arg or None)
        else:
            wanted = [part.strip() for part in arg.replace("，", ",").split(",") if part.strip()]
            unknown = [w for w in wanted if w not in SUBJECTS]
            if unknown:
                console.print(f"Unknown interest(s): {', '.join(unknown)}. /interests lists them.")
                return
            repo.set_interests(db, telegram_id=user, interests=wanted)
    except (InvalidValueError, ConsentRequiredError) as exc:
        console.print(f"Not saved: {exc}")
        return
    console.print("Saved.")


def tolerate_bad_bytes() -> None:
    """Bytes that are not valid text on stdin become U+FFFD instead of stopping the chat with a traceback."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")


def chat_loop(chat: Conversation, user: int) -> None:
    console.print("[bold]DSE Pathways[/bold] — offline chat. /help for commands, /quit to leave.")
    tolerate_bad_bytes()
    if not has_consented(chat, user):
        console.print(PRIVACY, highlight=False)
        console.print(ASK_CONSENT, highlight=False)
    # Before consent: the grounded composer over the same index, with no profile; nothing stored, no LLM.
    anonymous = Assistant(chat.assistant.searcher)
    # Fitted while the student reads the welcome and types, not on their first message (seconds). Both
    # assistants share the fitted models, and a question asked before this ends waits for it.
    threading.Thread(target=anonymous.understander.warm, name="warm-up", daemon=True).start()
    while True:
        try:
            line = console.input("[cyan]you ›[/cyan] ").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not line:
            continue
        if line.startswith("/"):
            if not _command(line, chat, user):
                return
            continue
        if has_consented(chat, user):
            show_answer(chat.ask(telegram_id=user, text=line).answer)
        else:
            show_answer(anonymous.answer(line, StudentContext()))


def start_chat(settings: Settings, user_id: int) -> None:
    """Build the index on the first run, open the assistant and the database, then chat until /quit or EOF.
    A failure on the way (a full disk, a database gone) ends the chat with one error line."""
    check_data_folder(settings)
    with stop_on_interrupt(), knowledge_errors(), database_errors(settings.resolved_database_url):
        ensure_index(settings)
        conversation = services.conversation(settings)
        chat_loop(conversation, user_id)


def chat_command(
    user_id: int = typer.Option(LOCAL_USER, "--user-id", min=1, help="Which local profile to use."),
) -> None:
    """Chat with the assistant in the terminal (offline by default)."""
    start_chat(load_settings_or_exit(), user_id)
