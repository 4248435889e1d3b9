"""The coverage matrix: statuses per cell, omissions with the omitting article, ranking."""

from __future__ import annotations

import hashlib

import numpy as np

from parallax.compare.alterations import Version
from parallax.compare.matrix import matrix, rank_omissions
from parallax.model import Article, Cell, Claim, Kind, OutletKind, Span, Statement, Status


def _v(article_id, outlet, text, type_="direct", lang="ru", primary=False):
    a = Article(id=article_id, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                language=lang, published="2024-10-23", primary=primary)
    span = (Span.of(text, 0, len(text)),)
    s = Statement(id=Statement.make_id(article_id, span), article_id=article_id, type=Kind(type_), content=span,
                  speaker_name="Alexander Lukashenko", language=lang)
    return Version(s, a, outlet, None, "lukashenko")


NEED = "России не нужны северокорейские военные"
WEST = "Запад сразу отреагирует"


def _occasion():
    vesti_need, vesti_west = _v("t", "vesti.ru", NEED, primary=True), _v("t2", "vesti.ru", WEST, primary=True)
    tass_west = _v("tass", "tass.ru", "западные страны незамедлительно отреагируют", type_="indirect")
    meduza_need = _v("m", "meduza.io", NEED, type_="mixed")
    meduza_west = _v("m2", "meduza.io", WEST, type_="mixed")
    rferl_need = _v("r", "rferl.org", "Russia did not need North Korean troops", type_="indirect", lang="en")
    claims = [Claim("need", "p", "o", "Russia does not need North Korean troops"), Claim("west", "p", "o", "the West would react")]
    versions = {"need": [vesti_need, meduza_need, rferl_need], "west": [vesti_west, tass_west, meduza_west]}
    return matrix("o", claims, versions)


def test_matrix_statuses_and_omission():
    cells = {(c.claim_id, c.outlet): c for c in _occasion()}
    assert cells[("need", "tass.ru")].status == Status.OMITTED
    assert cells[("need", "tass.ru")].article_id == "tass"  # the article that covered the occasion
    assert cells[("west", "tass.ru")].status == Status.PARAPHRASED
    assert cells[("need", "meduza.io")].status == Status.VERBATIM
    assert cells[("need", "rferl.org")].status == Status.PARAPHRASED
    assert cells[("west", "rferl.org")].status == Status.OMITTED
    assert cells[("need", "vesti.ru")].status == Status.VERBATIM


def test_matrix_claim_carried_by_one_outlet_is_not_expected_of_others():
    only = _v("x", "belta.by", "Беларусь готова к переговорам")
    other = _v("y", "tass.ru", WEST)
    cells = matrix("o", [Claim("solo", None, "o", "solo"), Claim("w", None, "o", "w")],
                   {"solo": [only], "w": [other]})
    assert not [c for c in cells if c.status == Status.OMITTED]


def test_matrix_omissions_rank_wide_claims_and_state_media_first():
    cells = _occasion()
    kinds = {"tass.ru": OutletKind.STATE, "rferl.org": OutletKind.PUBLIC}
    ranked = rank_omissions(cells, kinds)
    assert [(o.cell.outlet, o.cell.claim_id) for o in ranked] == [("tass.ru", "need"), ("rferl.org", "west")]
    assert ranked[0].carried_by == ("meduza.io", "rferl.org", "vesti.ru")


def test_matrix_omissions_rank_state_media_before_a_wider_claim_left_out_by_other_kinds():
    """TASS leaving out what 3 outlets carried ranks above an outlet of unknown kind (the demo's seed,
    whose only mention of the interview extraction read as a report) leaving out what 4 carried."""
    C = Status
    cells = ([Cell("o", "need", o, o, C.VERBATIM) for o in ("vesti.ru", "meduza.io", "rferl.org")]
             + [Cell("o", "need", "tass.ru", "tass", C.OMITTED)]
             + [Cell("o", "west", o, o, C.VERBATIM) for o in ("vesti.ru", "meduza.io", "rferl.org", "tass.ru")]
             + [Cell("o", "west", "seed", "seed", C.OMITTED)])
    ranked = rank_omissions(cells, {"tass.ru": OutletKind.STATE})
    assert [(o.cell.outlet, len(o.carried_by)) for o in ranked] == [("tass.ru", 3), ("seed", 4)]


