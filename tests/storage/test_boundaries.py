"""Storage never reads the environment: the caller owns configuration and passes the database URL.

Which packages storage may import (neither ``bot`` nor ``knowledge`` nor ``telegram``) is one of the
dependency rules in ``tests/test_architecture.py``.
"""

from __future__ import annotations

from pathlib import Path

import storage

STORAGE_DIR = Path(storage.__file__).resolve().parent


def test_storage_never_reads_the_environment() -> None:
    sources = sorted(STORAGE_DIR.rglob("*.py"))
    assert STORAGE_DIR / "repository" / "__init__.py" in sources  # the scan reaches into subpackages
    for path in sources:
        source = path.read_text(encoding="utf-8")
        for forbidden in ("os.environ", "getenv", "load_dotenv", "pydantic_settings"):
            assert forbidden not in source, f"{path.relative_to(STORAGE_DIR)} uses {forbidden}"
