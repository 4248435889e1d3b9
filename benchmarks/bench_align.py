"""Benchmark: grouping statements into claims and occasions at 10k, 30k and 100k statements.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_align.py            # 10k, 30k, 100k
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_align.py --sizes 10000 --embed 200

What is timed, and how the data is made:

* **Grouping** (``align.group.group_speaker`` per speaker: occasions, then claims by joint average
  linkage; in memory, the part that grows with the corpus). Statements are synthetic: ≈44 per speaker (2 occasions × 5 claims
  × 5 outlets, 15% of claims dropped per outlet), so 100k statements are ≈2,300 speakers. The
  vectors are cheap random 384-d vectors shaped like E5's (a shared component makes unrelated
  pairs ≈ 0.78, reports of one claim ≈ 0.9), and the texts are 10-word strings for the lexical
  evidence. Each size runs in its own process, so peak RSS is that size's.
* **Embedding rate** of the real model (``E5Embedder``) on real-length news sentences, timed
  separately: embedding 100k sentences would take over an hour on 2 cores, and it happens once
  per statement (vectors are cached in the store).

Prints one line per size (time, statements/s, peak RSS) and the growth from the smallest size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")

WORDS = ("troops war border talks gas grain sanctions missiles drones energy aid deal peace front army "
         "shield budget defence allies summit elections pressure exports loans ports ceasefire").split()


def synthetic(n: int, seed: int = 7):
    """``n`` statements (with articles, days, vectors) in blocks of 50 per speaker."""
    from parallax.model import Article, Kind, Span, Statement

    rng = np.random.default_rng(seed)
    dim = 384
    common = rng.normal(size=dim)
    common /= np.linalg.norm(common)
    # unit vectors a·common + b·topic + e·noise with a² = .78, b² = .14, e² = .08: unrelated ≈ 0.78,
    # two reports of one claim ≈ 0.92 — E5's compressed range (docs/MODELS.md §4)
    outlets = [f"outlet{i}.example" for i in range(12)]
    statements, articles, days, vectors = [], {}, {}, {}
    speakers = max(1, -(-n // 40))  # ~44 reports per speaker after drops; stop at n
    for sp in range(speakers):
        person = f"p{sp}"
        for occ in range(2):
            day = 739000 + (sp % 300) + occ * 5
            claims = []
            for c in range(5):
                topic = rng.normal(size=dim)
                topic /= np.linalg.norm(topic)
                claims.append((topic, " ".join(rng.choice(WORDS, 10))))
            for o in rng.choice(len(outlets), 5, replace=False):
                aid = f"a{sp}-{occ}-{o}"
                parts, stmts = [], []
                for c, (topic, text) in enumerate(claims):
                    if len(statements) + len(stmts) >= n:
                        break
                    if rng.random() < 0.15 and c:  # outlets drop some claims
                        continue
                    start = sum(len(p) + 1 for p in parts)
                    parts.append(text)
                    span = (Span(start, start + len(text), text),)
                    s = Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT,
                                  content=span, speaker_name=f"Speaker {sp}", person_id=person,
                                  language=("en", "ru", "uk")[o % 3])
                    noise = rng.normal(size=dim)
                    v = 0.883 * common + 0.374 * topic + 0.283 * noise / np.linalg.norm(noise)
                    vectors[s.id] = (v / np.linalg.norm(v)).astype(np.float32)
                    days[s.id] = day
                    stmts.append(s)
                if stmts:
                    body = " ".join(parts)
                    articles[aid] = Article(id=aid, text=body, content_hash=aid, outlet=outlets[o],
                                            published=None, language="en")
                    statements.extend(stmts)
            if len(statements) >= n:
                return statements, articles, days, vectors
    return statements, articles, days, vectors


def child(n: int) -> dict:
    import dataclasses

    from parallax.align.group import group_speaker

    t0 = time.perf_counter()
    statements, articles, days, vectors = synthetic(n)
    articles = {aid: dataclasses.replace(a, published=None) for aid, a in articles.items()}
    when = {s.article_id: str(__import__("datetime").date.fromordinal(days[s.id])) for s in statements}
    articles = {aid: dataclasses.replace(a, published=when.get(aid)) for aid, a in articles.items()}
    gen = time.perf_counter() - t0
    t1 = time.perf_counter()
    by_key: dict = {}
    for s in statements:
        by_key.setdefault(s.person_id, []).append(s)
    claims = occasions = 0
    for key in sorted(by_key):
        g = group_speaker(key, by_key[key], articles, vectors)
        claims += len(g.claims)
        occasions += len(g.occasions)
    t2 = time.perf_counter()
    return {"n": len(statements), "generate_s": round(gen, 2), "group_s": round(t2 - t1, 2),
            "total_s": round(t2 - t1, 2), "claims": claims, "occasions": occasions,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


class _Cached:
    """Stands in for E5 when every vector is already in the store's cache (never called)."""

    name, dim, same_claim, verbatim = "e5-bench", 384, 0.86, 0.90

    def embed(self, texts):
        raise AssertionError("the benchmark pre-fills the embedding cache")


