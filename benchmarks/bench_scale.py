"""Articles per second in process and on a local Ray with 1 and 2 workers, memory per worker, and
the cores one million articles a day needs.

Articles: the 120 real articles of ``../shared/data/events_dev`` (14 languages), ``--repeat`` times
(copies get ids of their own). Each configuration runs in a fresh subprocess on a fresh SQLite
store: ``pipeline.extract_pending`` (extract + resolve, every result written), then
``pipeline.group`` (align: embedding and grouping; compare: coverage and contradictions), with
``cluster=scale.connect(workers=N)`` for Ray. Measured per configuration:

* wall seconds and articles/s of the per-article stage, and when its first article was written
  (Ray's start and the workers' model loading come before it);
* wall seconds of the corpus-level stages and of the whole run;
* CPU seconds per article of the writer (this process) and of the Ray workers by kind (article
  workers, corpus workers), and Ray's own processes, read from ``/proc`` every 0.2 s;
* peak RSS (``VmHWM``) of the writer and of each kind of Ray worker process.

The projection multiplies one million articles a day (11.6 articles/s) by the CPU seconds per
article of the whole run (every stage; on Ray the workers' model loading included), which is
what the run costs whatever the load on the machine; wall-clock rates on a shared machine are
noisy, so the load average is printed with them.

Usage::

    .venv/bin/python benchmarks/bench_scale.py [--repeat 1] [--configs inproc,ray1,ray2]

Needs the ``[scale]`` extra for the Ray configurations.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

EVENTS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events_dev"
PER_DAY = 1_000_000
TICK = os.sysconf("SC_CLK_TCK")


def _articles(repeat: int):
    from parallax import ingest
    from parallax.model import Article

    base = [a for a in ingest.articles(sorted(str(p) for p in EVENTS.glob("*/articles.jsonl")))
            if isinstance(a, Article)]
    out = list(base)
    for r in range(1, repeat):
        out += [replace(a, id=f"{a.id}~{r}", content_hash=f"{a.content_hash}~{r}", url=None, canonical_url=None,
                        fingerprint=None) for a in base]
    return out


def _descendants(root: int) -> set[int]:
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    parent[int(d)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, todo = set(), [root]
    while todo:
        p = todo.pop()
        for c, pp in parent.items():
            if pp == p and c not in found:
                found.add(c)
                todo.append(c)
    return found


class Sampler(threading.Thread):
    """Peak RSS and CPU seconds of this process's Ray worker processes (``ray::…``), by pid; its own
    CPU time (``own``) is taken off the driver's."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.role: dict[int, str] = {}
        self.own = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        pids: set[int] = set()
        i = 0
        while not self.stop.wait(0.2):
            if i % 10 == 0:
                pids = _descendants(os.getpid())
            i += 1
            for pid in pids:
                try:
                    name = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")[0].decode(errors="replace")
                    if not name.startswith("ray::"):
                        continue
                    status = open(f"/proc/{pid}/status").read()
                    hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
                    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                except (OSError, StopIteration):
                    continue
                self.peak[pid] = max(self.peak.get(pid, 0), hwm)
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / TICK
                role = name[5:].split("(")[0].split(".")[0]
                if role != "IDLE":
                    self.role[pid] = "ArticleWorker" if "_ArticleWorker" in name else role
            self.own = time.thread_time()

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds by what the processes ran: ArticleWorker, _CorpusWorker, or Ray's own."""
        out: dict[str, float] = {}
        for pid, cpu in self.cpu.items():
            role = self.role.get(pid, "IDLE")
            key = role if role in ("ArticleWorker", "_CorpusWorker") else "Ray internals"
            out[key] = out.get(key, 0.0) + cpu
        return out


