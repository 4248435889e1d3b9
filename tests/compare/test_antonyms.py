"""Antonyms (``lang/<code>/antonyms.txt``): "I'm staying in the race" denies "… withdrew from the race"."""

from __future__ import annotations

import hashlib

import pytest

from parallax import lang as languages
from parallax.compare import antonyms
from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement

F03 = Fact("F03", "Joe Biden withdrew from the 2024 United States presidential race on 21 July 2024.", "2024-07-21",
           None, ("Joe Biden", "United States"))
F02 = Fact("F02", "Joe Biden granted his son Hunter Biden a full and unconditional pardon on 1 December 2024.",
           "2024-12-01", None, ("Joe Biden", "Hunter Biden"))


def _article(aid, text, day, title):
    return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.com",
                   language="en", published=day, url=f"https://{aid}.com/{aid}", title=title)


def _statement(article, content, cue):
    i, j = article.text.index(content), article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.DIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), person_id="joe-biden",
                     person_name="Joe Biden", speaker_name="Joe Biden", language=article.language)


@pytest.mark.parametrize("text, lang, word", [
    # real: Biden (rbc.ua, 2024-07-05; sowetanlive.co.za, 2024-07-08), the Russian report of the first
    ("I'm staying in the race,\"", "en", "staying"),
    ("to stay in the presidential race on Monday", "en", "stay"),
    ("Я остаюсь в гонке\"", "ru", "остаюсь"),
])
def test_antonym_of_a_facts_event_reads_as_its_negation(text, lang, word):
    assert antonyms.opposed(text, languages.get(lang)) == {"leave": word}
    assert antonyms.fact_events(F03.text, languages.get("en")) == {"leave"}
    # the pardon names no event of leaving; a statement that withdraws names it, not its opposite
    assert not antonyms.fact_events(F02.text, languages.get("en"))
    assert not antonyms.opposed("that he would not withdraw from the upcoming presidential elections",
                                languages.get("en"))


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def test_staying_in_the_race_contradicts_the_withdrawal(fresh_store, e5):
    # real: Biden at a rally in Madison (rbc.ua, 2024-07-05)
    text = ("Joe Biden said he would not quit. \"They're trying to push me out of the race. Let me say this as "
            "clearly as I can: I'm staying in the race,\" he said.")
    a = _article("rbc", text, "2024-07-05", "Biden announces he stays in race")
    fresh_store.add_articles([a])
    fresh_store.replace_statements("rbc", [_statement(a, "I'm staying in the race,\"", "he said")], "t")
    fresh_store.put_facts([F03, F02])
    C.run(fresh_store, embedder=e5)
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F03", "negation")]
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(antonyms=False))
    assert not fresh_store.contradictions()