def test_families_join_copies_and_rewrites_in_any_order():
    from parallax.compare.coverage import families

    arts = [Article(id=i, text=i, content_hash=i, meta=m) for i, m in
            (("b", {}), ("a", {}), ("c", {"derived_from": "a"}), ("d", {}))]
    links = {"b": [("a", 0.9)], "a": [("b", 0.9)]}
    assert families(arts, lambda x: links.get(x, [])) == {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert families(reversed(arts), lambda x: links.get(x, []), derived=False) == {"a": "a", "b": "a", "c": "c",
                                                                                  "d": "d"}


def _report(article_id, outlet, text, body, lang="en"):
    a = Article(id=article_id, text=body, content_hash=hashlib.sha1(body.encode()).hexdigest(), outlet=outlet,
                language=lang, published="2024-02-27")
    start = body.index(text) if text in body else 0
    span = (Span.of(body, start, start + len(text)),)
    s = Statement(id=Statement.make_id(article_id, span), article_id=article_id, type=Kind.DIRECT, content=span,
                  speaker_name="Emmanuel Macron", language=lang, claim_id=None)
    return Version(s, a, outlet, None, "macron")


RULED = "Nothing can be ruled out in the future, he told reporters"
WIN = "We will do everything needed so Russia cannot win the war"


def test_matrix_a_copy_that_cut_a_remark_omits_it_and_an_unchanged_copy_omits_nothing():
    """A copy of a wire text without one remark of it omitted that remark, however few others carried
    it; a re-publication of the same text omits nothing; an independent article that carried the
    other remark only is not charged with a remark a minority carried."""
    wire_body = f"Paris. {RULED}. The leaders met. {WIN}."
    cut_body = f"Paris. The leaders met. {WIN}."
    wire = [_report("w", "wire.example", RULED, wire_body), _report("w", "wire.example", WIN, wire_body)]
    same = [_report("s", "same.example", RULED, wire_body + " "), _report("s", "same.example", WIN, wire_body + " ")]
    cut = [_report("c", "cut.example", WIN, cut_body)]
    other_bodies = {o: f"{WIN}, Macron said in {o}." for o in ("x", "y", "z", "q")}
    others = [_report(o, f"{o}.example", WIN, b) for o, b in other_bodies.items()]
    ruled_too = _report("r", "r.example", RULED, f"{RULED}, Macron said.")
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("win", "p", "o", "Russia cannot win")]
    versions = {"ruled": [wire[0], same[0], ruled_too], "win": [wire[1], same[1], *cut, *others]}
    copies = {"w": "c", "s": "c", "c": "c"}
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells[("ruled", "cut.example")] == Status.OMITTED
    assert ("ruled", "same.example") not in cells or cells[("ruled", "same.example")] != Status.OMITTED
    assert all(cells.get(("ruled", f"{o}.example")) != Status.OMITTED for o in other_bodies)
    assert cells[("win", "r.example")] == Status.OMITTED  # what most voices carried
    # without the copy links the cut copy is one more independent outlet, and the remark a minority's
    plain = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions)}
    assert plain.get(("ruled", "cut.example")) != Status.OMITTED


def test_passages_keep_a_remark_s_words_together():
    from parallax.compare.matrix import _stems, passages

    parts = passages("Troops were sent. The summit ended.\nNothing is ruled out in the future for Ukraine.")
    words = _stems("nothing is ruled out in the future for Ukraine")
    assert any(words <= p for p in parts) and not any(words <= p for p in parts[:1])


def test_matrix_a_copy_that_cut_a_remark_its_source_holds_in_an_unextracted_sentence_omits_it():
    """The wire's sentence with the remark gave no statement; other outlets carried the remark in the
    same language. The copy that lacks that sentence omitted it; a copy that keeps it did not."""
    wire_body = f"Paris. {RULED}. The leaders met. {WIN}."
    cut_body = f"Paris. The leaders met. {WIN}."
    wire = _report("w", "wire.example", WIN, wire_body)
    same = _report("s", "same.example", WIN, wire_body + " ")
    cut = _report("c", "cut.example", WIN, cut_body)
    others = [_report(o, f"{o}.example", WIN, f"{WIN}, Macron said in {o}.") for o in ("x", "y", "z", "q")]
    ruled = [_report(o, f"{o}.example", RULED, f"{RULED}, Macron said in {o}.") for o in ("r", "t")]
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("win", "p", "o", "Russia cannot win")]
    versions = {"ruled": ruled, "win": [wire, same, cut, *others]}
    copies = {"w": "c", "s": "c", "c": "c"}
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells[("ruled", "cut.example")] == Status.OMITTED
    assert cells.get(("ruled", "same.example")) != Status.OMITTED
    assert cells.get(("ruled", "wire.example")) != Status.OMITTED
    assert all(cells.get(("ruled", f"{o}.example")) != Status.OMITTED for o in ("x", "y", "z", "q"))


def test_matrix_words_given_to_someone_else_are_a_speaker_change_only_against_more_voices():
    """An outlet that gives Macron's remark to Scholz is altered; when a swapped copy's words form a
    claim of their own (Scholz, one voice), the outlets that give them to Macron are not altered."""
    def by(v, key):
        v.speaker_key = key
        return v
    ruled = [_report(o, f"{o}.example", RULED, f"{RULED}, Macron said in {o}.") for o in ("r", "t", "u")]
    win = [_report(o, f"{o}.example", WIN, f"{WIN}. Paris.") for o in ("r", "t", "u", "s")]
    swapped_words = by(_report("s", "s.example", RULED, f"{RULED}, Scholz said."), "scholz")
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("win", "p", "o", "Russia cannot win")]
    cells = {(c.claim_id, c.outlet): c for c in matrix("o", claims, {"ruled": ruled, "win": win},
                                                       elsewhere={"s.example": [swapped_words]})}
    assert cells[("ruled", "s.example")].status == Status.ALTERED
    assert cells[("ruled", "s.example")].alterations[0].kind == "speaker"
    # the other way round: the claim gives the words to Scholz (one voice), three outlets to Macron
    odd = [by(_report("s", "s.example", RULED, f"{RULED}, Scholz said."), "scholz")]
    elsewhere = {v.outlet: [v] for v in ruled}
    cells = {(c.claim_id, c.outlet): c for c in matrix("o", claims, {"ruled": odd, "win": win}, elsewhere=elsewhere)}
    assert all(cells.get(("ruled", f"{o}.example")) is None for o in ("r", "t", "u"))


