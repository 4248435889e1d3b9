"""Issue 14: two writers at once never end in "database is locked"; readers are never blocked.

Real processes, because the failure is between processes: SQLite's locks and the writer lock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.issue(14)
import parallax  # noqa: E402

SRC = str(Path(parallax.__file__).resolve().parents[1])  # the package under test, in the children too


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _parallax(*args) -> list[str]:
    return [sys.executable, "-c", "from parallax.cli import cli; cli()", *args]


def _dump(path: Path, tag: str, n: int) -> str:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"text": f"Report {tag} {i}: the minister said the talks would go on.",
                                "url": f"https://{tag}.example/{i}", "language": "en"}) + "\n")
    return str(path)


def test_two_ingests_at_once_both_finish(tmp_path):
    db = str(tmp_path / "c.db")
    a, b = _dump(tmp_path / "a.jsonl", "a", 150), _dump(tmp_path / "b.jsonl", "b", 150)
    procs = [subprocess.Popen(_parallax("ingest", f, "--db", db, "--batch-size", "1"), env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in (a, b)]
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
    from parallax.store import open_store
    store = open_store(db)
    try:
        assert store.count_articles() == 300
    finally:
        store.close()


HOLDER = """
import sys, time
from parallax.store import open_store
store = open_store(sys.argv[1], writer=True)
with store.transaction():
    store.conn.execute("UPDATE articles SET title = 'held' WHERE rowid = 1")
    print("holding", flush=True)
    if sys.argv[2] == "stdin":
        sys.stdin.readline()  # held until the test says so: no race with a slow machine
    else:
        time.sleep(float(sys.argv[2]))
store.close()
"""


def test_readers_go_on_and_a_second_writer_waits_with_a_message(tmp_path):
    import threading

    db = str(tmp_path / "c.db")
    seed = _dump(tmp_path / "seed.jsonl", "s", 5)
    subprocess.run(_parallax("ingest", seed, "--db", db, "-s"), env=_env(), check=True, timeout=120)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, db, "stdin"], env=_env(), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        reader = subprocess.run(_parallax("statements", "--db", db, "--json"), env=_env(),
                                capture_output=True, text=True, timeout=120)
        assert reader.returncode == 0, reader.stderr  # answered while the writer still holds its transaction
        assert holder.poll() is None
        more = _dump(tmp_path / "more.jsonl", "m", 3)
        writer = subprocess.Popen(_parallax("ingest", more, "--db", db), env=_env(), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        err: list[str] = []
        waiting = threading.Event()

        def collect():
            for line in writer.stderr:
                err.append(line)
                if "waiting for it to finish" in line:
                    waiting.set()

        t = threading.Thread(target=collect, daemon=True)
        t.start()
        assert waiting.wait(120), "".join(err)
        assert writer.poll() is None  # the second writer waits for the first
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.wait(60) == 0
        assert writer.wait(120) == 0, "".join(err)
        t.join(10)
        assert "Traceback" not in "".join(err)
        from parallax.store import open_store
        store = open_store(db)
        try:
            assert store.count_articles() == 8  # nothing lost
        finally:
            store.close()
    finally:
        holder.kill()
        holder.wait()


def test_web_write_during_a_long_writer_is_503_not_500(tmp_path):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax import settings
    from parallax.web.app import create_app

    db = str(tmp_path / "c.db")
    seed = _dump(tmp_path / "seed.jsonl", "s", 2)
    subprocess.run(_parallax("ingest", seed, "--db", db, "-s"), env=_env(), check=True, timeout=120)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, db, "30"], env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        old, settings.WEB_WRITE_WAIT_S = settings.WEB_WRITE_WAIT_S, 0.5
        try:
            with TestClient(create_app(db, token="t")) as c:
                assert c.get("/api/statements").status_code == 200  # reads go on
                r = c.post("/api/ingest", headers={"Authorization": "Bearer t"},
                           files={"file": ("a.txt", b"The minister said the talks would go on.")})
        finally:
            settings.WEB_WRITE_WAIT_S = old
        assert holder.poll() is None  # still writing when the upload was answered
        assert r.status_code == 503 and "busy" in r.json()["error"]
    finally:
        holder.kill()
        holder.wait()
