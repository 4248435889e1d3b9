"""Short first-person denials ("I'm not leaving", «Я никуда не ухожу»): what they deny is named only by the
article, so its headline gives their topic (for retrieval only); they speak of the speaker's own course."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from parallax import lang as languages
from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement

BIDEN = ("joe-biden", "Joe Biden")
# real: Biden to campaign staff (worldisraelnews.com, 2024-07-04) and to MSNBC (2024-07-08), his withdrawal
# (belkorpus.info, 2024-07-21)
STAFF = ("Biden told campaign staffers on a call: “Let me say this as clearly as I possibly can: I am running. "
         "No one’s pushing me out. I’m not leaving. I’m in this race to the end and we’re going to win,” Biden said.")
STAFF_TITLE = "Biden rules out quitting 2024 race, tells staff he will run ‘to the end’"
WITHDRAWAL = "Байден объявил о выходе из президентской гонки в США."
F03 = Fact("F03", "Joe Biden withdrew from the 2024 United States presidential race on 21 July 2024.", "2024-07-21",
           None, ("Joe Biden", "United States"))
F02 = Fact("F02", "Joe Biden granted his son Hunter Biden a full and unconditional pardon on 1 December 2024.",
           "2024-12-01", None, ("Joe Biden", "Hunter Biden"))


def _article(aid, text, day, lang="en", title=None):
    return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.com",
                   language=lang, published=day, url=f"https://{aid}.com/{aid}", title=title)


def _statement(article, content, cue, person=BIDEN):
    i = article.text.index(content)
    j = article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.DIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), person_id=person[0],
                     person_name=person[1], speaker_name=person[1], language=article.language)


@pytest.mark.parametrize("text, lang, own", [
    ("I’m not leaving.", "en", True),
    ("\"I am not going anywhere,\"", "en", True),
    ("\"Я никуда не ухожу\"", "ru", True),
    ("Я не уйду, участвую до конца»", "ru", True),
    ("Никто меня не вытесняет. Я не ухожу\"", "ru", True),
    # the object is a clause of its own; a plain remark; a denial naming what it is about
    ("\"I don't care what those big names think,\"", "en", False),
    ("I’m in this race to the end and we’re going to win,”", "en", False),
    ("that he would not withdraw from the upcoming presidential elections in the United States", "en", False),
    ("I did not meet Putin", "en", False),
])
def test_own_denial_is_a_short_first_person_negation_naming_nothing(text, lang, own):
    assert C.own_denial(text, languages.get(lang)) is own


def test_own_denial_takes_its_topic_from_the_headline():
    a = _article("wi", STAFF, "2024-07-04", title=STAFF_TITLE)
    ctx = C.referent_context(_statement(a, "I’m not leaving.", "said"), a)
    assert ctx and ctx.startswith(STAFF_TITLE) and "I’m not leaving." in ctx
    # without a headline it refers to nothing the article names
    assert C.referent_context(_statement(replace(a, title=None), "I’m not leaving.", "said"), replace(a, title=None)) is None


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def test_own_denial_is_read_against_the_headlines_fact_and_reversed_later(fresh_store, e5):
    a = _article("wi", STAFF, "2024-07-04", title=STAFF_TITLE)
    b = _article("ru24", WITHDRAWAL, "2024-07-21", lang="ru", title="Байден вышел из гонки")
    fresh_store.add_articles([a, b])
    fresh_store.replace_statements("wi", [_statement(a, "I’m not leaving.", "said")], "t")
    fresh_store.replace_statements("ru24", [_statement(b, "о выходе из президентской гонки в США", "объявил")],
                                 "t")
    fresh_store.put_facts([F03, F02])
    C.run(fresh_store, embedder=e5)
    flags = {(fresh_store.statement(f.statement_id).article_id, f.against_kind, f.against_id if f.against_kind ==
              "fact" else fresh_store.statement(f.against_id).article_id) for f in fresh_store.contradictions()}
    # a promise about the race (the closest fact only, not the pardon), and the withdrawal takes the other side
    assert ("wi", "fact", "F03") in flags and ("wi", "fact", "F02") not in flags
    assert ("ru24", "statement", "wi") in flags
    # without the headline, "I’m not leaving." names nothing of either fact
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(own_denials=False))
    assert not [f for f in fresh_store.contradictions() if fresh_store.statement(f.statement_id).article_id == "wi"]


@pytest.mark.parametrize("text, lang", [
    # real: Trump (2025-02-28: "he doesn't remember calling … Zelensky a dictator"); Peskov's usual answers
    ("he doesn’t remember calling Ukrainian President Volodymyr Zelensky a dictator", "en"),
    ("\"I don't know,\"", "en"),
    ("«Я не знаю»", "ru"),
    ("«Я не буду комментировать»", "ru"),
    ("\"I won't comment on that,\"", "en"),
])
def test_not_knowing_or_not_commenting_is_no_denial(text, lang):
    """A short first-person "I don't know" would otherwise be read on its headline as a denial of its topic."""
    assert C.read(text, lang).hedge