def child_build(n: int, path: str) -> dict:
    """Fill a SQLite file with ``n`` synthetic statements and their cached vectors."""
    import dataclasses

    from parallax.align.embed import to_bytes
    from parallax.store import open_store

    statements, articles, days, vectors = synthetic(n)
    store = open_store(path)
    when = {aid: None for aid in articles}
    for s in statements:
        when[s.article_id] = str(__import__("datetime").date.fromordinal(days[s.id]))
    store.add_articles(dataclasses.replace(a, published=when[a.id]) for a in articles.values())
    by_article: dict = {}
    for s in statements:
        by_article.setdefault(s.article_id, []).append(s)
    with store.transaction():
        for aid, ss in by_article.items():
            store.replace_statements(aid, ss, version="bench")
    store.put_embeddings((s.id, _Cached.name, to_bytes(vectors[s.id])) for s in statements)
    store.close()
    return {"n": len(statements)}


def child_store(n: int, keep: str | None = None) -> dict:
    """``align.run`` + ``compare.coverage.run`` on a SQLite file: claims, occasions, coverage, all writes.

    The store is built by another process, so the peak RSS is that of ``align.run`` alone
    (plus the interpreter and imports), not of generating the synthetic corpus. With ``keep`` (a
    folder), the built store is kept there as ``align-<n>.db`` and later runs start from a copy of
    it: before → after comparisons on the same store file.
    """
    import shutil
    import tempfile

    from parallax.pipeline import group
    from parallax.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/bench.db"
        kept = os.path.join(keep, f"align-{n}.db") if keep else None
        if kept and os.path.exists(kept):
            shutil.copyfile(kept, path)
            with open(kept + ".json") as f:
                built = json.load(f)
        else:
            out = subprocess.run([sys.executable, __file__, "--child-build", str(n), path],
                                 capture_output=True, text=True, check=True)
            built = json.loads(out.stdout.strip().splitlines()[-1])
            if kept:
                shutil.copyfile(path, kept)
                with open(kept + ".json", "w") as f:
                    json.dump(built, f)
        store = open_store(path)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t, cpu = time.perf_counter(), time.process_time()
        summary = group(store, embedder=_Cached())
        dt, cpu = time.perf_counter() - t, time.process_time() - cpu
        store.close()
    return {"n": built["n"], "seconds": round(dt, 2), "cpu_s": round(cpu, 2), "cells": summary.cells, "claims": summary.claims,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "before_run_mb": round(base, 1)}


def embed_rate(count: int) -> dict:
    from parallax.align.embed import E5Embedder

    sents = [
        "Belarusian troops will not take part in the war against Ukraine, Lukashenko told the BBC.",
        "Белорусские военные не будут участвовать в войне против Украины, заявил Лукашенко.",
        "Білоруські військові не братимуть участі у війні проти України, заявив Лукашенко.",
        "Poland will spend 4.7 percent of its GDP on defence next year, Prime Minister Donald Tusk said.",
    ]
    texts = [f"{sents[i % 4]} ({i})" for i in range(count)]
    e = E5Embedder()
    e.embed(texts[:8])
    t = time.perf_counter()
    e.embed(texts)
    dt = time.perf_counter() - t
    return {"sentences": count, "seconds": round(dt, 2), "per_second": round(count / dt, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000", help="sizes for grouping alone ('' to skip)")
    ap.add_argument("--embed", type=int, default=200, help="sentences for the E5 rate (0: skip)")
    ap.add_argument("--store", default="10000,100000", help="sizes for the end-to-end run on SQLite ('' to skip)")
    ap.add_argument("--keep", help="folder keeping the built stores (align-<n>.db) to rerun on the same files")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-store", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-build", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    if args.child_build:
        print(json.dumps(child_build(int(args.child_build[0]), args.child_build[1])))
        return
    if args.child_store:
        print(json.dumps(child_store(args.child_store, args.keep)))
        return
    results = []
    for n in (int(x) for x in args.sizes.split(",") if x):
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(r)
        base = results[0]
        print(f"{r['n']:>7,} statements: grouping {r['total_s']:6.2f} s (occasions and claims per speaker), "
              f"{r['n'] / max(r['total_s'], 1e-9):8.0f} statements/s, "
              f"{r['claims']:,} claims, {r['occasions']:,} occasions, peak RSS {r['peak_rss_mb']:.0f} MB; "
              f"×{r['n'] / base['n']:.1f} statements → ×{r['total_s'] / max(base['total_s'], 1e-9):.1f} time, "
              f"×{r['peak_rss_mb'] / base['peak_rss_mb']:.2f} memory", flush=True)
    for n in (int(x) for x in args.store.split(",") if x):
        out = subprocess.run([sys.executable, __file__, "--child-store", str(n),
                              *(["--keep", args.keep] if args.keep else [])], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>7,} statements: align.run on SQLite (claims, occasions, coverage, writes) {r['seconds']:.2f} s "
              f"(CPU {r['cpu_s']:.2f} s, load {os.getloadavg()[0]:.1f}), "
              f"{r['claims']:,} claims, {r['cells']:,} coverage cells, peak RSS {r['peak_rss_mb']:.0f} MB "
              f"({r['before_run_mb']:.0f} MB before the run)", flush=True)
    if args.embed:
        e = embed_rate(args.embed)
        print(f"E5 embedding (separately): {e['sentences']} sentences in {e['seconds']} s = {e['per_second']} "
              f"sentences/s, peak RSS {e['peak_rss_mb']:.0f} MB; 100k sentences ≈ "
              f"{100000 / e['per_second'] / 3600:.1f} h on one thread")


if __name__ == "__main__":
    main()
