"""Load benchmark of the web UI and API: p50/p95 latency of search and occasion pages.

Builds a synthetic store (default 100,000 statements) through the store's own write methods,
starts ``parallax serve`` on 127.0.0.1 (loopback only) in a subprocess, and sends a bounded
number of sequential requests per endpoint from one client, with a wall-clock cap. Prints
latency percentiles, requests per second and the server's peak RSS.

Usage:
    .venv/bin/python benchmarks/bench_web.py                     # 100k statements, 300 requests each
    .venv/bin/python benchmarks/bench_web.py --statements 20000 --requests 100
    .venv/bin/python benchmarks/bench_web.py --db /tmp/bench-web.db --reuse
    .ci/with-postgres sh -c '.venv/bin/python benchmarks/bench_web.py --db "$PARALLAX_TEST_PG" --statements 1000000'
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from parallax.model import (
    Article, Cell, Claim, Kind, Occasion, Outlet, OutletKind, Person, Span, Statement, Status, stable_id,
)
from parallax.store import is_postgres, open_store, redact

WORDS = {
    "en": "troops war escalation border Belarus Russia Ukraine sanctions talks army minister said would never "
          "North Korean soldiers stupid resources mobilisation territory invasion peace ceasefire election".split(),
    "ru": "войска война эскалация граница Беларусь Россия Украина санкции переговоры армия министр заявил "
          "никогда северокорейские солдаты глупость ресурсы мобилизация территория вторжение мир".split(),
    "uk": "війська війна ескалація кордон Білорусь Росія Україна санкції переговори армія міністр заявив "
          "ніколи північнокорейські солдати дурниця ресурси мобілізація територія вторгнення мир".split(),
}
KINDS = list(OutletKind)


def build(path: str, n_statements: int, per_article: int = 20, seed: int = 7) -> dict:
    """Write a synthetic world: articles, statements, people, occasions, claims, coverage."""
    rng = random.Random(seed)
    store = open_store(path)
    outlets = [Outlet(f"outlet{i:02d}.example", f"Outlet {i}", "", "", KINDS[i % len(KINDS)]) for i in range(40)]
    people = [Person(f"p{i:03d}", f"Speaker {i}", (f"Speaker {i}", f"Спикер {i}")) for i in range(200)]
    n_articles = n_statements // per_article
    n_occasions = max(1, n_articles // 10)
    occasions = [Occasion(f"o{i:05d}", people[i % len(people)].id, "Venue", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                          f"Occasion {i}") for i in range(n_occasions)]
    claims = [Claim(f"c{i:05d}-{j}", o.person_id, o.id, f"Claim {j} of occasion {i}")
              for i, o in enumerate(occasions) for j in range(4)]
    t0 = time.perf_counter()
    with store.transaction():
        store.upsert_outlets(outlets)
        store.upsert_people(people)
        store.upsert_occasions(occasions)
        store.upsert_claims(claims)
        for i in range(n_articles):
            lang = ("en", "ru", "uk")[i % 3]
            pool = WORDS[lang]
            sentences, spans = [], []
            pos = 0
            for k in range(per_article):
                said = " ".join(rng.choice(pool) for _ in range(rng.randint(6, 14)))
                sentence = f"Speaker {k} said: “{said}.” "
                start = pos + sentence.index("“") + 1
                spans.append((start, start + len(said) + 1, pos, pos + len(f"Speaker {k}")))
                sentences.append(sentence)
                pos += len(sentence)
            text = "".join(sentences)
            occ = occasions[i % n_occasions]
            aid = f"a{i:06d}"
            store.add_articles([Article(
                id=aid, text=text, content_hash=stable_id(aid, text), url=f"https://bench.example/{aid}",
                title=f"Synthetic article {i}", outlet=outlets[i % len(outlets)].domain, language=lang,
                published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T12:00:00+00:00", synthetic=True)])
            batch = []
            for k, (a, b, sa, sb) in enumerate(spans):
                content = (Span.of(text, a, b),)
                person = people[(i + k) % len(people)]
                claim = f"c{i % n_occasions:05d}-{k % 4}" if k < 4 else None
                batch.append(Statement(
                    id=Statement.make_id(aid, content), article_id=aid, type=Kind.DIRECT, content=content,
                    speaker=Span.of(text, sa, sb), cue=(Span.of(text, sb + 1, sb + 5),), person_id=person.id,
                    person_name=person.name, speaker_name=text[sa:sb], language=lang,
                    claim_id=claim, occasion_id=occ.id if claim else None))
            store.replace_statements(aid, batch, "bench")
        statuses = list(Status)
        for n, o in enumerate(occasions):
            cells = [Cell(o.id, f"c{n:05d}-{j}", outlets[(n + k) % len(outlets)].domain, None,
                          statuses[(n + j + k) % 4]) for j in range(4) for k in range(10)]
            store.replace_coverage(o.id, cells)
    built = time.perf_counter() - t0
    counts = {"articles": store.count_articles(), "statements": store.count_statements(),
              "occasions": len(occasions), "build_s": built}
    store.close()
    return counts


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--max-seconds", type=float, default=240, help="wall-clock cap for all requests")
    ap.add_argument("--db", default=None, help="store file or postgresql:// URL (default: a temporary SQLite file)")
    ap.add_argument("--reuse", action="store_true", help="reuse --db if it already exists")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="bench-web-")
    path = args.db or os.path.join(tmp.name, "bench.db")
    if is_postgres(path):  # an empty database (``.ci/with-postgres`` gives one), or one built before
        probe = open_store(path)
        fresh = probe.count_statements() == 0
        probe.close()
        if not fresh and not args.reuse:
            raise SystemExit(f"{redact(path)} holds statements: give an empty database, or --reuse")
    else:
        fresh = not (args.reuse and Path(path).exists())
        if fresh:
            Path(path).unlink(missing_ok=True)
    if fresh:
        info = build(path, args.statements)
        print(f"built {info['statements']:,} statements in {info['articles']:,} articles, "
              f"{info['occasions']:,} occasions in {info['build_s']:.1f} s "
              f"({info['statements'] / info['build_s']:,.0f} statements/s)", file=sys.stderr)
    store = open_store(path)
    occasion_ids = [o.id for o in store.occasions()]
    person_ids = [p.id for p in store.people()]
    article_ids = [f"a{i:06d}" for i in range(0, store.count_articles(), 7)]
    total = store.count_statements()
    store.close()

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "parallax", "serve", "--db", path, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "OMP_NUM_THREADS": "1"})
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(11)
    words = [w for pool in WORDS.values() for w in pool]
    kinds = [k.value for k in OutletKind]
    endpoints = {
        "search page (FTS word)": lambda: f"/search?q={rng.choice(words)}",
        "search page (filters, deep page)": lambda: (f"/search?outlet_kind={rng.choice(kinds)}&language="
                                                     f"{rng.choice(['en', 'ru', 'uk'])}&offset={rng.randrange(0, 2000)}"),
        "search page (no query)": lambda: f"/search?offset={rng.randrange(0, 5000)}",
        "occasion page": lambda: f"/occasions/{rng.choice(occasion_ids)}",
        "api statements (FTS word)": lambda: f"/api/statements?q={rng.choice(words)}&limit=50",
        "api occasion": lambda: f"/api/occasions/{rng.choice(occasion_ids)}",
        "person page": lambda: f"/people/{rng.choice(person_ids)}",
        "article page": lambda: f"/articles/{rng.choice(article_ids)}",
    }
    results: dict[str, list[float]] = {}
    deadline = time.monotonic() + args.max_seconds
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(300):
                try:
                    if client.get("/api/home").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                raise SystemExit("server did not start: " + server.stderr.read().decode()[-2000:])
            for name, make in endpoints.items():
                for _ in range(args.warmup):
                    client.get(make())
                times = []
                for _ in range(args.requests):
                    if time.monotonic() > deadline:
                        break
                    url = make()
                    t = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"GET {url} answered {r.status_code}: {r.text[:300]}")
                results[name] = times
        rss = _peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"store: {total:,} statements, {len(occasion_ids):,} occasions; sequential requests over loopback")
    print(f"{'endpoint':36} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7}")
    worst = 0.0
    for name, times in results.items():
        if not times:
            continue
        q = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
        p95 = q[94]
        worst = max(worst, p95) if "search" in name or "occasion" in name else worst
        print(f"{name:36} {len(times):5d} {statistics.median(times):8.1f} {p95:8.1f} {q[98]:8.1f} "
              f"{1000 / statistics.mean(times):7.1f}")
    print(f"server peak RSS: {rss:.0f} MB; client peak RSS: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"worst p95: {worst:.1f} ms (target ≤ 200 ms): {'OK' if worst <= 200 else 'OVER TARGET'}")
    return 0 if worst <= 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
