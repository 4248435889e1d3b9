"""SQLite backend on sqlite-utils: one file, WAL journal, FTS5 kept current by triggers.

Every batch write runs in one transaction (``_atomic``; nested calls become savepoints), so a
crash mid-batch leaves the store as it was before the batch.

Concurrency: one writer at a time, by design. Write transactions begin ``IMMEDIATE`` (they
take SQLite's write lock first, so a busy store is waited for under ``busy_timeout`` instead
of failing on a lock upgrade), and writing commands hold the store's writer lock, a file lock
beside the database (``lock_writes``), for their whole run: a second writer waits and says
so. Readers take no lock: WAL lets them read while a long ``run`` writes.
"""

from __future__ import annotations

import fcntl
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import sqlite_utils

from .. import settings
from ..errors import StoreBusy, StoreError
from ..model import Article
from .migrations import migrations
from .sql import _ARTICLE_COLS, SQLStore, _article

_FTS_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


#: indexes on columns that a later stage fills (claims and occasions come after extraction): their
#: statistics are left to the planner's defaults, which assume a selective index
LATE_FILLED_INDEXES = ("statements_claim", "statements_occasion")


def _fts_query(query: str) -> str:
    """User words → an FTS5 query of quoted terms, so punctuation in articles' words cannot inject syntax."""
    query = _FTS_CONTROL.sub(" ", query)  # FTS5 ends a string at NUL ("unterminated string")
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words)


#: Writer-lock files this process holds (flock does not stop a second open in one process).
_HELD_HERE: set[str] = set()

