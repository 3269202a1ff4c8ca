"""`pathways links …`: class links for teachers. A link adds the class's preset interests to each student who
follows it (after they accept the privacy notice); the teacher sees only counts, for classes of 5 or more."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from bot.classroom.poster import poster_pdf
from bot.classroom.qr import qr_png
from bot.cli.common import USAGE, console, fail, load_settings_or_exit, open_database, print_json, say
from bot.config import Settings
from bot.telegram import deeplinks
from bot.telegram.app import TelegramUnavailable, fetch_username
from knowledge.schema import SUBJECTS
from storage import ClassLinkInfo
from storage import repository as repo

links_app = typer.Typer(help="Class links for teachers: create, list and revoke.", no_args_is_help=True)


def _interests(text: str) -> list[str]:
    tags = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [tag for tag in tags if tag not in SUBJECTS]
    if unknown:
        fail(f"unknown interest(s) {', '.join(unknown)}; choose from: {', '.join(SUBJECTS)}", USAGE)
    return list(dict.fromkeys(tags))


def _username(settings: Settings, given: str | None) -> str:
    """--bot-username, else the bot's own from getMe (needs TELEGRAM_BOT_TOKEN)."""
    if given:
        name = given.lstrip("@")
        if not name.replace("_", "").isalnum():
            fail(f"not a Telegram username: {given!r}", USAGE)
        return name
    if settings.telegram_bot_token is None:
        fail("pass --bot-username, or set TELEGRAM_BOT_TOKEN so the bot's username can be asked from Telegram", USAGE)
    try:
        return asyncio.run(
            fetch_username(settings.telegram_bot_token.get_secret_value(), settings.telegram_api_base_url)
        )
    except TelegramUnavailable as exc:
        fail(f"could not ask Telegram for the bot's username ({exc}); pass --bot-username")


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
    qr: Path | None = typer.Option(None, "--qr", help="Also write the link's QR code to this PNG file."),
    poster: Path | None = typer.Option(None, "--poster", help="Also write a printable A4 poster to this PDF file."),
) -> None:
    """Create a class link for a teacher (who gets the teacher role if new) and print its t.me link."""
    settings = load_settings_or_exit()
    tags = _interests(interests)
    username = _username(settings, bot_username)
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(days=expires_days) if expires_days else None
    with open_database(settings) as db:
        repo.upsert_user(db, telegram_id=teacher)
        granted = repo.grant_teacher(db, telegram_id=teacher)
        link = repo.create_class_link(
            db, teacher_telegram_id=teacher, label=label, preset_interests=tags, expires_at=expires
        )
    url = deeplinks.start_link(username, deeplinks.class_payload(link.code))
    _write(qr, lambda: qr_png(url))
    _write(poster, lambda: poster_pdf(class_label=link.label, link=url, language="both"))
    if as_json:
        print_json(_as_json(link, url, now))
        return
    if granted:
        say(f"Telegram user {teacher} now has the teacher role (the /class command in the bot).")
    say(f"Class link for “{escape(link.label)}” (code {link.code}):")
    typer.echo(url)


def _write(path: Path | None, make: Callable[[], bytes]) -> None:
    if path is None:
        return
    try:
        path.write_bytes(make())
    except OSError as exc:
        fail(f"could not write {path}: {exc.strerror or exc}")
    say(f"Wrote {escape(str(path))}")


@links_app.command("invite-teacher")
def invite_teacher(
    expires_days: int = typer.Option(7, "--expires-days", min=1, max=90, help="The invite stops working after N days."),
    bot_username: str | None = typer.Option(
        None, "--bot-username", help="The bot's @username (else asked with getMe)."
    ),
) -> None:
    """Create a one-time teacher invite and print its t.me link: whoever opens it first becomes a teacher."""
    settings = load_settings_or_exit()
    username = _username(settings, bot_username)
    now = dt.datetime.now(dt.UTC)
    with open_database(settings) as db:
        invite = repo.create_teacher_invite(db, expires_at=now + dt.timedelta(days=expires_days), now=now)
    say(f"One-time teacher invite, valid until {invite.expires_at.date().isoformat()} (UTC); send it privately:")
    typer.echo(deeplinks.start_link(username, deeplinks.teacher_payload(invite.code)))


@links_app.command("list")
def list_links(
    teacher: int = typer.Option(..., "--teacher", min=1, help="The teacher's Telegram user id."),
    bot_username: str | None = typer.Option(None, "--bot-username", help="Show t.me links for this bot."),
    as_json: bool = typer.Option(False, "--json", help="Print the links as JSON."),
) -> None:
    """The teacher's class links, newest first, with how many students joined."""
    settings = load_settings_or_exit()
    now = dt.datetime.now(dt.UTC)
    with open_database(settings) as db:
        if not repo.is_teacher(db, telegram_id=teacher):
            fail(f"Telegram user {teacher} is not a teacher")
        links = repo.list_class_links(db, teacher_telegram_id=teacher)
    username = bot_username.lstrip("@") if bot_username else None

    def url_of(link: ClassLinkInfo) -> str | None:
        return deeplinks.start_link(username, deeplinks.class_payload(link.code)) if username else None

    if as_json:
        print_json([_as_json(link, url_of(link), now) for link in links])
        return
    if not links:
        say("No class links yet: create one with `pathways links create`.")
        return
    table = Table(
        "code", "label", "interests", "created", "expires", "state", "joined", *(["link"] if username else [])
    )
    for link in links:
        table.add_row(
            link.code,
            escape(link.label),
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
    code: str = typer.Argument(
        ..., help="The link's code (from `pathways links list`); an older code that starts with '-' goes after `--`."
    ),
    teacher: int = typer.Option(..., "--teacher", min=1, help="The teacher who owns the link."),
) -> None:
    """Stop a class link from accepting students (students who joined keep their interests)."""
    settings = load_settings_or_exit()
    with open_database(settings) as db:
        if not repo.is_teacher(db, telegram_id=teacher):
            fail(f"Telegram user {teacher} is not a teacher")
        revoked = repo.revoke_class_link(db, teacher_telegram_id=teacher, code=code)
    if not revoked:
        fail(f"no active class link {code!r} for teacher {teacher}")
    say(f"Revoked {escape(code)}: following it now gives the normal welcome.")
