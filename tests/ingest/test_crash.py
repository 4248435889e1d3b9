"""A crash mid-batch: SIGKILL an ingest run; the store opens clean and holds whole batches only."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from parallax.store import open_store

BATCH = 100
N = 4_000


def _generate(path) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N):
            aid = f"crash-{i:05d}"
            ids.append(aid)
            text = (f"Synthetic article {i}. Lukashenko said on day {i % 365} that troops numbered {i * 7} "
                    f"would not cross the border near village {i * 13 % 997}, according to source {i % 31}.")
            f.write(json.dumps({"id": aid, "text": text, "language": "en", "synthetic": True,
                                "url": f"https://example.org/synthetic/{i}"}) + "\n")
    return ids


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_crash_sigkill_mid_run_leaves_whole_batches(tmp_path, db_path):
    source = tmp_path / "big.jsonl"
    ids = _generate(source)
    open_store(db_path).close()  # migrated before the writer starts, so polling only reads
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "parallax", "ingest", str(source), "--db", db_path,
         "--batch-size", str(BATCH), "-s"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    store = open_store(db_path)
    try:
        deadline = time.monotonic() + 60
        while store.count_articles() < 3 * BATCH:
            assert proc.poll() is None, f"ingest ended early: {proc.stderr.read().decode()[-500:]}"
            assert time.monotonic() < deadline, "ingest made no progress in 60 s"
            time.sleep(0.02)
    finally:
        store.close()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    store = open_store(db_path)
    assert store.integrity_check() == ["ok"]
    stored = store.article_ids()
    assert 3 * BATCH <= len(stored) < N, "killed too late to test anything"
    assert len(stored) % BATCH == 0, f"{len(stored)} articles: a batch was stored in part"
    assert stored == ids[:len(stored)]  # every article of each committed batch, in order
    last = store.article(stored[-1])
    assert last.text.startswith(f"Synthetic article {len(stored) - 1}.") and last.synthetic
    # the interrupted run can simply be repeated: stored articles are duplicates, the rest is added
    rerun = subprocess.run(
        [sys.executable, "-m", "parallax", "ingest", str(source), "--db", db_path, "--batch-size", "2000", "-s"],
        capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-500:]
    assert store.count_articles() == N
    store.close()
