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
