"""A change of side across the fact's day (``compare.timing.across``): a pledge, then the act it ruled out a day
later, is a reversal however few days lie between them."""

from __future__ import annotations

import hashlib

import numpy as np

from parallax.compare import contradictions as C
from parallax.compare.timing import across, days_between
from parallax.model import Article, Fact, Kind, Span, Statement

F03 = Fact("F03", "Liz Truss resigned as leader of the Conservative Party and as Prime Minister of the United Kingdom; "
           "she announced her resignation on 20 October 2022.", "2022-10-20", None,
           ("Liz Truss", "Conservative Party", "United Kingdom"))


def _said(aid, text, content, cue, day):
    a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.ru",
                language="ru", published=day, url=f"https://{aid}.ru/{aid}")
    i, j = text.index(content), text.index(cue)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT, content=span,
                  cue=(Span.of(text, j, j + len(cue)),), person_id="liz-truss", person_name="Liz Truss",
                  speaker_name="Лиз Трасс", language="ru")
    return a, s


def test_the_facts_day_between_two_statements():
    assert across("2022-10-18", "2022-10-20", F03) and days_between("2022-10-18", "2022-10-20") == 2
    assert not across("2022-10-17", "2022-10-19", F03)  # both before it: reports of one stance
    assert not across("2022-10-20", "2022-10-21", F03)
    assert not across("", "2022-10-21", F03)


def _flags(later_day, rules=C.Rules(hubness=False)):
    # real: argumenti.ru, 18 October 2022 (her pledge); bzzz, 20 October 2022 (her resignation)
    a, earlier = _said("argumenti", "По словам Трасс, она останется на своем посту, «чтобы действовать в "
                       "национальных интересах».", "она останется на своем посту", "По словам", "2022-10-18")
    b, later = _said("bzzz", "Премьер-министр Великобритании Лиз Трасс уходит в отставку, заявила она.",
                     "Премьер-министр Великобритании Лиз Трасс уходит в отставку", "заявила", later_day)
    e = np.eye(3)
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    vectors = {earlier.id: unit(0.82 * e[0] + 0.57 * e[1]), later.id: unit(0.86 * e[0] + 0.3 * e[1] + 0.41 * e[2])}
    return [(f.rule, f.against_id) for f in C.against_earlier([earlier, later], {"argumenti": a, "bzzz": b}, vectors,
                                                               facts=[F03], fact_vectors={"F03": e[0]}, rules=rules)
            if f.statement_id == later.id], earlier.id


def test_a_resignation_reverses_the_pledge_of_two_days_before():
    got, earlier = _flags("2022-10-20")
    assert got == [("fact-sides", earlier)]
    # without the fact's day between them, two days are too few for the sides of a fact: reports of one stance
    # spread over days
    assert _flags("2022-10-20", C.Rules(hubness=False, across_fact_date=False, predicate_sim=2.0))[0] == []
    # … but the pledge's own event («останется» against «уходит в отставку») reversed needs no gap (``predicate``)
    assert _flags("2022-10-20", C.Rules(hubness=False, across_fact_date=False)) == ([("predicate", earlier)], earlier)


F02 = Fact("F02", "The cryptocurrency exchange FTX could not meet customer withdrawals and halted them on 8 November "
           "2022; FTX, FTX US and Alameda Research filed for Chapter 11 bankruptcy on 11 November 2022.", "2022-11-11",
           None, ("FTX", "FTX US", "Alameda Research", "Sam Bankman-Fried"))


def _fine(text, content, day, cue="wrote"):
    a = Article(id="tb", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="theblock.co",
                language="en", published=day, url="https://theblock.co/tb")
    i, j = text.index(content), text.index(cue)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id("tb", span), article_id="tb", type=Kind.DIRECT, content=span,
                  cue=(Span.of(text, j, j + len(cue)),), person_id="sam-bankman-fried", person_name="Sam Bankman Fried",
                  speaker_name="Bankman-Fried", language="en")
    vectors = {s.id: np.array([0.85, 0.0, 0.5268])}
    return [(f.rule, f.against_id) for f in C.against_facts([s], {"tb": a}, [F02], vectors, {"F02": np.array([1.0, 0, 0])},
                                                            rules=C.Rules(hubness=False))]


def test_a_sound_state_against_a_failure_from_its_first_day():
    # real: theblock.co, 10 November 2022 ("FTX US" is a three-letter name; the registry's "Sam Bankman Fried" is
    # "Bankman-Fried"); the halt of 8 November is the fact's first day, before its bankruptcy date
    text = "“FTX US USERS ARE FINE!” Bankman-Fried wrote in a series of tweets on Thursday."
    assert _fine(text, "“FTX US USERS ARE FINE!”", "2022-11-10") == [("negation", "F02")]
    # said before the failure began, the same words were no claim against it
    assert _fine(text, "“FTX US USERS ARE FINE!”", "2022-11-05") == []
    # real: breaking0news, 17 November 2022
    text = "“FTX is fine. Assets are fine,” Bankman-Fried wrote."
    assert _fine(text, "“FTX is fine. Assets are fine,”", "2022-11-17") == [("negation", "F02")]
    # real: coinshots.com, 9 November 2022: a past account quotes the words, it does not claim the state
    text = ("According to multiple sources on Twitter, FTX CEO removed his “assets are fine” thread on Nov. 8 at around "
            "10:30 pm UTC, or a few hours after announcing a strategic transaction with Binance.")
    assert _fine(text, "FTX CEO removed his “assets are fine” thread on Nov. 8 at around 10:30 pm UTC,", "2022-11-09",
                 cue="According to") == []


