"""What every `pathways` command shares: loading the settings, the one error style, the mapping of database and
knowledge-base failures to exit codes, and the output helpers.

Every failure the operator can cause ends with one line on stderr, ``Error: <what happened and what to do>``, and
a non-zero exit status, never a traceback: exit 2 (:data:`USAGE`) for bad input or configuration, as click uses
for its own usage errors, and exit 1 (:data:`FAILURE`) for everything else.
"""

from __future__ import annotations

import errno
import json
import re
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final, NoReturn

import click
import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from bot import services
from bot.config import Settings, load_settings
from bot.telegram.logs import install_redaction, redact

if TYPE_CHECKING:
    from bot.assistant.types import Answer
    from storage import Database

# The knowledge and storage errors are imported by the handlers that catch them: loading SQLAlchemy, numpy and
# LangChain at the top would cost every command (even `--help`) most of a second.

FAILURE: Final = 1
USAGE: Final = 2

console = Console()
# Errors and progress go to stderr, never wrapped, so each error stays one line whatever the terminal's width.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


# ----------------------------------------------------------------------------------------------------------
# Errors


def fail(message: str, code: int = FAILURE) -> NoReturn:
    """Print the one error line and stop with ``code``."""
    err_console.print(f"[red]Error:[/red] {escape(message)}")
    raise typer.Exit(code)


def load_settings_or_exit() -> Settings:
    """The settings, or a usage error naming each invalid variable (every command starts here). From here on
    the configured secrets are masked in every log line, whatever the command and however verbose."""
    try:
        settings = load_settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        fail(f"invalid settings: {problems}", USAGE)
    install_redaction(*configured_secrets(settings))
    return settings


def configured_secrets(settings: Settings) -> list[str | None]:
    """The bot token, the API key and the password of every configured URL (as written and decoded)."""
    secrets = [s.get_secret_value() if s else None for s in (settings.telegram_bot_token, settings.openai_api_key)]
    for url in (settings.telegram_api_base_url, settings.openai_base_url, settings.database_url):
        try:
            password = urllib.parse.urlsplit(url or "").password
        except ValueError:  # a malformed URL: the generic user:password@ mask still applies
            continue
        secrets += [password, urllib.parse.unquote(password or "")]
    return secrets


@contextmanager
def stop_on_interrupt() -> Iterator[None]:
    """Ctrl-C during a long step (building the index on a first run): a short line, not a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        err_console.print("Interrupted.")
        raise typer.Exit(130) from None


_OS_REASONS: Final = {
    errno.ENOTDIR: "a file is where a folder should be (check PATHWAYS_DATA_DIR)",
    errno.EEXIST: "a file is where a folder should be (check PATHWAYS_DATA_DIR)",
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file cannot grow (the disk or the file size limit is full)",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def os_problem(exc: OSError) -> str:
    """An operating-system error as one line: which file and what is wrong with it, in plain words."""
    reason = _OS_REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__
    return f"cannot use {exc.filename or 'the data folder'}: {reason}"


def check_data_folder(settings: Settings) -> None:
    """Stop with one line when a file sits where the data folder or its index folder should be (checked before
    anything reads the index, whose own message would send the operator to `kb refresh`, which cannot help)."""
    for folder in (settings.data_dir, settings.index_dir):
        path = folder.expanduser()
        while not path.exists() and path != path.parent:  # the nearest part of the path that exists
            path = path.parent
        if not path.is_dir():
            fail(f"cannot use {path}: a file is where a folder should be (check PATHWAYS_DATA_DIR)")


_STORAGE_TROUBLE: Final = re.compile(r"disk I/O error|disk is full|readonly database|read-only", re.IGNORECASE)


def _from_index_store(exc: Exception) -> bool:
    """An error raised by Chroma itself (e.g. "disk I/O error" on a full disk). Recognised by module, because
    importing chromadb here would slow every command's start."""
    return type(exc).__module__.split(".")[0] == "chromadb"


