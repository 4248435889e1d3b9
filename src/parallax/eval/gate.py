"""The accuracy gate: F1 floors per dataset × language × type, pinned with the corpus digest.

Like trafilatura's ``tests/eval_gate.py`` + ``eval_baseline.json``: ``tests/eval/test_eval_gate.py``
runs the real extractor on a fixed subset of the shared dev files and fails when a figure falls
under its floor; ``benchmarks/update_eval_baseline.py`` re-measures and raises floors, and
refuses to lower one without ``--allow-regression``.

The subset keeps the gate under ~90 s on the 2-core machine: the first 80 PolNeAR documents
and every document of the other three files.

Reads: the shared corpora. Writes: nothing (the update script writes the baseline file).
Depends on: ``eval.datasets``, ``eval.run``.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from typing import Any

from .datasets import read
from .run import evaluate

#: File → how many documents from its start (None = all).
SUBSET: dict[str, int | None] = {"polnear.dev.jsonl": 80, "wikinews_de.dev.jsonl": None,
                                 "adaq_ru.dev.jsonl": None, "adaq_cs.dev.jsonl": None}
#: Rows with fewer gold quotes than this get no floor (one flip moves their F1 too much).
MIN_GOLD = 8
#: Smallest margin below the measured figure; small rows get ~1.5 quotes' worth of F1 more.
BASE_MARGIN = 0.02
METRICS = ("exact_f", "overlap_f", "speaker", "cue")


def digest(data: Path, subset: dict[str, int | None] = SUBSET) -> str:
    """sha256 of the lines the gate reads, so a changed corpus is noticed instead of scored."""
    h = hashlib.sha256()
    for name, limit in sorted(subset.items()):
        h.update(name.encode())
        with (data / name).open("rb") as fh:
            for line in itertools.islice((ln for ln in fh if ln.strip()), limit):
                h.update(line)
    return h.hexdigest()


def measure(data: Path, subset: dict[str, int | None] = SUBSET) -> dict[str, dict[str, Any]]:
    """Run the extractor on the subset; figures keyed ``dataset/language/type``."""
    docs = [d for name, limit in subset.items() for d in itertools.islice(read(data / name), limit)]
    outcome = evaluate(docs)
    if outcome.failures:
        first = outcome.failures[0]
        raise RuntimeError(f"extractor failed on {len(outcome.failures)} documents, e.g. {first.source}: {first.reason}")
    out: dict[str, dict[str, Any]] = {}
    for (ds, lang, row), r in outcome.report.rows.items():
        out[f"{ds}/{lang}/{row}"] = {"gold": r.gold, "exact_f": round(r.exact.fscore, 4),
                                     "overlap_f": round(r.overlap.fscore, 4),
                                     "speaker": None if r.speaker.value is None else round(r.speaker.value, 4),
                                     "speaker_n": r.speaker.total,
                                     "cue": None if r.cue.value is None else round(r.cue.value, 4),
                                     "cue_n": r.cue.total}
    return out


def margin(n: int) -> float:
    """Noise margin for a figure over ``n`` items: one flipped quote in 100 moves F1 by ~0.01."""
    return round(max(BASE_MARGIN, 1.5 / n) if n else 1.0, 4)


def floors(measured: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Floors = measured minus the noise margin, for rows with at least ``MIN_GOLD`` gold quotes."""
    out: dict[str, dict[str, float]] = {}
    for key, m in measured.items():
        if m["gold"] < MIN_GOLD:
            continue
        row = {}
        for metric in METRICS:
            value, n = m[metric], m["gold"] if metric.endswith("_f") else m.get(f"{metric}_n", 0)
            if value is None or n < MIN_GOLD:
                continue
            row[metric] = round(max(0.0, value - margin(n)), 4)
        out[key] = row
    return out


def check(baseline: dict[str, Any], measured: dict[str, dict[str, Any]]) -> list[str]:
    """Every figure under its floor, as ``key metric: measured < floor`` lines."""
    bad = []
    for key, row in baseline["floors"].items():
        m = measured.get(key)
        for metric, floor in row.items():
            value = None if m is None else m.get(metric)
            if value is None or value < floor:
                bad.append(f"{key} {metric}: {value} < floor {floor}")
    return bad


def update(baseline: dict[str, Any], measured: dict[str, dict[str, Any]], corpus_digest: str,
           allow_regression: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The new baseline and the regressions found; floors only rise unless ``allow_regression``.

    A figure under its old floor is a regression: it is listed, and the floor is lowered to
    the new measurement minus the margin only when ``allow_regression`` is set.
    """
    old = baseline.get("floors", {})
    new = floors(measured)
    regressions = check({"floors": old}, measured) if old else []
    merged: dict[str, dict[str, float]] = {}
    for key in sorted(set(old) | set(new)):
        row = {}
        for metric in sorted(set(old.get(key, {})) | set(new.get(key, {}))):
            o, n = old.get(key, {}).get(metric), new.get(key, {}).get(metric)
            if o is None:
                row[metric] = n
            elif n is None or n < o:
                row[metric] = o if not allow_regression or n is None else n
            else:
                row[metric] = n
        merged[key] = row
    out = {"digest": corpus_digest, "subset": SUBSET, "min_gold": MIN_GOLD, "base_margin": BASE_MARGIN,
           "floors": merged, "measured": measured}
    return out, regressions


__all__ = ["SUBSET", "check", "digest", "floors", "margin", "measure", "update"]
