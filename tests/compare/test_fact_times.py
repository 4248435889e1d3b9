"""A fact that records an earlier event as well as its own date ("fined in April 2022 for … a gathering on 19 June
2020"): a denial of the past made between the two speaks of the earlier event."""

from __future__ import annotations

import hashlib

import pytest

from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement

F09 = Fact("F09", "Boris Johnson was fined by the Metropolitan Police in April 2022 for attending a gathering in "
           "Downing Street on 19 June 2020 that broke Covid lockdown rules.", "2022-04-12", None,
           ("Boris Johnson", "Downing Street", "United Kingdom"))


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def test_a_denial_between_the_event_and_the_facts_date_contradicts_it(fresh_store, e5):
    # real: The Guardian, 2022-03-29, two weeks before the fine
    text = ("The 20 fines are believed to be those seen as most straightforward to issue. Johnson has vehemently "
            "denied that he breached any rules, and so is unlikely to fall into this first camp.")
    a = Article(id="g", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="theguardian.com",
                language="en", published="2022-03-29", url="https://theguardian.com/g")
    i, j = text.index("that he breached any rules"), text.index("denied")
    span = (Span.of(text, i, i + len("that he breached any rules")),)
    s = Statement(id=Statement.make_id("g", span), article_id="g", type=Kind.INDIRECT, content=span,
                  cue=(Span.of(text, j, j + len("denied")),), person_id="boris-johnson", person_name="Boris Johnson",
                  speaker_name="Boris Johnson", language="en")
    fresh_store.add_articles([a])
    fresh_store.replace_statements("g", [s], "t")
    fresh_store.put_facts([F09])
    C.run(fresh_store, embedder=e5)
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F09", "denial")]
    # a fact recording only its own date is still out of reach before it
    fresh_store.put_facts([Fact("F09", "Boris Johnson was fined by the Metropolitan Police for attending a gathering "
                                "in Downing Street that broke Covid lockdown rules.", "2022-04-12", None,
                                ("Boris Johnson", "Downing Street", "United Kingdom"))])
    C.run(fresh_store, embedder=e5, full=True)
    assert not fresh_store.contradictions()
