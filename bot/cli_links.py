"""`pathways links …`: class links for teachers. A link adds the class's preset interests to each student who
follows it (after they accept the privacy notice); the teacher sees only counts, for classes of 5 or more."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from bot import services
from bot.cli_kb import fail
from bot.config import Settings, load_settings
from bot.telegram import deeplinks
from knowledge.schema import SUBJECTS
from storage import ClassLinkInfo, Database, StorageError, UnsupportedDatabaseError, safe_url
from storage import repository as repo

links_app = typer.Typer(help="Class links for teachers: create, list and revoke.", no_args_is_help=True)
console = Console(highlight=False, soft_wrap=True)


def _settings() -> Settings:
    try:
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise fail(f"invalid settings: {problems}", 2) from None


@contextmanager
def _database(settings: Settings) -> Iterator[Database]:
    url = settings.resolved_database_url
    try:
        db = services.database(settings)
        try:
            yield db
        finally:
            db.dispose()
    except UnsupportedDatabaseError as exc:
        raise fail(f"DATABASE_URL: {exc}", 2) from None
    except SQLAlchemyError as exc:
        raise fail(f"cannot use the database at {safe_url(url)}: {type(exc).__name__}") from None
    except StorageError as exc:
        raise fail(str(exc), 2) from None


def _interests(text: str) -> list[str]:
    tags = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [tag for tag in tags if tag not in SUBJECTS]
    if unknown:
        raise fail(f"unknown interest(s) {', '.join(unknown)}; choose from: {', '.join(SUBJECTS)}", 2)
    return list(dict.fromkeys(tags))


def _username(settings: Settings, given: str | None) -> str:
    """--bot-username, else the bot's own from getMe (needs TELEGRAM_BOT_TOKEN)."""
    if given:
        name = given.lstrip("@")
        if not name.replace("_", "").isalnum():
            raise fail(f"not a Telegram username: {given!r}", 2)
        return name
    if settings.telegram_bot_token is None:
        raise fail("pass --bot-username, or set TELEGRAM_BOT_TOKEN so the bot's username can be asked from Telegram", 2)
    from bot.telegram.app import TelegramUnavailable, fetch_username

    try:
        return asyncio.run(
            fetch_username(settings.telegram_bot_token.get_secret_value(), settings.telegram_api_base_url)
        )
    except TelegramUnavailable as exc:
        raise fail(f"could not ask Telegram for the bot's username ({exc}); pass --bot-username") from None


def _state(link: ClassLinkInfo, now: dt.datetime) -> str:
    if link.revoked_at is not None:
        return "revoked"
    if link.expires_at is not None and link.expires_at <= now:
        return "expired"
    return "active"


def _as_json(link: ClassLinkInfo, url: str | None, now: dt.datetime) -> dict[str, object]:
    return {
        "code": link.code,
        "label": link.label,
        "interests": list(link.preset_interests),
        "created_at": link.created_at.isoformat(),
        "expires_at": link.expires_at.isoformat() if link.expires_at else None,
        "state": _state(link, now),
        "joined": link.join_count,
        "link": url,
    }


@links_app.command("create")
def create(
    teacher: int = typer.Option(..., "--teacher", min=1, help="The teacher's Telegram user id."),
    label: str = typer.Option(..., "--label", help="What students see, e.g. '5A Careers'."),
    interests: str = typer.Option("", "--interests", help="Preset interests, comma-separated subject tags."),
    expires_days: int | None = typer.Option(
        None, "--expires-days", min=1, help="Stop accepting students after N days."
    ),
    bot_username: str | None = typer.Option(
        None, "--bot-username", help="The bot's @username (else asked with getMe)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the link as JSON."),
) -> None:
    """Create a class link for a teacher (who gets the teacher role if new) and print its t.me link."""
    settings = _settings()
    tags = _interests(interests)
    username = _username(settings, bot_username)
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(days=expires_days) if expires_days else None
    with _database(settings) as db:
        repo.upsert_user(db, telegram_id=teacher)
        granted = repo.grant_teacher(db, telegram_id=teacher)
        link = repo.create_class_link(
            db, teacher_telegram_id=teacher, label=label, preset_interests=tags, expires_at=expires
        )
    url = deeplinks.start_link(username, deeplinks.class_payload(link.code))
    if as_json:
        print(json.dumps(_as_json(link, url, now), ensure_ascii=False))
        return
    if granted:
        console.print(f"Telegram user {teacher} now has the teacher role (the /class command in the bot).")
    console.print(f"Class link for “{link.label}” (code {link.code}):")
    print(url)


@links_app.command("list")
def list_links(
    teacher: int = typer.Option(..., "--teacher", min=1, help="The teacher's Telegram user id."),
    bot_username: str | None = typer.Option(None, "--bot-username", help="Show t.me links for this bot."),
    as_json: bool = typer.Option(False, "--json", help="Print the links as JSON."),
) -> None:
    """The teacher's class links, newest first, with how many students joined."""
    settings = _settings()
    now = dt.datetime.now(dt.UTC)
    with _database(settings) as db:
        if not repo.is_teacher(db, telegram_id=teacher):
            raise fail(f"Telegram user {teacher} is not a teacher", 1)
        links = repo.list_class_links(db, teacher_telegram_id=teacher)
    username = bot_username.lstrip("@") if bot_username else None

    def url_of(link: ClassLinkInfo) -> str | None:
        return deeplinks.start_link(username, deeplinks.class_payload(link.code)) if username else None

    if as_json:
        print(json.dumps([_as_json(link, url_of(link), now) for link in links], ensure_ascii=False, indent=2))
        return
    if not links:
        console.print("No class links yet: create one with `pathways links create`.")
        return
    table = Table(
        "code", "label", "interests", "created", "expires", "state", "joined", *(["link"] if username else [])
    )
    for link in links:
        table.add_row(
            link.code,
            link.label,
            ", ".join(link.preset_interests) or "—",
            link.created_at.date().isoformat(),
            link.expires_at.date().isoformat() if link.expires_at else "never",
            _state(link, now),
            str(link.join_count),
            *([url_of(link) or ""] if username else []),
        )
    console.print(table)


@links_app.command("revoke")
def revoke(
    code: str = typer.Argument(..., help="The link's code (from `pathways links list`)."),
    teacher: int = typer.Option(..., "--teacher", min=1, help="The teacher who owns the link."),
) -> None:
    """Stop a class link from accepting students (students who joined keep their interests)."""
    settings = _settings()
    with _database(settings) as db:
        if not repo.is_teacher(db, telegram_id=teacher):
            raise fail(f"Telegram user {teacher} is not a teacher", 1)
        revoked = repo.revoke_class_link(db, teacher_telegram_id=teacher, code=code)
    if not revoked:
        raise fail(f"no active class link {code!r} for teacher {teacher}", 1)
    console.print(f"Revoked {code}: following it now gives the normal welcome.")


def register(app: typer.Typer) -> None:
    app.add_typer(links_app, name="links")
