"""A store of the bundled demo corpus (real seed text plus marked synthetic relays) and its analyst
facts, run through the
same pipeline as `parallax run`, with two articles held back for an incremental run."""

from __future__ import annotations

import shutil

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


@pytest.fixture
def demo_store(demo_base, tmp_path):
    path = str(tmp_path / "demo.db")
    shutil.copy(demo_base, path)
    store = open_store(path)
    yield store
    store.close()
