"""`pathways ask "QUESTION"`: one answer from the assistant, for scripts and quick checks."""

from __future__ import annotations

import typer

from bot import services
from bot.cli.common import (
    check_data_folder,
    database_errors,
    knowledge_errors,
    load_settings_or_exit,
    print_json,
    show_answer,
)

SOURCE_FIELDS = ("id", "title", "refs", "url", "seen")  # what a script needs of each source


def ask_command(
    question: str = typer.Argument(..., help="The question, as a student would ask it."),
    user_id: int | None = typer.Option(None, "--user-id", min=1, help="Answer for this student's profile."),
    as_json: bool = typer.Option(False, "--json", help="Print the Answer as JSON."),
) -> None:
    """Ask the assistant one question."""
    settings = load_settings_or_exit()
    check_data_folder(settings)
    if user_id is None:
        with knowledge_errors():  # no profile: the database is not opened at all
            answer = services.assistant(settings).answer(question)
    else:
        with knowledge_errors(), database_errors(settings.resolved_database_url):
            answer = services.conversation(settings).ask(telegram_id=user_id, text=question).answer
    if as_json:
        data = answer.as_json()
        data["sources"] = [{key: source[key] for key in SOURCE_FIELDS} for source in data["sources"]]
        print_json(data)
    else:
        show_answer(answer)
