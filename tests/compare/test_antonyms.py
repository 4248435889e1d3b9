"""Antonyms (``lang/<code>/antonyms.txt``): "I'm staying in the race" denies "… withdrew from the race"."""

from __future__ import annotations

import hashlib
from dataclasses import replace

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
    # the pardon names no event of leaving (only its own, ``pardon``); a statement that withdraws names it, not its
    # opposite
    assert antonyms.fact_events(F02.text, languages.get("en")) == {"pardon"}
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
    # said before the withdrawal by the one who withdrew: a pledge (``compare.pledges``); without that rule the
    # antonym is read as a negation
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F03", "pledge")]
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(pledges=False))
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F03", "negation")]
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(antonyms=False))
    assert not fresh_store.contradictions()


def test_naming_the_event_in_so_many_words_takes_the_facts_side(fresh_store, e5):
    # real: Biden to staff (worldisraelnews.com, 2024-07-04), then his letter (independent.co.uk, 2024-07-21)
    before = _article("wi", "Biden told staffers: “No one’s pushing me out. I’m not leaving. I’m in this race to the "
                      "end,” Biden said.", "2024-07-04", "Biden rules out quitting 2024 race, tells staff he will run "
                      "‘to the end’")
    after = _article("ind", "President Joe Biden withdrew from his re-election bid on Sunday afternoon, saying it is "
                     "“in the best interest of my party and the country for me to stand down”.", "2024-07-21",
                     "Joe Biden quits presidential race")
    fresh_store.add_articles([before, after])
    fresh_store.replace_statements("wi", [_statement(before, "I’m not leaving.", "said")], "t")
    fresh_store.replace_statements("ind", [_statement(
        after, "it is “in the best interest of my party and the country for me to stand down”", "saying")], "t")
    fresh_store.put_facts([F03, F02])
    C.run(fresh_store, embedder=e5)
    later = [(f.against_kind, f.rule) for f in fresh_store.contradictions()
             if fresh_store.statement(f.statement_id).article_id == "ind"]
    assert later == [("statement", "fact-sides")]
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(antonyms=False))
    assert not [f for f in fresh_store.contradictions() if fresh_store.statement(f.statement_id).article_id == "ind"]


def test_ruling_out_an_event_before_it_is_a_promise(fresh_store, e5):
    # real: worldisraelnews.com, 2024-07-04; the withdrawal came on 21 July
    text = ("President Joe Biden ruled out quitting the presidential race, vowing to campaign staffers that he would "
            "be on the ballot this November.")
    r = C.read("quitting the presidential race", "en", frame="ruled out ")
    assert r.negative and r.denial == "rule out" and r.future
    assert not C.read("quitting the presidential race", "en", frame="said ").future
    a = _article("wi", text, "2024-07-04", "Biden rules out quitting 2024 race")
    fresh_store.add_articles([a])
    fresh_store.replace_statements("wi", [_statement(a, "quitting the presidential race", "ruled out")], "t")
    fresh_store.put_facts([F03, F02])
    C.run(fresh_store, embedder=e5)
    assert [f.against_id for f in fresh_store.contradictions()] == ["F03"]


def test_a_future_in_a_relative_clause_is_no_promise():
    # real: frankivchany.com.ua, 2024-07-21 (the day of the withdrawal: an account, not a promise)
    r = C.read("про зняття своєї кандидатури з президентських виборів, які відбудуться в листопаді цього року", "uk")
    assert not r.future
    assert C.read("що не зніме своєї кандидатури з виборів, які відбудуться в листопаді", "uk").future


F01 = Fact("F01", "The Novichok attack on Sergei Skripal in Salisbury on 4 March 2018 was carried out by two officers of "
           "Russia's GRU military intelligence travelling as Alexander Petrov and Ruslan Boshirov.", "2018-03-04", None,
           ("Sergei Skripal", "Salisbury", "GRU", "Alexander Petrov", "Ruslan Boshirov", "Russia"))
BUCHA = Fact("F07", "Russian forces killed civilians in Bucha during their occupation of the town in March 2022.",
             "2022-03-31", None, ("Bucha", "Russia", "Ukraine"))


def test_calling_the_officers_civilians_denies_the_fact(fresh_store, e5):
    # real: Putin, 2018-09-12, as reported on 2018-09-13
    text = ("On Wednesday Vladimir Putin told reporters that Russian officials had identified the two men and that "
            "they were “civilians”.")
    content = "that Russian officials had identified the two men and that they were “civilians”"
    assert antonyms.opposed(content, languages.get("en")) == {"military": "civilians"}
    # a fact naming both sides ("Russian forces killed civilians") has no opposite to deny
    assert antonyms.opposed(BUCHA.text, languages.get("en")) and not antonyms.fact_events(BUCHA.text, languages.get("en"))
    a = _article("lihkg", text, "2018-09-13", "Putin says Skripal suspects are civilians")
    fresh_store.add_articles([a])
    s = _statement(a, content, "told reporters")
    fresh_store.replace_statements("lihkg", [replace(s, person_id="vladimir-putin", person_name="Vladimir Putin",
                                                     speaker_name="Vladimir Putin")], "t")
    fresh_store.put_facts([F01, F03])
    C.run(fresh_store, embedder=e5)
    assert [(f.against_id, f.rule) for f in fresh_store.contradictions()] == [("F01", "negation")]
    C.run(fresh_store, embedder=e5, full=True, rules=C.Rules(antonyms=False))
    assert not fresh_store.contradictions()


def test_ruling_out_what_happened_is_no_promise():
    # real: Peskov (Daily Mail, 2024-07-09) on the ministry's account of a strike
    assert not C.read("which absolutely excludes that there were attacks on civilian targets", "en").future
