"""Contradiction flags scored end to end on the held-out set (tests/fixtures/contradictions_heldout).

The set was annotated from real reporting (new speakers and topics) before parallax was run on
it, and no rule was tuned on it: its figures are the honest estimate for unseen reporting, where
the dev set's (tests/fixtures/contradictions) are optimistic. The floors are the figures measured
on branch contra6 less a little; the issue's targets do not hold here yet (a strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "contradictions_heldout"

#: measured 2026-12-07 on branch contra6 (main after contra5): fact recall 0.303 (20/66), own-earlier
#: 0.133 (2/15), controls flagged 0.097 (6/62; any flag 0.161). Dev set at the same commit: fact 0.806,
#: own-earlier 0.739, controls 0.024.
FLOORS = {"fact_recall": 0.28, "earlier_recall": 0.12}
CEILINGS = {"controls_flagged": 0.12, "controls_flagged_any": 0.19}


@pytest.fixture(scope="module")
def result():
    from parallax.eval.contradictions import evaluate

    return evaluate(FOLDER)


@pytest.mark.issue(12)
def test_heldout_set_covers_the_case_kinds(result):
    assert result["cases"] == {"fact": 66, "earlier": 15, "control": 62}


@pytest.mark.issue(12)
def test_heldout_set_holds_its_floors(result):
    for key, floor in FLOORS.items():
        assert result[key] >= floor, (key, result[key], result["missed"])
    for key, ceiling in CEILINGS.items():
        assert result[key] <= ceiling, (key, result[key], result["false_flags"])


@pytest.mark.issue(12)
@pytest.mark.xfail(strict=True, reason="held out: fact recall 0.30, own-earlier 0.13, controls 0.10 "
                   "(docs/_parts/contradictions-evaluation.md, 'Held-out set'); the rules were written on the dev set")
def test_heldout_set_meets_the_issue_targets(result):
    assert result["fact_recall"] >= 0.8 and result["earlier_recall"] >= 0.7 and result["controls_flagged"] <= 0.05
