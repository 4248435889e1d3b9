"""A speaker's record over time: a later claim that negates an earlier one is flagged, with its reason."""

from __future__ import annotations

import hashlib

from parallax.pipeline import group as run
from parallax.align.embed import E5Embedder
from parallax.compare import contradictions
from parallax.report.record import record
from parallax.model import Article, Kind, Span, Statement


def _put(store, aid, text, content, day, outlet):
    a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                language="en", published=day)
    i = text.index(content)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT, content=span,
                  speaker_name="Donald Tusk", person_id="p-tusk", person_name="Donald Tusk", language="en")
    store.add_articles([a])
    store.replace_statements(aid, [s], version="test")


def test_record_flags_a_later_claim_that_negates_an_earlier_one(fresh_store):
    _put(fresh_store, "a", "Tusk said Poland plans to send its troops to Ukraine.",
         "Poland plans to send its troops to Ukraine", "2024-03-01", "x.pl")
    _put(fresh_store, "b", "Tusk said Poland does not plan to send its troops to Ukraine.",
         "Poland does not plan to send its troops to Ukraine", "2024-12-12", "y.pl")
    _put(fresh_store, "c", "Tusk said the East Shield should be completed by 2028.",
         "the East Shield should be completed by 2028", "2024-12-13", "z.pl")
    embedder = E5Embedder()
    run(fresh_store, embedder=embedder)
    contradictions.run(fresh_store, embedder=embedder)
    entries = record(fresh_store, "p-tusk")
    assert [e.date for e in entries] == ["2024-03-01", "2024-12-12", "2024-12-13"]
    assert entries[0].contradicts == ()
    assert entries[1].contradicts == (entries[0].claim_id,)
    assert entries[2].contradicts == () and entries[2].flags == ()
    (flag,) = entries[1].flags
    assert flag["against"]["kind"] == "statement" and flag["against"]["published"] == "2024-03-01"
    assert "Poland plans to send its troops" in flag["reason"]


def test_record_does_not_flag_reports_of_one_day_or_unrelated_claims(fresh_store):
    # issue 12: "reports stupid" was said to contradict "Russia doesn't need North Korean troops"
    _put(fresh_store, "a", "Tusk said Russia does not need North Korean troops.",
         "Russia does not need North Korean troops", "2024-10-23", "x.pl")
    _put(fresh_store, "b", "Tusk called the reports about North Korean soldiers stupid.",
         "the reports about North Korean soldiers stupid", "2024-10-24", "y.pl")
    _put(fresh_store, "c", "Tusk said that sending Polish troops would lead to escalation.",
         "sending Polish troops would lead to escalation", "2024-10-25", "z.pl")
    embedder = E5Embedder()
    run(fresh_store, embedder=embedder)
    contradictions.run(fresh_store, embedder=embedder)
    assert all(e.flags == () and e.contradicts == () for e in record(fresh_store, "p-tusk"))
