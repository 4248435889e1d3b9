"""A denial by a verb that names nothing the facts name ("He denied that more drones had been supplied since
the invasion") reads what it denies from the outlet's sentence before it (for retrieval only)."""

from __future__ import annotations

import hashlib

import pytest

from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement

# real: politico.eu, 2022-11-05
TEXT = ("Iranian Foreign Minister Hossein Amirabdollahian on Saturday said that a few drones had been delivered to "
        "Russia before Moscow’s troops crossed the border with Ukraine in late February. He denied that more drones "
        "had been supplied since the invasion.")
F05 = Fact("F05", "Iran supplied Russia with Shahed attack drones after the invasion of Ukraine began, and Russia used "
           "them against Ukrainian cities from autumn 2022.", "2022-09-13", None, ("Iran", "Russia", "Ukraine", "Shahed-136"))
F06 = Fact("F06", "A Russian airstrike destroyed the Mariupol Drama Theatre, where civilians were sheltering, on 16 "
           "March 2022.", "2022-03-16", None, ("Mariupol", "Russia", "Ukraine"))
F01 = Fact("F01", "The Novichok attack on Sergei Skripal in Salisbury on 4 March 2018 was carried out by two officers of "
           "Russia's GRU military intelligence.", "2018-03-04", None, ("Sergei Skripal", "Salisbury", "GRU", "Russia"))
F04 = Fact("F04", "The missile that killed two people in Przewodów, Poland, on 15 November 2022 was a Ukrainian "
           "air-defence missile.", "2022-11-15", None, ("Przewodów", "Poland", "Ukraine"))
#: rarity needs four facts or more: Iran is named by one of them, Russia by three
FACTS = [F01, F04, F05, F06]
SPEAKER = ("hossein-amirabdollahian", "Hossein Amirabdollahian")


def _article():
    return Article(id="pol", text=TEXT, content_hash=hashlib.sha1(TEXT.encode()).hexdigest(), outlet="politico.eu",
                   language="en", published="2022-11-05", url="https://politico.eu/pol",
                   title="Iran admits giving Russia drones, but says before the war")


def _statement(a, content, cue):
    i, j = a.text.index(content), a.text.index(cue)
    span = (Span.of(a.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(a.id, span), article_id=a.id, type=Kind.INDIRECT, content=span,
                     cue=(Span.of(a.text, j, j + len(cue)),), person_id=SPEAKER[0], person_name=SPEAKER[1],
                     speaker_name=SPEAKER[1], language="en")


def test_unnamed_denial_is_read_on_the_sentence_before():
    a = _article()
    s = _statement(a, "that more drones had been supplied since the invasion", "denied")
    assert C._unnamed_denial(s, a, FACTS, C.Rules())
    ctx = C.referent_context(s, a, own=False, unnamed=True)
    assert ctx.startswith("Iranian Foreign Minister") and ctx.endswith("since the invasion.")
    # the sentence before names a rarer entity (Iran), which says which fact
    assert C._specific(C.read(ctx, "en"), FACTS) == {"F05"}
    # the plain account before it names Russia and Ukraine: no unnamed denial
    plain = _statement(a, "that a few drones had been delivered to Russia", "said")
    assert not C._unnamed_denial(plain, a, FACTS, C.Rules())


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def test_unnamed_denial_is_flagged_against_the_fact_its_context_names(fresh_store, e5):
    a = _article()
    fresh_store.add_articles([a])
    fresh_store.replace_statements("pol", [_statement(a, "that more drones had been supplied since the invasion",
                                                      "denied")], "t")
    fresh_store.put_facts(FACTS)
    C.run(fresh_store, embedder=e5)
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F05", "denial")]
    # read on its own words, "the invasion" is as near the theatre strike (F06) and never reaches the drones
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(unnamed_denials=False))
    assert "F05" not in [f.against_id for f in fresh_store.contradictions()]

