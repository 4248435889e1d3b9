"""Re-measure the accuracy gate and raise its floors in ``tests/eval/eval_baseline.json``.

Floors only rise: a figure under its current floor is a regression, and the script refuses to
write (exit 1) unless ``--allow-regression`` is given. The corpus digest is rewritten with it.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/update_eval_baseline.py [--allow-regression] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from parallax.eval import gate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval" / "eval_baseline.json"
DATA = ROOT.parent / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="accepted for symmetry with trafilatura's eval_gate")
    ap.add_argument("--allow-regression", action="store_true", help="lower floors that the new figures fall under")
    ap.add_argument("--dry-run", action="store_true", help="print the new baseline, write nothing")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    args = ap.parse_args(argv)

    old = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline.is_file() else {}
    measured = gate.measure(args.data)
    new, regressions = gate.update(old, measured, gate.digest(args.data), args.allow_regression)
    for line in regressions:
        print(f"regression: {line}", file=sys.stderr)
    if regressions and not args.allow_regression:
        print(f"refusing to lower {len(regressions)} floor(s); rerun with --allow-regression if intended",
              file=sys.stderr)
        return 1
    text = json.dumps(new, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if args.dry_run:
        print(text)
    else:
        args.baseline.write_text(text, encoding="utf-8")
        print(f"wrote {args.baseline} ({sum(len(r) for r in new['floors'].values())} floors)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
