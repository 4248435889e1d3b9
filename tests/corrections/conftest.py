"""A store of the bundled demo corpus (real seed text plus marked synthetic relays) and its analyst
facts, run through the
same pipeline as `parallax run`, with two articles held back for an incremental run."""

from __future__ import annotations

import os
import shutil
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from parallax import ingest, pipeline, settings
from parallax.model import Article, Rejected
from parallax.store import open_store

DEMO = settings.PACKAGE_DATA / "demo" / "articles.jsonl"
#: held back for the incremental run: two relays of both interviews
LATER = ("demo-07", "demo-08")


def demo_articles() -> list[Article]:
    return [a for a in ingest.articles([str(DEMO)]) if isinstance(a, Article)]


@pytest.fixture(scope="session")
def demo_base(tmp_path_factory) -> str:
    """The first batch, extracted and grouped once per session (copied per test)."""
    path = str(tmp_path_factory.mktemp("corrections") / "base.db")
    store = open_store(path)
    store.add_articles([a for a in demo_articles() if a.id not in LATER])
    from parallax import facts

    text = (settings.PACKAGE_DATA / "demo" / "facts.jsonl").read_text(encoding="utf-8")
    store.put_facts([f for f in facts.parse(text.splitlines(), "demo facts", origin="demo")
                     if not isinstance(f, Rejected)])
    pipeline.run(store)
    store.close()
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def demo_store(request, demo_base, tmp_path):
    """A copy of ``demo_base`` on each backend (PostgreSQL: a throwaway database on the server
    ``PARALLAX_TEST_PG`` names, filled by ``parallax migrate``'s copy; skipped when unset)."""
    if request.param == "sqlite":
        path = str(tmp_path / "demo.db")
        shutil.copy(demo_base, path)
        store = open_store(path)
        yield store
        store.close()
        return
    url = os.environ.get("PARALLAX_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server: set PARALLAX_TEST_PG=postgresql://… (.ci/with-postgres starts one)")
    import psycopg

    from parallax.store.copy import copy_store

    name = "parallax_c_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    parts = urlsplit(url)
    store = open_store(urlunsplit(parts._replace(path="/" + name)))
    try:
        src = open_store(demo_base)
        copy_store(src, store)
        src.close()
        yield store
    finally:
        store.close()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
