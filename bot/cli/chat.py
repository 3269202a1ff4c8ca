"""`pathways chat`: the offline terminal chat. The same assistant and profile store as the Telegram bot, with a
local profile, so the product is usable with no token, no network and no LLM."""

from __future__ import annotations

import typer
from rich.markup import escape

from bot import services
from bot.cli.common import console, database_errors, knowledge_errors, load_settings_or_exit, show_answer
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
  /profile                       what is stored about you
  /plan                          a pathway plan for your form and interests
  /privacy                       what is kept and why
  /delete                        delete everything stored about you
  /help                          this help       /quit  leave"""

PRIVACY = (
    "Stored on this computer (the data folder): your form, interests, your last questions (for follow-ups, "
    "at most 20, deleted after 30 days) and an anonymous copy of questions (no link to you) that helps improve "
    "the knowledge base. With an LLM endpoint configured, your question and the matching course facts are sent "
    "to it. /profile shows everything; /delete removes it all."
)


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
    elif name in {"/form", "/interests"}:
        _set_profile(chat, user, name, arg)
    elif name == "/profile":
        data = repo.export_user(db, telegram_id=user)
        console.print_json(data=data) if data else console.print("Nothing is stored about you.")
    elif name == "/plan":
        show_answer(chat.assistant.plan(chat.context(user)))
    elif name == "/delete":
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
    repo.upsert_user(db, telegram_id=user)
    profile = repo.get_user(db, telegram_id=user)
    if profile is not None and not profile.has_consented:
        console.print(PRIVACY, highlight=False)
        repo.record_consent(db, telegram_id=user)
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


def chat_loop(chat: Conversation, user: int) -> None:
    console.print("[bold]DSE Pathways[/bold] — offline chat. /help for commands, /quit to leave.")
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
        show_answer(chat.ask(telegram_id=user, text=line).answer)


def start_chat(settings: Settings, user_id: int) -> None:
    """Build the index on the first run, open the assistant and the database, then chat until /quit or EOF."""
    with knowledge_errors(), database_errors(settings.resolved_database_url):
        ensure_index(settings)
        conversation = services.conversation(settings)
    chat_loop(conversation, user_id)


def chat_command(
    user_id: int = typer.Option(LOCAL_USER, "--user-id", min=1, help="Which local profile to use."),
) -> None:
    """Chat with the assistant in the terminal (offline by default)."""
    start_chat(load_settings_or_exit(), user_id)