def test_matrix_a_carrier_whose_copy_put_the_same_sentence_in_another_claim_is_no_sure_carrier():
    """Two copies of one text, the same sentence grouped in two claims: that text does not count as a
    carrier of either, so a remark one other outlet carried is charged to no one."""
    body = f"Paris. {RULED}. The leaders met. {WIN}."
    s_ruled = _report("s", "s.example", RULED, body)
    w_other = _report("w", "w.example", RULED, body + " ")
    r_ruled = _report("r", "r.example", RULED, f"{RULED}, Macron said.")
    win = [_report(o, f"{o}.example", WIN, f"{WIN}. Paris.") for o in ("x", "y")]
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("other", "p", "o", "split"),
              Claim("win", "p", "o", "Russia cannot win")]
    copies = {"s": "s", "w": "s"}
    versions = {"ruled": [s_ruled, r_ruled], "other": [w_other], "win": win}
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert all(cells.get(("ruled", f"{o}.example")) != Status.OMITTED for o in ("x", "y"))
    # a copy that cut the sentence casts no doubt: the text carried it, the copy omitted it
    versions["other"] = [_report("w", "w.example", WIN, f"Paris. The leaders met. {WIN}.")]
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells.get(("ruled", "x.example")) == Status.OMITTED and cells[("ruled", "w.example")] == Status.OMITTED


def _at(article_id, outlet, text, body, speaker, lang="pl", nth=0):
    """A quote of ``body`` at its ``nth`` place, given to ``speaker`` (surname = speaker key)."""
    a = Article(id=article_id, text=body, content_hash=hashlib.sha1(body.encode()).hexdigest(), outlet=outlet,
                language=lang, published="2024-02-27")
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    span = (Span.of(body, start, start + len(text)),)
    s = Statement(id=Statement.make_id(article_id, span), article_id=article_id, type=Kind.DIRECT, content=span,
                  speaker_name=speaker, language=lang, claim_id=None)
    return Version(s, a, outlet, None, speaker.split()[-1].lower())


def test_matrix_an_outlet_that_gives_the_claim_s_quote_to_someone_else_beside_its_own_report_is_altered():
    """rp.pl: «Emmanuel Macron mówił, że "niczego nie można wykluczyć"» renamed to Olaf Scholz while the
    same article still quotes Macron's «Niczego nie można wykluczyć.» further down: the article gives
    the claim's words to two people, a speaker change with the renamed quote as evidence. Not so for a
    second reading of the same span, nor for words that name the claim's speaker."""
    quote = "niczego nie można wykluczyć"
    body = (f'Olaf Scholz mówił, że "{quote}". "Nie ma konsensusu na tym etapie... by wysłać tam wojska. '
            f'Niczego nie można wykluczyć. Zrobimy wszystko, co musimy, by Rosja nie wygrała"')
    own = _at("p", "p.example", "Niczego nie można wykluczyć.", body, "Emmanuel Macron")
    others = [_at(o, f"{o}.example", f"Ale jeśli chodzi o dynamikę, {quote}", f"Ale jeśli chodzi o dynamikę, {quote}.",
                  "Emmanuel Macron") for o in ("a", "b", "c")]
    claims = [Claim("ruled", "p", "o", "nothing can be ruled out")]

    def cell(elsewhere):
        cells = matrix("o", claims, {"ruled": [own, *others]}, elsewhere={"p.example": elsewhere})
        return next(c for c in cells if c.outlet == "p.example")
    renamed = _at("p", "p.example", quote, body, "Olaf Scholz")
    c = cell([renamed])
    assert c.status == Status.ALTERED and [a.kind for a in c.alterations] == ["speaker"]
    assert c.statement_id == renamed.statement.id and "Olaf Scholz" in c.alterations[0].note
    # the extractor read the same span twice, once for each speaker: no change the article made
    assert cell([_at("p", "p.example", "Niczego nie można wykluczyć.", body, "Olaf Scholz")]).status == Status.VERBATIM
    # words about the claim's speaker given to another speaker ("Macron said that nothing …")
    about = (f'Olaf Scholz: Macron mówił, że {quote}. "Nie ma konsensusu na tym etapie... by wysłać tam wojska. '
             f'Niczego nie można wykluczyć."')
    own_about = _at("q", "p.example", "Niczego nie można wykluczyć.", about, "Emmanuel Macron")
    cells = matrix("o", claims, {"ruled": [own_about, *others]},
                   elsewhere={"p.example": [_at("q", "p.example", f"Macron mówił, że {quote}", about, "Olaf Scholz")]})
    assert next(c for c in cells if c.outlet == "p.example").status == Status.VERBATIM


