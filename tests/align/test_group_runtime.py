"""``pipeline.group`` runs its stages without full garbage collections (issue 10, speed): the objects
of a run live until it ends, and walking them all again and again freed nothing. The interpreter's
thresholds come back when the run ends, however it ends."""

from __future__ import annotations

import gc
import threading

import pytest

from parallax import pipeline


def test_without_full_collections_restores_the_thresholds_after_a_failure():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with pipeline.without_full_collections():
            assert gc.get_threshold()[:2] == before[:2]
            assert gc.get_threshold()[2] >= 1 << 30
            raise RuntimeError("a stage failed")
    assert gc.get_threshold() == before


def test_without_full_collections_nested_and_concurrent_runs_restore_once():
    before = gc.get_threshold()
    inside, release = threading.Event(), threading.Event()

    def other_run():
        with pipeline.without_full_collections():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other_run)
    with pipeline.without_full_collections():
        t.start()
        inside.wait(5)
        with pipeline.without_full_collections():
            pass
        assert gc.get_threshold()[2] >= 1 << 30  # the nested block ended; the outer one still runs
    assert gc.get_threshold()[2] >= 1 << 30  # the other thread's run still goes on
    release.set()
    t.join(5)
    assert gc.get_threshold() == before


def test_group_runs_without_full_collections(monkeypatch, tmp_path):
    from parallax.align.embed import LexicalEmbedder
    from parallax.store import open_store

    seen = []

    def reapply_speakers(store) -> int:
        seen.append(gc.get_threshold()[2])
        return 0

    monkeypatch.setattr("parallax.corrections.reapply_speakers", reapply_speakers)
    store = open_store(str(tmp_path / "empty.db"))
    pipeline.group(store, embedder=LexicalEmbedder())
    store.close()
    assert seen and seen[0] >= 1 << 30
    assert gc.get_threshold()[2] < 1 << 30
