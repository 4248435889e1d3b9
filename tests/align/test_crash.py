"""Crash safety of ``parallax run``: SIGKILL at many points, then a plain rerun gives exactly the store
an uninterrupted run gives (statements, claims, occasions, coverage cells)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import parallax

DEMO = Path(parallax.__file__).parent / "data" / "demo" / "articles.jsonl"


def _parallax(*args, env=None):
    return subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True,
                          env=env, check=True)


def _snapshot(db):
    con = sqlite3.connect(db)
    try:
        return (sorted(con.execute("SELECT id, article_id, start, \"end\", claim_id, occasion_id FROM statements")),
                sorted(con.execute("SELECT id, occasion_id, label FROM claims")),
                sorted(con.execute("SELECT id, venue, date, label FROM occasions")),
                sorted(con.execute("SELECT occasion_id, claim_id, outlet, article_id, status, statement_id, "
                                   "alterations FROM coverage")))
    finally:
        con.close()


def _count(db, table):
    try:
        con = sqlite3.connect(db, timeout=0.2)
        try:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("base") / "base.db")
    _parallax("ingest", str(DEMO), "--db", db)
    _parallax("run", "--db", db)
    return _snapshot(db)


# kill when the store shows: statements extracted; the first alignment block written; more blocks;
# coverage written for some occasion
KILL_POINTS = [("statements", 1), ("claim_evidence", 1), ("claim_evidence", 25), ("coverage", 1)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
@pytest.mark.parametrize("table,rows", KILL_POINTS)
def test_crash_sigkill_during_run_then_rerun_gives_the_same_store(baseline, tmp_path, table, rows):
    db = str(tmp_path / "crash.db")
    _parallax("ingest", str(DEMO), "--db", db)
    env = {**os.environ, "PARALLAX_ALIGN_BLOCK_SIZE": "4"}  # many blocks, each its own transaction
    proc = subprocess.Popen([sys.executable, "-m", "parallax", "run", "--db", db, "-s"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    killed = False
    while proc.poll() is None and time.monotonic() < deadline:
        if _count(db, table) >= rows:
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
        time.sleep(0.01)
    proc.wait()
    assert killed, f"the run ended before the store showed {rows} row(s) in {table}"
    _parallax("run", "--db", db)
    assert _snapshot(db) == baseline, f"killed={killed} at {table} >= {rows}"
