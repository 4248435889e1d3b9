"""How coverage reads the store (issue 10, speed): a batch of occasions is read once (``Prefetched``)
and gives exactly the reads, hence the cells, that one occasion at a time gives."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import parallax
from parallax.compare import coverage
from parallax.store import open_store

DEMO = Path(parallax.__file__).parent / "data" / "demo" / "articles.jsonl"


class _Cached:
    """The store's embedder by name only: every vector coverage needs is cached after ``run``."""

    dim = 384

    def __init__(self, name: str) -> None:
        self.name = name

    def embed(self, texts):
        raise AssertionError("coverage read a vector that alignment had not cached")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cov") / "demo.db")
    for args in (("ingest", str(DEMO), "--db", db), ("run", "--db", db)):
        subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True, check=True)
    con = sqlite3.connect(db)
    try:
        model = con.execute("SELECT model FROM embeddings GROUP BY model ORDER BY count(*) DESC").fetchone()[0]
    finally:
        con.close()
    store = open_store(db)
    try:  # two articles of one occasion linked as copies: one voice (``families``), read per article
        occasion = max(store.occasions(), key=lambda o: len(store.article_ids_of_occasions([o.id])[o.id]))
        a, b = store.article_ids_of_occasions([occasion.id])[occasion.id][:2]
        store.link_near_duplicates([(a, b, 0.97)])
    finally:
        store.close()
    return db, model


def test_a_batch_answers_each_read_as_the_store_does(demo_db):
    db, model = demo_db
    store = open_store(db)
    try:
        oids = [o.id for o in store.occasions()]
        assert len(oids) >= 2  # one batch of several occasions
        aids = store.article_ids_of_occasions(oids)
        view = coverage.Prefetched(store, oids, aids, model)
        near = 0
        for oid in oids:
            assert view.claims(occasion_id=oid) == store.claims(occasion_id=oid)
            assert view.statements(occasion_id=oid) == store.statements(occasion_id=oid)
            assert aids[oid] == sorted({s.article_id for s in store.statements(occasion_id=oid)})
            assert view.statements(article_ids=aids[oid]) == store.statements(article_ids=aids[oid])
            assert list(view.articles(ids=aids[oid])) == list(store.articles(ids=aids[oid]))
            for a in aids[oid]:
                assert view.near_duplicates(a) == store.near_duplicates(a)
                near += bool(store.near_duplicates(a))
            ids = [s.id for s in store.statements(article_ids=aids[oid])]
            assert view.embeddings(ids, model) == store.embeddings(ids, model)
        assert near >= 2  # the link, both ways (an article may report both occasions)
        # outside the batch, or another question: the store answers
        assert view.statements(occasion_id="o-none") == [] and view.claims(person_id="p-none") == []
    finally:
        store.close()


def test_batched_cells_are_the_cells_of_one_occasion_at_a_time(demo_db, monkeypatch):
    db, model = demo_db
    store = open_store(db)
    try:
        embedder = _Cached(model)
        oids = [o.id for o in store.occasions()]
        # in the store's order (claim, outlet), as ``coverage`` reads them back
        one_by_one = {oid: sorted(coverage.cells_for(store, oid, embedder), key=lambda c: (c.claim_id, c.outlet))
                      for oid in oids}
        assert sum(map(len, one_by_one.values())) > 0
        assert len(coverage.batches(store, oids)) == 1
        store.clear_coverage(oids)
        coverage.run(store, embedder=embedder)  # one batch
        assert {oid: store.coverage(occasion_id=oid) for oid in oids} == one_by_one
        # batches cut by the article limit (each occasion alone): the same cells again
        monkeypatch.setattr(coverage, "BATCH_ARTICLES", 1)
        assert len(coverage.batches(store, oids)) == len(oids)
        store.clear_coverage(oids)
        done = []
        coverage.run(store, embedder=embedder, progress=lambda d, t: done.append((d, t)))
        assert {oid: store.coverage(occasion_id=oid) for oid in oids} == one_by_one
        pending = len([o for o in oids if one_by_one[o]]) or len(oids)
        assert done[-1][0] == done[-1][1] >= pending
    finally:
        store.close()
