"""A copy's, translation's or rewrite's report joins the claim of the report it was made from
(``align.group.join_copies``)."""

from __future__ import annotations

import dataclasses

import numpy as np

from parallax.align import group
from parallax.pipeline import group as run

from .conftest import Claims

MACRON = "Emmanuel Macron"
EN = ("“There is no consensus today to send troops on the ground in an official manner,” Macron said. "
      "“But in terms of dynamics, nothing can be ruled out. We will do everything needed so that Russia "
      "cannot win this war.”")
PL = ("„Nie ma dziś konsensusu w sprawie oficjalnego wysłania wojsk lądowych” – powiedział Macron. „Ale jeśli "
      "chodzi o dynamikę, nie można niczego wykluczyć. Zrobimy wszystko, co konieczne, aby Rosja nie mogła "
      "wygrać tej wojny”.")
EN_OTHER = ("“We will do everything needed so that Russia cannot win this war,” Macron told reporters after the "
            "meeting.")


def _unit(v):
    v = np.asarray(v, dtype=np.float64)
    return v / np.linalg.norm(v)


def test_sources_are_the_texts_an_article_says_it_was_made_from(make):
    a = make.article("t-pl", PL, outlet="rp.pl", language="pl")
    assert group.sources(a) == []
    b = dataclasses.replace(a, duplicate_of="t-x", meta={"translation_of": "t-en", "derived_from": "t-en",
                                                          "copy_of": ""})
    assert group.sources(b) == ["t-en", "t-x"]
    assert group.sources(None) == []


def _pair(make, *, linked=True):
    en = make.article("t-en", EN, outlet="apnews.com", language="en")
    pl = make.article("t-pl", PL, outlet="rp.pl", language="pl")
    if linked:
        pl = dataclasses.replace(pl, meta={"translation_of": en.id})
    other = make.article("t-other", EN_OTHER, outlet="reuters.com", language="en")
    members = [make.statement(en, "But in terms of dynamics, nothing can be ruled out.", MACRON),
               make.statement(en, "We will do everything needed so that Russia cannot win this war.", MACRON),
               make.statement(pl, "Ale jeśli chodzi o dynamikę, nie można niczego wykluczyć.", MACRON),
               make.statement(pl, "Zrobimy wszystko, co konieczne, aby Rosja nie mogła wygrać tej wojny", MACRON),
               make.statement(other, "We will do everything needed so that Russia cannot win this war", MACRON)]
    return {a.id: a for a in (en, pl, other)}, members


# vectors: the Polish lines are each the nearest of their English originals (cosine 0.95)
V = np.array([_unit([1, 0, 0, 0.33]), _unit([0, 1, 0, 0.33]), _unit([1, 0, 0.2, 0.33]), _unit([0, 1, 0.2, 0.33]),
              _unit([0, 1, 0, 0.3])])


def test_a_translated_report_joins_the_claim_of_its_original(make):
    articles, members = _pair(make)
    # the translation's two lines sit in claims of their own; the English "win" line is in a claim of two
    got = group.join_copies(members, [0, 1, 2, 3, 1], [None] * 5, articles, V)
    assert got == [0, 1, 0, 1, 1]
    # the report of the smaller claim moves, whichever side it is on; a tie goes to the lower label
    assert group.join_copies(members, [0, 1, 2, 3, 3], [None] * 5, articles, V) == [0, 3, 0, 3, 3]


def test_only_marked_copies_near_enough_and_on_one_venue_join(make):
    articles, members = _pair(make, linked=False)
    assert group.join_copies(members, [0, 1, 2, 3, 1], [None] * 5, articles, V) == [0, 1, 2, 3, 1]
    articles, members = _pair(make)
    # another venue named on one side keeps the two apart
    assert group.join_copies(members, [0, 1, 2, 3, 1], ["elysee", None, "bbc", None, None], articles, V) == \
        [0, 1, 2, 1, 1]
    # a counterpart below the cosine floor is not the same remark
    far = V.copy()
    far[2] = _unit([0.5, 0, 1, 0])
    assert group.join_copies(members, [0, 1, 2, 3, 1], [None] * 5, articles, far) == [0, 1, 2, 1, 1]


def test_the_moves_do_not_depend_on_the_statements_order(make):
    articles, members = _pair(make)
    labels = [0, 1, 2, 3, 1]
    want = dict(zip((s.id for s in members), group.join_copies(members, labels, [None] * 5, articles, V)))
    order = [4, 2, 0, 3, 1]
    got = group.join_copies([members[i] for i in order], [labels[i] for i in order], [None] * 5, articles, V[order])
    assert dict(zip((members[i].id for i in order), got)) == want


def test_claims_a_translation_shares_the_claims_of_its_original(fresh_store, make, e5):
    """Through ``run``: a Polish translation marked ``translation_of`` an AP report puts its two quotes in the
    claims of the English quotes they translate, one claim each."""
    articles, members = _pair(make)
    for a in articles.values():
        make.put(fresh_store, a, [s for s in members if s.article_id == a.id])
    run(fresh_store, embedder=e5)
    got = Claims(fresh_store)
    nothing_en, win_en, nothing_pl, win_pl, win_other = members
    assert got[nothing_pl.id] == got[nothing_en.id]
    assert got[win_pl.id] == got[win_en.id] == got[win_other.id]
    assert got[nothing_en.id] != got[win_en.id]
