"""A denied report named by a bare noun (``compare.reports``): «Сам Армстронг называет обвинения беспочвенными»
denies what the headline told with a word of the same root; "these baseless allegations" what the lead reports."""

from __future__ import annotations

import hashlib

from parallax.compare import contradictions as C
from parallax.model import Article, Kind, Span, Statement


def _case(aid, lang, title, text, content, cue):
    a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.org",
                language=lang, published="2012-06-13", url=f"https://{aid}.org/{aid}", title=title)
    i, j = text.index(content), text.index(cue)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT, content=span,
                  cue=(Span.of(text, j, j + len(cue)),), language=lang)
    return s, a


# real: rus.azattyq.org, 13 June 2012
AZATTYQ = ("Велогонщик Армстронг обвиняется в использовании допинга",
           "Велогонщик Армстронг обвиняется в использовании допинга\n\nАгентство Соединённых Штатов по борьбе с "
           "допингом обвиняет знаменитого американского велогонщика Лэнса Армстронга в использовании запрещенных "
           "препаратов на протяжении 10 лет.\n\nСам Армстронг называет обвинения беспочвенными.")
# real: arabnews (Efe), 7 October 2018
ARABNEWS = ("Saudi Arabia Denies Journalist Was Killed At Consulate In Turkey",
            "Riyadh: Saudi Arabia on Sunday denied reports that Saudi journalist Jamal Khashoggi, who went missing "
            "earlier this week, was killed at the Saudi consulate in Istanbul, as reported by several international "
            "media.\n\nA statement released on Sunday by the state-run Saudi Press Agency (SPA) cited a diplomatic "
            "officer as denying “these baseless allegations”, reports Efe news.")
# real: politico.eu, 5 November 2022
POLITICO = ("Iran admits giving Russia drones, but says before the war",
            "Iranian Foreign Minister Hossein Amirabdollahian on Saturday said that a few drones had been delivered "
            "to Russia before Moscow’s troops crossed the border with Ukraine in late February, according to a report "
            "by government-affiliated news agency IRNA. He denied that more drones had been supplied since the "
            "invasion.\n\nU.S. Special Envoy for Iran Robert Malley disputed that statement, saying it is “not true” "
            "that Iran gave Moscow only “a limited number of drones before the war.”")


def test_the_accusation_told_with_a_word_of_its_root():
    s, a = _case("azattyq", "ru", *AZATTYQ, "обвинения беспочвенными", "называет")
    assert C.referent_context(s, a) == "в использовании допинга"
    assert C.referent_context(s, a, reports=False) is None


def test_allegations_never_retold_are_what_the_lead_reports():
    s, a = _case("arabnews", "en", *ARABNEWS, "“these baseless allegations”", "denying")
    ctx = C.referent_context(s, a)
    assert ctx and "Khashoggi" in ctx and "killed" in ctx


def test_a_disputed_statement_is_no_accusation():
    # the envoy disputes the minister's denial: "statement" names no accusation, and no word of its root told one
    s, a = _case("politico", "en", *POLITICO, "that statement", "disputed")
    assert C.referent_context(s, a) is None


def test_an_admitting_cue_ends_the_denials_it_names():
    # real: alaraby.co.uk, 20 October 2018: the cue admits; "weeks of denials" is what the admission ends
    content = "that dissident journalist Jamal Khashoggi was killed inside its consulate in Istanbul"
    r = C.read(content, "en", frame="has admitted after weeks of denials")
    assert r.admission == "admit" and not r.negative and r.denial is None
    assert C.read(content, "en", frame="has admitted after weeks of denials",
                  rules=C.Rules(admitting_cues=False)).denial == "denial"
    # real: ommcom, 7 October 2018: a denying cue still denies
    assert C.read("that Saudi journalist Jamal Khashoggi was killed at the Saudi consulate in Istanbul", "en",
                  frame="denied reports").denial == "deny"


def test_a_dismissal_pointing_back_answers_what_was_said_before():
    # real: onenewspage (IRNA), 10 January 2020: "This is a lie" answers the sentence before it
    text = ("“Today, in a very well-calculated move in psychological operations as quoted by an informed source of "
            "Pentagon… has published news pompously that two missiles hit the Ukrainian plane. This is a lie and nobody "
            "will claim responsibility of the big lie,” said a statement from the Iranian government.")
    s, a = _case("onp", "en", "Iran says reports it shot down Ukraine airliner ‘lies’", text,
                 "This is a lie and nobody will claim responsibility of the big lie,”", "said")
    ctx = C.referent_context(s, a)
    assert ctx and "two missiles hit the Ukrainian plane" in ctx
    assert C.referent_context(s, a, reports=False) is None
    # real: RT, 12 April 2022: a dismissal naming its own place is read on its own words
    text = "Путин напомнил, что в Сирии устраивали похожие провокации.\n«Потом выяснилось, что это фейк. Такой же фейк и в Буче», — сказал Путин."
    s, a = _case("rt", "ru", "Путин назвал произошедшее в украинской Буче фейком", text, "Такой же фейк и в Буче", "сказал")
    assert C.referent_context(s, a) is None
