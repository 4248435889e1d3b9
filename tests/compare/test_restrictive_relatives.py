"""A negator inside a restrictive relative clause qualifies a noun (``compare.wording.idle_negations``,
``lang/en/restrictives.txt``): the main clause stays an assertion (issue 12: a transcript's admission read as a
negation of the fact it admits)."""

from __future__ import annotations

from parallax.compare import contradictions as C


def test_a_restrictive_relative_clause_does_not_negate_the_admission():
    # real: Clinton's address of 17 August 1998
    r = C.read("Indeed, I did have a relationship with Miss Lewinsky that was not appropriate.", "en")
    assert not r.negative
    # a complementiser is no relative pronoun: the negation stays
    assert C.read("He said that was not true.", "en").negative
    assert C.read("I did not have sexual relations with that woman, Miss Lewinsky.", "en").negative
