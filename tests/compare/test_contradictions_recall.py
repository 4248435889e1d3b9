"""Contradictions (issue 12, sixth round): what a statement's words say of time and who said it."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from parallax.compare import contradictions as C
from parallax.extract import statements
from parallax.model import Article, Fact, Kind, Span, Statement


def _article(text: str, lang: str, day: str = "2022-02-24") -> Article:
    return Article(id="a", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="o",
                   language=lang, published=day, url="https://o/a")


def test_contradictions_a_ukrainian_adverbial_participle_is_a_cue():
    # RegioNews, 24 February 2022: «додавши» is lemmatised to itself by pymorphy3-uk
    text = ('"Мною ухвалено рішення про проведення спеціальної військової операції", - заявив Путін, '
            'додавши, що її мета не окупація України.')
    got = {(s.speaker_name, s.text) for s in statements(_article(text, "uk"), "uk")}
    assert ("Путін", "що її мета не окупація України") in got


@pytest.mark.parametrize("text, lang", [
    # an aim or a threat speaks of what is to come (RegioNews 2022-02-24, Reuters 2021-11-12)
    ("що її мета не окупація України", "uk"),
    ("Russia poses no threat to anyone.", "en"),
    ("Россия никому не угрожает", "ru"),
])
def test_contradictions_an_aim_or_a_threat_is_a_promise(text, lang):
    r = C.read(text, lang)
    assert r.negative and r.future


@pytest.mark.parametrize("text, lang", [
    ("Russia has no troops in Crimea", "en"),
    # «ціль» / «цель» is a target as often as an aim (24tv, 2025-08-28): no time of its own
    ("що цілі не знищуються", "uk"),
    ("що в Криму немає російських військових", "uk"),
])
def test_contradictions_a_present_negation_is_no_promise(text, lang):
    assert not C.read(text, lang).future


@pytest.mark.parametrize("text, lang, open_", [
    # real reports cut at a comma by extraction (4vlada 2018-09-17, Korrespondent 2018-05-24)
    ("что ракета, которой над Донбассом был сбит малайзийский Boeing,", "ru", True),
    ("що надали слідству вичерпні докази того,", "uk", True),
    ("the missile, which downed the Boeing,", "en", True),
    # a full clause cut at a comma keeps its own words (Kommersant 2022-03-05)
    ("Резервисты и срочники не будут участвовать в спецоперации России на Украине,", "ru", False),
    ("что ракета была изготовлена в 1986 году", "ru", False),
])
def test_contradictions_a_sentence_left_open_at_a_comma(text, lang, open_):
    from parallax import lang as languages

    assert C._open_at_comma(text, languages.get(lang)) is open_


def _fragment(article: Article, content: str, cue: str) -> Statement:
    i, j = article.text.index(content), article.text.index(cue)
    span = (Span.of(article.text, i, i + len(content)),)
    return Statement(id=Statement.make_id(article.id, span), article_id=article.id, type=Kind.INDIRECT,
                     content=span, cue=(Span.of(article.text, j, j + len(cue)),), language=article.language)


def test_contradictions_a_cut_sentence_is_read_whole():
    # 4vlada, 2018-09-17: extraction cut the Defence Ministry's report at the comma after the relative clause
    text = ("В ведомстве заявили, что ракета, которой над Донбассом был сбит малайзийский Boeing, якобы была на "
            "вооружении в украинской военной части.")
    a = _article(text, "ru", "2018-09-17")
    head = _fragment(a, "что ракета, которой над Донбассом был сбит малайзийский Boeing,", "заявили")
    tail = _fragment(a, "якобы была на вооружении в украинской военной части", "заявили")
    ctx = C.continuation_contexts([tail, head])
    assert list(ctx) == [head.id]
    assert "Boeing" in ctx[head.id] and "украинской военной части" in ctx[head.id]
    # the alternative doer (Ukraine as an adjective) is read on the whole sentence
    r = C.read(ctx[head.id], "ru")
    assert "ukrn" in r.adjectives and not r.negative
    # a full clause cut at a comma is not joined to the next
    b = _article("Он заявил, что Россия не нападала на Украину, а защищается.", "ru")
    assert not C.continuation_contexts([_fragment(b, "что Россия не нападала на Украину,", "заявил"),
                                        _fragment(b, "а защищается", "заявил")])


CRIMEA = Fact("F03", "Russian servicemen without insignia seized and occupied Crimea in February and March 2014.",
              "2014-02-27", None, ("Russia", "Crimea", "Ukraine"))
OTHERS = [Fact("F02", "Russia launched a full-scale invasion of Ukraine on 24 February 2022.", "2022-02-24", None,
               ("Russia", "Ukraine")),
          Fact("F07", "Russian forces killed civilians in Bucha during their occupation of the town in March 2022.",
               "2022-03-31", None, ("Bucha", "Russia", "Ukraine")),
          Fact("F10", "Russian forces fired missiles at Ukraine from Belarusian territory in 2022.", "2022-02-24",
               None, ("Belarus", "Russia", "Ukraine"))]


def _vectors(sid: str, near: dict[str, float]) -> tuple[dict, dict]:
    """A statement vector and fact vectors at the given cosines (others at 0.5)."""
    import numpy as np

    facts = {f.id: near.get(f.id, 0.5) for f in [CRIMEA, *OTHERS]}
    dim = len(facts) + 1
    v = np.zeros(dim)
    v[0] = 1.0
    fv = {}
    for k, (fid, cos) in enumerate(facts.items(), start=1):
        u = np.zeros(dim)
        u[0], u[k] = cos, (1 - cos ** 2) ** 0.5
        fv[fid] = u
    return {sid: v}, fv


@pytest.mark.parametrize("content, local", [
    # Lenta, 2014-03-04: Putin on the armed men in Crimea
    ("что люди в камуфляжной форме, взявшие под контроль ряд объектов в Крыму, являются представителями "
     "«местных сил самообороны»", True),
    ("что люди в камуфляжной форме, взявшие под контроль ряд объектов в Крыму, являются военными", False),
])
def test_contradictions_the_places_own_people_are_another_doer(content, local):
    a = _article(f"Путин заявил, {content}.", "ru", "2014-03-04")
    s = _fragment(a, content, "заявил")
    vectors, fvecs = _vectors(s.id, {"F03": 0.81})
    r = C.reading_of(s, a)
    got = C._alternative(s, r, "2014-03-04", [CRIMEA, *OTHERS], vectors, fvecs, ["Russia", "Ukraine", "Belarus"],
                         C.Rules())
    assert (got is not None and got[1].id == "F03" and "местн" in got[2]) is local
    # under the bar of the place's own people, nothing
    vectors, fvecs = _vectors(s.id, {"F03": 0.79})
    assert C._alternative(s, r, "2014-03-04", [CRIMEA, *OTHERS], vectors, fvecs, ["Russia"], C.Rules()) is None


INVASION = OTHERS[0]


@pytest.mark.parametrize("content, blamed", [
    # AA, 2025-02-19: Trump on Zelensky; the issue's own opinion example names nobody
    ('the Ukrainian leader "should have never started" the war', "the Ukrainian leader"),
    ("it should never have started", "it"),
    ("Russia did not start the war", None),
])
def test_contradictions_whom_a_negated_past_obligation_blames(content, blamed):
    assert C.blamed(content, "en") == blamed


def test_contradictions_the_one_blamed_is_another_doer():
    a = _article('Trump said the Ukrainian leader "should have never started" the war.', "en", "2025-02-19")
    s = _fragment(a, 'the Ukrainian leader "should have never started" the war', "said")
    r = C.reading_of(s, a)
    assert r.negative and r.modal  # read alone, a judging modal: no assertion
    vectors, fvecs = _vectors(s.id, {"F02": 0.85})
    got = C._alternative(s, r, "2025-02-19", [CRIMEA, *OTHERS], vectors, fvecs, ["Russia", "Ukraine"], C.Rules())
    assert got is not None and got[1].id == "F02" and got[2] == "Ukraine" and got[3] == "Russia"
    # an opinion that blames nobody named is no account
    b = _article("He said it should never have started.", "en", "2025-02-19")
    o = _fragment(b, "it should never have started", "said")
    vectors, fvecs = _vectors(o.id, {"F02": 0.85})
    assert C._alternative(o, C.reading_of(o, b), "2025-02-19", [CRIMEA, *OTHERS], vectors, fvecs,
                          ["Russia", "Ukraine"], C.Rules()) is None


PESKOV_2021 = ('The Kremlin has strongly denied suggestions that Russia is planning to invade Ukraine, after reports '
               'emerged that officials from the US had warned their counterparts in Europe that Moscow is considering '
               'a "military operation." Speaking to the press on Friday, Kremlin spokesman Dmitry Peskov slammed the '
               'suggestion as groundless.')


def test_contradictions_a_denial_of_a_report_named_by_a_noun_reads_the_report():
    # Legitgov / Sky News, 2021-11-12: the words closing the sentence judge it; the noun names the report
    a = _article(PESKOV_2021, "en", "2021-11-12")
    s = _fragment(a, "the suggestion", "slammed")
    r = C.reading_of(s, a)
    assert r.negative and r.denial == "groundless"
    assert C.referent_context(s, a) == "that Russia is planning to invade Ukraine"
    # a report the outlet never told is no context
    b = _article("Peskov slammed the suggestion as groundless.", "en", "2021-11-12")
    assert C.referent_context(_fragment(b, "the suggestion", "slammed"), b) is None


@pytest.mark.parametrize("word, entity, named", [
    ("Kremlin", "Crimea", False),
    ("Кремль", "Crimea", False),
    ("Crimean", "Crimea", True),
    ("Крымский", "Crimea", True),
    ("Київського", "Kyiv", True),
])
def test_contradictions_a_word_going_on_from_a_name_is_another_word(word, entity, named):
    lang = "en" if word.isascii() else "ru"
    assert C._names(entity, C.read(f"{word} said", lang)) is named


ANNEXATION = Fact("F16", "Russia annexed Crimea on 18 March 2014.", "2014-03-18", None, ("Russia", "Crimea", "Ukraine"))


def test_contradictions_an_account_asserts_each_fact_of_its_topic():
    # Lenta 2014-03-04 and Korrespondent 2014-04-17: Putin's "local self-defence forces", then his account
    # that Russian armed forces acted in Crimea: closer to the annexation, it also asserts the seizure
    import numpy as np

    putin = ("vladimir-putin", "Vladimir Putin")
    e_text = ("что люди в камуфляжной форме, взявшие под контроль ряд объектов в Крыму, являются представителями "
              "«местных сил самообороны»")
    l_text = "что в Крыму действовали российские вооруженные силы"
    a, b = _article(f"Путин заявил, {e_text}.", "ru", "2014-03-04"), _article(f"Путин заявил, {l_text}.", "ru",
                                                                               "2014-04-17")
    b = Article(id="b", text=b.text, content_hash=b.content_hash, outlet="o2", language="ru",
                published="2014-04-17", url="https://o2/b")
    earlier, later = (replace(_fragment(x, t, "заявил"), person_id=putin[0], person_name=putin[1],
                              speaker_name=putin[1]) for x, t in ((a, e_text), (b, l_text)))
    # with eight facts, Crimea (named by two) is a rare entity: the statements are read against its facts
    more = [Fact(f"F9{k}", f"Russian strikes hit Kharkiv in 202{k}.", "2022-05-01", None, ("Russia", "Kharkiv"))
            for k in range(3)]
    e = np.eye(12)
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    fv = {"F03": e[0], "F16": unit(0.9 * e[0] + 0.436 * e[1]), "F02": e[5], "F07": e[6], "F10": e[7],
          **{f.id: e[8 + k] for k, f in enumerate(more)}}
    vectors = {later.id: unit(0.83 * e[0] + 0.236 * e[1] + 0.505 * e[2]),
               earlier.id: unit(0.82 * e[0] + 0.57 * e[2] + 0.05 * e[3])}
    facts = [CRIMEA, ANNEXATION, *OTHERS, *more]
    arts = {"a": a, "b": b}

    def flags(rules):
        return [(f.rule, f.against_id) for f in C.against_earlier([earlier, later], arts, vectors, facts=facts,
                                                                   fact_vectors=fv, rules=rules)
                if f.statement_id == later.id]

    assert ("fact-sides", earlier.id) in flags(C.Rules())
    assert not flags(C.Rules(accounts_assert_all=False))


def test_contradictions_a_negated_intention_negates_what_is_intended():
    # Hindustan Times, 2021-12-11: the extractor takes "planning" for the cue and the attack for its content
    a = _article("Russia is not planning an attack on Ukraine, Kremlin spokesperson Dmitry Peskov said.", "en",
                 "2021-12-11")
    r = C.reading_of(_fragment(a, "an attack on Ukraine", "planning"), a)
    assert r.negative and r.future and r.hedge is None and r.closest_only
    # a negated cue of saying still asserts nothing
    b = _article("Peskov did not confirm that troops were sent to Ukraine.", "en", "2021-12-11")
    q = C.reading_of(_fragment(b, "that troops were sent to Ukraine", "confirm"), b)
    assert q.hedge == "not said" and not q.closest_only
    assert not C.reading_of(_fragment(a, "an attack on Ukraine", "planning"), a,
                            C.Rules(negated_intentions=False)).negative


KYIV_2025 = Fact("F12", "Russia's missile and drone attack on Kyiv on 28 August 2025 hit residential buildings and "
                 "killed more than 20 civilians.", "2025-08-28", None, ("Kyiv", "Russia"))


@pytest.mark.parametrize("content, lang, flagged", [
    # 24tv, 2025-08-28: Peskov on the night attack on Kyiv
    ('що нічна атака Росії по Києву була спрямована нібито лише по "військових об\'єктах"', "uk", True),
    ("что удар России по Киеву был нанесен только по военным объектам", "ru", True),
    # restricting it to what the fact records is no denial; without "only" it is an account
    ("что удар России был нанесен только по Киеву", "ru", False),
    ("что удар России по Киеву был нанесен по военным объектам", "ru", False),
])
def test_contradictions_only_restricts_an_event_to_what_it_names(content, lang, flagged):
    a = _article(f"Песков заявил, {content}.", lang, "2025-08-28")
    s = _fragment(a, content, "заявил")
    got = C._exclusive(s, C.reading_of(s, a), "2025-08-28", [(0.85, KYIV_2025, 2)])
    assert (got is not None and got[1].id == "F12") is flagged


def test_contradictions_a_quote_opening_with_a_dismissal_answers_what_was_said_before():
    # Kommersant UK, 2024-10-25: Lukashenko on the North Korean troops
    text = ("In addition, in a conversation with a journalist, Lukashenka rejected claims that North Korea had sent "
            "troops to support Russia in the war in Ukraine.\n\n“Nonsense. Knowing his character, Putin would never "
            "persuade another country to involve its army in a Russian special operation in Ukraine,” "
            "Lukashenka said.")
    a = _article(text, "en", "2024-10-25")
    content = ("“Nonsense. Knowing his character, Putin would never persuade another country to involve its army in "
               "a Russian special operation in Ukraine,”")
    ctx = C.referent_context(_fragment(a, content, "said"), a)
    assert ctx is not None and "North Korea had sent troops" in ctx
    # a dismissal inside the sentence is read on its own words
    b = _article("He said the plan was nonsense, and that Putin would never persuade another country.", "en")
    assert C.referent_context(_fragment(b, "the plan was nonsense, and that Putin would never persuade another "
                                           "country", "said"), b) is None


def test_contradictions_a_possessive_refers_back():
    # RegioNews, 2022-02-24: «її мета» is the aim of the operation named before it
    text = ('Таке рішення він ухвалив після звернення ватажків так званих "ДНР" та "ЛНР".\n"Мною ухвалено рішення '
            'про проведення спеціальної військової операції", - заявив Путін, додавши, що її мета не окупація України.')
    a = _article(text, "uk")
    ctx = C.referent_context(_fragment(a, "що її мета не окупація України", "додавши"), a)
    assert ctx is not None and "спеціальної військової операції" in ctx and "ДНР" in ctx


def test_contradictions_an_officials_we_is_his_state():
    # Censor.net, 2014-04-17: Putin's Direct Line; newsmail 2024-07-09: Peskov on strikes
    countries = C.speaker_countries()
    assert {c for c, _s, _e in countries["vladimir-putin"]} == {"Russia"}
    putin = ("vladimir-putin", "Vladimir Putin")
    a = _article('"Our military personnel stood behind the Crimean self-defense forces\' back," Putin said.', "en",
                 "2014-04-17")
    s = replace(_fragment(a, "\"Our military personnel stood behind the Crimean self-defense forces' back,\"", "said"),
                person_id=putin[0], person_name=putin[1])
    assert C._names("Russia", C.reading_of(s, a, countries=countries))
    assert not C._names("Russia", C.reading_of(s, a))
    assert not C._names("Russia", C.reading_of(s, a, C.Rules(we_speak_for=False), countries))
    # in a denial, "we" is the speaker's side of a debate: left as it is
    b = _article("«Мы не совершаем ударов по гражданским целям», — заявил Песков.", "ru", "2024-07-09")
    d = replace(_fragment(b, "«Мы не совершаем ударов по гражданским целям»", "заявил"), person_id="dmitry-peskov")
    assert not C._names("Russia", C.reading_of(d, b, countries=countries))