def test_matrix_a_copy_that_cut_a_short_remark_whose_topic_words_recur_omits_it():
    """reportedigital.com.ar: «Según dijo, “no hay consenso hoy” para enviar tropas terrestres a
    Ucrania …» gave no statement; infobae carried "Hoy no hay consenso para enviar tropas terrestres".
    A copy without that sentence still holds "para", "enviar", "tropas" in its first sentence (3 of the
    report's 5 words): it holds clearly fewer than the text it copied, so it cut the remark; a copy
    that keeps the sentence omits nothing."""
    lead = ("Al inaugurar una conferencia en París para apoyar a Kiev, pidió prepararse para un ataque de Moscú "
            "y no excluyó la posibilidad de enviar tropas a Ucrania.")
    said = "Según dijo, “no hay consenso hoy” para enviar tropas terrestres a Ucrania, pero advirtió que nada puede excluirse."
    wait = "Consideró que “no se puede esperar” a dar una respuesta."
    wire_body, cut_body = f"{lead} {said} {wait}", f"{lead} {wait}"
    wire = _report("w", "wire.example", "“no se puede esperar”", wire_body, lang="es")
    same = _report("s", "same.example", "“no se puede esperar”", wire_body + " ", lang="es")
    cut = _report("c", "cut.example", "“no se puede esperar”", cut_body, lang="es")
    report = "Hoy no hay consenso para enviar tropas terrestres"
    carried = [_report(o, f"{o}.example", report, f"«{report}», dijo Macron en {o}.", lang="es") for o in ("i", "k")]
    wait_others = [_report(o, f"{o}.example", "“no se puede esperar”", f"“no se puede esperar”, dijo en {o}.", lang="es")
                   for o in ("x", "y", "z")]
    claims = [Claim("consensus", "p", "o", "no consensus today"), Claim("wait", "p", "o", "we cannot wait")]
    versions = {"consensus": carried, "wait": [wire, same, cut, *wait_others]}
    copies = {"w": "c", "s": "c", "c": "c"}
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells[("consensus", "cut.example")] == Status.OMITTED
    assert cells.get(("consensus", "same.example")) != Status.OMITTED
    assert cells.get(("consensus", "wire.example")) != Status.OMITTED


def test_matrix_one_copy_that_put_words_in_does_not_make_its_source_cut_them():
    """Four outlets publish a wire text; one of them puts "Without the slightest doubt," into the quote,
    as two other outlets word it. The wire and its faithful copies did not cut that report: one copy
    against the others cannot tell which side changed the text."""
    steps = '"We need to take many steps to get closer to ending the conflict," he said.'
    body = (f'Orbán said the positions of Kyiv and Moscow are "very" distant. {steps} The talks lasted three hours. '
            'Each side stays far from the other.')
    report = "Without the slightest doubt, the positions are very far from each other"
    put_in = body.replace(steps, f'"{report}." {steps}')
    wire = [_report(o, f"{o}.example", steps, body + " " * i) for i, o in enumerate(("w", "c1", "c2", "c3"))]
    changed = _report("c4", "c4.example", steps, put_in)
    others = [_report(o, f"{o}.example", report, f"“{report},” Orbán told {o}.") for o in ("x", "y")]
    more_steps = [_report(o, f"{o}.example", steps, f"{steps} Moscow.") for o in ("x", "y")]
    claims = [Claim("far", "p", "o", "the positions are far apart"), Claim("steps", "p", "o", "many steps needed")]
    copies = {o: "w" for o in ("w", "c1", "c2", "c3", "c4")}
    cells = {(c.claim_id, c.outlet): c.status
             for c in matrix("o", claims, {"far": others, "steps": [*wire, changed, *more_steps]},
                             family=copies, copies=copies)}
    assert all(cells.get(("far", f"{o}.example")) != Status.OMITTED for o in ("w", "c1", "c2", "c3")), cells


