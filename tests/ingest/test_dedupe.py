"""dedupe: content hash, canonical URL, MinHash near-duplicates found through LSH bands."""

from __future__ import annotations

import pytest

from parallax.ingest import dedupe

WIRE = (
    "Belarusian President Alexander Lukashenko said on Wednesday that Belarusian troops would not take "
    "part in the war against Ukraine, as this would lead to an escalation of the conflict and the "
    "potential intervention of NATO. He expressed doubt about reports that Russia plans to bring North "
    "Korean troops to the front, noting that such a move is not in Russia's interests. Lukashenko, "
    "answering the BBC's questions, called the information about the participation of soldiers from "
    "the DPRK stupid and said that Putin will never put pressure on other countries to join the war. "
    "He also denied that Belarus was involved in the invasion, which began partly from Belarusian "
    "territory, and said Russian troops had returned home after exercises before the war began."
)
REWRITTEN_LEAD = "MINSK (Synthetic Agency) - Belarus will stay out of the fighting, its leader insisted. " + WIRE.split(". ", 1)[1]
UNRELATED = (
    "The European Central Bank left interest rates unchanged on Thursday, saying inflation in the euro "
    "zone was moving towards its two per cent target while growth remained weak across the bloc. "
    "Markets had expected the decision, and the euro barely moved against the dollar after the announcement."
)


@pytest.mark.parametrize("url,expected", [
    ("HTTPS://WWW.BBC.co.uk/news/world-1/?utm_source=tw&b=2&a=1#top", "https://bbc.co.uk/news/world-1?a=1&b=2"),
    ("https://tass.ru/politika/1?fbclid=abc&gclid=x", "https://tass.ru/politika/1"),
    ("http://example.org:80/", "http://example.org"),
    ("https://example.org:8443/a/", "https://example.org:8443/a"),
    ("", None), (None, None),
])
def test_dedupe_canonical_url(url, expected):
    assert dedupe.canonical_url(url) == expected


def test_dedupe_content_hash_ignores_whitespace_only():
    assert dedupe.content_hash("a  b\n c") == dedupe.content_hash("a b c")
    assert dedupe.content_hash("a b c") != dedupe.content_hash("a b d")


def test_dedupe_similarity_separates_copies_from_unrelated():
    sig = dedupe.signature(WIRE)
    assert dedupe.similarity(sig, dedupe.signature(REWRITTEN_LEAD)) >= dedupe.THRESHOLD
    assert dedupe.similarity(sig, dedupe.signature(UNRELATED)) < 0.2
    assert dedupe.fingerprint(WIRE) == dedupe.fingerprint(WIRE)  # stable across calls (and runs)


def test_dedupe_index_links_copies_not_unrelated():
    index = dedupe.NearDuplicateIndex()
    assert index.add("wire", dedupe.fingerprint(WIRE)) == []
    assert index.add("other", dedupe.fingerprint(UNRELATED)) == []
    pairs = index.add("copy", dedupe.fingerprint(REWRITTEN_LEAD))
    assert [(a, b) for a, b, _ in pairs] == [("copy", "wire")]
    assert index.add("copy", dedupe.fingerprint(REWRITTEN_LEAD)) == []  # an id is indexed once


def test_dedupe_index_loads_stored_rows_and_skips_foreign_fingerprints():
    index = dedupe.NearDuplicateIndex()
    index.load([("wire", dedupe.fingerprint(WIRE)), ("old", "not-hex"), ("short", "abcd")])
    assert len(index) == 1
    assert [b for _, b, _ in index.add("copy", dedupe.fingerprint(REWRITTEN_LEAD))] == ["wire"]


def test_dedupe_templated_corpus_stays_linear():
    # every text shares a template: buckets fill up and are capped, so 3,000 adds stay fast
    import time

    index = dedupe.NearDuplicateIndex()
    start = time.perf_counter()
    for i in range(3000):
        index.add(f"t{i}", dedupe.fingerprint(
            f"Synthetic article {i}. Lukashenko said on day {i % 365} that troops numbered {i * 7} "
            f"would not cross the border near village {i * 13 % 997}, according to source {i % 31}."))
    assert max(len(b) for b in index._bands.values()) <= dedupe.MAX_BUCKET
    assert time.perf_counter() - start < 10
