"""``copy_store``: every table of one store into another, empty one (``parallax migrate``).

Rows are copied as stored, ids and timestamps included, in the source's insertion order, so the
copy answers every query as the original does. A table a new migration adds must be listed in
``TABLES`` (the contract suite fails on a table it does not know).
"""

from __future__ import annotations

from typing import Callable

from ..errors import StoreError
from .sql import SQLStore

#: table → (columns, sort order) as in both schemas (PostgreSQL's own ``rowid``/``terms`` are rebuilt).
TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "articles": (("id", "text", "content_hash", "url", "canonical_url", "title", "outlet", "language",
                  "published", "source", "format", "synthetic", "is_primary", "duplicate_of", "fingerprint",
                  "meta", "ingested_at", "extracted_at", "extractor_version"), "rowid"),
    "near_duplicates": (("article_id", "other_id", "score"), "article_id, other_id"),
    "outlets": (("domain", "name", "country", "language", "kind"), "domain"),
    "statements": (("id", "article_id", "type", "start", '"end"', "content", "fragments", "speaker",
                    "speaker_start", "speaker_end", "speaker_name", "cue", "cue_spans", "venue", "venue_start",
                    "venue_end", "venue_name", "person_id", "person_name", "person_rule", "person_score",
                    "language", "confidence", "claim_id", "occasion_id"), "id"),
    "people": (("id", "name", "qid", "gender", "aliases", "roles", "source"), "id"),
    "corrections": (("id", "op", "a", "b", "value", "author", "note", "created_at"), "id"),
    "occasions": (("id", "person_id", "venue", "date", "label", "primary_article_id"), "id"),
    "claims": (("id", "person_id", "occasion_id", "label", "language", "centroid"), "rowid"),
    "claim_evidence": (("statement_id", "claim_id", "score", "rule"), "statement_id"),
    "coverage": (("occasion_id", "claim_id", "outlet", "article_id", "status", "statement_id", "alterations"),
                 "occasion_id, claim_id, outlet"),
    "embeddings": (("statement_id", "model", "vector"), "statement_id"),
    "facts": (("id", "version", "text", "date", "source_url", "entities", "language", "origin", "deleted",
               "created_at"), "id, version"),
    "contradictions": (("statement_id", "against_kind", "against_id", "against_version", "rule", "reason",
                        "score", "created_at"), "statement_id, against_kind, against_id"),
    "contradiction_checks": (("subject", "checked_at"), "subject"),
    # after the tables they reference (PostgreSQL checks foreign keys row by row)
    "correction_states": (("correction_id", "state", "detail", "checked_at"), "correction_id"),
    "watch_lists": (("name", "webhook", "created_at"), "name"),
    "watches": (("list", "kind", "target", "created_at"), "list, kind, target"),
    "alerts": (("id", "list", "key", "kind", "watched_kind", "watched", "title", "detail", "link", "created_at"),
               "id"),
    "deliveries": (("alert_id", "url", "status", "attempts", "next_at", "last_error", "delivered_at"), "alert_id"),
}

BATCH = 1000


def copy_store(src: SQLStore, dst: SQLStore, *, on_table: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every table of ``src`` into ``dst`` (which must hold no articles) in one transaction.

    Returns rows copied per table; ``on_table(table, rows)`` is called after each table.
    """
    if dst.count_articles():
        raise StoreError(f"{getattr(dst, 'display', dst.path)}: the target store is not empty; "
                         "migrate into a new one")
    counts: dict[str, int] = {}
    with dst._atomic():
        dst._before_copy(list(TABLES))
        for table, (cols, order) in TABLES.items():
            dst._exec(f"DELETE FROM {table}")  # a fresh store's defaults, if any
            cur = src._exec(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
            counts[table] = n = dst._copy_rows(table, cols, iter(lambda: cur.fetchmany(BATCH), []))
            if on_table is not None:
                on_table(table, n)
        dst._after_copy()
    return counts


def table_rows(store: SQLStore, table: str) -> list[tuple]:
    """Every row of one table as copied (``TABLES`` columns and order): for comparing two stores."""
    cols, order = TABLES[table]
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r)
            for r in store._rows(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")]


def table_names(store: SQLStore) -> set[str]:
    """The store's own tables (not the migrations' record, not SQLite's FTS shadow tables)."""
    from .sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        names = {r[0] for r in store._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {n for n in names if not n.startswith(("_", "sqlite_")) and "_fts" not in n}
    return {r[0] for r in store._rows("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            } - {"parallax_migrations", "statement_vocab"}  # the vocabulary is derived (a trigger keeps it)
