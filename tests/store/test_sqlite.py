"""The SQLite store: migrations, duplicates, statements round-trip, FTS, transactions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from parallax.errors import NotFound
from parallax.model import Article, Kind, Span, Statement
from parallax.store import open_store

TEXT = "Лукашенко заявил: «Это глупость». He said “nobody is going to fight there”."


def _article(aid="a1", text=TEXT, **kw) -> Article:
    return Article(id=aid, text=text, content_hash="h-" + aid, **kw)


def test_sqlite_migrations_are_idempotent(db_path):
    open_store(db_path).close()
    store = open_store(db_path)
    assert store.count_articles() == 0


def test_sqlite_add_articles_duplicate_is_noop(fresh_store):
    first = fresh_store.add_articles([_article()])
    again = fresh_store.add_articles([_article()])
    assert (first.added, first.duplicates) == (1, 0)
    assert (again.added, again.duplicates) == (0, 1)
    assert fresh_store.count_articles() == 1


def test_sqlite_statement_round_trip_keeps_fragments_and_offsets(fresh_store):
    fresh_store.add_articles([_article()])
    c1, c2 = Span.of(TEXT, 19, 32), Span.of(TEXT, 44, 75)
    s = Statement(id="s1", article_id="a1", type=Kind.DIRECT, content=(c1, c2),
                  speaker=Span.of(TEXT, 0, 9), cue=(Span.of(TEXT, 10, 16),), language="ru")
    fresh_store.replace_statements("a1", [s], "test")
    back = fresh_store.statement("s1")
    assert back.content == (c1, c2)
    assert back.speaker.text == "Лукашенко"
    assert back.cue[0].text == "заявил"
    assert fresh_store.count_articles(pending=True) == 0


def test_sqlite_fts_search_is_safe_with_syntax_characters(fresh_store):
    fresh_store.add_articles([_article()])
    s = Statement(id="s1", article_id="a1", type=Kind.DIRECT, content=(Span.of(TEXT, 19, 32),))
    fresh_store.replace_statements("a1", [s], "test")
    assert [x.id for x in fresh_store.statements(query="глупость")] == ["s1"]
    assert fresh_store.statements(query='"AND OR NEAR(') == []


def test_sqlite_failed_batch_rolls_back(fresh_store):
    def batch():
        yield _article("a1")
        raise RuntimeError("crash mid-batch")

    with pytest.raises(RuntimeError):
        fresh_store.add_articles(batch())
    assert fresh_store.count_articles() == 0


def test_sqlite_missing_ids_raise_not_found(fresh_store):
    with pytest.raises(NotFound):
        fresh_store.article("nope")


def test_only_store_speaks_sql():
    """Only parallax/store/ may execute SQL (STYLE.md §1)."""
    src = Path(__file__).resolve().parents[2] / "src" / "parallax"
    offenders = []
    for path in src.rglob("*.py"):
        if "store" in path.relative_to(src).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {"execute", "executescript", "executemany"}:
                offenders.append(f"{path.relative_to(src)}:{node.lineno}")
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
                offenders.append(f"{path.relative_to(src)}:{node.lineno}")
    assert offenders == []


def _listing_store(path: str, n: int = 300) -> None:
    """``n`` one-statement articles over five outlets and two languages, written and closed."""
    text = "He said “nobody is going to fight there”. "
    store = open_store(path)
    store.add_articles([_article(f"a{i}", text, outlet=f"o{i % 5}.example", published=f"2026-01-{1 + i % 28:02d}")
                        for i in range(n)])
    for i in range(n):
        store.replace_statements(f"a{i}", [Statement(id=f"s{i}", article_id=f"a{i}", type=Kind.DIRECT,
                                                     content=(Span.of(text, 9, 40),),
                                                     language="en" if i % 2 else "ru")], "test")
    store.close()


def test_sqlite_close_after_writes_refreshes_planner_statistics(db_path):
    _listing_store(db_path)
    store = open_store(db_path)
    stats = dict(store._rows("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'statements'"))
    assert stats.get("statements_order", "").startswith("300 ")  # PRAGMA optimize on close


def test_statistics_taken_before_alignment_do_not_turn_claim_lookups_into_scans(db_path):
    """After extraction every claim_id is NULL: statistics taken then call the index useless, and the
    corpus-level stage scanned all statements per claim (quadratic: 30k statements took 107 s)."""
    _listing_store(db_path)
    store = open_store(db_path)
    try:
        stats = dict(store._rows("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'statements'"))
        assert "statements_claim" not in stats and "statements_occasion" not in stats
        plan = " ".join(str(r[-1]) for r in store._rows(
            "EXPLAIN QUERY PLAN SELECT c.id, (SELECT count(*) FROM statements s WHERE s.claim_id = c.id) "
            "FROM claims c WHERE c.occasion_id = ?", ("o",)))
        assert "statements_claim" in plan, plan
        plan = " ".join(str(r[-1]) for r in store._rows(
            "EXPLAIN QUERY PLAN SELECT id FROM statements WHERE occasion_id = ?", ("o",)))
        assert "statements_occasion" in plan, plan
    finally:
        store.close()


def test_sqlite_filtered_listing_reads_indexes_not_rows(db_path):
    """A deep page filtered by outlet and language skips rows from the order indexes alone."""
    _listing_store(db_path)
    store = open_store(db_path)
    seen: list[tuple[str, list]] = []
    rows = store._rows
    store._rows = lambda sql, params=(): seen.append((sql, list(params))) or rows(sql, params)
    page = store.statements(limit=5, offset=20, language="en", outlets=["o1.example", "o3.example"])
    assert [s.id for s in page] == [s.id for s in store.statements(language="en", outlets=["o1.example",
                                                                                           "o3.example"])][20:25]
    sql, params = next((q, p) for q, p in seen if "OFFSET" in q)
    plan = " ".join(r[-1] for r in rows(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "COVERING INDEX articles_order_cover" in plan
    assert "COVERING INDEX statements_order" in plan


def test_assigning_claims_leaves_the_full_text_rows_alone(fresh_store):
    """Migration 0007: the FTS5 update triggers fire only when an indexed column changes, so that
    alignment's claim and occasion writes (every statement, every run) do not rewrite the index."""
    fresh_store.add_articles([_article()])
    s = Statement(id="s1", article_id="a1", type=Kind.DIRECT, content=(Span.of(TEXT, 19, 32),),
                  speaker=Span.of(TEXT, 0, 9))
    fresh_store.replace_statements("a1", [s], "test")
    conn = fresh_store.db.conn

    def changes(write) -> int:
        before = conn.total_changes  # counts the rows that triggers write too
        write()
        return conn.total_changes - before

    assert changes(lambda: fresh_store._exec("UPDATE statements SET claim_id = 'c1', occasion_id = 'o1'")) == 1
    assert changes(lambda: fresh_store._exec("UPDATE articles SET extracted_at = 'now'")) == 1
    # an indexed column still re-indexes the row: the linked person's name is found, the old one not
    assert changes(lambda: fresh_store._exec("UPDATE statements SET person_name = 'Олаф Шольц'")) > 1
    assert [x.id for x in fresh_store.statements(query="Шольц")] == ["s1"]
    fresh_store._exec("UPDATE statements SET speaker = 'Зеленский'")  # as long as the span
    assert [x.id for x in fresh_store.statements(query="Зеленский")] == ["s1"]
    assert fresh_store.statements(query="Лукашенко") == []
    fresh_store._exec("UPDATE articles SET title = 'Переговоры'")
    assert [a.id for a in fresh_store.search_articles("Переговоры")] == ["a1"]
    assert fresh_store.integrity_check() == ["ok"]


