"""Search quality and speed on the hand-annotated events_dev store (and any store's speed).

Cross-language recall: every English gold mention of a statement is a query; the relevant answers
are the stored statements, in other languages, that overlap a gold mention of the same statement
(≥ 30 % of the mention). Reports recall@20 of the neighbours in meaning alone and of the search
as a user gets it (names and words first, then meaning), the cosine distribution of same-statement
and other cross-language pairs (how ``report.search.SEMANTIC_MIN`` was chosen), and the search
latency p50/p95 over a fixed list of queries.

Usage (after ``parallax ingest …/events_dev/*/articles.jsonl --db dev.db && parallax run --db dev.db``):
    .venv/bin/python benchmarks/bench_search.py --db dev.db --events /work/shared/data/events_dev
    .venv/bin/python benchmarks/bench_search.py --db demo.db            # latency only
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from parallax.report import search
from parallax.store import open_store

QUERIES = ["Лукашенко", "Лукашенка", "Lukashenko", "North Korea", "North Korean", "войска", "війська",
           "Orbán", "Орбана", "peace mission", "nothing can be ruled out", "Macron", "troops",
           "Ukraine", "мирная миссия", "ground troops to Ukraine"]


def gold_mentions(events: Path) -> list[dict]:
    """Every gold mention with its article id, language, statement id and character offsets."""
    out = []
    for folder in sorted(p for p in events.iterdir() if (p / "statements.json").exists()):
        texts = {}
        for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                texts[a["id"]] = a["text"]
        for event in json.loads((folder / "statements.json").read_text(encoding="utf-8"))["events"]:
            for art in event["articles"]:
                text = texts.get(art["article_id"], "")
                for m in art["mentions"]:
                    start = text.find(m["span"])
                    if start < 0:
                        continue
                    out.append({"article_id": art["article_id"], "language": art["language"],
                                "statement": m["statement_id"], "span": m["span"],
                                "start": start, "end": start + len(m["span"])})
    return out


def stored_matches(store, mentions: list[dict]) -> dict[str, set[str]]:
    """Gold statement id → ids of stored statements overlapping one of its mentions."""
    by_article: dict[str, list] = {}
    for s in store.statements():
        by_article.setdefault(s.article_id, []).append(s)
    out: dict[str, set[str]] = {}
    for m in mentions:
        for s in by_article.get(m["article_id"], ()):
            overlap = min(s.end, m["end"]) - max(s.start, m["start"])
            if overlap >= 0.3 * (m["end"] - m["start"]):
                out.setdefault(m["statement"], set()).add(s.id)
    return out


def cross_language(store, events: Path, k: int = 20) -> dict:
    mentions = gold_mentions(events)
    matches = stored_matches(store, mentions)
    lang_of = {s.id: s.language for s in store.statements()}
    gold_of = {sid: g for g, ids in matches.items() for sid in ids}
    emb = search._embedder()
    same, other, r_sem, r_search, hit_sem, hit_search, ceiling = [], [], [], [], [], [], []
    for m in (m for m in mentions if m["language"] == "en"):
        relevant = {sid for sid in matches.get(m["statement"], ()) if lang_of.get(sid) not in ("en", None)}
        if not relevant:
            continue
        ranked = search.neighbours(store, m["span"], limit=len(lang_of), min_score=-1.0, embedder=emb)
        top = [sid for sid, _ in ranked[:k]]
        r_sem.append(len(relevant & set(top)) / len(relevant))
        hit_sem.append(bool(relevant & set(top)))
        ceiling.append(min(k, len(relevant)) / len(relevant))
        found = {h.statement.id for h in search.statements(store, m["span"], limit=k).hits}
        r_search.append(len(relevant & found) / len(relevant))
        hit_search.append(bool(relevant & found))
        for sid, sim in ranked:
            if lang_of.get(sid) in ("en", None):
                continue
            (same if sid in relevant else other if sid in gold_of else []).append(sim)
    thresholds = {}
    for t in (0.80, 0.82, 0.83, 0.84, 0.85, 0.86, 0.87, 0.88, 0.90):
        tp = sum(1 for x in same if x >= t)
        fp = sum(1 for x in other if x >= t)
        thresholds[t] = {"recall": round(tp / max(len(same), 1), 3), "precision": round(tp / max(tp + fp, 1), 3)}
    return {"queries": len(r_sem), f"recall@{k} meaning only": round(float(np.mean(r_sem)), 3),
            f"recall@{k} search": round(float(np.mean(r_search)), 3),
            f"recall@{k} ceiling (k / relevant)": round(float(np.mean(ceiling)), 3),
            f"found one or more@{k} meaning only": round(float(np.mean(hit_sem)), 3),
            f"found one or more@{k} search": round(float(np.mean(hit_search)), 3),
            "same-statement cosine p10/p50": [round(float(np.percentile(same, q)), 3) for q in (10, 50)],
            "other-statement cosine p50/p90/p99": [round(float(np.percentile(other, q)), 3) for q in (50, 90, 99)],
            "pairs above threshold": thresholds}


def latency(store, runs: int = 3) -> dict:
    search.statements(store, "warm up")  # loads the registry and the embedder once
    times = []
    for _ in range(runs):
        for q in QUERIES:
            t = time.perf_counter()
            search.statements(store, q, limit=20)
            times.append(time.perf_counter() - t)
    times.sort()
    return {"statements": store.count_statements(), "searches": len(times),
            "p50_ms": round(statistics.median(times) * 1000, 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--events", type=Path, help="events_dev folder: measure cross-language recall too")
    args = ap.parse_args()
    store = open_store(args.db)
    out = {"latency": latency(store)}
    if args.events:
        out["cross_language"] = cross_language(store, args.events)
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
