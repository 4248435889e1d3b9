"""A speaker's reversal of his own words by their predicate (``antonyms.sides``, ``Rules.predicate_sim``): the
event his earlier words negated ("not a quitter", «Я залишаюся на території України») named un-negated later
("I am resigning", «Я вынужден был покинуть Украину»), the labels shared across languages."""

from __future__ import annotations

import hashlib

import pytest

from parallax import lang as languages
from parallax.compare import antonyms
from parallax.compare import contradictions as C
from parallax.model import Article, Kind, Span, Statement


@pytest.mark.parametrize("text, lang, sides", [
    # real: Truss (huffpost, 2022-10-19), Biden (2024-07-21), Yanukovych (bbc 2014-02-22, tass 2014-02-28, zaxid
    # 2014-02-22), Truss (zaxid.net, 2022-10-20), Armstrong (2013)
    ("“I am a fighter and not a quitter.", "en", {"leave": False}),
    ("that he will \"stand down\" and not seek re-election", "en", {"leave": True, "run": False}),
    ("I have no intention to leave the country and go anywhere.", "en", {"leave": False}),
    ("Я вынужден был покинуть Украину из-за непосредственной угрозы своей жизни", "ru", {"leave": True}),
    ("Я залишаюся на території України, я буду закликати всіх міжнародних спостерігачів", "uk", {"leave": False}),
    ("що повідомила королю Чарльзу, що йде у відставку з поста лідера Консервативної партії", "uk", {"leave": True}),
    ("«Я никогда не принимал допинг", "ru", {"dope": False}),
    ("Я не уйду, участвую до конца»", "ru", {"leave": False}),
    # real: Yanukovych reported (2014-02-28): «тем не менее» is no negator, «уехал» leaves
    ("он не боялся, тем не менее все-таки уехал из страны из-за поступающих угроз", "ru", {"leave": True}),
    ("Я не уехал", "ru", {"leave": False}),
    # a state is a label too, read as a side; the record leaves states out ("FTX is fine", then its bankruptcy)
    ("the U.S. arm of his crypto empire was “FINE!”", "en", {"fail": False}),
])
def test_the_side_a_statement_takes_on_an_event(text, lang, sides):
    assert antonyms.sides(text, languages.get(lang)) == sides


def test_a_kind_is_no_act_to_go_back_on(fresh_store, e5, monkeypatch):
    # real: the demo's Lukashenko (2024-10-23, then 2024-10-24): "did not need North Korean soldiers", then calling the
    # information on soldiers from the DPRK "stupid": "soldiers" names a kind (``antonyms.KINDS``), no act of his
    assert antonyms.sides("that Moscow did not need North Korean soldiers", languages.get("en")) == {"military": False}
    sides = [("a", "Lukashenko said that Moscow did not need North Korean soldiers.", "2024-10-23", "en",
              "that Moscow did not need North Korean soldiers", "said"),
             ("b", "Lukashenko called the information about the participation of soldiers from the DPRK “stupid”.",
              "2024-10-24", "en", "the information about the participation of soldiers from the DPRK “stupid”",
              "called")]
    assert not [f for f in _record(fresh_store, e5, sides, "Alexander Lukashenko") if f[1] == "predicate"]
    monkeypatch.setattr(antonyms, "KINDS", frozenset())
    assert ("b", "predicate") in _record(fresh_store, e5, sides, "Alexander Lukashenko")


def test_both_sides_in_one_text_take_none():
    # real: the speech cut into one text: "not leaving", then "step down" — no side to reverse
    assert antonyms.sides("I'm not leaving. I decided to step down", languages.get("en")) == {}


def _article(aid, text, day, language):
    return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.com",
                   language=language, published=day, url=f"https://{aid}.com/{aid}", title=text[:40])


def _statement(article, content, cue, person):
    i, j = article.text.index(content), article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.DIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), person_id=person.lower().replace(
                         " ", "-"), person_name=person, speaker_name=person, language=article.language)


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def _record(store, e5, sides, person, rules=C.Rules()):
    for aid, text, day, lang, content, cue in sides:
        a = _article(aid, text, day, lang)
        store.add_articles([a])
        store.replace_statements(aid, [_statement(a, content, cue, person)], "t")
    C.run(store, embedder=e5, full=True, rules=rules)
    return [(store.statement(f.statement_id).article_id, f.rule) for f in store.contradictions()
            if f.against_kind == "statement"]


TRUSS = [
    # real: huffpost.com (2022-10-19), thesun.co.uk (2022-10-20)
    ("hp", "Liz Truss told MPs: “I am a fighter and not a quitter. I have acted in the national interest,” she said.",
     "2022-10-19", "en", "“I am a fighter and not a quitter.", "she said"),
    ("sun", "She said: \"I have therefore spoken to His Majesty The King to notify him that I am resigning as Leader "
     "of the Conservative Party.", "2022-10-20", "en", "\"I have therefore spoken to His Majesty The King to notify "
     "him that I am resigning as Leader of the Conservative Party.", "She said"),
]


def test_not_a_quitter_then_resigning_is_a_reversal(fresh_store, e5):
    assert _record(fresh_store, e5, TRUSS, "Liz Truss") == [("sun", "predicate")]
    assert not _record(fresh_store, e5, TRUSS, "Liz Truss", C.Rules(predicate_sim=2.0))


YANUKOVYCH = [
    # real: zaxid.net (2014-02-22), tass.ru (2014-02-28): the promise in Ukrainian, the flight told in Russian
    ("zx", "Янукович заявив: \"Я залишаюся на території України, я буду закликати всіх міжнародних спостерігачів\".",
     "2014-02-22", "uk", "Я залишаюся на території України, я буду закликати всіх міжнародних спостерігачів",
     "заявив"),
    ("tass", "\"Я вынужден был покинуть Украину из-за непосредственной угрозы своей жизни и жизни своих близких\", - "
     "сказал он.", "2014-02-28", "ru", "Я вынужден был покинуть Украину из-за непосредственной угрозы своей жизни и "
     "жизни своих близких", "сказал"),
]


def test_staying_then_forced_to_leave_across_languages(fresh_store, e5):
    assert _record(fresh_store, e5, YANUKOVYCH, "Viktor Yanukovych") == [("tass", "predicate")]


def test_a_negation_for_now_promises_nothing(fresh_store, e5):
    # real: zaxid.net (2014-02-22) citing another outlet: "has not left Ukraine yet" — how things stood that day
    sides = [("zx", "За даними ЗМІ, Віктор Янукович поки не покинув територію держави Україна, повідомив речник.",
              "2014-02-22", "uk", "Віктор Янукович поки не покинув територію держави Україна", "повідомив"),
             YANUKOVYCH[1]]
    assert antonyms.sides(sides[0][4], languages.get("uk")) == {"leave": False}
    assert not _record(fresh_store, e5, sides, "Viktor Yanukovych")
