"""Real Ukrainian and Russian news (``tests/fixtures/news_ukru``: 67 + 71 excerpts, annotated by a second
engineer before reading the code), through the same path as ``parallax run`` (``parallax eval``).

Floors are the latest figures measured (docs/evaluation.md) minus 0.03; ``person`` is the resolved
person against the annotator's canonical ``person`` (any romanisation). The issue's targets (direct exact F1 ≥ 0.85, all types overlap F1 ≥ 0.82, speaker
≥ 0.93, resolved person ≥ 0.93) are met on Ukrainian news; Russian news is the strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.eval.datasets import read_all
from parallax.eval.run import evaluate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news_ukru"
#: (dataset, row) → {metric: floor}; measured first: uk direct .789, all overlap .785, speaker .844, person .794;
#: ru direct .828, all overlap .835, speaker .834, person .817. After the pack data (branch speak,
#: 2026-12-07): uk .820 / .799 / .823 / .807, ru .830 / .836 / .835 / .817 (same order). After speaker
#: spans and statement bounds (branch span, 2026-12-07): uk .859 / .820 / .873 / .808, ru .847 / .838 /
#: .878 / .824. After speakers across the article (branch speak5, 2026-12-07): uk .859 / .825 / .934 /
#: .882, ru .859 / .851 / .916 / .865. After relaying frames and quoted names in subjects (branch speak6,
#: 2026-12-07): ru speaker .940. After people (branch person9, 2026-12-07): person uk .909, ru .878;
#: After institutions as speakers (branch person10, 2026-12-07): person uk .929, ru .891;
#: After a repeated description, a body's plural verb and «ідеться» (branch person11, 2026-12-07): uk speaker
#: .946, person uk .942; with «музей» a body, ru speaker .946, person .897 (lead c8d0b12 gave ru .878); floors are
#: these minus 0.03
FLOORS = {
    ("news_uk", "direct"): {"exact": 0.82},
    ("news_uk", "all"): {"overlap": 0.79, "speaker": 0.91, "person": 0.91},
    ("news_ru", "direct"): {"exact": 0.82},
    ("news_ru", "all"): {"overlap": 0.82, "speaker": 0.91, "person": 0.86},
}


@pytest.fixture(scope="module")
def rows():
    report = evaluate(read_all([str(FIXTURES / "news_uk.jsonl"), str(FIXTURES / "news_ru.jsonl")])).report
    return {(r["dataset"], r["type"]): r for r in report.to_dicts()}


def _value(row, metric):
    if metric == "person":
        return row["name"]["accuracy"]
    return row["speaker"]["accuracy"] if metric == "speaker" else row[metric]["f"]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_news_ukru_stays_above_floor(rows, key):
    for metric, floor in FLOORS[key].items():
        assert _value(rows[key], metric) >= floor, (key, metric, rows[key])


@pytest.mark.parametrize("dataset", [
    "news_uk",
    pytest.param("news_ru", marks=pytest.mark.xfail(strict=True, reason=(
        "resolved person .897 < .93: 10 of the 16 misses name the speaker nowhere in the excerpt (role or "
        "pronoun only: ru-013, ru-017, ru-059, ru-060, ru-066), the rest are media and museums as speakers, "
        "a denied report's author and a bare surname (docs/_parts/speakers-evaluation.md)")))])
def test_news_ukru_meets_issue_targets(rows, dataset):
    assert rows[(dataset, "direct")]["exact"]["f"] >= 0.85
    assert rows[(dataset, "all")]["overlap"]["f"] >= 0.82
    assert rows[(dataset, "all")]["speaker"]["accuracy"] >= 0.93
    assert rows[(dataset, "all")]["name"]["accuracy"] >= 0.93
