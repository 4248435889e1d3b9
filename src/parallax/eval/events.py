"""Score parallax on real multi-outlet coverage through the user's path.

Reads: a folder of occasion folders (``articles.jsonl`` + ``statements.json``, the format of
``../shared/data/events_dev``) and the scorer that ships beside it (``../shared/tools/
score_coverage.py``). Writes: a store under ``workdir``.
Depends on: the ``parallax`` command itself — ``ingest`` → ``run`` → ``statements --json`` are run
as a user runs them (``python -m parallax``), so the figures measure what users get, never a
side path.

``evaluate(events_dir, workdir)`` returns the scorer's figures for all folders together, plus one
entry per occasion folder (``per_folder``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any


def scorer(events_dir: Path):
    """The shared ``score_coverage`` module that sits beside the data (``../tools``)."""
    path = Path(events_dir).resolve().parents[1] / "tools" / "score_coverage.py"
    spec = importlib.util.spec_from_file_location("score_coverage", path)
    if spec is None or not path.is_file():
        raise FileNotFoundError(f"{path}: the coverage scorer is not beside the data")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parallax(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"parallax {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def evaluate(events_dir: str | Path, workdir: str | Path) -> dict[str, Any]:
    """Ingest every occasion folder, ``run``, list the statements and score them."""
    events_dir, workdir = Path(events_dir), Path(workdir)
    sc = scorer(events_dir)
    db = str(workdir / "events.db")
    folders = sc.folders(events_dir)
    _parallax("ingest", *[str(f / "articles.jsonl") for f in folders], "--db", db)
    _parallax("run", "--db", db)
    out = workdir / "statements.jsonl"
    out.write_text(_parallax("statements", "--db", db, "--json"), encoding="utf-8")
    result = sc.score(sc.load_gold(events_dir)[0], out)
    result["per_folder"] = {f.name: sc.score(sc.load_gold(f)[0], out) for f in folders}
    return result


def table(result: dict[str, Any]) -> str:
    """The figures as Markdown: found/resolved per language and mode, then grouping per folder."""
    lines = ["| row | gold | found | found rate | resolved |", "|---|---|---|---|---|"]
    for k, r in result["rows"].items():
        lines.append(f"| {k} | {r['gold']} | {r['found']} | {r['found_rate']:.3f} | {r['resolved_rate']:.3f} |")
    lines += ["", "| occasion folder | claims P / R / F1 | claims across languages F1 | occasions P / R / F1 |",
              "|---|---|---|---|"]
    for name, r in [("all", result), *result["per_folder"].items()]:
        c, x, o = r["claims"], r["claims_cross_language"], r["occasions"]
        lines.append(f"| {name} | {c['p']:.3f} / {c['r']:.3f} / {c['f1']:.3f} | {x['f1']:.3f} | "
                     f"{o['p']:.3f} / {o['r']:.3f} / {o['f1']:.3f} |")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m parallax.eval.events EVENTS_DIR WORKDIR
    res = evaluate(sys.argv[1], sys.argv[2])
    print(table(res))
