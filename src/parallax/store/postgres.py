"""PostgreSQL backend: the shared SQL of ``sql.py`` over psycopg 3, for a team's shared store.

``open_store("postgresql://user@host/db")`` (or ``--db`` / ``PARALLAX_DB``) opens it; the
``[pg]`` extra installs psycopg. The schema is migrated on open (``pg_migrations.py``): each
migration runs in one transaction with its row in ``parallax_migrations``, under an advisory
lock so that two processes opening a fresh database migrate it once.

Behaviour is SQLite's (the contract suite, ``tests/store/test_contract.py``, runs on both):
* every batch write is one transaction (nested: a savepoint);
* one writer at a time: writing commands hold a session advisory lock on the database for
  their whole run, where SQLite holds its lock file; readers never wait;
* full-text search matches the terms FTS5 would make (``terms.py``), stored per row in a
  GIN-indexed ``terms`` array, so Russian, Ukrainian and English words are found in the
  same inflected forms on both backends, whatever the server's locale;
* text sorts by code point (``COLLATE "C"``) and NULL dates first, as in SQLite.

Parameters are bound client-side (psycopg's ``ClientCursor``, values quoted by psycopg), so the
shared SQL's untyped ``? IS NULL`` tests work as in SQLite.
"""

from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from ..errors import StoreBusy, StoreError
from ..model import Article, Statement
from . import redact
from .pg_migrations import MIGRATIONS, NOW
from .sql import _ARTICLE_COLS, SQLStore, _article
from .terms import term_set, terms

#: Advisory lock keys (two int4: "para", n): the writer lock and the migration lock.
_WRITER_KEY = (0x70617261, 1)
_MIGRATE_KEY = (0x70617261, 2)
#: Writer locks this process holds, by URL (a second connection would wait on the first for ever).
_HELD_HERE: set[str] = set()


