"""Embedding backends: E5 across languages, the lexical fallback, transliteration."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.align.embed import LexicalEmbedder, from_bytes, get_embedder, latin, to_bytes


@pytest.mark.parametrize("text,out", [("Лукашенко", "lukasenko"), ("Бі-Бі-Сі", "bi-bi-si"), ("Łukaszenko", "lukaszenko")])
def test_embed_latin_transliterates(text, out):
    assert latin(text) == out


def test_embed_e5_pairs_translations_above_other_remarks(e5):
    v = e5.embed(["Belarusian troops will not take part in the war against Ukraine",
                  "Белорусские военные не будут участвовать в войне против Украины",
                  "Білоруські військові не братимуть участі у війні проти України",
                  "Diplomacy must be backed by strength"])
    assert v.shape == (4, 384) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    same = min(v[0] @ v[1], v[0] @ v[2], v[1] @ v[2])
    assert same >= e5.same_claim
    assert max(v[3] @ v[0], v[3] @ v[1], v[3] @ v[2]) < e5.same_claim


def test_embed_lexical_fallback_needs_no_model():
    e = LexicalEmbedder()
    v = e.embed(["Poland does not plan to send its troops to Ukraine",
                 "Poland “does not plan to send its troops to Ukraine,”",
                 "Western arsenals are almost exhausted"])
    assert v[0] @ v[1] >= e.same_claim > v[0] @ v[2]


def test_embed_vectors_round_trip_through_bytes():
    v = LexicalEmbedder().embed(["a b c"])[0]
    assert np.array_equal(from_bytes(to_bytes(v)), v)


def test_embed_unknown_backend_names_the_choices():
    with pytest.raises(ValueError, match="auto, e5, lexical"):
        get_embedder("bert")


def test_embed_text_is_bounded_and_short_quotes_take_their_sentence():
    """Work bounded by input: a 50,000-character quote is embedded as its first MAX_EMBED_CHARS
    characters; a one-word quote is embedded with its sentence."""
    import hashlib

    from parallax.align import MAX_EMBED_CHARS, embed_text
    from parallax.model import Article, Kind, Span, Statement

    text = "“" + "word " * 10_000 + "”"
    a = Article(id="big", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), language="en")
    s = Statement(id="s", article_id="big", type=Kind.DIRECT, content=(Span.of(text, 1, len(text) - 1),), language="en")
    assert len(embed_text(s, a)) == MAX_EMBED_CHARS
    short = "Лукашенко назвал «глупостью» сообщения о северокорейских военных. Другое предложение."
    b = Article(id="short", text=short, content_hash="x", language="ru")
    i = short.index("глупостью")
    q = Statement(id="q", article_id="short", type=Kind.DIRECT, content=(Span.of(short, i, i + 9),), language="ru")
    assert embed_text(q, b) == short[:short.index(" Другое")]
