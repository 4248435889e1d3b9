"""Contradiction flags scored end to end on the second held-out set (tests/fixtures/contradictions_heldout2).

The set is blind: its annotator built it from real reporting (PS752, Khashoggi, Truss, Kwarteng,
Kherson; speakers in neither earlier set) without reading the contradiction code, and committed it
before parallax was first run on it. Its figures estimate unseen reporting; the dev set's and the
first held-out set's are optimistic, both having been read to write rules. The floors are the
figures first measured, less a little; the issue's targets are a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "contradictions_heldout2"

#: measured 2026-12-07 on branch contra9 (main at 34bea44), the first run on the set: fact recall
#: 0.167 (9/54), own-earlier 0.067 (1/15; paired 0.067), controls flagged 0.149 (11/74; any flag 0.149).
FLOORS = {"fact_recall": 0.14, "earlier_recall": 0.06, "earlier_recall_paired": 0.06}
CEILINGS = {"controls_flagged": 0.17, "controls_flagged_any": 0.17}


@pytest.fixture(scope="module")
def result():
    from parallax.eval.contradictions import evaluate

    return evaluate(FOLDER)


@pytest.mark.issue(12)
def test_second_heldout_set_covers_the_case_kinds(result):
    assert result["cases"] == {"fact": 54, "earlier": 15, "control": 74}


@pytest.mark.issue(12)
def test_second_heldout_set_holds_its_floors(result):
    for key, floor in FLOORS.items():
        assert result[key] >= floor, (key, result[key], result["missed"])
    for key, ceiling in CEILINGS.items():
        assert result[key] <= ceiling, (key, result[key], result["false_flags"])


@pytest.mark.issue(12)
@pytest.mark.xfail(strict=True, reason="blind held-out set: fact recall 0.17, own-earlier 0.07, controls 0.15 "
                   "(docs/_parts/contradictions-evaluation.md, 'Second held-out set'); the rules were written "
                   "on the dev set and the first held-out set")
def test_second_heldout_set_meets_the_issue_targets(result):
    assert result["fact_recall"] >= 0.8 and result["earlier_recall"] >= 0.7 and result["controls_flagged"] <= 0.05
