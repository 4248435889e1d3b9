"""Score the resolver on a labelled set of mentions: linking and merge precision/recall.

Each case is one JSON line: ``mention``, ``context`` (the sentence it comes from), ``lang``,
``date``, ``context_names`` (other names in the article, optional), ``expected`` (a person
id, or null when the mention must stay unlinked) and ``hard`` (a near miss: a different
person, or nobody, that a careless matcher would merge with a known one).

* Linking precision: linked mentions that went to the expected person / all linked mentions.
* Linking recall: mentions linked to the expected person / mentions that have one.
* Merge precision and recall: over all pairs of mentions, pairs put on one person that
  should be / that are, against pairs that should share a person (B-cubed-free, pair counting).

Reads: a cases file. Writes: nothing. Depends on: ``resolve.registry``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError
from .registry import Registry

#: Floors that the test suite holds the resolver to (issue 4).
TARGETS = {"precision": 0.99, "recall": 0.95}


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    """The cases in a JSON Lines file; a malformed line raises ``InputError`` naming it."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such cases file")
    cases = []
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
            if not isinstance(c.get("mention"), str) or "expected" not in c:
                raise ValueError("needs 'mention' and 'expected'")
        except (ValueError, AttributeError) as e:
            raise InputError(f"{path}:{i}", f"not a valid case: {e}") from e
        cases.append(c)
    return cases


def _pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def evaluate(cases_path: str | Path, registry: Registry | None = None) -> dict[str, Any]:
    """Resolve every case and return the figures, plus the cases it got wrong."""
    cases = read_cases(cases_path)
    reg = registry or Registry.load()
    t0 = time.perf_counter()
    linked = correct = gold_linked = 0
    gold_c, pred_c, both_c = Counter(), Counter(), Counter()
    errors = []
    hard = hard_errors = 0
    for c in cases:
        link = reg.resolve(c["mention"], lang=c.get("lang"), date=c.get("date"),
                           context_names=tuple(c.get("context_names") or ()))
        pred = link.person_id if link else None
        exp = c["expected"]
        gold_linked += exp is not None
        if pred is not None:
            linked += 1
            correct += pred == exp
            pred_c[pred] += 1
        if exp is not None:
            gold_c[exp] += 1
            if pred is not None:
                both_c[(exp, pred)] += 1
        hard += bool(c.get("hard"))
        if pred != exp:
            hard_errors += bool(c.get("hard"))
            errors.append({"mention": c["mention"], "lang": c.get("lang"), "expected": exp,
                           "got": pred, "rule": link.rule if link else None})
    elapsed = time.perf_counter() - t0
    pred_pairs, gold_pairs, both_pairs = _pairs(pred_c), _pairs(gold_c), _pairs(both_c)
    by_lang = Counter(c.get("lang") or "?" for c in cases)
    return {
        "cases": len(cases), "hard_negatives": hard, "hard_negative_errors": hard_errors,
        "languages": dict(sorted(by_lang.items())),
        "precision": round(correct / linked, 4) if linked else 1.0,
        "recall": round(correct / gold_linked, 4) if gold_linked else 1.0,
        "merge_precision": round(both_pairs / pred_pairs, 4) if pred_pairs else 1.0,
        "merge_recall": round(both_pairs / gold_pairs, 4) if gold_pairs else 1.0,
        "mentions_per_s": round(len(cases) / elapsed, 1) if elapsed else None,
        "errors": errors,
    }


__all__ = ["TARGETS", "evaluate", "read_cases"]
