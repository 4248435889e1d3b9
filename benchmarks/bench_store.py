"""Store backends: ingest + run throughput on SQLite and PostgreSQL, and whether their results agree.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_store.py [--pg postgresql://…] [FILES…]

FILES default to ``../shared/data/events_dev/*/articles.jsonl`` (else the bundled demo corpus).
For each backend — a fresh SQLite file, and a fresh database on the PostgreSQL server of ``--pg``
(or ``$PARALLAX_TEST_PG``; ``.ci/with-postgres`` starts a throwaway one) — runs
``parallax ingest FILES`` then ``parallax run`` as separate processes (model loading included,
as a user sees it), prints articles/s for each step, and checks that ``parallax statements
--json`` is byte-identical across backends.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "events_dev"


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-c", "from parallax.cli import cli; cli()", *args], env=env,
                          capture_output=True, text=True, check=True)


def _fresh_pg(url: str) -> str:
    import psycopg
    from urllib.parse import urlsplit, urlunsplit

    name = "parallax_bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--pg", default=os.environ.get("PARALLAX_TEST_PG"), help="a PostgreSQL server URL")
    args = ap.parse_args()
    files = args.files or [str(p) for p in sorted(SHARED.glob("*/articles.jsonl"))] or \
        [str(ROOT / "src" / "parallax" / "data" / "demo" / "articles.jsonl")]
    n = sum(1 for f in files for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip())
    print(f"corpus: {n} articles from {len(files)} file(s)")
    with tempfile.TemporaryDirectory() as tmp:
        stores = {"sqlite": str(Path(tmp) / "bench.db")}
        if args.pg:
            stores["postgres"] = _fresh_pg(args.pg)
        else:
            print("postgres: skipped (no --pg and no PARALLAX_TEST_PG)")
        outputs = {}
        for name, url in stores.items():
            t0 = time.perf_counter()
            _cli("ingest", *files, "--db", url, "-s")
            t1 = time.perf_counter()
            _cli("run", "--db", url, "-s")
            t2 = time.perf_counter()
            outputs[name] = _cli("statements", "--db", url, "--json").stdout
            print(f"{name:9s} ingest {t1 - t0:6.1f} s ({n / (t1 - t0):6.1f} articles/s)   "
                  f"run {t2 - t1:6.1f} s ({n / (t2 - t1):5.2f} articles/s)   "
                  f"statements {outputs[name].count(chr(10))}")
        if len(outputs) == 2:
            same = outputs["sqlite"] == outputs["postgres"]
            print(f"statements --json identical on both backends: {'yes' if same else 'NO'}")
        for name, url in stores.items():
            print(f"{name:9s} " + "   ".join(f"{what} {ms:7.2f} ms" for what, ms in _reads(url)))


def _reads(url: str) -> list[tuple[str, float]]:
    """Median time of the store reads a page makes, in-process (no model involved)."""
    import statistics

    sys.path.insert(0, str(ROOT / "src"))
    from parallax.store import open_store

    store = open_store(url)
    try:
        word = store.statements(limit=1)[0].content[0].text.split()[0]
        pid = max(store.person_counts().items(), key=lambda kv: kv[1])[0]
        calls = {"all statements": lambda: store.statements(),
                 "search": lambda: store.statements(query=word, limit=50),
                 "person": lambda: (store.statements(person_id=pid, limit=50), store.person_days(pid),
                                    store.person_outlets(pid)),
                 "coverage": lambda: (store.coverage(), store.coverage_summary())}
        out = []
        for what, call in calls.items():
            times = []
            for _ in range(7):
                t0 = time.perf_counter()
                call()
                times.append((time.perf_counter() - t0) * 1000)
            out.append((what, statistics.median(times)))
        return out
    finally:
        store.close()


if __name__ == "__main__":
    main()
