"""Partial quotes join the claim whose full quotes hold their quoted words (``align.group.anchor_partial_quotes``)."""

from __future__ import annotations

from parallax.align import group
from parallax.align.claims import quoted_spans
from parallax.pipeline import group as run

from .conftest import Claims

MACRON = "Emmanuel Macron"
FULL = ("“There is no consensus today to send troops on the ground in an official, assumed, and endorsed manner,” "
        "Macron said. “But in terms of dynamics, nothing can be ruled out.”")
FULL_2 = ("“But in terms of dynamics, nothing can be ruled out,” Macron told reporters. “We will do everything "
          "necessary so that Russia cannot win this war,” he added.")
PARTIAL = ("French President Emmanuel Macron said that sending Western troops on the ground in Ukraine is not "
           "“ruled out” in the future.")
FR_WORDS = "que l'envoi de troupes occidentales au sol en Ukraine ne devait pas «être exclu» à l'avenir"
EN_WORDS = "that sending Western troops on the ground in Ukraine is not “ruled out” in the future"
PARTIAL_FR = f"Le président a déclaré {FR_WORDS}."


def test_quoted_spans_are_the_words_in_marks(make):
    a = make.article("q-en", PARTIAL, outlet="apnews.com", language="en")
    s = make.statement(a, EN_WORDS, MACRON, type_="mixed")
    assert [a.text[x:y] for x, y in quoted_spans(s, a.text)] == ["ruled out"]
    b = make.article("q-fr", PARTIAL_FR, outlet="lefigaro.fr", language="fr")
    t = make.statement(b, FR_WORDS, MACRON, type_="mixed")
    assert [b.text[x:y] for x, y in quoted_spans(t, b.text)] == ["être exclu"]
    d = make.statement(a, "sending Western troops on the ground in Ukraine", MACRON, type_="indirect")
    assert quoted_spans(d, a.text) == []  # a paraphrase quotes nothing


def _window(make):
    a1 = make.article("m-1", FULL, outlet="apnews.com", language="en", published="2024-02-27T08:00:00+01:00")
    a2 = make.article("m-2", FULL_2, outlet="reuters.com", language="en", published="2024-02-27T09:00:00+01:00")
    a3 = make.article("m-3", PARTIAL, outlet="abcnews.go.com", language="en", published="2024-02-27T10:00:00+01:00")
    consensus = make.statement(a1, FULL[1:FULL.index(",”")], MACRON)
    nothing_1 = make.statement(a1, "But in terms of dynamics, nothing can be ruled out.", MACRON)
    nothing_2 = make.statement(a2, "But in terms of dynamics, nothing can be ruled out", MACRON)
    win = make.statement(a2, "We will do everything necessary so that Russia cannot win this war", MACRON)
    partial = make.statement(a3, EN_WORDS, MACRON, type_="mixed")
    return [a1, a2, a3], [consensus, nothing_1, nothing_2, win, partial]


def test_a_partial_quote_moves_to_the_claim_of_its_quote(make):
    arts, (consensus, n1, n2, win, partial) = _window(make)
    members = [consensus, n1, n2, win, partial]
    articles = {a.id: a for a in arts}
    none = [None] * 5
    assert group.anchor_partial_quotes(members, [0, 1, 1, 2, 3], none, articles) == [0, 1, 1, 2, 1]
    # a quote naming another venue does not vote; one naming none or the same still does
    assert group.anchor_partial_quotes(members, [0, 1, 1, 2, 3], [None, "bbc", None, None, "elysee"],
                                       articles) == [0, 1, 1, 2, 1]
    assert group.anchor_partial_quotes(members, [0, 1, 1, 2, 3], [None, "bbc", "bbc", None, "elysee"],
                                       articles) == [0, 1, 1, 2, 3]
    assert group.anchor_partial_quotes(members, [0, 1, 1, 2, 3], [None, "elysee", "elysee", None, "elysee"],
                                       articles) == [0, 1, 1, 2, 1]
    # a tie between two claims that hold the words moves nothing
    assert group.anchor_partial_quotes(members, [0, 1, 2, 3, 4], none, articles) == [0, 1, 2, 3, 4]
    # a direct quote never moves, and words in no other quote anchor nothing
    assert group.anchor_partial_quotes(members[:4], [0, 1, 2, 3], none[:4], articles) == [0, 1, 2, 3]


def test_a_partial_quote_in_another_language_does_not_anchor(make):
    arts, (consensus, n1, n2, win, _) = _window(make)
    b = make.article("m-fr", PARTIAL_FR, outlet="lefigaro.fr", language="fr")
    fr = make.statement(b, FR_WORDS, MACRON, type_="mixed")
    articles = {a.id: a for a in [*arts, b]}
    got = group.anchor_partial_quotes([consensus, n1, n2, win, fr], [0, 1, 1, 2, 3], [None] * 5, articles)
    assert got == [0, 1, 1, 2, 3]


def test_claims_the_partial_quote_shares_the_claim_of_the_full_quotes(fresh_store, make, e5):
    """Through ``run``: the AP-style paraphrase with “ruled out” in marks joins the claim of the quotes
    "nothing can be ruled out", not a claim of its own."""
    arts, stmts = _window(make)
    for a in arts:
        make.put(fresh_store, a, [s for s in stmts if s.article_id == a.id])
    run(fresh_store, embedder=e5)
    got = Claims(fresh_store)
    consensus, n1, n2, win, partial = stmts
    assert got[partial.id] == got[n1.id] == got[n2.id]
    assert len({got[consensus.id], got[n1.id], got[win.id]}) == 3