def test_matrix_a_carrier_whose_copy_outside_the_occasion_holds_its_sentence_is_no_sure_carrier():
    """kyivindependent.com gives "Estonia's foreign minister emphasized … that NATO has a timeframe of
    approximately three to four years …" to Macron; a copy of it gave the sentence to Duda, where it
    joined tvn24.pl's «jego kraj jest przeciwny takiemu rozwiązaniu». The text it copied has no report
    in Duda's occasion: the copy is no sure carrier, and polsatnews.pl, which reported Duda
    otherwise, left nothing out."""
    nato = ("that NATO has a timeframe of approximately three to four years to enhance its defensive "
            "capabilities as Russian leader Vladimir Putin ramps up his nation's military activities")
    source = f"Estonia's foreign minister emphasized earlier this month {nato}."
    tvn = ("- Są kraje, które są gotowe wysłać własne wojska na Ukrainę - mówił z kolei premier Słowacji Robert "
           "Fico, podkreślając stanowczo, że jego kraj jest przeciwny takiemu rozwiązaniu.")
    polsat = ("Prezydent Andrzej Duda przekazał, że kwestia wysłania żołnierzy do Ukrainy wywołała \"żarliwą "
              "dyskusję\" wśród zgromadzonych w Pałacu Elizejskim przywódców europejskich państw.")
    duda = lambda aid, outlet, text, body, lang: _at(aid, outlet, text, body, "Andrzej Duda", lang)
    claims = [Claim("against", "p", "o", "against"), Claim("debate", "p", "o", "debate")]
    versions = {"against": [duda("tvn", "tvn24.pl", "że jego kraj jest przeciwny takiemu rozwiązaniu", tvn, "pl"),
                            duda("copy", "copy.example", nato, source + " ", "en")],
                "debate": [duda("polsat", "polsatnews.pl", polsat[24:], polsat, "pl")]}
    copies = {"copy": "kyiv", "kyiv": "kyiv"}
    cells = {(c.claim_id, c.outlet): c.status
             for c in matrix("o", claims, versions, family=copies, copies=copies, copy_texts={"kyiv": source})}
    assert cells.get(("against", "polsatnews.pl")) != Status.OMITTED
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells.get(("against", "polsatnews.pl")) == Status.OMITTED


def test_matrix_an_outlet_s_close_translation_grouped_in_another_occasion_carries_the_claim():
    """dailyexpressnewstoday.com quotes Orbán "“You cannot make peace from a comfortable armchair in
    Brussels." in a report grouped in another of his occasions; rt.com's «no se puede alcanzar la paz
    desde un cómodo sillón en Bruselas» (cosine 0.912 with E5) carries the claim here. Omitted means
    omitted: that report carries it. A report of another remark (0.894: "that Ukraine's allies are not
    at war with the Russian people" against "Russia was showing a more aggressive attitude") does not."""
    import numpy as np

    def unit(cos):
        return np.array([cos, (1 - cos * cos) ** 0.5], dtype=np.float32)

    def orban(aid, outlet, text, body, lang, cos):
        v = _at(aid, outlet, text, body, "Viktor Orbán", lang)
        return Version(v.statement, v.article, outlet, unit(cos), "orbán")

    armchair = "You cannot make peace from a comfortable armchair in Brussels."
    express = f"“{armchair} Even if the rotating EU presidency has no mandate, we cannot sit back.” The mission continues."
    es = 'el líder húngaro destacó que "no se puede alcanzar la paz desde un cómodo sillón en Bruselas".'
    sr = 'Орбан је рекао да се не може склопити мир "из удобне фотеље у Бриселу".'
    claims = [Claim("armchair", "p", "o", "armchair"), Claim("mission", "p", "o", "mission")]
    versions = {"armchair": [orban("rt", "rt.com", es[29:-2], es, "es", 1.0), orban("ns", "naslovi.net", sr[20:-2], sr, "sr", 1.0)],
                "mission": [orban("ex", "express.example", "The mission continues.", express, "en", 0.0)]}
    for cos, omitted in ((0.912, False), (0.894, True)):
        elsewhere = {"express.example": [orban("ex", "express.example", armchair, express, "en", cos)]}
        cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, elsewhere=elsewhere)}
        assert (cells.get(("armchair", "express.example")) == Status.OMITTED) is omitted