def test_sqlite_parsing_once_parses_a_row_read_again_once(fresh_store, monkeypatch):
    """The corpus stages read every statement four times (``pipeline.group``); inside ``parsing_once``
    an unchanged row gives the statement parsed before, a row with only new claim and occasion links
    (what ``align`` writes) that statement relinked, and any other change a new parse."""
    import dataclasses

    from parallax.store import sql

    fresh_store.add_articles([_article()])
    c1, c2 = Span.of(TEXT, 19, 32), Span.of(TEXT, 44, 75)
    s = Statement(id="s1", article_id="a1", type=Kind.DIRECT, content=(c1, c2),
                  speaker=Span.of(TEXT, 0, 9), cue=(Span.of(TEXT, 10, 16),), language="ru")
    fresh_store.replace_statements("a1", [s], "test")
    parsed = []
    real = sql._statement
    monkeypatch.setattr(sql, "_statement", lambda row: parsed.append(row[0]) or real(row))
    with fresh_store.parsing_once():
        first = fresh_store.statements(article_id="a1")
        assert fresh_store.statements(ids=["s1"])[0] is first[0]
        assert parsed == ["s1"]
        fresh_store.assign_claims([("s1", "c1", "o1", 0.9, "test")])
        linked = fresh_store.statements(article_id="a1")[0]
        assert (linked.claim_id, linked.occasion_id) == ("c1", "o1") and parsed == ["s1"]
        assert linked == real(fresh_store._rows(f"SELECT {sql._STATEMENT_COLS} FROM statements")[0])
        fresh_store.update_links([dataclasses.replace(linked, speaker_name="Лукашенко")])
        changed = fresh_store.statements(article_id="a1")[0]
        assert changed.speaker_name == "Лукашенко" and changed.content == (c1, c2)
        assert parsed == ["s1", "s1"]
    assert fresh_store.statements(article_id="a1")[0] is not changed  # forgotten after the block
    assert fresh_store._parsed is None
