"""An aligned store of the evaluation fixture, built once per session (E5, about 4 s)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def aligned_db(tmp_path_factory):
    from parallax.pipeline import group as run
    from parallax.align.embed import E5Embedder
    from parallax.align.evaluate import build_store
    from parallax.store import open_store

    path = str(tmp_path_factory.mktemp("aligned") / "aligned.db")
    store, _, _ = build_store("tests/fixtures/align", open_store(path))
    run(store, embedder=E5Embedder())
    store.close()
    return path