def one(config: str, repeat: int) -> dict:
    """Run one configuration here; return its figures."""
    from parallax import pipeline
    from parallax.store import open_store

    workers = 0 if config == "inproc" else int(config.removeprefix("ray"))
    articles = _articles(repeat)
    tmp = tempfile.mkdtemp(prefix="bench_scale_")
    store = open_store(os.path.join(tmp, "bench.db"))
    store.add_articles(articles)
    n = store.count_articles(pending=True)
    out: dict = {"config": config, "workers": workers, "articles": n, "load_before": os.getloadavg()[0]}
    sampler = Sampler()
    sampler.start()
    cluster = None
    t0 = time.perf_counter()
    if workers:
        from parallax import scale

        cluster = scale.connect(workers=workers)
    out["ray_start_s"] = time.perf_counter() - t0
    stamps: list[float] = []
    w0 = sampler.cpu_by_role()
    c0, own0, t1 = _cpu(), sampler.own, time.perf_counter()
    summary = pipeline.extract_pending(store, cluster=cluster, on_article=lambda _a: stamps.append(time.perf_counter()))
    t2, c1 = time.perf_counter(), _cpu()
    w1, own1 = sampler.cpu_by_role(), sampler.own
    pipeline.group(store, cluster=cluster)
    t3, c2 = time.perf_counter(), _cpu()
    sampler.stop.set()
    sampler.join()
    out.update(
        statements=summary.statements, failed=len(summary.failed),
        extract_s=t2 - t1, first_s=stamps[0] - t1 if stamps else None,
        group_s=t3 - t2, total_s=t3 - t0,
        driver_cpu_extract=c1 - c0 - (own1 - own0), driver_cpu_group=c2 - c1 - (sampler.own - own1),
        cpu_before=w0, cpu_extract=w1, cpu_total=sampler.cpu_by_role(),
        driver_peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        worker_peak_mb={role: max(sampler.peak[p] for p, r in sampler.role.items() if r == role) / 1024
                        for role in sorted(set(sampler.role.values()))},
        load_after=os.getloadavg()[0],
    )
    if cluster is not None:
        cluster.close()
    store.close()
    return out


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="copies of the 120 events_dev articles")
    ap.add_argument("--configs", default="inproc,ray1,ray2")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.repeat)))
        return
    if not EVENTS.is_dir():
        sys.exit(f"{EVENTS} is missing")
    rows = []
    for config in args.configs.split(","):
        proc = subprocess.run([sys.executable, __file__, "--one", config, "--repeat", str(args.repeat)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"{config} failed:\n{proc.stderr[-3000:]}")
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"# {config} done (load {rows[-1]['load_before']:.1f} → {rows[-1]['load_after']:.1f})", file=sys.stderr)
    print(f"{rows[0]['articles']} articles (events_dev × {args.repeat}), {rows[0]['statements']} statements; "
          f"{os.cpu_count()} cores; load average {min(r['load_before'] for r in rows):.1f}–"
          f"{max(r['load_after'] for r in rows):.1f}\n")
    print("| run | Ray start s | extract+resolve art/s (first after s) | align+compare s | whole run art/s "
          "| CPU ms/article extract+resolve: writer + workers | align+compare: writer + workers | Ray's own CPU s "
          "| peak RSS MB: writer; article worker; corpus worker; Ray's own (max) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        n = r["articles"]
        name = "in process" if not r["workers"] else f"Ray, {r['workers']} worker{'s' if r['workers'] > 1 else ''}"
        ex = r["cpu_extract"].get("ArticleWorker", 0.0) - r["cpu_before"].get("ArticleWorker", 0.0)
        gr = r["cpu_total"].get("_CorpusWorker", 0.0)
        own = r["cpu_total"].get("Ray internals", 0.0)
        peak = r["worker_peak_mb"]
        other = max((v for k, v in peak.items() if k not in ("ArticleWorker", "_CorpusWorker")), default=0)
        print(f"| {name} | {r['ray_start_s']:.1f} | {n / r['extract_s']:.2f} ({r['first_s']:.1f}) | {r['group_s']:.1f} "
              f"| {n / r['total_s']:.2f} | {1000 * r['driver_cpu_extract'] / n:.0f} + {1000 * ex / n:.0f} "
              f"| {1000 * r['driver_cpu_group'] / n:.0f} + {1000 * gr / n:.0f} | {own:.0f} "
              f"| {r['driver_peak_mb']:.0f}; {peak.get('ArticleWorker', 0):.0f}; {peak.get('_CorpusWorker', 0):.0f}; "
              f"{other:.0f} |")
    per_sec = PER_DAY / 86400
    print(f"\nOne million articles a day = {per_sec:.1f} articles/s. Cores at full use, from the CPU seconds per "
          "article measured above (the whole run, every stage):")
    for r in rows:
        n = r["articles"]
        work = (r["driver_cpu_extract"] + r["driver_cpu_group"] + r["cpu_total"].get("ArticleWorker", 0.0)
                + r["cpu_total"].get("_CorpusWorker", 0.0)) / n
        writer = (r["driver_cpu_extract"] + r["driver_cpu_group"]) / n
        name = "in process" if not r["workers"] else f"Ray, {r['workers']} worker(s)"
        print(f"  {name}: {work:.2f} CPU s/article ({1 / work:.2f} articles/s per core) → {per_sec * work:.1f} cores; "
              f"the one writer needs {per_sec * writer:.2f} of a core"
              + (" (its share of the whole run)" if not r["workers"] else ""))


if __name__ == "__main__":
    main()