def test_matrix_a_copy_that_keeps_the_sentence_its_source_carries_the_claim_by_omits_nothing():
    """news-front.su (de) reports Macron's «Heute gibt es keinen Konsens über die offizielle Entsendung
    von Bodentruppen», grouped with a neighbouring claim of the remark, and so carries the claim that
    Polish outlets' «Nie ma dziś konsensusu» formed. A copy that gives the paragraph to Olaf Scholz
    keeps the sentence: its report joined Scholz's occasion, and the copy is not charged with leaving
    out the claim (its cell is its source's); a copy that cut the sentence is."""
    import numpy as np

    def vec(x, y):
        return np.array([x, y, (1 - x * x - y * y) ** 0.5], dtype=np.float32)

    consensus = "Heute gibt es keinen Konsens über die offizielle Entsendung von Bodentruppen"
    exclude = "er schließe die Entsendung eines Militärkontingents des kollektiven Westens in die Ukraine nicht aus"
    body = (f"Der französische Präsident Emmanuel Macron hat erklärt, {exclude}.\n«Alles wurde heute auf freie "
            f"und direkte Weise besprochen. {consensus} (der NATO in die Ukraine. — d. Red.).», sagte {{who}}.")
    src_body, copy_body = body.format(who="Macron"), body.format(who="Scholz")
    cut_body = f"Der französische Präsident Emmanuel Macron hat erklärt, {exclude}."

    def at(aid, outlet, text, b, lang, v):
        x = _at(aid, outlet, text, b, "Emmanuel Macron", lang)
        return Version(x.statement, x.article, outlet, v, "macron")

    pl = "- Nie ma dziś konsensusu, co do wysłania wojsk lądowych - powiedział Macron."
    tvn = "Macron powiedział, że na tym etapie nie ma zgody na wysłanie wojsk na Ukrainę."
    claims = [Claim("neighbour", "p", "o", "no consensus (de)"), Claim("consensus", "p", "o", "no consensus"),
              Claim("exclude", "p", "o", "not excluded")]
    versions = {
        "neighbour": [at("src", "news-front.su", consensus, src_body, "de", vec(0.95, 0.0))],
        "consensus": [at("pl", "polsatnews.pl", pl[2:-23], pl, "pl", vec(1.0, 0.0)),
                      at("tvn", "tvn24.pl", tvn[27:-1], tvn, "pl", vec(1.0, 0.0))],
        "exclude": [at(a, o, exclude, b, "de", vec(0.0, 1.0))
                    for a, o, b in (("src", "news-front.su", src_body), ("copy", "copy.example", copy_body),
                                    ("cut", "cut.example", cut_body))]}
    copies = {"src": "src", "copy": "src", "cut": "src"}
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, versions, family=copies, copies=copies)}
    assert cells.get(("consensus", "news-front.su")) != Status.OMITTED
    assert cells.get(("consensus", "copy.example")) != Status.OMITTED
    assert cells.get(("consensus", "cut.example")) == Status.OMITTED


def test_passages_and_versions_share_one_stemmer():
    """Coverage's passages and the alterations' versions match words by one stem (``alterations.stem``): a
    name in Cyrillic and in Latin letters meets, inflected forms meet, short words stay whole."""
    from parallax.compare.alterations import stem
    from parallax.compare.matrix import passages

    assert stem("Лукашенко") == stem("Lukashenko") == stem("Лукашенка") == "lukas"
    assert stem("war") == "war" and stem("НАТО") == "nato"
    got, = passages("«Мы не нападём», — сказал Лукашенко. Lukashenko said so on BBC.")[:1]
    assert {stem("Лукашенко"), stem("нападём"), stem("said")} <= got and stem("so") not in got


def _unit(v):
    """The version with a vector (all alike: the remark's versions are close to one another)."""
    v.vector = np.full(4, 0.5, dtype=np.float32)
    return v


def _cell(cells, claim, outlet):
    return next(c for c in cells if c.claim_id == claim and c.outlet == outlet)


def test_matrix_a_copy_is_judged_against_its_source_s_sentence_in_whatever_claim_grouping_put_it():
    """dzen.ru: «Франция сделает все возможное, чтобы Россия не победила»; its copy drops «не». Grouping
    may put the copy's sentence in another claim than its source's (a change in quote scanning moved
    37 planted statements so): the copy is altered (negation) and its source faithful either way, since
    the copy is read against the source's sentence and the voices of both claims."""
    src_text = "«Франция сделает все возможное, чтобы Россия не победила», — заключил президент республики."
    src = _unit(_v("dzen", "dzen.ru", src_text))
    copy = _unit(_v("copy", "copy.example", src_text.replace(" не ", " ")))
    src.family = src.copies = copy.family = copy.copies = "dzen"
    en = _unit(_v("beam", "beam.land", "We will do everything necessary to ensure that Russia cannot win this war",
                  lang="en"))
    de = _unit(_v("zdf", "zdf.de", "Wir werden alles tun, was wir tun müssen, damit Russland nicht gewinnt.", lang="de"))
    whole = matrix("o", [Claim("a", "p", "o", "x")], {"a": [src, copy, en, de]})
    split = matrix("o", [Claim("a", "p", "o", "x"), Claim("b", "p", "o", "x")], {"a": [copy, en], "b": [src, de]})
    for cells, (copy_claim, src_claim) in ((whole, ("a", "a")), (split, ("a", "b"))):
        cell = _cell(cells, copy_claim, "copy.example")
        assert cell.status == Status.ALTERED and [a.kind for a in cell.alterations] == ["negation"]
        assert _cell(cells, src_claim, "dzen.ru").status != Status.ALTERED


def test_matrix_words_a_copy_put_into_a_short_quote_are_found_with_the_copy_alone_in_its_claim():
    """hirado.hu / MTI: Orbán said “I have seen that the positions are far apart”; a copy puts “Without the
    slightest doubt,” after the opening mark, and grouping gives the copy's sentence a claim of its own.
    The copy still reads its source's sentence (most of the shorter, word for word): added words."""
    quote = "“I have seen that the positions are far apart;"
    src = _unit(_v("mti", "hirado.hu", quote, lang="en"))
    copy = _unit(_v("copy", "copy.example", quote.replace("“I", "“Without the slightest doubt, I"), lang="en"))
    other = _unit(_v("ap", "apnews.com", "“I have seen that the positions are far apart,”", type_="mixed", lang="en"))
    src.family = src.copies = copy.family = copy.copies = "mti"
    cells = matrix("o", [Claim("a", "p", "o", "x"), Claim("b", "p", "o", "x")], {"a": [copy], "b": [src, other]})
    cell = _cell(cells, "a", "copy.example")
    assert cell.status == Status.ALTERED and [a.kind for a in cell.alterations] == ["added_words"]
    assert "doubt" in cell.alterations[0].note
    assert _cell(cells, "b", "hirado.hu").status == Status.VERBATIM


