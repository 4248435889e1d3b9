"""Analyst facts in the store: migration 0002, versions kept on every edit, never touched by a run."""

from __future__ import annotations

from parallax.model import Contradiction, Fact
from parallax.store import open_store


def test_facts_migration_adds_tables_and_is_idempotent(db_path):
    store = open_store(db_path)
    store.close()
    store = open_store(db_path)
    names = {r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations").fetchall()} if \
        store.db["_sqlite_migrations"].exists() else set()
    assert {"facts", "contradictions", "contradiction_checks"} <= set(store.db.table_names())
    assert not names or "0002_facts" in names
    store.close()


def test_facts_edit_keeps_the_earlier_version(fresh_store):
    f1 = Fact("F01", "Russia launched a full-scale invasion of Ukraine on 24 February 2022.", "2022-02-24",
              "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", ("Russia", "Ukraine"))
    assert fresh_store.put_facts([f1]) == [("F01", 1, "added")]
    assert fresh_store.put_facts([f1]) == [("F01", 1, "unchanged")]
    f2 = Fact("F01", f1.text, "2022-02-24", f1.source_url, ("Russia", "Ukraine", "Belarus"))
    assert fresh_store.put_facts([f2]) == [("F01", 2, "updated")]
    (current,) = fresh_store.facts()
    assert current.version == 2 and current.entities == ("Russia", "Ukraine", "Belarus")
    assert [f.version for f in fresh_store.facts(history=True)] == [1, 2]


def test_facts_flags_of_a_missing_statement_are_dropped(fresh_store):
    fresh_store.put_facts([Fact("F01", "x happened")])
    fresh_store.replace_contradictions([Contradiction("s-gone", "fact", "F01", "denies it", 0.9, "denial", 1)])
    assert fresh_store.contradictions() == []
    assert [f.id for f in fresh_store.facts()] == ["F01"]
