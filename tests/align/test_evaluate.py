"""Regression floors on the synthetic align fixture (``tests/fixtures/align``).

This fixture is synthetic and small: it scored 0.94 while real coverage scored 0.21, so it is
not the accuracy target any more — real multi-outlet coverage is (``tests/align/test_events.py``
over ``../shared/data/events_dev``). The floors here are the figures measured on 2026-12-06 with
the joint grouping and the conservative omission rule (docs/evaluation.md) minus 0.03: they
catch regressions. Omission precision stays at 1.0; recall is traded for it on purpose (an
analyst who sees one false omission stops trusting all of them).
"""

from __future__ import annotations

import pytest

from parallax.align.evaluate import evaluate


@pytest.fixture(scope="module")
def result(e5):
    return evaluate("tests/fixtures/align", embedder=e5)


def test_evaluate_grouping_f1_stays_above_floor(result):
    assert result["grouping"]["f1"] >= 0.85, result["grouping"]


def test_evaluate_omissions_precision_is_perfect_and_recall_above_floor(result):
    assert result["omissions"]["precision"] == 1.0, result["omissions"]
    assert result["omissions"]["recall"] >= 0.66, result["omissions"]


@pytest.mark.parametrize("metric", ["precision", "recall"])
def test_evaluate_alterations_meet_target(result, metric):
    assert result["alterations"][metric] >= 0.9, result["alterations"]


@pytest.mark.parametrize("kind", ["negation", "number", "date", "qualifier", "speaker", "addressee", "added_words"])
def test_evaluate_every_alteration_kind_is_found(result, kind):
    assert result["alterations_by_kind"][kind]["recall"] == 1.0, result["alterations_by_kind"][kind]


def test_evaluate_demo_state_agency_omission_ranks_first(e5):
    from parallax.pipeline import group as run
    from parallax.align.evaluate import build_store
    from parallax.compare.matrix import outlet_kinds, rank_omissions

    store, labels, gold = build_store("src/parallax/data/demo")
    before = {s.id: s for s in store.statements(article_id="demo-01")}
    run(store, embedder=e5)
    (r1,) = [o for o in store.occasions() if o.venue == "Russia 1"]
    ranked = rank_omissions(store.coverage(r1.id), outlet_kinds(store))
    top = ranked[0]
    assert (top.cell.outlet, top.cell.article_id) == ("tass.ru", "demo-08")
    # the remark the primary source carries (its parts, after alignment split the transcript's turns)
    r2 = {s.claim_id for s in store.statements(article_id="demo-01") for g, lab in labels.items()
          if lab == "R2" and g in before and min(s.end, before[g].end) > max(s.start, before[g].start)}
    assert top.cell.claim_id in r2
    assert "vesti.ru" in top.carried_by and len(top.carried_by) >= 5


# End to end: the same fixture from raw text through ingest → extraction → people → align.
# Floors are the figures measured on 2026-12-06 (docs/evaluation.md) minus 0.03; a drop below
# them is a regression.
E2E_FLOORS = {
    ("grouping", "f1"): 0.75,
    # 0.92 (measured 0.93) since clause splitting (issue 10, 2026-12-07): "…, as Russian forces continue to advance"
    # now joins the two reports of "Russian forces keep pressing" that the fixture leaves unlabelled,
    # and the three outlets without it count as omitting a remark the gold does not list (3 cells)
    ("omissions", "precision"): 0.92,
    ("omissions", "recall"): 0.6,
    ("alterations", "precision"): 0.75,
    ("alterations", "recall"): 0.85,
}


@pytest.fixture(scope="module")
def end_to_end(e5):
    return evaluate("tests/fixtures/align", embedder=e5, from_text=True)


@pytest.mark.parametrize("metric", sorted(E2E_FLOORS))
def test_evaluate_end_to_end_stays_above_floor(end_to_end, metric):
    group, name = metric
    assert end_to_end[group][name] >= E2E_FLOORS[metric], end_to_end[group]


def test_evaluate_end_to_end_cell_status_and_report_matching(end_to_end):
    assert end_to_end["cell_status_accuracy"] >= 0.73
    assert end_to_end["reports_matched"] >= 0.9 * end_to_end["reports"]
    assert not end_to_end["extract_failed"]


def test_evaluate_match_reports_counts_unmatched_and_missed():
    from parallax.align.evaluate import load_fixture, match_reports
    from parallax.model import Kind, Span, Statement

    articles, gold = load_fixture("tests/fixtures/align")
    a = next(x for x in articles if x.id == "al-02")
    report = next(r for c in gold["claims"] for r in c["reports"] if r["article"] == "al-02")
    start, end = report["span"]
    inside = Statement(id="s-in", article_id="al-02", type=Kind.INDIRECT, content=(Span.of(a.text, start + 2, end),))
    outside = Statement(id="s-out", article_id="al-02", type=Kind.INDIRECT, content=(Span.of(a.text, 0, 5),))
    labels, missed, counts = match_reports([inside, outside], gold)
    assert labels == {"s-in": next(c["id"] for c in gold["claims"] if report in c["reports"]), "s-out": None}
    assert counts["statements_unmatched"] == 1 and counts["reports_matched"] == 1
    assert len(missed) == counts["reports"] - 1