@lru_cache(maxsize=2048)
def _pg_sql(sql: str) -> str:
    """The shared SQL's ``?`` placeholders as psycopg's ``%s`` (literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    """The store in a PostgreSQL database: ``PostgresStore("postgresql://localhost/parallax")``."""

    NOW = NOW
    #: SQLite's ``julianday(a.published)``: the Julian day of the UTC instant for an ISO-8601 date
    #: or time (an offset is applied, none is UTC), NULL for anything else: ``parallax_instant``
    #: (migration 0004_scale), which the article order's index is built on.
    PUBLISHED_INSTANT = "parallax_instant(a.published)"

    def __init__(self, url: str, *, writer: bool = False, on_wait=None, stop_before: str | None = None) -> None:
        """Connect and migrate (``stop_before``: leave that migration and later ones pending, for tests)."""
        try:
            import psycopg
        except ImportError as e:  # pragma: no cover - depends on the install
            raise StoreError("the PostgreSQL backend needs psycopg: pip install 'parallax[pg]'") from e
        self.path = url
        self._psycopg = psycopg
        self._locked = False
        try:
            self.conn = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor,
                                        application_name=f"parallax pid {os.getpid()}",
                                        connect_timeout=10)
        except psycopg.Error as e:
            raise StoreError(f"{redact(url)}: cannot open the store: {str(e).strip()}") from e
        try:
            if writer:
                self.lock_writes(on_wait=on_wait)
            self.migrate(stop_before=stop_before)
        except psycopg.Error as e:
            self.close()
            raise StoreError(f"{redact(url)}: cannot open the store: {str(e).strip()}") from e
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------ migrations
    def migrate(self, *, stop_before: str | None = None) -> list[str]:
        """Apply pending migrations in order, each in one transaction; return the names applied."""
        done: list[str] = []
        self.conn.execute("SELECT pg_advisory_lock(%s, %s)", _MIGRATE_KEY)
        try:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS parallax_migrations (name TEXT PRIMARY KEY, "
                f"applied_at TEXT NOT NULL DEFAULT ({NOW}))")
            applied = {r[0] for r in self.conn.execute("SELECT name FROM parallax_migrations").fetchall()}
            for name, ddl in MIGRATIONS:
                if name == stop_before:
                    break
                if name in applied:
                    continue
                with self.conn.transaction():
                    self.conn.execute(ddl)
                    self.conn.execute("INSERT INTO parallax_migrations (name) VALUES (%s)", (name,))
                done.append(name)
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s, %s)", _MIGRATE_KEY)
        return done

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM parallax_migrations ORDER BY name").fetchall()]

    # ------------------------------------------------ SQLStore primitives
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(_pg_sql(sql), list(params))

    def _execmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg_sql(sql), [list(r) for r in rows])

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def _ids_concat(self, col: str) -> str:
        return f"string_agg({col}, ' ')"

    # ------------------------------------------------------ full-text search
    def _article_extra(self, a: Article) -> dict[str, Any]:
        return {"terms": term_set(a.title, a.text)}

    def _statement_extra(self, s: Statement) -> dict[str, Any]:
        return {"terms": term_set("\x1f".join(f.text for f in s.content),
                                  s.speaker.text if s.speaker else None, s.person_name)}

    def _statement_match(self, query: str) -> tuple[str, str, list] | None:
        words = sorted(set(terms(query)))
        if not words:
            return None
        return "", "s.terms @> ?", [words]

    def _terms_match(self, groups: Sequence[Sequence[str]], window: int | None = None) -> tuple[str, list] | None:
        # FTS5's ``"a b"*``: a phrase whose last term is a prefix; here its other terms must be
        # present and one of the row's terms must start with the last: the prefix is read in
        # ``statement_vocab`` (a B-tree range, terms hold no % or _) into the terms it stands for,
        # which the GIN index of ``terms`` finds. They go into the query as a constant, so that the
        # planner sees how common they are (a rare word: the GIN index; a common one: newest first)
        # and a prefix that stands for no term costs nothing.
        clauses, params = [], []
        for prefixes in groups:
            alternatives = []
            for p in prefixes:
                words = terms(p)
                if not words:
                    continue
                found = [r[0] for r in self._rows("SELECT term FROM statement_vocab WHERE term LIKE ? ORDER BY term",
                                                  (words[-1] + "%",))]
                if not found:
                    continue
                clause = "s.terms && ?"
                params_p: list = [found]
                if len(words) > 1:
                    clause = f"(s.terms @> ? AND {clause})"
                    params_p.insert(0, sorted(set(words[:-1])))
                alternatives.append(clause)
                params.extend(params_p)
            if not alternatives:
                return None
            clauses.append("(" + " OR ".join(alternatives) + ")")
        where = " AND ".join(clauses)
        if window is None:
            return where, params
        # The window as a lower bound on rowid (its oldest row), not a set: the page's own query
        # then reads matches newest first from the rowid index and stops at its LIMIT, where
        # ``rowid IN (window)`` read and joined every row of the window before sorting them.
        return (f"({where} AND s.rowid >= coalesce((SELECT min(w.rowid) FROM (SELECT s.rowid FROM statements s "
                f"WHERE {where} ORDER BY s.rowid DESC LIMIT {int(window)}) w), 0))", params + params)

    def search_articles(self, query: str, limit: int = 50) -> list[Article]:
        """Articles holding every word of ``query``; shortest first (FTS5's bm25 favours short texts)."""
        words = sorted(set(terms(query)))
        if not words:
            return []
        return [_article(r) for r in self._rows(
            f"SELECT {_ARTICLE_COLS} FROM articles WHERE terms @> ? ORDER BY length(text), rowid LIMIT ?",
            (words, limit))]

    def reindex(self) -> int:
        """Recompute every article's and statement's search terms (after a bulk copy); return rows."""
        n = 0
        with self._atomic():
            for table, cols in (("articles", "title, text"), ("statements", "content, speaker, person_name")):
                cur = self.conn.cursor(name=f"parallax_reindex_{table}")  # server-side: a million rows stream
                cur.execute(f"SELECT id, {cols} FROM {table}")
                while rows := cur.fetchmany(5000):
                    self._execmany(f"UPDATE {table} SET terms = ? WHERE id = ?",
                                   [(term_set(*texts), rid) for rid, *texts in rows])
                    n += len(rows)
                cur.close()
        return n

    #: Columns whose search terms a copied row gets (as ``reindex`` computes them).
    _TERMS_OF = {"articles": ("title", "text"), "statements": ("content", "speaker", "person_name")}

    def _before_copy(self, tables: Sequence[str]) -> None:
        # A million rows load faster without their secondary indexes (each rebuilt in one sort
        # by ``_after_copy``) and without the vocabulary trigger (filled in one statement).
        self._copy_indexes = self._rows(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename = ANY(?) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)",
            (list(tables),))
        for name, _ in self._copy_indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        self._exec("ALTER TABLE statements DISABLE TRIGGER statements_vocab")

    def _copy_rows(self, table: str, cols: Sequence[str], batches: Iterable[Sequence[tuple]]) -> int:
        # COPY, with the rows' search terms computed on the way (no second pass over the table)
        of = [cols.index(c) for c in self._TERMS_OF.get(table, ())]
        names = ", ".join([*cols, "terms"] if of else cols)
        n = 0
        with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for rows in batches:
                for r in rows:
                    copy.write_row((*r, term_set(*(r[i] for i in of))) if of else r)
                n += len(rows)
        return n

    def _after_copy(self) -> None:
        for _, ddl in getattr(self, "_copy_indexes", ()):
            self.conn.execute(ddl)
        self._copy_indexes = []
        self._exec("INSERT INTO statement_vocab SELECT DISTINCT unnest(terms) FROM statements ON CONFLICT DO NOTHING")
        self._exec("ALTER TABLE statements ENABLE TRIGGER statements_vocab")
        self._exec("ANALYZE")
        for table in ("corrections", "alerts"):
            self._exec(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")

    # ----------------------------------------------------------- writer lock
    def lock_writes(self, *, on_wait=None, timeout: float | None = None) -> None:
        """Become the store's one writer (a session advisory lock) until ``unlock_writes`` or ``close``.

        ``on_wait(pid)`` is called once, with the holder's process id when it is a parallax
        process, before waiting; ``StoreBusy`` after ``timeout`` seconds (None: wait for ever).
        """
        if self._locked:
            return
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.path in _HELD_HERE:
            if deadline is None or time.monotonic() >= deadline:
                raise StoreBusy(f"{redact(self.path)}: the store's writer lock is held by another connection "
                                "of this process")
            time.sleep(0.05)
        if not self._try_lock():
            holder = self._holder()
            if on_wait is not None:
                on_wait(holder)
            while not self._try_lock():
                if deadline is not None and time.monotonic() >= deadline:
                    raise StoreBusy(f"{redact(self.path)}: the store is busy: another parallax process "
                                    f"(pid {holder or '?'}) is writing to it; try again when it is done")
                time.sleep(0.05)
        self._locked = True
        _HELD_HERE.add(self.path)

    def _try_lock(self) -> bool:
        return bool(self.conn.execute("SELECT pg_try_advisory_lock(%s, %s)", _WRITER_KEY).fetchone()[0])

    def _holder(self) -> int | None:
        row = self.conn.execute(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = %s AND l.objid = %s AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            _WRITER_KEY).fetchone()
        m = re.fullmatch(r"parallax pid (\d+)", row[0] or "") if row else None
        return int(m.group(1)) if m else None

    def unlock_writes(self) -> None:
        if self._locked:
            self._locked = False
            _HELD_HERE.discard(self.path)
            if not self.conn.closed:
                self.conn.execute("SELECT pg_advisory_unlock(%s, %s)", _WRITER_KEY)

    def _holds_writer(self) -> bool:
        return self._locked

    def close(self) -> None:
        try:
            if self._locked:
                self.unlock_writes()
        except self._psycopg.Error:
            pass
        finally:
            if self._locked:
                self._locked = False
                _HELD_HERE.discard(self.path)
            self.conn.close()

    # ---- ingest ----
    def integrity_check(self) -> list[str]:
        """``["ok"]`` when the server answers and every migration is applied, else the problems."""
        missing = [name for name, _ in MIGRATIONS if name not in set(self.applied_migrations())]
        return [f"migration {m} not applied" for m in missing] or ["ok"]
