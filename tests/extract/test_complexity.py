"""Issue 14: extraction is linear in the article's length on adversarial text, and ``run`` has a
per-article time budget that records and skips instead of stalling the batch."""

from __future__ import annotations

import time

import pytest

from parallax.extract import _merge
from parallax.extract.backends import MAX_RUN, _short_tokens
from parallax.extract.draft import Draft

pytestmark = pytest.mark.issue(14)


def test_no_run_longer_than_max_reaches_the_parser():
    text = 'He said ' + '"' * 100_000 + ' and https://example.org/' + "a" * 300 + " end."
    out = _short_tokens(text)
    assert len(out) == len(text)
    assert max(len(w) for w in out.split()) <= MAX_RUN
    assert all(a == b or a == " " for a, b in zip(out, text))  # only overwritten by spaces
    assert _short_tokens("Smith said so.") == "Smith said so."


def test_merge_is_linear_in_the_number_of_drafts():
    n = 30_000
    direct = [Draft("direct", [(i * 100, i * 100 + 40)], rule="framed") for i in range(0, n, 2)]
    reported = [Draft("indirect", [(i * 100 + 50, i * 100 + 90)], rule="that") for i in range(n)]
    reported += [Draft("indirect", [(i * 100 + 1, i * 100 + 39)], rule="that") for i in range(0, n, 2)]
    t0 = time.perf_counter()
    merged = _merge(direct, reported)
    assert time.perf_counter() - t0 < 10  # pairwise: 10^9 comparisons, many minutes
    assert len(merged) == len(direct) + n  # the repeats inside direct quotes are dropped
    assert [d.start for d in merged] == sorted(d.start for d in merged)


def test_merge_keeps_its_rules():
    quote = Draft("direct", [(10, 50)], rule="framed")
    inside = Draft("indirect", [(12, 48)], rule="that")  # inside a direct quote: dropped
    floating = Draft("direct", [(120, 140)], rule="floating")
    around = Draft("mixed", [(100, 160)], rule="that")  # swallows the floating quote
    repeat = Draft("indirect", [(101, 159)], rule="according")
    assert _merge([quote, floating], [inside, around, repeat]) == [quote, around]


def _article(text: str, language: str = "en"):
    from parallax.ingest import build
    from parallax.ingest.record import Raw

    return build(Raw(text=text, source="t", format="text", fields={"language": language}))


def test_many_quotation_marks_take_linear_time():
    from parallax import extract

    extract.statements(_article('Smith said that the plan was "very good" today.'))  # models loaded

    def seconds(n: int) -> float:
        t0 = time.perf_counter()
        extract.statements(_article('He said ' + '"' * n + ' and left.'))
        return time.perf_counter() - t0

    small, large = seconds(1_500), seconds(6_000)
    assert large < 9 * max(small, 0.2)  # 4 × the marks: quadratic was 16 × the time (and 118 s at 20k)


def test_speaker_lookups_do_not_scan_the_article():
    from parallax import extract

    n = 1500
    text = " ".join(f"The minister said that the talks with partner number {i} would go on." for i in range(n))
    extract.statements(_article("Smith said that the plan was good."))
    t0 = time.perf_counter()
    found = extract.statements(_article(text))
    assert len(found) == n
    assert time.perf_counter() - t0 < 60


def test_run_skips_an_article_over_its_budget_and_goes_on(fresh_store, monkeypatch):
    from parallax import extract, pipeline

    arts = [_article(f"Smith said that the plan number {i} was good for everyone.") for i in range(3)]
    fresh_store.add_articles(arts)
    real = extract.statements

    def slow_on_second(article, options=None):
        if article.id == arts[1].id:
            while True:  # a stall, as on adversarial text
                sum(range(1000))
        return real(article, options=options)

    real(_article("Smith said that the warm-up loads every model."))  # loading is not the article's time
    monkeypatch.setattr(extract, "statements", slow_on_second)
    t0 = time.perf_counter()
    summary = pipeline.extract_pending(fresh_store, budget=4.0)  # roomy: a loaded CI machine is slow
    assert time.perf_counter() - t0 < 60
    assert [a for a, _ in summary.failed] == [arts[1].id]
    assert "time budget" in summary.failed[0][1]
    assert summary.articles == 2
    assert fresh_store.count_articles(pending=True) == 0  # recorded: a rerun does not stall again
    assert pipeline.extract_pending(fresh_store, budget=4.0).failed == ()


def test_time_budget_stops_a_stall_off_the_main_thread():
    """Ray Data runs a worker's batches in a thread: the budget holds there too."""
    import threading

    from parallax import pipeline

    got: list[str] = []

    def work():
        try:
            with pipeline.time_budget(0.5):
                while True:
                    sum(range(1000))
        except pipeline.OverBudget as e:
            got.append(str(e))
        with pipeline.time_budget(5):  # a block that ends in time is left alone
            got.append("in time")
        time.sleep(0.1)
        got.append("after")

    t = threading.Thread(target=work)
    t0 = time.perf_counter()
    t.start()
    t.join(30)
    assert not t.is_alive() and time.perf_counter() - t0 < 10
    assert got == ["over the time budget of 0.5 s per article", "in time", "after"]