F05 = Fact("F05", "Kwasi Kwarteng was dismissed as Chancellor of the Exchequer by Liz Truss on 14 October 2022.",
           "2022-10-14", None, ("Kwasi Kwarteng", "Liz Truss", "United Kingdom"))


def test_naming_the_facts_event_asserts_it_among_any_candidates():
    # real: postfactum.info (uk), 17 October 2022, and zaxid.net, 20 October 2022: «що подає у відставку» is as near
    # Kwarteng's dismissal (which names her) as her own resignation; «відставку» ties it to the resignation
    def said(aid, text, content, cue, day):
        a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.ua",
                    language="uk", published=day, url=f"https://{aid}.ua/{aid}")
        i, j = text.index(content), text.index(cue)
        span = (Span.of(text, i, i + len(content)),)
        return a, Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.DIRECT, content=span,
                            cue=(Span.of(text, j, j + len(cue)),), person_id="liz-truss", person_name="Liz Truss",
                            speaker_name="Ліз Трасс", language="uk")

    a, earlier = said("pf", "\"Для захисту національних інтересів я маю намір залишитися на своїй посаді\", - наголосила "
                      "Ліз Трасс.", "Для захисту національних інтересів я маю намір залишитися на своїй посаді",
                      "наголосила", "2022-10-17")
    b, later = said("zx", "Ліз Трасс заявила, що подає у відставку.", "що подає у відставку", "заявила", "2022-10-20")
    e = np.eye(4)
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    # the later words a little nearer the dismissal (0.800) than the resignation (0.799)
    fv = {"F05": e[0], "F03": unit(0.999 * e[0] + 0.045 * e[1])}
    vectors = {earlier.id: unit(0.79 * e[0] + 0.05 * e[1] + 0.61 * e[2]), later.id: unit(0.8 * e[0] + 0.6 * e[2])}

    def flags(rules):
        return [(f.rule, f.against_id) for f in C.against_earlier([earlier, later], {"pf": a, "zx": b}, vectors,
                                                                   facts=[F05, F03], fact_vectors=fv, rules=rules)
                if f.statement_id == later.id]

    assert flags(C.Rules(hubness=False)) == [("fact-sides", earlier.id)]
    assert flags(C.Rules(hubness=False, event_named_any=False, predicate_sim=2.0)) == []
    # the intent to stay, then the resignation: the event's side reversed in her record, whatever the facts
    assert flags(C.Rules(hubness=False, event_named_any=False)) == [("predicate", earlier.id)]


PS752 = Fact("F01", "Ukraine International Airlines flight PS752 was shot down near Tehran on 8 January 2020 by two "
             "surface-to-air missiles fired by Iran's Islamic Revolutionary Guard Corps, killing all 176 people on board.",
             "2020-01-08", None, ("Ukraine International Airlines Flight 752", "Iran", "Tehran",
                                  "Islamic Revolutionary Guard Corps"))


def test_an_admission_the_day_after_the_denial_reverses_it():
    # real: kaztag.kz, 10 January 2020, and pravda.ru, 11 January 2020
    def said(aid, lang, text, content, cue, day):
        a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.kz",
                    language=lang, published=day, url=f"https://{aid}.kz/{aid}")
        i, j = text.index(content), text.index(cue)
        span = (Span.of(text, i, i + len(content)),)
        return a, Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT, content=span,
                            cue=(Span.of(text, j, j + len(cue)),), person_id="iran", person_name="Iran",
                            speaker_name="Iran", language=lang)

    a, earlier = said("kt", "en", "Iran refutes the version of a missile attack on the plane of the international "
                      "airlines of Ukraine, reports the civil aviation organization of Iran.",
                      "the version of a missile attack on the plane of the international airlines of Ukraine", "refutes",
                      "2020-01-10")
    b, later = said("pr", "ru", "Иран официально признал, что сбил украинский пассажирский самолет авиакомпании МАУ.",
                    "что сбил украинский пассажирский самолет авиакомпании МАУ", "признал", "2020-01-11")
    e = np.eye(3)
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    vectors = {earlier.id: unit(0.875 * e[0] + 0.484 * e[1]), later.id: unit(0.837 * e[0] + 0.3 * e[1] + 0.458 * e[2])}

    def flags(rules):
        return [(f.rule, f.against_id) for f in C.against_earlier([earlier, later], {"kt": a, "pr": b}, vectors,
                                                                   facts=[PS752], fact_vectors={"F01": e[0]}, rules=rules)
                if f.statement_id == later.id]

    assert flags(C.Rules(hubness=False)) == [("admission", earlier.id)]
    assert flags(C.Rules(hubness=False, admissions_any_day=False)) == []