def _said(article_id, outlet, name, key, type_="indirect"):
    """«Президент Франции <name> заявил журналистам, что …» as extracted: the name is the speaker mention."""
    text = f"Президент Франции {name} заявил журналистам, что поражение Российской Федерации необходимо для безопасности в Европе"
    a = Article(id=article_id, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                language="ru", published="2024-02-27")
    at = text.index("поражение")
    span = (Span.of(text, at, len(text)),)
    s = Statement(id=Statement.make_id(article_id, span), article_id=article_id, type=Kind(type_), content=span,
                  speaker_name=name, speaker=Span.of(text, 18, 18 + len(name)), language="ru")
    return _unit(Version(s, a, outlet, None, key))


def test_matrix_a_copy_that_gives_its_source_s_sentence_to_someone_else_in_another_occasion_is_altered():
    """«Президент Франции Эммануэль Макрон заявил журналистам, что поражение Российской Федерации необходимо
    для безопасности в Европе»; a copy names Olaf Scholz, so its sentence went to Scholz's occasion while
    the copy still carries the claim through another report (verbatim there). The very sentence of the
    text it copied, given to someone else by name, is a speaker change of the copy's cell; the same name
    read as another person (coreference around an edit) is not."""
    src = _said("src", "absatz.media", "Эммануэль Макрон", "macron")
    copy_here = _unit(_v("copy2", "copy.example", "«Поражение России необходимо для безопасности и стабильности в Европе»"))
    other = _unit(_v("lenta", "lenta.ru", "«Поражение России необходимо для безопасности и стабильности в Европе»"))
    third = _unit(_v("rbc", "rbc.ru", "поражение России необходимо для безопасности Европы", type_="indirect"))
    for v in (copy_here, other, third):
        v.speaker_key = "macron"
    for name, key, altered in (("Олаф Шольц", "scholz", True), ("Эммануэль Макрон", "scholz", False)):
        copy_there = _said("copy", "copy.example", name, key)
        for v in (src, copy_here, copy_there):
            v.family = v.copies = "absatz"
            v.twins = None
        cells = matrix("o", [Claim("a", "p", "o", "x")], {"a": [src, copy_here, other, third]},
                       elsewhere={"copy.example": [copy_there]})
        cell = _cell(cells, "a", "copy.example")
        assert (cell.status == Status.ALTERED and [a.kind for a in cell.alterations] == ["speaker"]) is altered
        assert _cell(cells, "a", "absatz.media").status != Status.ALTERED


def test_matrix_a_copy_that_cut_its_only_report_of_the_occasion_omits_it():
    """agencefrance24.com reports Orbán's «La Hongrie est en train de devenir le seul pays d’Europe capable
    de parler à tout le monde» in one occasion and his other remarks in another. A copy of the article
    without that sentence has no report in the occasion at all: it re-published a text that reported it,
    so it is judged on that text's words and omits the remark; an unchanged copy omits nothing."""
    only = "« La Hongrie est en train de devenir le seul pays d’Europe capable de parler à tout le monde »"
    said = f"{only}, s’est-il vanté avant d’être reçu au Kremlin."
    body = ("Viktor Orbán est arrivé vendredi à Moscou. " + said +
            " « Les positions sont très éloignées », a-t-il dit après la rencontre avec Vladimir Poutine.")
    rtl = "La Hongrie devient peu à peu le seul pays d'Europe à pouvoir parler à tout le monde"
    pravda = "La Hongrie sera bientôt le seul pays d’Europe à pouvoir parler à tout le monde"
    versions = {"only": [_at("afp", "agencefrance24.com", only, body, "Viktor Orbán", "fr"),
                         _at("rtl", "rtl.be", rtl, f"« {rtl} », a dit Viktor Orbán.", "Viktor Orbán", "fr"),
                         _at("np", "news-pravda.com", pravda, f"« {pravda} », a dit Viktor Orbán.", "Viktor Orbán", "fr")]}
    claims = [Claim("only", "p", "o", "Hungary the only country that can speak to everyone")]
    copies = {"afp": "afp", "cut": "afp", "same": "afp"}

    def outside(aid, outlet, text):
        return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=outlet,
                       language="fr", published="2024-07-05")
    silent = {"cut": outside("cut", "cut.example", body.replace(said + " ", "")),
              "same": outside("same", "same.example", body + "\n\nRepublished.")}
    cells = {(c.claim_id, c.outlet): c for c in matrix("o", claims, versions, family=copies, copies=copies,
                                                        copy_texts={a: x.text for a, x in silent.items()},
                                                        outside_copies=silent)}
    assert cells[("only", "cut.example")].status == Status.OMITTED
    assert cells[("only", "cut.example")].article_id == "cut"
    assert ("only", "same.example") not in cells
    assert cells[("only", "rtl.be")].status != Status.OMITTED


