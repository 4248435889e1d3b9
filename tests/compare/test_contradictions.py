"""Contradictions: the rules that read a speaker's words, and the check against facts and earlier words."""

from __future__ import annotations

import hashlib

import pytest

from parallax.compare import contradictions as C
from parallax.model import Article, Fact, Kind, Span, Statement


@pytest.mark.parametrize("text, lang, frame, negative, denial", [
    # real reported speech (BBC, Reuters, Kyiv Independent, RIA, Ukrinform, 2024-10-23)
    ("that Belarus had played any part in the full-scale invasion", "en", "denied ", True, "deny"),
    ("that Belarus had no part in Russia's full-scale invasion of Ukraine", "en", "said ", True, None),
    ("that Russian troops went back to Russia after exercises in Belarus", "en", "said ", False, None),
    ("Russia did not need North Korean troops", "en", "said ", True, None),
    ("что Россия и Белоруссия не готовили военные действия против Украины", "ru", "заявил ", True, None),
    ("причастность Белоруссии к началу военной операции", "ru", "опроверг ", True, "опровергнуть"),
    ("участь Білорусі у вторгненні", "uk", "заперечив ", True, "заперечити"),
    ("що у Росії немає планів вторгнення на Україну", "uk", "заявив, ", True, None),
    ("что ситуация вокруг Бучи является фейковой атакой", "ru", "заявил, ", True, "фейковый"),
    # a denial with a negator is one denial, not two ("rejected the claims: it had no missions")
    ("that the troops did not stay", "en", "denied ", True, "deny"),
    ("обвинения беспочвенны, у вооруженных сил России не было таких задач", "ru", "заявил, что ", True,
     "беспочвенный"),
])
def test_contradictions_reads_polarity(text, lang, frame, negative, denial):
    r = C.read(text, lang, frame=frame)
    assert r.negative is negative
    assert r.denial == denial


@pytest.mark.parametrize("text, lang, question", [
    ("Will Belarus join the war?", "en", False),
    ("it should never have started", "en", False),
    ("perhaps the troops never left", "en", False),
    ("возможно, российские войска не уйдут", "ru", False),
    ("війська, мабуть, не підуть", "uk", False),
    ("did Belarus give permission", "en", True),
])
def test_contradictions_questions_opinions_hedges_are_not_assertions(text, lang, question):
    assert C.read(text, lang, question=question).hedge


def test_contradictions_outlet_frame_is_not_read():
    # "Lukashenko, whose country served as a launchpad, said …": only the cue and the words between
    # the cue and the content are read, never the outlet's relative clause before them
    r = C.read("that his troops would join no war", "en", frame="said ")
    assert r.denial is None


def test_contradictions_numbers_and_years():
    assert C.numbers("50 civilians were killed on 8 April 2022") == ((50.0,), (2022,))
    assert C.numbers("more than 50 civilians, a Kh-101 missile") == ((), ())  # a bound; a model name
    assert C.numbers("12 тыс. военных") == ((12000.0,), ())
    assert C.numbers("10,000 troops in 2014") == ((10000.0,), (2014,))


def test_contradictions_entities_meet_across_scripts():
    assert C.skeleton("Belarus") == C.skeleton("Беларуси") == C.skeleton("Білорусі")
    assert C.skeleton("Crimea") == C.skeleton("Крыму")[:3]
    r = C.read("Білорусь не брала участі", "uk")
    assert C._shares(["Belarus", "Poland"], r) == ["Belarus"]


def test_contradictions_hedge_inside_a_denied_report_belongs_to_the_report():
    st = C.read("reports that North Korean soldiers could join Russia's forces “stupid”", "en", frame="called ")
    fact = C.Reading(False)
    assert C.decide(st, fact, 0.86, threshold=0.8, shared=True, rules=C.Rules()) == ("denial", 0.86)
    q = C.read("could North Korean soldiers join Russia's forces?", "en")
    assert C.decide(q, fact, 0.95, threshold=0.8, shared=True, rules=C.Rules()) is None


def _article(aid, text, day, lang="en", outlet="bbc.com"):
    return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                   language=lang, published=day, url=f"https://{outlet}/{aid}")


def _statement(article, content, cue, person=("alexander-lukashenko", "Alexander Lukashenko")):
    i = article.text.index(content)
    j = article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.INDIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), person_id=person[0],
                     person_name=person[1], speaker_name=person[1], language=article.language)


SEED = ("Belarusian leader Alexander Lukashenko continued to deny Belarus’ involvement in the invasion, "
        "which began with the use of Belarusian territory.")
