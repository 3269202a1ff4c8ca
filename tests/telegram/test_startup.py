"""`pathways bot` starting and stopping as a real process against the fake Bot API: a rejected token is one
clear line with no secret anywhere in the output (even with -v, even with a password in the API URL), "is
running" is said only once Telegram has accepted the token, and SIGTERM stops a bot whose polling keeps failing
promptly and without a traceback."""

from __future__ import annotations

import io
import logging
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.telegram.logs import install_redaction
from tests.conftest import PATHWAYS, cli_env
from tests.fakes.telegram_api import TOKEN, FakeTelegramServer, Fault

PASSWORD = "pr0xy-Passw0rd-42"
WRONG_TOKEN = "987654321:AAHwrongWRONGwrongWRONGwrong_12345"
REJECTED = "Error: Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN"


def with_password(base_url: str) -> str:
    """The fake API's URL through a proxy that wants a user name and password (ignored by the fake)."""
    return base_url.replace("http://", f"http://proxy-user:{PASSWORD}@")


def secrets_of(token: str) -> list[str]:
    return [token, token.partition(":")[2], PASSWORD]


def run_bot(data: Path, token: str, base_url: str, *, verbose: bool) -> subprocess.CompletedProcess[str]:
    env = cli_env(data, TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=base_url)
    args = [PATHWAYS, *(["-v"] if verbose else []), "bot"]
    return subprocess.run(args, env=env, cwd=data.parent, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def data(bot_index: Path, tmp_path: Path) -> Path:
    """A data folder with the session's small index (so the process does not build the whole catalogue)."""
    folder = tmp_path / "data"
    shutil.copytree(bot_index, folder / "index")
    return folder


@pytest.mark.parametrize(
    ("status", "verbose"), [(401, True), (404, True), (404, False)], ids=["401-verbose", "404-verbose", "404"]
)
def test_a_rejected_token_is_one_line_without_secrets(
    fake_telegram: FakeTelegramServer, tmp_path: Path, status: int, verbose: bool
) -> None:
    api = fake_telegram.api
    token = WRONG_TOKEN if status == 401 else TOKEN  # the fake answers 401 to any token but its own
    if status == 404:
        api.fail("getMe", Fault(404, "Not Found", sticky=True))
    data = tmp_path / "data"

    result = run_bot(data, token, with_password(fake_telegram.base_url), verbose=verbose)

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for secret in secrets_of(token):
        assert secret not in output
    assert "running" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1].startswith(REJECTED), lines
    if not verbose:
        assert len(lines) == 1, lines
    assert api.calls_of("getMe") or status == 401  # 401 answers are not recorded as calls
    assert not (data / "index").exists(), "a wrong token stops the bot before the index is built"


def test_a_token_revoked_while_starting_is_reported_the_same_way(fake_telegram: FakeTelegramServer, data: Path) -> None:
    api = fake_telegram.api
    api.fail("getMe", Fault(404, "Not Found", sticky=True, when=lambda _: bool(api.calls_of("getMe"))))

    result = run_bot(data, TOKEN, with_password(fake_telegram.base_url), verbose=True)

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert "running" not in result.stdout
    assert result.stderr.strip().splitlines()[-1].startswith(REJECTED)
    for secret in secrets_of(TOKEN):
        assert secret not in output


def test_sigterm_stops_a_bot_whose_polling_keeps_failing(fake_telegram: FakeTelegramServer, data: Path) -> None:
    """After six failed getUpdates python-telegram-bot backs off for about eight seconds; SIGTERM must not wait
    for that, nor print the traceback of its last getUpdates."""
    api = fake_telegram.api
    api.fail("getUpdates", Fault(500, "Internal Server Error", sticky=True))
    env = cli_env(data, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=with_password(fake_telegram.base_url))
    process = subprocess.Popen(
        [PATHWAYS, "-v", "bot"], env=env, cwd=data.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        api.wait_for(lambda: len(api.calls_of("getUpdates")) >= 6, timeout=120)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=5)  # a bound, not a measurement: the back-off is longer
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    output = stdout + stderr
    assert process.returncode == 0, output
    assert "Traceback" not in output
    assert "is running" in stdout  # getMe succeeded, so this time it is true
    assert "getUpdates" in stderr  # the -v log did record the failing calls …
    for secret in secrets_of(TOKEN):
        assert secret not in output  # … without the token or the proxy password


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    """A handler on the root logger at DEBUG, as `pathways -v` has, writing into a string."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def test_every_log_line_is_masked_and_one_line(log_stream: io.StringIO) -> None:
    other_token = "555555555:AAHsomeOtherBotTokenThatWasNeverConfigured"
    install_redaction(WRONG_TOKEN, PASSWORD)
    log = logging.getLogger("telegram.ext.ExtBot")
    log.debug("Set Bot API URL: %s", f"http://u:{PASSWORD}@127.0.0.1:1/bot{WRONG_TOKEN}")
    logging.getLogger("httpx").warning("GET https://x:y@api.example/bot%s failed", other_token)
    try:
        raise RuntimeError(f"The token `{WRONG_TOKEN}` was rejected by the server.")
    except RuntimeError:
        log.exception("Invalid token. Aborting retry loop.")

    written = log_stream.getvalue()
    for secret in [*secrets_of(WRONG_TOKEN), other_token, "x:y@"]:
        assert secret not in written
    assert "Traceback" not in written
    assert len(written.strip().splitlines()) == 3  # one line per record, the exception folded into its line
    assert "[credentials]@127.0.0.1" in written
    assert "RuntimeError" in written
