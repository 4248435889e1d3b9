"""Claims, occasions and speakers on real occasions nobody tuned on, through the user's path.

Reads ``tests/fixtures/events_heldout`` (real multi-outlet coverage in the format of
``../shared/data/events_dev``, each occasion built and annotated by an engineer who had not read the
alignment code, committed before parallax first ran on it) and scores it with the shared scorer
(``../shared/tools/score_coverage.py``, skipped when it is not beside the checkout). The dev occasions'
figures are optimistic; these estimate what a user gets on other occasions. Floors are each occasion's
figures last measured, less a little; the issue's targets do not hold here yet (a strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.eval.events import evaluate

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "events_heldout"
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score_coverage.py"

#: vance-munich-2025-02 (branch event3; 50 articles, 48 outlets, 12 languages, 27 statements, 228 mentions):
#: measured on lead 9f51923 (the ninth session's code), the first run, blind: found 0.807, resolved 0.630,
#: claims F1 0.210 (P 0.689 R 0.124; across languages 0.188), occasions F1 0.567 (P 1.000 R 0.396).
#: scholz-zeitenwende-2022-02 (branch event5; 33 articles, 32 outlets, 10 languages, 26 statements, 157 mentions):
#: measured on lead 5463d21, the first run, blind: found 0.605, resolved 0.758, claims F1 0.349 (P 0.708 R 0.232;
#: across languages 0.339), occasions F1 0.529 (P 1.000 R 0.359).
#: putin-carlson-2024-02 (branch event4; 49 articles, 47 outlets, 12 languages, 20 statements, 207 mentions):
#: measured on lead 5463d21, the first run, blind: found 0.763, resolved 0.810, claims F1 0.374 (P 0.868 R 0.238;
#: across languages 0.373), occasions F1 0.831 (P 1.000 R 0.712).
#: The tenth session's final code (lead 5b55ee2; the Vance folder read by held1, held2, occ9 and claims7, the other two
#: still blind): Putin found 0.773, resolved 0.825, claims 0.395, occasions 0.848; Scholz 0.662, 0.731, 0.351, 0.588;
#: Vance 0.811, 0.757, 0.459, 0.762 (not blind).
FLOORS = {
    "putin-carlson-2024-02": {"found_rate": 0.75, "resolved_rate": 0.80, "claims": 0.37, "occasions": 0.82},
    "scholz-zeitenwende-2022-02": {"found_rate": 0.64, "resolved_rate": 0.73, "claims": 0.33, "occasions": 0.56},
    "vance-munich-2025-02": {"found_rate": 0.79, "resolved_rate": 0.73, "claims": 0.43, "occasions": 0.73},
}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not SCORER.is_file():
        pytest.skip("../shared/tools/score_coverage.py is not beside the checkout")
    return evaluate(HELDOUT, tmp_path_factory.mktemp("heldout"), SCORER)


@pytest.mark.issue(10)
def test_every_heldout_occasion_is_scored(result):
    assert sorted(result["per_folder"]) == sorted(FLOORS)


@pytest.mark.issue(10)
@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_heldout_occasion_holds_its_floors(result, folder):
    got = result["per_folder"][folder]
    row = got["rows"]["all"]
    figures = {"found_rate": row["found_rate"], "resolved_rate": row["resolved_rate"],
               "claims": got["claims"]["f1"], "occasions": got["occasions"]["f1"]}
    assert all(figures[k] >= floor for k, floor in FLOORS[folder].items()), figures


@pytest.mark.issue(10)
@pytest.mark.xfail(strict=True, reason="on the held-out occasions claims read 0.46, 0.35 and 0.40, occasions "
                   "0.76, 0.59 and 0.85 (Vance read; first runs, blind: claims 0.21, 0.35, 0.37, occasions 0.57, "
                   "0.53, 0.83), far below the targets the dev occasions approach (docs/evaluation.md)")
def test_heldout_occasions_meet_the_issue_targets(result):
    assert result["claims"]["f1"] >= 0.85 and result["occasions"]["f1"] >= 0.90