class SQLiteStore(SQLStore):
    """The default store: ``SQLiteStore("parallax.db")`` or ``SQLiteStore(":memory:")``.

    >>> store = SQLiteStore(":memory:")
    >>> store.count_articles()
    0
    """

    #: ``a.published`` as the Julian day of its UTC instant (an offset is applied; none is UTC).
    PUBLISHED_INSTANT = "julianday(a.published)"

    def __init__(self, path: str | Path, *, writer: bool = False, on_wait=None) -> None:
        """Open (and migrate) the store; ``writer=True`` first takes the writer lock (``lock_writes``),
        so that even a fresh store is created and migrated by one process at a time."""
        self.path = str(path)
        self._lock_fd: int | None = None
        if writer:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.lock_writes(on_wait=on_wait)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False,
                                   timeout=settings.BUSY_TIMEOUT_S)
            conn.execute(f"PRAGMA busy_timeout = {int(settings.BUSY_TIMEOUT_S * 1000)}")
            self.db = sqlite_utils.Database(conn)
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            migrations.apply(self.db)
        except sqlite3.DatabaseError as e:
            self.unlock_writes()
            raise StoreError(f"{self.path}: cannot open the store: {e}") from e

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """One write transaction, begun IMMEDIATE (nested: a savepoint)."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        conn.execute("COMMIT")

    # ----------------------------------------------------------- writer lock
    @property
    def lock_path(self) -> str | None:
        """The writer lock file beside the database (None for ``:memory:``)."""
        return None if self.path == ":memory:" else self.path + ".lock"

    def lock_writes(self, *, on_wait=None, timeout: float | None = None) -> None:
        """Become the store's one writer until ``unlock_writes`` or ``close``.

        Args:
            on_wait: called once with the holder's pid (or None) when another process holds
                the lock, before waiting: commands print a message.
            timeout: seconds to wait at most (None: as long as it takes).

        Raises:
            StoreBusy: still held by another process after ``timeout`` seconds.
        """
        if self.lock_path is None or self._lock_fd is not None:
            return
        key = os.path.realpath(self.lock_path)
        deadline = None if timeout is None else time.monotonic() + timeout
        while key in _HELD_HERE:  # flock would wait for ever on a lock this very process holds
            if deadline is None or time.monotonic() >= deadline:
                raise StoreBusy(f"{self.path}: the store's writer lock is held by another connection of "
                                "this process")
            time.sleep(0.05)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not self._try_lock(fd):
                holder = self._holder(fd)
                if on_wait is not None:
                    on_wait(holder)
                if deadline is None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                else:
                    while not self._try_lock(fd):
                        if time.monotonic() >= deadline:
                            raise StoreBusy(f"{self.path}: the store is busy: another parallax process "
                                            f"(pid {holder or '?'}) is writing to it; try again when it is done")
                        time.sleep(0.05)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd
        _HELD_HERE.add(key)

    @staticmethod
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    @staticmethod
    def _holder(fd: int) -> int | None:
        try:
            return int(os.pread(fd, 32, 0).decode().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def unlock_writes(self) -> None:
        if self._lock_fd is not None:
            fd, self._lock_fd = self._lock_fd, None
            _HELD_HERE.discard(os.path.realpath(self.lock_path))
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _holds_writer(self) -> bool:
        return self._lock_fd is not None

    def close(self) -> None:
        """Close the connection; one that wrote first refreshes the planner's statistics where they
        went stale (``PRAGMA optimize``: a big ingest or run otherwise leaves plans for the old sizes)."""
        try:
            if self.path != ":memory:" and self.db.conn.total_changes:
                self.db.conn.execute("PRAGMA busy_timeout = 200")  # never wait long on another writer
                self.db.conn.execute("PRAGMA optimize")
                # statistics taken before a later stage fills these columns (all NULL after extraction)
                # call the index useless, and the corpus-level stage then scans statements per claim
                self.db.conn.execute("DELETE FROM sqlite_stat1 WHERE idx IN (%s)"
                                     % ", ".join("?" * len(LATE_FILLED_INDEXES)), LATE_FILLED_INDEXES)
                self.db.conn.commit()
        except sqlite3.Error:
            pass  # closed already, or another writer holds the lock: its own close will do it
        try:
            self.db.conn.close()
        finally:
            self.unlock_writes()


    # ------------------------------------------------ SQLStore primitives
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def _execmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.db.conn.executemany(sql, rows)

    def _article_order_from(self, where: str) -> str:
        # CROSS JOIN: SQLite keeps the articles as the outer loop, read in index order
        join = " JOIN articles a ON a.id = s.article_id"
        if not where.startswith(join):
            return f" FROM statements s{where}"
        return f" FROM articles a CROSS JOIN statements s ON a.id = s.article_id{where[len(join):]}"

    # ------------------------------------------------------ full-text (FTS5)
    def _statement_match(self, query: str) -> tuple[str, str, list] | None:
        q = _fts_query(query)
        if not q:
            return None
        return " JOIN statements_fts f ON f.rowid = s.rowid", "statements_fts MATCH ?", [q]

    def _terms_match(self, groups: Sequence[Sequence[str]], window: int | None = None) -> tuple[str, list] | None:
        parts = []
        for prefixes in groups:
            words = [_FTS_CONTROL.sub(" ", p).replace('"', '""').strip() for p in prefixes]
            words = [w for w in words if w]
            if not words:
                return None
            parts.append("(" + " OR ".join(f'"{w}"*' for w in words) + ")")
        sub = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
        if window is not None:  # FTS5 reads its doclists newest first and stops
            sub += f" ORDER BY rowid DESC LIMIT {int(window)}"
        return f"s.rowid IN ({sub})", [" AND ".join(parts)]

    def search_articles(self, query: str, limit: int = 50) -> list[Article]:
        q = _fts_query(query)
        if not q:
            return []
        cols = ", ".join(f"articles.{c.strip()}" for c in _ARTICLE_COLS.split(","))
        rows = self._rows(
            f"SELECT {cols} FROM articles JOIN articles_fts ON articles_fts.rowid = articles.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (q, limit))
        return [_article(r) for r in rows]

    # ---- ingest ----
    def integrity_check(self) -> list[str]:
        """SQLite's ``PRAGMA integrity_check``: ``["ok"]`` for a sound file, else the problems found."""
        return [r[0] for r in self._rows("PRAGMA integrity_check")]

