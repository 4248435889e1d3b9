"""The Store contract (issue 13): every behaviour below runs on every backend, SQLite and PostgreSQL.

PostgreSQL cases need ``PARALLAX_TEST_PG`` (``.ci/run`` starts a server and sets it); without it
they skip with that reason.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import parallax
from parallax.errors import NotFound, StoreBusy
from parallax.model import (
    Alert, Alteration, Article, Cell, Claim, Contradiction, Fact, Kind, Occasion, Outlet, Person, Role, Span,
    Statement, Status, Watch,
)
from parallax.store import open_store
from parallax.store.terms import terms

pytestmark = pytest.mark.issue(13)

RU = "Лукашенко заявил: «Это глупость». Зеленського не було, сказав Єрмак про переговори."
EN = "He said “nobody is going to fight there”, the Société Générale's chief economist added."


def _article(aid="a1", text=RU, **kw) -> Article:
    kw.setdefault("content_hash", "h-" + aid)
    return Article(id=aid, text=text, **kw)


def _statement(sid, aid, text, start, end, **kw) -> Statement:
    return Statement(id=sid, article_id=aid, type=kw.pop("type", Kind.DIRECT), content=(Span.of(text, start, end),),
                     **kw)


def _seed(store) -> None:
    """Two articles (Russian/Ukrainian and English) with one statement each."""
    store.add_articles([_article("a1", RU, outlet="belta.by", published="2024-07-05T10:00:00Z", language="ru"),
                        _article("a2", EN, outlet="bbc.co.uk", published="2024-07-04", language="en",
                                 title="Talks")])
    store.replace_statements("a1", [_statement("s1", "a1", RU, 19, 32, speaker=Span.of(RU, 0, 9), language="ru",
                                               cue=(Span.of(RU, 10, 16),))], "v1")
    store.replace_statements("a2", [_statement("s2", "a2", EN, 9, 39, language="en")], "v1")


# ----------------------------------------------------------------- articles
def test_reingest_is_idempotent_and_ids_are_per_outlet(store):
    batch = [_article("1", "Text one.", outlet="a.example"), _article("2", "Text two.", outlet="a.example")]
    first = store.add_articles(batch)
    again = store.add_articles(batch)
    assert (first.added, first.duplicates, again.added, again.duplicates) == (2, 0, 0, 2)
    other = store.add_articles([_article("1", "Other text.", outlet="b.example", content_hash="h-b1")])
    assert other.added == 1 and other.ids[0] != "1"
    assert store.article(other.ids[0]).meta["source_id"] == "1"
    assert store.count_articles() == 3 and store.article_ids()[:2] == ["1", "2"]
    assert store.find_duplicate(_article("9", "Text one.", outlet="a.example", content_hash="h-1")) == "1"
    assert store.find_duplicate(_article("9", "x", content_hash="h-none")) is None


def test_articles_filters_order_and_pending(store):
    _seed(store)
    store.add_articles([_article("a3", "Later text.", outlet="belta.by")])
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]  # insertion order
    assert [a.id for a in store.articles(pending=True)] == ["a3"]
    assert [a.id for a in store.articles(outlet="belta.by", limit=1, offset=1)] == ["a3"]
    assert list(store.articles(ids=[])) == []
    assert store.count_articles(pending=True) == 1
    store.replace_statements("a2", [], "extract-0.3")
    store.replace_statements("a3", [], "over-budget")
    assert [a.id for a in store.articles(pending=True, current="extract-0.4")] == ["a2"]  # older version
    assert store.count_articles(pending=True, current="extract-0.3") == 0  # "v1" is not of the family
    with pytest.raises(NotFound):
        store.article("nope")


def test_near_duplicates_and_outlets(store):
    _seed(store)
    assert store.link_near_duplicates([("a1", "a2", 0.91)]) == 1
    assert store.link_near_duplicates([("a1", "a2", 0.91)]) == 0
    assert store.near_duplicates("a2") == [("a1", 0.91)]
    store.upsert_outlets([Outlet("tass.ru", "TASS", "RU", "ru", "agency"), Outlet("bbc.co.uk", "BBC")])
    store.upsert_outlets([Outlet("tass.ru", "ТАСС", "RU", "ru", "agency")])
    assert [(o.domain, o.name) for o in store.outlets()] == [("bbc.co.uk", "BBC"), ("tass.ru", "ТАСС")]


# -------------------------------------------------------------- transactions
def test_failed_batch_leaves_nothing(store):
    def batch():
        yield _article("a1")
        raise RuntimeError("crash mid-batch")

    with pytest.raises(RuntimeError):
        store.add_articles(batch())
    assert store.count_articles() == 0


def test_transaction_rolls_back_every_write_in_it(store):
    _seed(store)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.replace_statements("a1", [], "v2")
            store.add_correction("merge", "p1", "p2")
            raise RuntimeError("boom")
    assert [s.id for s in store.statements(article_id="a1")] == ["s1"]
    assert store.corrections() == []
    with store.transaction():
        store.add_correction("alias", "p1", value="Лука")
    assert len(store.corrections()) == 1


# ---------------------------------------------------------------- statements
def test_statement_round_trip_keeps_fragments_spans_and_links(store):
    store.add_articles([_article("a1", RU)])
    c1, c2 = Span.of(RU, 19, 32), Span.of(RU, 34, 50)
    s = Statement(id="s1", article_id="a1", type=Kind.DIRECT, content=(c1, c2), speaker=Span.of(RU, 0, 9),
                  cue=(Span.of(RU, 10, 16),), venue=Span.of(RU, 60, 65), venue_name="Венью", language="ru",
                  confidence=0.75)
    assert store.replace_statements("a1", [s], "v1") == 1
    back = store.statement("s1")
    assert back == s
    linked = replace(s, person_id="p1", person_name="Лукашенко А.", person_rule="alias", person_score=0.875,
                     speaker_name="Лукашенко")
    assert store.update_links([linked]) == 1
    back = store.statement("s1")
    assert (back.person_id, back.person_name, back.person_score) == ("p1", "Лукашенко А.", 0.875)
    assert store.count_statements(person_id="p1") == 1 and store.count_statements(person_id="p2") == 0
    assert [x.id for x in store.statements(speaker="Лукаш")] == ["s1"]
    assert store.count_articles(pending=True) == 0
    with pytest.raises(NotFound):
        store.statement("nope")


def test_statement_filters_and_order(store):
    _seed(store)
    assert [s.id for s in store.statements()] == ["s2", "s1"]  # by publication date
    assert [s.id for s in store.statements(outlet="belta.by")] == ["s1"]
    assert [s.id for s in store.statements(since="2024-07-05")] == ["s1"]
    assert [s.id for s in store.statements(until="2024-07-04")] == ["s2"]
    assert [s.id for s in store.statements(language="en", type="direct")] == ["s2"]
    assert [s.id for s in store.statements(ids=[])] == []
    assert [s.id for s in store.statements(article_ids=["a1", "a2"], limit=1, offset=1)] == ["s1"]
    store.upsert_outlets([Outlet("belta.by", "BelTA", kind="state")])
    assert [s.id for s in store.statements(outlet_kind="state")] == ["s1"]


# ----------------------------------------------------------------- search
@pytest.mark.parametrize("query, hits", [
    ("глупость", ["s1"]),            # Russian, as written
    ("ГЛУПОСТЬ", ["s1"]),            # any case
    ("Это глупость", ["s1"]),        # every word
    ("глупости", []),                # another inflected form is another word (as FTS5)
    ("Лукашенко", ["s1"]),           # the speaker is searched too
    ("nobody fight", ["s2"]),
    ('"AND OR NEAR(', []),           # query syntax is only words
    ("", ["s2", "s1"]),              # no words: no filter
])
def test_statement_search_latin_and_cyrillic(store, query, hits):
    _seed(store)
    assert [s.id for s in store.statements(query=query)] == hits


@pytest.mark.parametrize("query, hits", [
    ("Зеленського", ["a1"]),         # Ukrainian genitive, as written
    ("зеленського єрмак", ["a1"]),   # Ukrainian letters є, і kept; any case
    ("Зеленський", []),              # the nominative is another word (as FTS5)
    ("societe generale", ["a2"]),    # Latin diacritics folded
    ("Société", ["a2"]),
    ("talks", ["a2"]),               # the title is searched too
    ("переговори economist", []),
])
def test_article_search_latin_and_cyrillic(store, query, hits):
    _seed(store)
    assert sorted(a.id for a in store.search_articles(query)) == hits


def test_search_follows_person_links(store):
    _seed(store)
    s = store.statement("s2")
    store.update_links([replace(s, person_name="Олаф Шольц")])
    assert [x.id for x in store.statements(query="Шольц")] == ["s2"]


def test_statement_filters_by_people_and_word_prefixes(store):
    """``person_ids`` and ``terms`` (the search module's index query): each ``(people, prefixes)``
    pair holds for a statement of one of the people or with a word starting with a prefix."""
    _seed(store)
    start = EN.index("Société")
    store.replace_statements("a2", [_statement("s2", "a2", EN, 9, 39, language="en"),
                                    _statement("s3", "a2", EN, start, start + len("Société Générale's chief economist"),
                                               language="en")], "v1")
    store.update_links([replace(store.statement("s2"), person_id="p9", person_name="Олаф Шольц")])
    ids = lambda **kw: [s.id for s in store.statements(**kw)]  # noqa: E731
    assert ids(person_ids=["p9"]) == ["s2"] and ids(person_ids=[]) == []
    assert ids(terms=[((), ("глуп",))]) == ["s1"]              # Cyrillic prefix: глупость
    assert ids(terms=[((), ("ГЛУП",))]) == ["s1"]              # any case
    assert ids(terms=[((), ("глупость",))]) == ["s1"]          # a whole word is its own prefix
    assert ids(terms=[((), ("глупостью",))]) == []             # a longer form is not
    assert ids(terms=[((), ("fig",))]) == ["s2"]               # Latin prefix: fight
    assert ids(terms=[((), ("soci", "econ"))]) == ["s3"]
    assert ids(terms=[((), ("Socié",))]) == ["s3"]             # diacritics folded, as the index does
    assert ids(terms=[((), ("шольц",))]) == ["s2"]             # the linked person's name is indexed
    assert ids(terms=[((), ("глуп", "fig"))]) == ["s2", "s1"]  # any prefix of a pair
    assert ids(terms=[((), ("глуп",)), ((), ("fig",))]) == []  # every pair
    assert ids(terms=[(("p9",), ("глуп",))]) == ["s2", "s1"]   # the pair's people, or its words
    assert ids(terms=[(("p9",), ()), ((), ("nob",))]) == ["s2"]
    assert ids(terms=[((), ())]) == [] and ids(terms=[((), ('"', " "))]) == []
    assert ids(terms=[((), ('"AND OR NEAR(',))]) == []         # prefixes are only words
    assert ids(terms=[((), ("глуп", "fig"))], language="ru") == ["s1"]
    assert store.count_statements(terms=[((), ("глуп", "fig"))]) == 2


def _fts5_terms(texts: list[str]) -> list[list[str]]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    out = []
    for text in texts:
        conn.execute("DELETE FROM t")
        conn.execute("INSERT INTO t VALUES (?)", (text,))
        out.append([r[0] for r in conn.execute("SELECT term FROM v ORDER BY offset")])
    return out


def test_search_terms_are_fts5s_on_sentences():
    texts = [RU, EN, "İstanbul ΣΊΣΥΦΟΣ straße e\u0301te\u0301 5 µg नमस्ते 日本語 ﬁne x²", "a_b c-d 3.5"]
    assert [terms(t) for t in texts] == _fts5_terms(texts)


def test_search_terms_are_fts5s_on_the_real_corpora(shared_data):
    texts = []
    for path in sorted(shared_data.glob("events_dev/*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [row.get("title") or "", row.get("text") or ""]
    assert texts
    assert [terms(t) for t in texts] == _fts5_terms(texts)


# ------------------------------------------------------- people, corrections
def test_people_and_corrections(store):
    p = Person("p1", "Олександр Лукашенко", ("Лукашенко", "Lukashenko"), "Q1", "male",
               (Role("President", "1994", None, {"ru": ("президент",)}),), "registry")
    store.upsert_people([p, Person("p0", "Angela Merkel")])
    store.upsert_people([p])
    assert store.people() == [Person("p0", "Angela Merkel", source="registry"), p]
    ids = [store.add_correction("merge", "p1", "p2"), store.add_correction("alias", "p1", value="Батька")]
    assert ids[1] > ids[0]
    assert store.corrections() == [(ids[0], "merge", "p1", "p2", None), (ids[1], "alias", "p1", None, "Батька")]


# -------------------------------------------------------------- alignment
def _align(store) -> None:
    _seed(store)
    store.upsert_occasions([Occasion("o1", "p1", "Minsk", "2024-07-05", "Minsk presser", "a1"),
                            Occasion("o0", None, None, None, "Undated")])
    store.upsert_claims([Claim("c2", "p1", "o1", "second"), Claim("c1", "p1", "o1", "first", language="ru")],
                        {"c1": b"\x00\x01\xff"})
    store.assign_claims([("s1", "c1", "o1", 0.9, "embed"), ("s2", "c1", "o1", 0.8, "embed")])


def test_alignment_round_trip_and_incremental_state(store):
    _align(store)
    assert [o.id for o in store.occasions()] == ["o0", "o1"]  # undated first
    assert store.occasion("o1").label == "Minsk presser"
    assert [(c.id, c.statement_ids) for c in store.claims(occasion_id="o1")] == [("c2", ()), ("c1", ("s1", "s2"))]
    assert store.claim_centroids() == {"c1": b"\x00\x01\xff"}
    store.upsert_claims([Claim("c1", "p1", "o1", "first, relabelled")])  # keeps its centroid
    assert store.claim_centroids(person_id="p1") == {"c1": b"\x00\x01\xff"}
    assert store.claim_evidence("s1") == ("c1", 0.9, "embed") and store.claim_evidence("s9") is None
    assert store.claim_heads(["c1"])["c1"].label == "first, relabelled"
    state = {r[0]: r for r in store.alignment_state()}
    assert state["s1"][5:8] == ("c1", "o1", True) or state["s1"][5:8] == ("c1", "o1", 1)
    assert [r[0] for r in store.statement_speakers()] == ["s2", "s1"]
    assert store.occasions_without_coverage() == ["o1"]
    assert store.prune_alignment() == 2  # c2 has no statement, then o0 no claim
    assert [o.id for o in store.occasions()] == ["o1"]
    store.delete_alignment(["s2"], [], [])
    assert store.statement("s2").claim_id is None and store.claim_evidence("s2") is None
    assert not dict((r[0], r[7]) for r in store.alignment_state())["s2"]
    store.clear_alignment()
    assert store.claims() == [] and store.occasions() == []


def test_split_statements_replaces_a_row_by_its_parts(store):
    _align(store)
    a, b = _statement("s1a", "a1", RU, 19, 25), _statement("s1b", "a1", RU, 26, 32)
    assert store.split_statements([("s1", [a, b])]) == 2
    assert [s.id for s in store.statements(article_id="a1")] == ["s1a", "s1b"]
    assert store.claim_evidence("s1") is None
    assert [s.id for s in store.statements(query="глупость")] == []
    assert [s.id for s in store.statements(query="Это")] == ["s1a"]


def test_coverage_and_embeddings_round_trip(store):
    _align(store)
    cells = [Cell("o1", "c1", "belta.by", "a1", Status.VERBATIM, "s1"),
             Cell("o1", "c1", "bbc.co.uk", "a2", Status.ALTERED, "s2",
                  (Alteration("truncated", (9, 20), "a1", (19, 32), "cut «…»"),)),
             Cell("o1", "c1", "tass.ru", None, Status.OMITTED)]
    assert store.replace_coverage("o1", cells) == 3
    assert store.coverage("o1") == sorted(cells, key=lambda c: c.outlet)
    assert store.coverage_summary() == {"o1": {"verbatim": 1, "altered": 1, "omitted": 1}}
    store.replace_coverage("o1", cells[:1])
    assert store.coverage() == cells[:1]
    store.clear_coverage(["o1"])
    assert store.coverage() == []
    vec = bytes(range(256)) * 3
    assert store.put_embeddings([("s1", "m", vec), ("s2", "m", b"")]) == 2
    assert store.embeddings(["s1", "s2", "s9"], "m") == {"s1": vec, "s2": b""}
    assert store.embeddings(["s1"], "other") == {}
    assert store.embeddings(None, "m") == {"s1": vec, "s2": b""}  # every vector of the model
    store.put_embeddings([("s2", "other", b"o")])  # one vector a statement: the newer model's
    assert store.embeddings(None, "m") == {"s1": vec} and store.embeddings(None, "other") == {"s2": b"o"}
    assert store.embeddings(None, "none") == {}
    store.replace_statements("a2", [], "v2")
    assert store.embeddings(None, "other") == {}  # only vectors of statements still stored


def test_web_aggregates(store):
    _align(store)
    store.update_links([replace(s, person_id="p1") for s in store.statements()])
    assert store.person_counts() == {"p1": 2}
    assert [tuple(r) for r in store.person_outlets("p1")] == [("bbc.co.uk", 1), ("belta.by", 1)]
    assert [(d.day, d.claims, d.statements) for d in store.person_days("p1")] == [("2024-07-04", 1, 1),
                                                                                 ("2024-07-05", 1, 1)]
    assert store.person_summary("p1") == (store.person_outlets("p1"), store.person_days("p1"))
    assert store.person_summary("nobody") == ([], [])
    assert store.article_outlets() == ["bbc.co.uk", "belta.by"]  # every outlet with articles, once
    assert {k: tuple(v) for k, v in store.article_sources(["a2", "a1", "a1", "missing"]).items()} == {
        "a1": (store.article("a1").outlet, store.article("a1").synthetic),
        "a2": (store.article("a2").outlet, store.article("a2").synthetic)}
    assert [tuple(r) for r in store.outlet_stats()] == [("bbc.co.uk", 1, 1), ("belta.by", 1, 1)]
    store.replace_coverage("o1", [Cell("o1", "c1", "belta.by", "a1", Status.VERBATIM, "s1"),
                                  Cell("o1", "c1", "bbc.co.uk", None, Status.OMITTED)])
    assert [tuple(r) for r in store.coverage_by_outlet()] == [("bbc.co.uk", "omitted", 1),
                                                               ("belta.by", "verbatim", 1)]


# ------------------------------------------- listings: sorts, filters, facets
def test_bounded_reads_newest_matches_capped_counts_and_vectors(store):
    """Reads whose cost must not grow with the store (the web at a million statements): the newest
    matches of a word, a count that stops at a cap, the newest vectors."""
    _listing(store)  # five articles, one statement each, stored m1 … m5
    newest = lambda n, **kw: [s.id for s in store.statements(terms=[((), ("text",))], newest=n, **kw)]  # noqa: E731
    assert newest(10) == [s.id for s in store.statements(terms=[((), ("text",))])]  # all, in article order
    assert newest(2) == ["sm4", "sm5"]                           # the two stored last, in article order
    assert newest(2, sort="published", order="asc") == ["sm5", "sm4"]  # then in the asked order
    assert set(newest(2, language="ru")) == {"sm1", "sm3"}       # filters first, then the newest
    assert newest(1, language="ru") == ["sm3"]  # … among the 4 × 1 newest word matches (sm1 is older)
    assert newest(1, language="en") == ["sm5"] and newest(1, language="xx") == []
    assert store.statements(terms=[((), ("nothing",))], newest=3) == []
    assert store.count_statements() == 5
    assert [store.count_statements(cap=c) for c in (2, 4, 5, 9)] == [3, 5, 5, 5]  # cap + 1: "more than cap"
    assert store.count_statements(cap=1, language="ru") == 2 and store.count_statements(cap=5, language="ru") == 2
    # a listing read article by article from the indexes: the order of a full sort
    assert [s.id for s in store.statements()] == ["sm4", "sm3", "sm2", "sm1", "sm5"]  # date text order
    full = [s.id for s in store.statements(sort="published")]
    assert [s.id for s in store.statements(sort="published", limit=2, offset=1)] == full[1:3]
    assert [s.id for s in store.statements(sort="published", language="en")] == [i for i in full if i in ("sm2", "sm5")]
    store.put_embeddings([("sm1", "m", b"\x00" * 4), ("sm2", "m", b"\x01" * 4), ("sm5", "m", b"\x02" * 4),
                          ("sm3", "other", b"\x03" * 4)])
    assert store.count_embeddings("m") == 3 and store.count_embeddings("none") == 0 and store.count_embeddings() == 4
    assert set(store.embeddings(None, "m", newest=2)) == {"sm2", "sm5"}
    assert set(store.embeddings(None, "m")) == {"sm1", "sm2", "sm5"}


def _listing(store) -> None:
    """Five articles in three time zones and a garbage date; one statement each."""
    rows = [("m1", "tass.ru", "ru", "2024-07-05T10:00:00+03:00", True, "Пески и Путин"),   # 07:00Z
            ("m2", "bbc.co.uk", "en", "2024-07-05T08:00:00Z", False, "Talks 100% on"),     # 08:00Z
            ("m3", "tass.ru", "ru", "2024-07-05T01:00:00-09:00", False, "Talks_later"),    # 10:00Z
            ("m4", None, "uk", "2024-07-04", False, None),                                  # 04 00:00Z
            ("m5", "bbc.co.uk", "en", "sometime", False, "No date")]
    store.add_articles([_article(aid, f"{aid} said: «text {aid}».", outlet=o, language=lang, published=pub,
                                 synthetic=synth, title=title) for aid, o, lang, pub, synth, title in rows])
    for aid, _o, lang, *_ in rows:
        text = f"{aid} said: «text {aid}»."
        store.replace_statements(aid, [_statement("s" + aid, aid, text, 10, 19, language=lang)], "v1")


def test_publication_time_sorts_by_instant_across_time_zones(store):
    _listing(store)
    by_instant = ["m5", "m4", "m1", "m2", "m3"]  # no date first (as SQLite's julianday: NULL → 0)
    assert [r["id"] for r in store.article_rows(sort="published", order="asc")] == by_instant
    assert [r["id"] for r in store.article_rows(sort="published", order="desc")] == by_instant[::-1]
    assert [s.article_id for s in store.statements(sort="published", order="asc")] == by_instant
    assert [s.article_id for s in store.statements(sort="published", order="desc")] == by_instant[::-1]
    # text order would put "-09:00" first
    assert sorted(["m1", "m2", "m3"], key=lambda a: store.article(a).published)[0] == "m3"


def test_article_rows_filters_pages_and_facets(store):
    _listing(store)
    first = store.article_rows(sort="outlet", order="asc", limit=2)
    assert [r["id"] for r in first] == ["m4", "m2"]  # NULL outlet first, then the id breaks ties
    assert first[1] == {"id": "m2", "title": "Talks 100% on", "url": None, "outlet": "bbc.co.uk", "language": "en",
                        "published": "2024-07-05T08:00:00Z", "synthetic": False, "primary": False,
                        "duplicate_of": None, "statements": 1}
    assert [r["id"] for r in store.article_rows(sort="outlet", order="asc", limit=2, offset=2)] == ["m5", "m1"]
    assert [r["id"] for r in store.article_rows(sort="title", order="desc", limit=None)] == [
        "m1", "m3", "m2", "m5", "m4"]  # code-point order, NULL last when descending
    assert {r["id"] for r in store.article_rows(outlets=["tass.ru", "x.example"])} == {"m1", "m3"}
    assert store.article_rows(outlets=[]) == [] and store.count_article_rows(ids=[]) == 0
    assert [r["id"] for r in store.article_rows(synthetic=True)] == ["m1"]
    assert store.count_article_rows(synthetic=False, language="en") == 2
    assert {r["id"] for r in store.article_rows(since="2024-07-05", until="2024-07-05")} == {"m1", "m2", "m3"}
    # title: a case-insensitive substring; % and _ are literal
    assert {r["id"] for r in store.article_rows(title="talks")} == {"m2", "m3"}
    assert [r["id"] for r in store.article_rows(title="100%")] == ["m2"]
    assert [r["id"] for r in store.article_rows(title="s_l")] == ["m3"]
    assert store.article_rows(title="s_1") == []  # "_" would match the space of "Talks 100%"
    assert store.count_article_rows(title="Путин", outlet="tass.ru") == 1
    assert store.article_facets("outlet") == [("bbc.co.uk", 2), ("tass.ru", 2), (None, 1)]
    assert store.article_facets("language", limit=1) == [("en", 2)]
    assert store.article_facets("synthetic", outlet="tass.ru") == [(0, 1), (1, 1)]
    with pytest.raises(ValueError):
        store.article_rows(sort="text; DROP TABLE articles")
    with pytest.raises(ValueError):
        store.article_facets("text")


def test_statement_sorts_filters_and_facets(store):
    _listing(store)
    assert [s.id for s in store.statements(sort="outlet", order="desc")] == ["sm3", "sm1", "sm2", "sm5", "sm4"]
    assert [s.id for s in store.statements(sort="language", limit=2, offset=1)] == ["sm5", "sm3"]
    assert {s.id for s in store.statements(outlets=["bbc.co.uk"])} == {"sm2", "sm5"}
    assert store.statements(outlets=[]) == []
    assert [s.id for s in store.statements(synthetic=True)] == ["sm1"]
    assert store.count_statements(synthetic=False, outlets=["tass.ru"]) == 1
    assert store.statement_facets("outlet") == [("bbc.co.uk", 2), ("tass.ru", 2), (None, 1)]
    assert store.statement_facets("language", synthetic=False) == [("en", 2), ("ru", 1), ("uk", 1)]
    assert store.statement_facets("type", limit=5) == [("direct", 5)]
    assert store.statement_facets("synthetic") == [(0, 4), (1, 1)]
    with pytest.raises(ValueError):
        store.statements(sort="nonsense")
    with pytest.raises(ValueError):
        store.statement_facets("content")


def test_coverage_of_one_outlet_and_occasion_articles(store):
    _listing(store)
    cells = [Cell("o1", "c1", "tass.ru", "m1", Status.VERBATIM, "sm1"),
             Cell("o1", "c1", "bbc.co.uk", "m2", Status.PARAPHRASED, "sm2"),
             Cell("o1", "c2", "tass.ru", "m1", Status.VERBATIM, "sm1"),
             Cell("o1", "c2", "bbc.co.uk", None, Status.OMITTED)]
    store.replace_coverage("o1", cells)
    store.replace_coverage("o2", [Cell("o2", "c3", "tass.ru", "m3", Status.VERBATIM, "sm3")])
    assert [(c.occasion_id, c.claim_id) for c in store.coverage(outlet="tass.ru")] == [
        ("o1", "c1"), ("o1", "c2"), ("o2", "c3")]
    assert store.coverage("o1", outlet="bbc.co.uk") == [cells[1], cells[3]]
    assert {k: tuple(v) for k, v in store.occasion_articles().items()} == {"o1": (2, 1), "o2": (1, 0)}
    assert store.occasion_articles()["o1"].synthetic == 1


# --------------------------------------------------- facts and contradictions
def test_facts_are_versioned(store):
    f1 = Fact("F01", "Russia invaded Ukraine on 24 February 2022.", "2022-02-24", None, ("Russia", "Ukraine"))
    assert store.put_facts([f1]) == [("F01", 1, "added")]
    assert store.put_facts([f1]) == [("F01", 1, "unchanged")]
    f2 = Fact("F01", f1.text, "2022-02-24", None, ("Russia", "Ukraine", "Belarus"))
    assert store.put_facts([f2, Fact("F02", "Другий факт", language="uk")]) == [("F01", 2, "updated"),
                                                                                 ("F02", 1, "added")]
    assert [(f.id, f.version) for f in store.facts()] == [("F01", 2), ("F02", 1)]
    assert [(f.id, f.version) for f in store.facts(history=True)] == [("F01", 1), ("F01", 2), ("F02", 1)]
    assert store.fact("F02").language == "uk"
    with pytest.raises(NotFound):
        store.fact("F99")


def test_contradictions_and_checks(store):
    _align(store)
    store.put_facts([Fact("F01", "x")])
    flags = [Contradiction("s1", "fact", "F01", "denies it", 0.9, "denial", 1),
             Contradiction("s2", "statement", "s1", "says the opposite", 0.7, "negation")]
    assert store.replace_contradictions(flags) == 2
    assert store.contradictions() == [flags[1], flags[0]]  # flagged statement's article order
    assert store.contradictions(involving="s1") == [flags[1], flags[0]]
    assert store.contradictions(since="2024-07-05") == [flags[0]]
    store.replace_contradictions([Contradiction("s1", "fact", "F01", "denies it again", 0.95, "denial", 1)],
                                 statement_ids=["s1"])
    assert [c.reason for c in store.contradictions(statement_id="s1")] == ["denies it again"]
    store.replace_statements("a1", [], "v2")  # s1 gone: its flags and those against it go
    store.replace_contradictions([])
    assert store.contradictions() == []
    assert store.mark_checked(["s:s1", "f:F01:1"]) == 2 and store.mark_checked(["s:s1"]) == 0
    assert store.checked() == {"s:s1", "f:F01:1"}
    store.forget_checks()
    assert store.checked() == set()


# ------------------------------------------------------------ writer lock
def test_second_writer_waits_then_is_busy(store_url):
    first = open_store(store_url, writer=True)
    second = open_store(store_url)
    try:
        waited = []
        with pytest.raises(StoreBusy):
            second.lock_writes(on_wait=waited.append, timeout=0.3)
        first.unlock_writes()
        with second.writing(timeout=5):
            second.add_articles([_article("a1")])
        assert first.count_articles() == 1
    finally:
        second.close()
        first.close()


SRC = str(Path(parallax.__file__).resolve().parents[1])


def _dump(path: Path, tag: str, n: int) -> str:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"text": f"Report {tag} {i}: the minister said the talks would go on.",
                                "url": f"https://{tag}.example/{i}", "language": "en"}) + "\n")
    return str(path)


def test_two_ingests_and_a_run_at_once_lose_nothing(store_url, tmp_path):
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-c", "from parallax.cli import cli; cli()"]
    seed = _dump(tmp_path / "seed.jsonl", "s", 3)
    subprocess.run([*cmd, "ingest", seed, "--db", store_url, "-s"], env=env, check=True, timeout=120)
    runs = [[*cmd, "ingest", _dump(tmp_path / f"{t}.jsonl", t, 40), "--db", store_url, "--batch-size", "1", "-s"]
            for t in ("a", "b")] + [[*cmd, "run", "--db", store_url, "-s"]]
    procs = [subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in runs]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and "Traceback" not in err, err
    store = open_store(store_url)
    try:
        assert store.count_articles() == 83
        assert len({s.article_id for s in store.statements()}) >= 3  # the run extracted what it saw
    finally:
        store.close()


# ------------------------------------------- corrections and watch lists (issue 15)
def test_corrections_keep_who_why_state_and_reach_the_cells(store):
    _align(store)
    a = store.add_correction("merge", "p1", "p2", author="anna", note="same man")
    b = store.add_correction("verdict", "o1|c1|belta.by", None, "s1", note="Дослівно",
                             created_at="2024-10-23T10:00:00Z")
    log = store.correction_log()
    assert [c.id for c in log] == [a, b] and b > a
    assert (log[0].author, log[0].note, log[0].state) == ("anna", "same man", None)
    assert log[0].created_at[:2] == "20" and log[0].created_at.endswith("Z")  # stamped by the store
    assert log[1].created_at == "2024-10-23T10:00:00Z"
    assert store.corrections() == [(a, "merge", "p1", "p2", None), (b, "verdict", "o1|c1|belta.by", None, "s1")]
    assert [c.id for c in store.correction_log(target="p2")] == [a]
    assert [c.id for c in store.correction_log(ops=["verdict", "split"])] == [b]
    assert store.correction_log(ops=["merge"], target="o1|c1|belta.by") == []
    assert store.set_correction_states([(a, "orphaned", "no person 'p2'"), (b, "applied", None)]) == 2
    store.set_correction_states([(a, "applied", None)])  # the latest outcome replaces the earlier one
    assert [(c.state, c.detail) for c in store.correction_log()] == [("applied", None), ("applied", None)]
    store.replace_coverage("o1", [Cell("o1", "c1", "belta.by", "a1", Status.VERBATIM, "s1")])
    assert store.set_cell_status("o1", "c1", "belta.by", "paraphrased") == "verbatim"
    assert store.coverage("o1")[0].status == Status.PARAPHRASED
    assert store.set_cell_status("o1", "c1", "tass.ru", "omitted") is None  # no such cell
    assert store.unalign(["s2", "s9"]) == 1
    assert store.claim_evidence("s2") is None and store.claim_evidence("s1") == ("c1", 0.9, "embed")
    assert store.unalign([]) == 0


def test_watch_lists_and_watches(store):
    assert store.add_watches([Watch("Минск", "person", "p1"), Watch("Минск", "outlet", "belta.by"),
                              Watch("b", "outlet", "belta.by"), Watch("Минск", "person", "p1")]) == 3
    assert [w[:2] for w in store.watch_lists()] == [("b", None), ("Минск", None)]  # by code point
    store.put_watch_list("b", "https://hooks.example.org/x")
    store.put_watch_list("b")                                    # keeps the webhook
    assert store.watch_lists()[0][:2] == ("b", "https://hooks.example.org/x")
    store.put_watch_list("b", None, keep_webhook=False)          # clears it
    store.put_watch_list("c")
    assert [w[:2] for w in store.watch_lists()] == [("b", None), ("c", None), ("Минск", None)]
    assert store.watches("Минск") == [Watch("Минск", "outlet", "belta.by"), Watch("Минск", "person", "p1")]
    assert store.remove_watches("Минск", "person", "p1") == 1
    assert store.remove_watches("Минск", "person", "p1") == 0
    assert store.remove_watches("b") == 2                        # its one watch and the list
    assert store.watches() == [Watch("Минск", "outlet", "belta.by")]
    assert [w[0] for w in store.watch_lists()] == ["c", "Минск"]


def test_alerts_once_per_list_and_key_and_their_deliveries(store):
    store.add_watches([Watch("a", "outlet", "tass.ru"), Watch("b", "outlet", "tass.ru")])
    store.put_watch_list("b", "https://hooks.example.org/x")

    def mk(lst, key):
        return Alert(0, lst, key, "omission", "outlet", "tass.ru", f"Пропуск {key}", {"n": 1, "w": "ё"}, "/x")

    first = store.add_alerts([mk("a", "k1"), mk("b", "k1"), mk("a", "k2")])
    assert [(x.list, x.key) for x in first] == [("a", "k2"), ("b", "k1"), ("a", "k1")]  # newest first
    assert first[0].detail == {"n": 1, "w": "ё"} and first[0].title == "Пропуск k2" and first[0].link == "/x"
    assert all(x.created_at and x.created_at.endswith("Z") for x in first)
    assert store.add_alerts([mk("a", "k1"), mk("b", "k1")]) == []  # never twice
    assert store.add_alerts([]) == []
    assert [x.key for x in store.alerts(name="a")] == ["k2", "k1"]
    assert [x.key for x in store.alerts(name="a", limit=1)] == ["k2"]
    assert store.alerts(ids=[]) == [] and [x.id for x in store.alerts(ids=[first[1].id])] == [first[1].id]
    assert len(store.alerts(since="2000-01-01")) == 3 and store.alerts(since="2999-01-01") == []
    hook = first[1].id
    assert store.deliveries() == [(hook, "https://hooks.example.org/x", "pending", 0, 0.0, None, None)]
    assert store.due_deliveries(10.0) == [(hook, "https://hooks.example.org/x", 0)]
    store.record_delivery(hook, ok=False, error="HTTP 503", next_at=100.5)
    assert store.due_deliveries(10.0) == [] and store.due_deliveries(100.5, limit=5) == [
        (hook, "https://hooks.example.org/x", 1)]
    assert store.deliveries("pending")[0][3:6] == (1, 100.5, "HTTP 503")
    store.record_delivery(hook, ok=False, error="HTTP 500", next_at=None)  # given up
    assert store.deliveries("failed")[0][2:6] == ("failed", 2, 100.5, "HTTP 500")
    assert store.due_deliveries(1e12) == []
    store.record_delivery(hook, ok=True)
    (row,) = store.deliveries("delivered")
    assert row[3] == 3 and row[5] is None and row[6].endswith("Z")
    assert store.remove_watches("b") == 2 and len(store.alerts()) == 3  # alerts are kept


def test_copy_carries_corrections_watch_lists_alerts_and_ids(store, backend, tmp_path, request):
    """``parallax migrate`` copies the issue-15 tables, ids included, there and back, and the
    copy's ids go on after the copied ones."""
    from parallax.store.copy import TABLES, copy_store, table_rows

    tables = ("corrections", "correction_states", "watch_lists", "watches", "alerts", "deliveries")
    cid = store.add_correction("merge", "p1", "p2", author="anna", note="same")
    store.set_correction_states([(cid, "applied", None)])
    store.add_watches([Watch("a", "outlet", "tass.ru")])
    store.put_watch_list("a", "https://hooks.example.org/x")
    (alert,) = store.add_alerts([Alert(0, "a", "k1", "omission", "outlet", "tass.ru", "t", {"n": 1})])
    mid = open_store(str(tmp_path / "copy.db"))
    back = open_store(str(tmp_path / "back.db") if backend == "sqlite"
                      else request.getfixturevalue("pg_server").new_url())
    try:
        copy_store(store, mid)
        copy_store(mid, back)
        for table in tables:
            assert table in TABLES
            assert table_rows(mid, table) == table_rows(store, table) == table_rows(back, table), table
            assert table_rows(store, table), table
        assert back.add_correction("alias", "p1", value="x") > cid
        (later,) = back.add_alerts([Alert(0, "a", "k2", "omission", "outlet", "tass.ru", "t")])
        assert later.id > alert.id and [d[0] for d in back.deliveries()] == [alert.id, later.id]
    finally:
        mid.close()
        back.close()


# ------------------------------------------------------------- migrations
def _names() -> list[str]:
    from parallax.store.migrations import migrations

    return [m.name for m in migrations._migrations]


def test_both_backends_have_the_same_migrations():
    from parallax.store.pg_migrations import MIGRATIONS

    assert [name for name, _ in MIGRATIONS] == _names()


@pytest.mark.parametrize("stop", _names())
def test_upgrade_from_every_earlier_schema_version(store_url, backend, stop):
    """A store built up to just before migration ``stop`` (with data) opens, upgraded, with its data."""
    if backend == "sqlite":
        import sqlite_utils

        from parallax.store.migrations import migrations

        db = sqlite_utils.Database(store_url)
        migrations.apply(db, stop_before=stop)
        if "articles" in db.table_names():
            db["articles"].insert({"id": "old", "text": "Старий текст статті.", "content_hash": "h-old"})
        db.conn.close()
    else:
        from parallax.store.postgres import PostgresStore

        old = PostgresStore(store_url, stop_before=stop)
        if "0001_initial" in old.applied_migrations():
            old.add_articles([_article("old", "Старий текст статті.")])
        old.close()
    store = open_store(store_url)
    try:
        if stop != _names()[0]:
            assert [a.id for a in store.search_articles("статті")] == ["old"]
        assert store.integrity_check() == ["ok"]
        store.put_facts([Fact("F01", "x")])  # the latest schema is there
        assert [f.id for f in store.facts()] == ["F01"]
    finally:
        store.close()
    again = open_store(store_url)  # and opening again is a no-op
    assert again.count_articles() == (0 if stop == _names()[0] else 1)
    again.close()
