"""Pledges against a later act (``compare.pledges``): "no intention of stepping down", «не намерена подавать в
отставку», «я маю намір залишитися» by the one a fact records resigning, before it."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from parallax import lang as languages
from parallax.compare import antonyms
from parallax.compare import contradictions as C
from parallax.compare.pledges import pledge
from parallax.model import Article, Fact, Kind, Span, Statement

F03 = Fact("F03", "Liz Truss resigned as leader of the Conservative Party and as Prime Minister of the United Kingdom; "
           "she announced her resignation on 20 October 2022.", "2022-10-20", None,
           ("Liz Truss", "Conservative Party", "United Kingdom"))


def _pledge(text, lang):
    lg = languages.get(lang)
    r = C.read(text, lang)
    return pledge(text, lg, negative=r.negative, future=r.future, hedged=bool(r.hedge or r.denial),
                  fact_events=antonyms.fact_events(F03.text, languages.get("en")))


@pytest.mark.parametrize("text, lang, word", [
    # real: Truss, 17-19 October 2022 (postfactum.info ru and uk, m24.ru, argumenti.ru, thenational.scot)
    ("что не намерена подавать в отставку с занимаемой должности", "ru", "отставку"),
    ("Для захисту національних інтересів я маю намір залишитися на своїй посаді\"", "uk", "залишитися"),
    ("что отказывается уходить в отставку, несмотря на призывы ряда однопартийцев-консерваторов", "ru", "уходить"),
    ("она останется на своем посту, «чтобы действовать в национальных интересах»", "ru", "останется"),
    ("that she had no intention of stepping down as UK prime minister", "en", "stepping down"),
    # real: Truss (postfactum.info, uk, 17 October 2022): «має наміру» is an intention, not «має», an obligation
    ("що не має наміру подавати у відставку з посади", "uk", "відставку"),
])
def test_a_pledge_against_the_facts_event(text, lang, word):
    assert _pledge(text, lang) == word


def test_a_two_word_modal_is_read_whole():
    # «має наміру» (real, above) is "має намір", an intention; «має» alone is an obligation, a judgement (real:
    # patrioty.org.ua, 21 October 2024)
    assert C.read("що не має наміру подавати у відставку з посади", "uk").hedge is None
    assert C.read("що Росія нібито має «суверенне право» розвивати відносини з КНДР в усіх галузях", "uk").hedge == "має"


@pytest.mark.parametrize("text, lang", [
    # real: trib247 on Biden, 21 July 2024: the event asserted, the negation is of another verb
    ("that he will \"stand down\" and not seek re-election", "en"),
    # real: Truss on the day she resigned (thesun.co.uk, 20 October 2022): no intention, a plain account
    ("\"I have therefore spoken to His Majesty The King to notify him that I am resigning as Leader of the "
     "Conservative Party.", "en"),
])
def test_no_pledge_without_the_event_negated_or_its_opposite(text, lang):
    assert _pledge(text, lang) is None


def test_a_pledge_counts_only_before_the_fact():
    # real: Truss's resignation statement (thesun.co.uk, 20 October 2022): "remain" on the day she resigned is no
    # broken pledge; the cosine is set under the bare negator's bar so the pledge rule alone decides
    text = "\"I will remain as Prime Minister until a successor has been chosen.\""
    content = "I will remain as Prime Minister until a successor has been chosen."

    def flags(day):
        a = Article(id="sun", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="thesun.co.uk",
                    language="en", published=day, url="https://thesun.co.uk/sun")
        i = text.index(content)
        span = (Span.of(text, i, i + len(content)),)
        s = Statement(id=Statement.make_id(a.id, span), article_id=a.id, type=Kind.DIRECT, content=span, cue=(),
                      person_id="liz-truss", person_name="Liz Truss", speaker_name="Liz Truss", language="en")
        vectors = {s.id: np.array([0.80, 0.0, 0.6])}
        return [(f.rule, f.against_id) for f in C.against_facts([s], {"sun": a}, [F03], vectors,
                                                                {"F03": np.array([1.0, 0, 0])},
                                                                rules=C.Rules(hubness=False))]

    assert flags("2022-10-20") == []
    assert flags("2022-10-17") == [("pledge", "F03")]


def test_a_statement_dated_by_its_own_sentence_speaks_before_the_fact():
    # real: inews.co.uk, 15 October 2022, the day after Kwarteng was sacked: "on Thursday" dates his words
    # to 13 October, before the fact; the cosine is the one measured (0.895)
    text = ("Kwasi Kwarteng was adamant on Thursday that he was “absolutely, 100 per cent” going to stay as "
            "Chancellor, telling reporters in Washington DC: “I am not going anywhere.”")
    a = Article(id="inews", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="inews.co.uk",
                language="en", published="2022-10-15", url="https://inews.co.uk/inews")
    content, cue = "I am not going anywhere.", "telling"
    i, j = text.index(content), text.index(cue)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(a.id, span), article_id=a.id, type=Kind.DIRECT, content=span,
                  cue=(Span.of(text, j, j + len(cue)),), person_id="kwasi-kwarteng", person_name="Kwasi Kwarteng",
                  speaker_name="Kwasi Kwarteng", language="en")
    assert C._day(s, {"inews": a}) == "2022-10-13"
    f05 = Fact("F05", "Kwasi Kwarteng was dismissed as Chancellor of the Exchequer by Liz Truss on 14 October 2022.",
               "2022-10-14", None, ("Kwasi Kwarteng", "Liz Truss", "United Kingdom"))
    vectors = {s.id: np.array([0.895, 0.0, (1 - 0.895 ** 2) ** 0.5])}
    flags = C.against_facts([s], {"inews": a}, [f05], vectors, {"F05": np.array([1.0, 0, 0])},
                            rules=C.Rules(hubness=False))
    assert [(f.against_id, f.rule) for f in flags] == [("F05", "negation")]
