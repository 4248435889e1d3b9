"""The accuracy gate: the real extractor on a fixed subset of the shared dev corpora must stay
above the F1 floors in ``eval_baseline.json`` (first 80 PolNeAR documents, all of wikinews_de,
adaq_ru, adaq_cs; ~60 s). Skipped where ``../shared/data`` is absent.

Raise the floors after an improvement with ``benchmarks/update_eval_baseline.py``; it refuses to
lower one without ``--allow-regression``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parallax.eval import gate

BASELINE = Path(__file__).with_name("eval_baseline.json")


def test_eval_gate_update_never_lowers_a_floor_silently():
    old = {"floors": {"x/en/direct": {"exact_f": 0.80}}}
    measured = {"x/en/direct": {"gold": 200, "exact_f": 0.70, "overlap_f": 0.9, "speaker": None, "cue": None}}
    new, regressions = gate.update(old, measured, "d")
    assert regressions == ["x/en/direct exact_f: 0.7 < floor 0.8"]
    assert new["floors"]["x/en/direct"]["exact_f"] == 0.80
    new, _ = gate.update(old, measured, "d", allow_regression=True)
    assert new["floors"]["x/en/direct"]["exact_f"] == pytest.approx(0.68)
    # an improvement raises the floor; a dip within the margin keeps the old one
    up = {"x/en/direct": {"gold": 200, "exact_f": 0.90, "overlap_f": 0.9, "speaker": None, "cue": None}}
    assert gate.update(old, up, "d")[0]["floors"]["x/en/direct"]["exact_f"] == pytest.approx(0.88)
    dip = {"x/en/direct": {"gold": 200, "exact_f": 0.81, "overlap_f": 0.9, "speaker": None, "cue": None}}
    new, regressions = gate.update(old, dip, "d")
    assert regressions == [] and new["floors"]["x/en/direct"]["exact_f"] == 0.80


def test_eval_gate_margin_and_small_rows():
    assert gate.margin(1000) == 0.02
    assert gate.margin(30) == 0.05
    measured = {"a/ru/mixed": {"gold": 1, "exact_f": 1.0, "overlap_f": 1.0, "speaker": 1.0, "speaker_n": 1},
                "a/ru/direct": {"gold": 30, "exact_f": 0.5, "overlap_f": 0.6, "speaker": 1.0, "speaker_n": 3,
                                "cue": None, "cue_n": 0}}
    assert gate.floors(measured) == {"a/ru/direct": {"exact_f": 0.45, "overlap_f": 0.55}}


@pytest.mark.slow
def test_eval_gate_dev_figures_stay_above_floors(shared_data):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert gate.digest(shared_data) == baseline["digest"], (
        "the shared corpora changed since the floors were set; rerun benchmarks/update_eval_baseline.py")
    failures = gate.check(baseline, gate.measure(shared_data))
    assert not failures, "accuracy fell below the gate:\n" + "\n".join(failures)