FRAME = ("Lukashenko, whose country served as a launchpad for the invasion, said Belarusian troops "
         "would stay at home.")


@pytest.fixture(scope="module")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


def test_contradictions_flags_the_seed_denial_against_a_fact_and_not_the_outlet_frame(fresh_store, e5):
    seed = _article("seed", SEED, "2024-10-23")
    frame = _article("frame", FRAME, "2024-10-23", outlet="reuters.com")
    fresh_store.add_articles([seed, frame])
    fresh_store.replace_statements("seed", [_statement(seed, "Belarus’ involvement in the invasion, which began "
                                                       "with the use of Belarusian territory", "deny")], "t")
    fresh_store.replace_statements("frame", [_statement(frame, "Belarusian troops would stay at home", "said")], "t")
    fresh_store.put_facts([Fact("F01", "Russia's full-scale invasion of Ukraine began on 24 February 2022, partly "
                                "from Belarusian territory.", "2022-02-24",
                                "https://en.wikipedia.org/wiki/Belarusian_involvement_in_the_Russian_invasion_of_Ukraine",
                                ("Russia", "Belarus", "Ukraine"))])
    summary = C.run(fresh_store, embedder=e5)
    assert summary.statements == 2 and summary.facts == 1
    flags = fresh_store.contradictions()
    assert [(f.statement_id.startswith("s"), f.against_id, f.rule) for f in flags] == [(True, "F01", "denial")]
    assert fresh_store.statement(flags[0].statement_id).article_id == "seed"
    assert "F01" in flags[0].reason and "deny" in flags[0].reason
    # incremental: nothing new, nothing rechecked; an edited fact is checked again
    assert C.run(fresh_store, embedder=e5).statements == 0
    fresh_store.put_facts([Fact("F01", "Belarus took part in the invasion of Ukraine.", "2022-02-24",
                                None, ("Belarus", "Ukraine"))])
    again = C.run(fresh_store, embedder=e5)
    assert again.facts == 1 and again.statements == 0
    assert [f.against_version for f in fresh_store.contradictions()] == [2]


def test_contradictions_own_earlier_words_across_languages(fresh_store, e5):
    a = _article("a", "Лукашенко заявил, что белорусские войска никогда не будут воевать на Украине.",
                 "2022-02-10", lang="ru", outlet="belta.by")
    b = _article("b", "Lukashenko said Belarusian troops will fight in Ukraine.", "2022-03-01")
    fresh_store.add_articles([a, b])
    fresh_store.replace_statements("a", [_statement(a, "белорусские войска никогда не будут воевать на Украине",
                                                    "заявил")], "t")
    fresh_store.replace_statements("b", [_statement(b, "Belarusian troops will fight in Ukraine", "said")], "t")
    C.run(fresh_store, embedder=e5)
    (flag,) = fresh_store.contradictions()
    assert flag.against_kind == "statement" and flag.rule == "negation"
    assert fresh_store.statement(flag.statement_id).article_id == "b"
    assert fresh_store.statement(flag.against_id).article_id == "a"
    assert "2022-02-10" in flag.reason


def test_contradictions_admission_of_what_the_speaker_denied(fresh_store, e5):
    # real reporting: Putin, 4 March 2014 (press conference) and 17 April 2014 (Direct Line)
    a = _article("a", "Putin said there were no Russian troops in Crimea.", "2014-03-04")
    b = _article("b", "Putin admitted that Russian military had been in Crimea.", "2014-04-17", outlet="reuters.com")
    fresh_store.add_articles([a, b])
    putin = ("vladimir-putin", "Vladimir Putin")
    fresh_store.replace_statements("a", [_statement(a, "there were no Russian troops in Crimea", "said", putin)], "t")
    fresh_store.replace_statements("b", [_statement(b, "Russian military had been in Crimea", "admitted", putin)], "t")
    fresh_store.put_facts([Fact("F03", "Russian servicemen without insignia seized and occupied Crimea in February "
                                "and March 2014.", "2014-02-27", None, ("Russia", "Crimea", "Ukraine"))])
    C.run(fresh_store, embedder=e5)
    by_kind = {f.against_kind: f for f in fresh_store.contradictions()}
    assert fresh_store.statement(by_kind["fact"].statement_id).article_id == "a"
    later = by_kind["statement"]
    assert later.rule == "admission" and fresh_store.statement(later.statement_id).article_id == "b"
    assert "admits" in later.reason and "2014-03-04" in later.reason
