"""Claims, occasions and speakers on real multi-outlet coverage, through the user's path.

Reads ``../shared/data/events_dev`` (two real occasions, 120 articles in 14 languages, every mention
annotated by hand) when it is beside the checkout, runs ``parallax ingest`` → ``run`` →
``statements --json`` as a user does, and scores with the shared scorer. Floors are the figures
measured on 2026-12-07 (docs/evaluation.md) minus about 0.02 to 0.03: a drop below them is a regression.
The issue's claims target (F1 ≥ 0.85) is not met yet; its xfail test says so and turns red the day it
is. The occasions target (≥ 0.90) is met since branch occ7 (0.901).
"""

from __future__ import annotations

import pytest

from parallax.eval.events import evaluate

#: measured on main 2026-12-07 after all merges: claims 0.488, across languages 0.482, occasions 0.804
#: (0.854 with the kind split of ``align.occasions.split_by_kind``, 0.860 with a report's own day from
#: ``align.occasions.report_day``/``late_days``), found 0.846, resolved 0.956 (a change
#: of extraction moves claims by ±0.01–0.03, hence the margin); claims 0.521, across languages 0.509
#: with partial quotes anchored on the quotes that hold their words (``align.group.anchor_partial_quotes``);
#: occasions 0.878 when a report's own words move it out of a claim that mixes two occasions;
#: found 0.886 with German perfects, trailing frames before a venue, pointer openings (branch found5);
#: claims 0.548, across languages 0.532 when a copy's reports join the claims of the text it copies
#: (``align.group.join_copies``, branch claims5)
#: occasions 0.884 when a quote relayed by a medium («…», - пише Le Monde) keeps its article's main speaker;
#: occasions 0.900 (Macron 0.920, Orbán 0.796) when a claim whose reports name two occasions is regrouped
#: (``align.group.split_mixed``) and the packs name the opening part of a meeting, 0.901 (Orbán 0.802) when
#: a rewrite's reports take the day of the text it rewrites (``align.occasions.source_days``, branch occ7)
FLOORS = {
    ("claims", "f1"): 0.52,
    ("claims_cross_language", "f1"): 0.50,
    ("occasions", "f1"): 0.88,
}
FOUND_FLOOR, RESOLVED_FLOOR = 0.86, 0.93
#: omitted cells whose outlet's article does not mention the remark (measured 2026-12-07: 0.93, 13 of 14,
#: 3 unjudged; 0.74 before an omission needed nearly half the voices)
OMISSION_PRECISION_FLOOR = 0.85


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    from pathlib import Path

    events = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events_dev"
    if not events.is_dir():
        pytest.skip("../shared/data/events_dev is not beside the checkout")
    return evaluate(events, tmp_path_factory.mktemp("events"))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_events_grouping_stays_above_floor(result, metric):
    group, name = metric
    assert result[group][name] >= FLOORS[metric], result[group]


def test_events_found_and_resolved_stay_above_floor(result):
    row = result["rows"]["all"]
    assert row["found_rate"] >= FOUND_FLOOR and row["resolved_rate"] >= RESOLVED_FLOOR, row


@pytest.mark.xfail(strict=True, reason="claim grouping on real coverage is far below the 0.85 target: the only "
                   "offline multilingual embedder barely separates remarks of one occasion (docs/evaluation.md)")
def test_events_claims_meet_target(result):
    assert result["claims"]["f1"] >= 0.85 and result["claims_cross_language"]["f1"] >= 0.85


def test_events_occasions_meet_target(result):
    assert result["occasions"]["f1"] >= 0.90


def test_events_omissions_stay_above_floor(result):
    om = result["omissions"]
    assert om["true"] >= 10 and om["precision"] >= OMISSION_PRECISION_FLOOR, om


def test_events_no_false_omission(result):
    """Every omitted cell's outlet left the remark out (branch found5: 28 true, 0 false, 10 unjudged; a
    remark split into two claims, a quote and its paraphrase, can bring one back)."""
    assert result["omissions"]["false"] == 0, result["omissions"]["false_cells"]