def test_matrix_another_person_s_words_are_given_away_from_one_claim_only():
    """tellerreport.com quotes Peskov: "that sending troops to Ukraine would not be in the West's
    interest", within the swap cosine (0.93) of several of Macron's remarks on the troops. His words are
    at most one claim's words given to someone else (the closest), not a changed speaker on each."""
    def at(v, vec, key="macron"):
        v.vector, v.speaker_key = np.asarray(vec, dtype=np.float32), key
        return v
    ruled = [at(_report(o, f"{o}.example", RULED, f"{RULED}, Macron said."), [1, 0, 0]) for o in ("r", "t", "u")]
    win = [at(_report(o, f"{o}.example", WIN, f"{WIN}. Paris."), [0.9, 0.43589, 0]) for o in ("r", "t", "u")]
    peskov = "that sending troops to Ukraine would not be in the West's interest"
    theirs = at(_report("tr", "tellerreport.com", peskov, f"Peskov said {peskov}."), [0.96, 0.17436, 0.2191], "peskov")
    aid = "Macron also announced a coalition to deliver long-range missiles"
    own = at(_report("tr", "tellerreport.com", aid, f"{aid}. Peskov said {peskov}."), [0, 0, 1])
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("win", "p", "o", "Russia cannot win"),
              Claim("aid", "p", "o", "missiles")]
    cells = {(c.claim_id, c.outlet): c for c in matrix("o", claims, {"ruled": ruled, "win": win, "aid": [own]},
                                                       elsewhere={"tellerreport.com": [theirs]})}
    assert cells[("win", "tellerreport.com")].status != Status.ALTERED
    assert cells[("ruled", "tellerreport.com")].alterations[0].kind == "speaker"


def test_coverage_cut_sentences_are_what_a_copy_lacks_of_the_text_it_copied():
    """A copy of a Russian report that deleted «Сегодня нет консенсуса по отправке сухопутных войск в
    официальной манере.» cut that sentence (extraction took no statement from it in the original); a copy
    that changed a word of it still holds it, and an unchanged copy cut nothing."""
    from parallax.compare.coverage import cut_texts

    cut = "Сегодня нет консенсуса по отправке сухопутных войск в официальной манере."
    kept = "Но в развитии ситуации ничего не может быть исключено, заявил Макрон."
    body = f"Президент Франции Эммануэль Макрон выступил в Париже. {cut} {kept}"

    def art(aid, text):
        return Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.example",
                       language="ru", published="2024-02-27")
    articles = {a.id: a for a in (art("src", body), art("gone", body.replace(cut + " ", "")),
                                  art("changed", body.replace("нет консенсуса", "есть консенсус")),
                                  art("same", body + "\n\nRepublished."))}
    copies = dict.fromkeys(articles, "src")
    found = cut_texts(articles, copies)
    assert found == [("gone.example", cut)]  # the changed copy's sentence: one copy of three, no cut
    # a longer version of the story, its sentence in no other copy, is no cut from the others
    more = "Макрон также заявил, что Франция передаст Украине новые ракеты SCALP."
    articles["long"] = art("long", f"{body} {more}")
    assert more not in {t for _, t in cut_texts(articles, dict.fromkeys(articles, "src"))}


def test_matrix_a_copy_that_cut_a_sentence_no_statement_was_taken_from_omits_its_claim():
    """The cut sentence (``coverage.cut_texts``) reports a claim when it is within ``CARRIED_COSINE`` of
    a version and that claim is its closest: the copy omits it, unless one of its own reports has the
    claim nearest."""
    def at(v, vec):
        v.vector = np.asarray(vec, dtype=np.float32)
        return v
    ruled = [at(_report(o, f"{o}.example", RULED, f"{RULED}, Macron said."), [1, 0, 0]) for o in ("r", "t", "u")]
    win = [at(_report(o, f"{o}.example", WIN, f"{WIN}. Paris."), [0, 1, 0]) for o in ("r", "t", "u", "c", "x", "y", "z")]
    claims = [Claim("ruled", "p", "o", "nothing ruled out"), Claim("win", "p", "o", "Russia cannot win")]
    sentence = np.asarray([[0.95, 0.3122, 0]], dtype=np.float32)
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, {"ruled": ruled, "win": win},
                                                              cut_vectors={"c.example": sentence})}
    assert cells[("ruled", "c.example")] == Status.OMITTED
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, {"ruled": ruled, "win": win})}
    assert ("ruled", "c.example") not in cells
    far = np.asarray([[0.8, 0.6, 0]], dtype=np.float32)  # 0.8: no report of the claim
    cells = {(c.claim_id, c.outlet): c.status for c in matrix("o", claims, {"ruled": ruled, "win": win},
                                                              cut_vectors={"c.example": far})}
    assert ("ruled", "c.example") not in cells
