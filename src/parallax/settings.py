"""Defaults and limits, in one place."""

from __future__ import annotations

import os
from pathlib import Path

#: Inputs larger than this are refused with ``TooLarge`` (documented in README.md).
MAX_INPUT_BYTES = int(os.environ.get("PARALLAX_MAX_INPUT_BYTES", 20 * 1024 * 1024))
#: statements of the speakers that alignment groups and writes in one transaction
ALIGN_BLOCK_SIZE = int(os.environ.get("PARALLAX_ALIGN_BLOCK_SIZE", 5000))
#: Article text longer than this (in characters, after extraction) is refused.
MAX_ARTICLE_CHARS = 2_000_000
#: Seconds a write waits for SQLite's write lock before giving up (SQLite ``busy_timeout``).
BUSY_TIMEOUT_S = float(os.environ.get("PARALLAX_BUSY_TIMEOUT", 120))
#: Seconds a web write waits for another process's writer lock before answering 503.
WEB_WRITE_WAIT_S = float(os.environ.get("PARALLAX_WEB_WRITE_WAIT", 10))
#: Seconds of extraction one article may take in ``run``/``extract``; over it, it is recorded
#: as failed and skipped (the batch goes on).
ARTICLE_TIME_BUDGET_S = float(os.environ.get("PARALLAX_ARTICLE_BUDGET", 60))
#: Default store file when neither --db nor PARALLAX_DB is given.
DEFAULT_DB = "parallax.db"
#: The language a brief is written in ("… said: “…”"): a claim is quoted from a report in it
#: where one exists (a user setting, not language knowledge; the packs are ``lang.AVAILABLE``).
BRIEF_LANGUAGE = "en"
#: Articles written per transaction during ingest.
INGEST_BATCH = 500

PACKAGE_DATA = Path(__file__).parent / "data"


def db_path(value: str | None = None) -> str:
    """The store location: an explicit value, else $PARALLAX_DB, else ``parallax.db``."""
    return value or os.environ.get("PARALLAX_DB") or DEFAULT_DB
