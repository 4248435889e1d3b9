"""``contradictions.read`` asks its questions of each word once per language (``_Word``): a corpus
repeats its words, and the check reads every statement (issue 10, speed). A warm cache must read
exactly as a cold one, and a word's answer that depends on its neighbours must still see them."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.compare import contradictions as C

# real reported speech (BBC, Reuters, RIA, Ukrinform, 2024-10-23) with the frame before it
SENTENCES = [
    ("that Belarus had played any part in the full-scale invasion", "en", "denied "),
    ("Russia did not need North Korean troops, and perhaps it never will", "en", "said "),
    ("“Nothing can be ruled out,”", "en", ""),
    ("“I have no doubt that Ukraine will join the alliance,”", "en", "said "),
    ("причастность Белоруссии к началу военной операции", "ru", "опроверг "),
    ("«Это не были российские военные. Вы посмотрите, что там происходило?»", "ru", "заявил: "),
    ("«Я не сомневаюсь, что переговоры продолжатся»", "ru", "сказал "),
    ("участь Білорусі у вторгненні", "uk", "заперечив "),
    ("що у Росії немає планів вторгнення на Україну", "uk", "заявив, "),
]


def _cold(code: str) -> None:
    lang.get(code).__dict__.pop("_read_words", None)


def _fields(r: C.Reading) -> tuple:
    return tuple(getattr(r, f) for f in r.__dataclass_fields__)


@pytest.mark.parametrize("text, code, frame", SENTENCES)
def test_read_words_a_warm_cache_reads_the_same(text, code, frame):
    for rules in (C.Rules(), *C.ABLATION.values()):
        _cold(code)
        cold = C.read(text, code, frame=frame, rules=rules)
        assert _fields(C.read(text, code, frame=frame, rules=rules)) == _fields(cold)


def test_read_words_a_known_word_is_not_looked_up_again(monkeypatch):
    text, code, frame = SENTENCES[1]
    first = C.read(text, code, frame=frame)
    lg = lang.get(code)
    calls = []
    monkeypatch.setattr(lg, "has_word", lambda *a: calls.append(a))
    assert C.read(text, code, frame=frame) == first
    # only the clause openers that ``wording.main_words`` asks of each clause (relative pronouns)
    assert [c for c in calls if c[1] != "relatives"] == []


def test_read_words_a_phrasal_exclusion_still_reads_the_next_word():
    # "ruled" is one cached word; "ruled out" excludes, "ruled the country" does not
    assert C.read("He ruled out any talks with Kyiv", "en").denial == "rule out"
    assert C.read("The party ruled the country for decades", "en").denial is None
    assert C.read("“Nothing can be ruled out,”", "en").hedge == "rule out"


def test_read_words_a_negated_doubt_is_no_hedge_and_negates_nothing():
    r = C.read("“I have no doubt that Ukraine will join the alliance,”", "en")
    assert (r.negative, r.hedge) == (False, None)
    assert C.read("“I doubt that Ukraine will join the alliance,”", "en").hedge is not None


def test_read_words_are_per_language():
    # Czech "no" is "well" (no negator there); English "no" negates
    assert C.read("no plans to send troops", "en").negative is True
    assert C.read("no plány poslat vojáky", "cs").negative is False
    assert C.read("no plans to send troops", "en").negative is True


def test_read_words_no_claim_is_found_in_contracted_forms():
    # the lines of no_claims.txt begin with "cannot" / "not": a sentence is searched once "can't" and
    # "didn't" are read as them
    assert C.read("“We can't say exactly which missiles fell there,”", "en").hedge == "cannot say"
    assert C.read("“It didn’t occur to me to ask him,”", "en").hedge == "not occur to"
    assert C.read("“We did not attack the city,”", "en").hedge is None


def test_read_words_a_statement_is_read_once_per_article_text(monkeypatch):
    """The checks of one run (unnamed denials, continuations, facts, the speaker's record) share one
    reading of a statement; the same words in another article's sentence are read again (their frame
    differs: "did not deny" against "denied"); outside a run nothing is kept."""
    from parallax.memo import one_run
    from tests.compare.test_contradictions import _article, _statement

    said = _article("a1", "Lukashenko denied that Belarus had played any part in the invasion.", "2024-10-23")
    not_said = _article("a1", "Lukashenko did not deny that Belarus had played any part in the invasion.",
                        "2024-10-23")
    calls = []
    real = C.read
    monkeypatch.setattr(C, "read", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    s = _statement(said, "that Belarus had played any part in the invasion", "denied")
    with one_run():
        first = C._reading_of(s, said)
        assert C._reading_of(s, said) is first and len(calls) == 1
        t = _statement(not_said, "that Belarus had played any part in the invasion", "deny")
        assert C._reading_of(t, not_said).denial != first.denial and len(calls) == 2
    assert C._reading_of(s, said) == first and len(calls) == 3
