"""``pipeline``: what a plain ``run`` extracts again."""

from __future__ import annotations

from parallax import pipeline
from parallax.extract import EXTRACTOR_VERSION
from parallax.model import Article


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, url=f"https://example.org/{aid}", outlet="example.org", title="Synthetic test article",
                   text=text, published="2024-07-05", language="en", content_hash=f"h-{aid}", synthetic=True)


def test_an_older_extractor_version_makes_the_article_pending(fresh_store):
    """Statements from an older extractor are out of date: ``run`` extracts them again, while gold
    statements and an article over its time budget stay as they are."""
    fresh_store.add_articles([_article(a, f"Smith said that the {a} plan was good for everyone.")
                              for a in ("old", "gold", "slow", "new")])
    fresh_store.replace_statements("old", [], "extract-0.1")
    fresh_store.replace_statements("gold", [], "gold")
    fresh_store.replace_statements("slow", [], pipeline.OVER_BUDGET)
    assert pipeline.count_pending(fresh_store) == 2
    summary = pipeline.extract_pending(fresh_store)
    assert summary.articles == 2 and summary.statements == 2
    assert sorted(s.article_id for s in fresh_store.statements()) == ["new", "old"]
    assert pipeline.count_pending(fresh_store) == 0
    assert pipeline.count_pending(fresh_store, everything=True) == 4
    assert EXTRACTOR_VERSION.startswith("extract-")  # the family the store compares within
