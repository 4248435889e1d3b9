"""Negations and dismissals that deny no recorded fact (issue 12, the fourth held-out set's false flags, contra14):
a negated feeling, «не раз» and «тем не менее», "to lie" as an act, a lie its speaker admits, a denial of one's
own involvement by a party the fact does not name, and a negation "for now" said on the fact's day."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from parallax import lang as languages
from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement

YANUKOVYCH = Fact("F01", "Viktor Yanukovych left Kyiv on the night of 21 February 2014 and fled Ukraine to Russia, "
                  "where he reappeared in Rostov-on-Don on 28 February 2014; the Verkhovna Rada removed him from the "
                  "presidency on 22 February 2014.", "2014-02-22", None,
                  ("Viktor Yanukovych", "Ukraine", "Russia", "Rostov-on-Don", "Verkhovna Rada"))
RYANAIR = Fact("F03", "On 23 May 2021 Belarusian air traffic control, on the instructions of Belarusian government "
               "officials, forced Ryanair flight FR4978 from Athens to Vilnius to land in Minsk with a deliberately "
               "false bomb threat.", "2021-05-23", None, ("Ryanair", "FR4978", "Belarus", "Minsk"))


def _article(aid, text, day, lang="en", outlet="bbc.com"):
    return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                   language=lang, published=day, url=f"https://{outlet}/{aid}")


def _statement(article, content, cue, person):
    i = article.text.index(content)
    j = article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.INDIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), person_id=person[0],
                     person_name=person[1], speaker_name=person[1], language=article.language)


def _unit(x):
    return np.array([x, 0.0, (1 - x * x) ** 0.5])


@pytest.mark.parametrize("text, lang, negative", [
    # real: Yanukovych in Rostov (TASS, 28 February 2014)
    ("“I had no fear.", "en", False),
    # real: taurica.net (28 February 2014)
    ("он не боялся, тем не менее все-таки уехал из страны из-за поступающих угроз", "ru", False),
    # real: Clinton to the BBC as unn.com.ua relayed it (5 June 2018): «не раз» is "more than once"
    ("“Я не раз публично говорил, что мне жаль”", "ru", False),
    # real: Clinton (CBS, 26 January 1998): "to lie" names the act he denies asking for, no report called false
    ("I never told anybody to lie.", "en", True),
])
def test_a_negated_feeling_an_idiom_or_an_act_named_is_no_denial(text, lang, negative):
    r = C.read(text, lang)
    assert r.denial is None
    assert r.negative is negative


def test_a_feeling_or_idiom_leaves_other_negations_alone():
    # the same words with the event negated stay denials
    assert C.read("Я не покидал Украину.", "ru").negative
    assert C.read("I did not leave Ukraine, I had no fear.", "en").negative
    assert C.read("These allegations are false.", "en").denial == "false"


def test_an_admitted_lie_is_no_denial():
    # real: strana.news on Clinton (26 January 2023): the lie is what he admitted, not a report he called false
    r = C.read("что у него действительно были \"неправильные\" отношения с Левински и оправдал ложь желанием защитить "
               "свою семью и себя от позора", "ru", frame="он признал, ")
    assert not r.negative and r.denial is None and r.admission
    # the same words under a plain cue call something a lie
    assert C.read("что это ложь", "ru", frame="заявил, ").denial


def test_a_denied_involvement_of_a_party_the_fact_does_not_name_is_its_own_part():
    # real: Meduza's update (24 May 2021); cosine set at the one measured (0.901)
    text = ("Update. Hamas has denied any knowledge or connection to the false bomb threat that prompted the Ryanair "
            "flight to divert to Minsk, Reuters reports.")
    a = _article("a", text, "2021-05-24", outlet="meduza.io")
    st = [_statement(a, "any knowledge or connection to the false bomb threat that prompted the Ryanair flight to "
                        "divert to Minsk", "denied", (None, "Hamas"))]
    fv = {"F03": np.array([1.0, 0, 0])}
    vectors = {st[0].id: _unit(0.901)}

    def flagged(fact):
        return [f.against_id for f in C.against_facts(st, {"a": a}, [fact], vectors, fv, rules=C.Rules(hubness=False))]

    assert flagged(RYANAIR) == []
    # a fact naming the denier is about its part: the same denial contradicts it
    named = Fact("F03", RYANAIR.text + " Hamas sent the threat.", RYANAIR.date, None, (*RYANAIR.entities, "Hamas"))
    assert flagged(named) == ["F03"]


def test_a_negation_for_now_holds_on_the_day_it_was_said():
    assert C.for_now("Віктор Янукович поки не покинув територію держави Україна", languages.get("uk")) == "поки"
    assert C.for_now("Yanukovych has not yet left Ukraine", languages.get("en")) == "not yet"
    assert C.for_now("Yanukovych has not left Ukraine", languages.get("en")) is None
    # real: zaxid.net (22 February 2014), citing Donetskie Vesti; cosine set at the one measured (0.831)
    text = ("Нагадаємо, як повідомляє видання \"Донецкие вести\", Віктор Янукович поки не покинув територію держави "
            "Україна.")

    def flagged(day, words):
        a = _article("a", text.replace("поки не покинув", words), day, lang="uk", outlet="zaxid.net")
        st = [_statement(a, f"Віктор Янукович {words} територію держави Україна", "повідомляє",
                         ("viktor-yanukovych", "Viktor Yanukovych"))]
        vectors = {st[0].id: _unit(0.831)}
        return [f.against_id for f in C.against_facts(st, {"a": a}, [YANUKOVYCH], vectors,
                                                       {"F01": np.array([1.0, 0, 0])}, rules=C.Rules(hubness=False))]

    assert flagged("2014-02-22", "поки не покинув") == []
    # a day after the fact's, "not yet" is a denial of what had happened; and on its day, a flat one is too
    assert flagged("2014-03-05", "поки не покинув") == ["F01"]
    assert flagged("2014-02-22", "не покинув") == ["F01"]
    assert C.Rules(for_now=False) != C.Rules()
