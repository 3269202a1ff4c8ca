"""Storage stays independent: it imports neither `bot` nor `knowledge`, and never reads the environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import storage

STORAGE_DIR = Path(storage.__file__).resolve().parent


def test_storage_imports_neither_bot_nor_knowledge() -> None:
    code = (
        "import sys, storage, storage.aio, storage.migrate, storage.repository\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('bot', 'knowledge', 'telegram'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_storage_never_reads_the_environment() -> None:
    for path in STORAGE_DIR.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("os.environ", "getenv", "load_dotenv", "pydantic_settings"):
            assert forbidden not in source, f"{path.relative_to(STORAGE_DIR)} uses {forbidden}"