@contextmanager
def knowledge_errors() -> Iterator[None]:
    """No index, an embedding backend that fails or a bad evaluation file: exit 1; any other bad value: exit 2."""
    from knowledge.embeddings import EmbeddingError
    from knowledge.evaluation import EvalError
    from knowledge.store import IndexUnavailable

    try:
        yield
    except (IndexUnavailable, EmbeddingError, EvalError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(os_problem(exc))
    except ValueError as exc:
        fail(str(exc), USAGE)
    except Exception as exc:
        if not _from_index_store(exc):
            raise
        fail(f"the knowledge index cannot be used: {_first_line(exc)} (is the disk full or the folder read-only?)")


def _first_line(exc: BaseException) -> str:
    """The database's own first line of explanation, without SQLAlchemy's boilerplate (or the SQL and values)."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


def check_database_url(url: str) -> None:
    """Stop with a usage error for a DATABASE_URL that cannot work: unparseable, an unsupported database, or
    an in-memory SQLite database (each connection would get its own empty one, and the data would be lost)."""
    from storage import UnsupportedDatabaseError
    from storage.engine import normalise_url

    try:
        parsed = normalise_url(url)
    except UnsupportedDatabaseError as exc:
        fail(f"DATABASE_URL: {exc}", USAGE)
    except ValueError:  # e.g. a port that is not a number; the text is Python's, not the URL's problem
        fail(
            "DATABASE_URL: not a valid database URL (check the host and port; special characters in the password "
            "must be percent-encoded)",
            USAGE,
        )
    database = parsed.database or ""
    if parsed.get_backend_name() == "sqlite" and (
        database in ("", ":memory:") or database.startswith("file::memory:") or "mode=memory" in str(parsed)
    ):
        fail(
            "DATABASE_URL: an in-memory SQLite database keeps nothing; use sqlite:///path/to/pathways.db "
            "(or leave DATABASE_URL unset for the data folder)",
            USAGE,
        )


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """The one mapping of database failures: a bad DATABASE_URL or a value the database refuses is a usage
    error; an unreachable or broken database is a failure. The URL is shown without its password."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage import InvalidValueError, StorageError, UnsupportedDatabaseError, safe_url

    check_database_url(url)
    try:
        yield
    except UnsupportedDatabaseError as exc:
        fail(f"DATABASE_URL: {exc}", USAGE)
    except InvalidValueError as exc:
        fail(str(exc), USAGE)
    except StorageError as exc:  # before OSError: NotATeacherError is also a PermissionError
        fail(str(exc))
    except SQLAlchemyError as exc:
        reason = redact(_first_line(exc))
        hint = " (is the disk full or the folder read-only?)" if _STORAGE_TROUBLE.search(reason) else ""
        fail(f"cannot use the database at {safe_url(url)}: {reason}{hint}")
    except OSError as exc:  # the data folder the SQLite file goes in, or a file next to it
        fail(os_problem(exc))


@contextmanager
def open_database(settings: Settings) -> Iterator[Database]:
    """The database, migrated to the newest schema (created if need be), closed afterwards."""
    with database_errors(settings.resolved_database_url):
        db = services.database(settings)
        try:
            yield db
        finally:
            db.dispose()


def confirm_or_stop(question: str, *, yes: bool) -> None:
    """Ask before a destructive change; anything but a yes (including no stdin, as in CI) changes nothing."""
    if yes:
        return
    try:
        confirmed = typer.confirm(question, default=False)
    except (typer.Abort, click.exceptions.Abort):  # no stdin (CI) or Ctrl-C
        confirmed = False
    if not confirmed:
        fail("not confirmed; nothing was changed (pass --yes to skip the question)")


# ----------------------------------------------------------------------------------------------------------
# Output


def print_json(data: Any) -> None:
    """``--json`` output for scripts: plain indented JSON on stdout, non-ASCII text kept as it is."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def say(message: str) -> None:
    """One status line (Rich markup allowed), never wrapped, so a path or a link stays whole for copying."""
    console.print(message, highlight=False, soft_wrap=True)


def show_answer(answer: Answer) -> None:
    """An answer as the terminal shows it: a panel coloured by scope, then its sources and suggestions."""
    style = {"answer": "green", "no_answer": "yellow", "support": "magenta"}.get(answer.scope, "red")
    console.print(Panel(escape(answer.text), border_style=style, title=f"{answer.scope} · {answer.mode}"))
    for source in answer.sources:
        year = source.seen or "year unknown"
        console.print(f"  [dim]source:[/dim] {escape(source.title)} ({year}) {source.url}", highlight=False)
    if answer.suggestions:
        console.print("  [dim]try:[/dim] " + " · ".join(escape(s.label) for s in answer.suggestions))
