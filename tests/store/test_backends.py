"""Issue 13: the real pipeline gives identical results on SQLite and PostgreSQL, and
``parallax migrate`` copies a store between them without loss.

PostgreSQL cases need ``PARALLAX_TEST_PG`` (see ``conftest.py``).
"""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from parallax.cli import cli
from parallax.store import open_store
from parallax.store.copy import TABLES, table_names, table_rows

pytestmark = pytest.mark.issue(13)


def _snapshot(url: str) -> dict:
    store = open_store(url)
    try:
        return {
            "articles": list(store.articles()),
            "statements": store.statements(),
            "claims": store.claims(),
            "occasions": store.occasions(),
            "coverage": store.coverage(),
            "people": store.people(),
            "corrections": store.corrections(),
            "facts": store.facts(history=True),
            "contradictions": store.contradictions(),
            "alignment": sorted(tuple(bool(x) if i == 7 else x for i, x in enumerate(r))
                                for r in store.alignment_state()),
        }
    finally:
        store.close()


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    _invoke("demo", "--db", db, "-s")
    return db


@pytest.fixture(scope="module")
def demo_pg(pg_server) -> str:
    url = pg_server.new_url()
    _invoke("demo", "--db", url, "-s")
    return url


def test_demo_is_identical_on_sqlite_and_postgres(demo_sqlite, demo_pg):
    a, b = _snapshot(demo_sqlite), _snapshot(demo_pg)
    assert a["statements"] and a["claims"] and a["coverage"] and a["contradictions"]
    for key in a:
        assert a[key] == b[key], key


def test_events_dev_occasion_is_identical_on_sqlite_and_postgres(shared_data, pg_url, tmp_path):
    """One real occasion (its first 24 articles, to stay cheap), ingested and run on both backends."""
    src = sorted((shared_data / "events_dev").glob("*/articles.jsonl"))[-1]
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(src.read_text(encoding="utf-8").splitlines()[:24]) + "\n", encoding="utf-8")
    db = str(tmp_path / "dev.db")
    for url in (db, pg_url):
        _invoke("ingest", str(part), "--db", url, "-s")
        _invoke("run", "--db", url, "-s")
    a, b = _snapshot(db), _snapshot(pg_url)
    assert a["statements"] and a["occasions"]
    for key in a:
        assert a[key] == b[key], key
    out_a = _invoke("statements", "--db", db, "--json")
    out_b = _invoke("statements", "--db", pg_url, "--json")
    assert out_a == out_b


def test_migrate_round_trips_the_demo(demo_sqlite, pg_url, pg_server, tmp_path):
    back = str(tmp_path / "back.db")
    _invoke("migrate", "--from", f"sqlite:{demo_sqlite}", "--to", pg_url, "-s")
    _invoke("migrate", "--from", pg_url, "--to", f"sqlite:///{back}", "-s")
    a, b, c = open_store(demo_sqlite), open_store(pg_url), open_store(back)
    try:
        for table in TABLES:
            rows = table_rows(a, table)
            assert rows == table_rows(b, table) == table_rows(c, table), table
        assert table_rows(a, "articles") and table_rows(a, "embeddings") and table_rows(a, "facts")
        word = a.statements()[0].content[0].text.split()[0]
        assert [s.id for s in a.statements(query=word)] == [s.id for s in b.statements(query=word)]
        next_id = b.add_correction("alias", "p1", value="x")  # the copy's sequences go on
        assert next_id > max([r[0] for r in a.corrections()] or [0])
        # the indexes the bulk load set aside are back, as a new store's; the vocabulary is whole
        # (a word prefix finds what the full word finds) and its trigger is on again
        indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"
        fresh = open_store(pg_server.new_url())
        try:
            assert b._rows(indexes) == fresh._rows(indexes)
        finally:
            fresh.close()
        assert [s.id for s in b.statements(terms=[((), (word[:-1],))])] == \
            [s.id for s in a.statements(terms=[((), (word[:-1],))])]
        assert b._rows("SELECT count(*) FROM statement_vocab")[0][0] == b._rows(
            "SELECT count(DISTINCT t) FROM statements, unnest(terms) t")[0][0]
        assert b._rows("SELECT tgenabled FROM pg_trigger WHERE tgname = 'statements_vocab'") == [("O",)]
    finally:
        for s in (a, b, c):
            s.close()
    assert _snapshot(demo_sqlite) == _snapshot(back)


def test_migrate_refuses_a_store_that_is_not_empty(demo_sqlite, tmp_path):
    result = CliRunner().invoke(cli, ["migrate", "--from", demo_sqlite, "--to", demo_sqlite])
    assert result.exit_code == 1 and "not empty" in result.output


def test_copy_knows_every_table(backend, store):
    """A table a migration adds must be copied by ``parallax migrate`` (``store/copy.py: TABLES``)."""
    assert table_names(store) == set(TABLES)
