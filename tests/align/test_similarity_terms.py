"""``group.similarity`` adds its lexical, number and article terms to all pairs at once (issue 10, speed): the
same floats as adding them pair by pair, as it did before."""

from __future__ import annotations

import numpy as np

from parallax.align import group as G
from parallax.model import Kind, Span, Statement

# real: events_dev (Macron, Paris, 26 February 2024; Orbán, Moscow, 5 July 2024), in several languages, with
# numbers, two reports of one article and a report with no content word
REPORTS = [
    ("a1", "en", "“There is no consensus today to send, in an official manner, ground troops”"),
    ("a1", "en", "“nothing should be excluded”"),
    ("a2", "en", "There is no consensus today to send ground troops in an official and endorsed manner"),
    ("a3", "fr", "« Il n’y a pas de consensus aujourd’hui pour envoyer de manière officielle des troupes au sol »"),
    ("a4", "fr", "« rien ne doit être exclu »"),
    ("a5", "de", "Es gebe keinen Konsens, offiziell Bodentruppen zu entsenden"),
    ("a6", "ru", "«Россия не проиграет эту войну», заявил он, добавив, что 20 стран"),
    ("a7", "ru", "около 20 стран поддержали инициативу"),
    ("a8", "en", "some 20 countries, 2 of them in the EU"),
    ("a8", "en", "“No”"),
    ("a9", "hu", "a háború nem ér véget 2024-ben"),
]


def _stmts() -> list[Statement]:
    out = []
    for aid, language, text in REPORTS:
        content = (Span(0, len(text), text),)
        out.append(Statement(id=Statement.make_id(aid, content), article_id=aid, type=Kind.INDIRECT, content=content,
                             language=language))
    return out


def _pair_by_pair(stmts, vectors):
    """``similarity`` as written before: each pair's terms added one by one."""
    n = len(stmts)
    X = vectors.astype(np.float64)
    langs = [s.language or "xx" for s in stmts]
    mu = X.mean(axis=0)
    Y = X.copy()
    for code in set(langs):
        idx = [i for i, c in enumerate(langs) if c == code]
        Y[idx] -= G.LANG_CENTER * X[idx].mean(axis=0) + (1 - G.LANG_CENTER) * mu if len(idx) > 3 else mu
    Y /= np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-9)
    S = Y @ Y.T
    toks = [G._tokens(s.text) for s in stmts]
    nums = [frozenset(G._NUMBER.findall(s.text)) for s in stmts]
    arts = [s.article_id for s in stmts]
    for i in range(n):
        for j in range(i + 1, n):
            bonus = 0.0
            if langs[i] == langs[j] and toks[i] and toks[j]:
                bonus += G.LEXICAL_WEIGHT * len(toks[i] & toks[j]) / len(toks[i] | toks[j])
            if nums[i] and nums[j]:
                bonus += 0.1 if nums[i] & nums[j] else -0.1
            if arts[i] == arts[j]:
                bonus -= 1.0
            S[i, j] += bonus
            S[j, i] += bonus
    np.fill_diagonal(S, 1.0)
    return S


def test_similarity_terms_are_the_pairwise_sums_bit_for_bit():
    stmts = _stmts()
    rng = np.random.default_rng(7)
    for trial in range(20):
        V = rng.normal(size=(len(stmts), 24)).astype(np.float32)
        V /= np.linalg.norm(V, axis=1, keepdims=True)
        order = rng.permutation(len(stmts)) if trial else np.arange(len(stmts))
        sub = [stmts[i] for i in order]
        assert np.array_equal(G.similarity(sub, V[order], {}), _pair_by_pair(sub, V[order]))


def test_similarity_terms_say_what_they_add():
    stmts = _stmts()
    B = G._bonus([G._tokens(s.text) for s in stmts], [frozenset(G._NUMBER.findall(s.text)) for s in stmts],
                 [s.language for s in stmts], [s.article_id for s in stmts])
    assert B[0, 1] < -0.9  # two reports of one article
    assert 0 < B[0, 2] <= G.LEXICAL_WEIGHT  # the same words in English
    assert B[0, 3] == 0.0  # another language: no word counts
    assert B[6, 8] == 0.1 and B[8, 10] == -0.1  # across languages: 20 and 20; 20 and 2 against 2024
    assert B[6, 7] > 0.1  # one language: the words shared («стран») and the number
    assert B[9, 9 - 1] == -1.0  # "No" has no content word: only the article's term
