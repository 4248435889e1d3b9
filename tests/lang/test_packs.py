"""Every pack answers the same interface; a code without a folder runs on the generic rules."""

from __future__ import annotations

import pytest

from parallax import lang

PACKS = ("en", "ru", "uk", "de", "pl", "fr", "es", "it", "pt", "cs", "bg", "sr", "hu", "tr", "be")


def test_every_pack_is_available():
    assert set(PACKS) <= set(lang.AVAILABLE) and "xx" not in lang.AVAILABLE


@pytest.mark.parametrize("code", PACKS)
def test_pack_fills_the_interface(code):
    L = lang.get(code)
    assert L.code == code and L.cue_verbs and L.according and L.complementisers
    assert L.negators() and L.hedges() and L.modals() and L.number_words()
    assert sorted(set(L.months().values())) == list(range(1, 13))
    assert sorted(set(L.weekdays().values())) == list(range(1, 8))
    assert set(L.hedges().values()) <= {"even", "probably", "almost", "only", "for now", "more than"}
    assert set(L.modals().values()) <= {"obligation", "necessity", "possibility", "permission", "intention"}
    assert all(isinstance(v, int) and v > 0 for v in L.number_words().values())


def test_en_ru_uk_hold_the_compare_words():
    assert "never" in lang.get("en").negators() and lang.get("en").hedges()["nearly"] == "almost"
    assert lang.get("ru").hedges()["даже"] == "even" and lang.get("uk").hedges()["навіть"] == "even"
    assert lang.get("ru").modals()["должен"] == "obligation" and lang.get("uk").modals()["може"] == "possibility"
    assert lang.get("ru").negator_prefixes() == ("никак", "никако")
    assert lang.get("uk").months()["лютого"] == 2 and lang.get("ru").number_words()["тысяч"] == 1000


def test_generic_language_has_empty_word_knowledge():
    xx = lang.get("lv")
    assert xx.code == "xx"
    assert xx.negators() == frozenset() and xx.hedges() == {} and xx.modals() == {}
    assert xx.number_words() == {} and xx.months() == {} and xx.weekdays() == {}


def test_romanian_colon_frame_before_the_quote(extract):
    # the Romanian pack (euractiv.ro): a role and a colon frame before the marks
    text = ("Referitor la scandalul numirii miniștrilor de la Dezvoltare și Transporturi, premierul a spus: "
            "\"Este clar că acest război (între Guvern și președinte - n.r.) va continua, mai ales că suntem în an "
            "electoral. Este clar că președintele este în campanie electorală\".")
    found = extract("ro", text)
    assert [f[0] for f in found] == ["direct"] and found[0][1][0].startswith("\"Este clar")


@pytest.mark.parametrize("code, word, expected", [
    ("en", "Russian", True), ("en", "Belarusian", True), ("en", "publish", False), ("en", "Russia", False),
    ("ru", "российских", True), ("ru", "Российская", True), ("ru", "Россия", False),
    ("uk", "українських", True), ("uk", "Україна", False), ("de", "russischen", False),
])
def test_an_adjective_of_place_is_read_by_the_pack(code, word, expected):
    """«…удары по российским городам», "the Russian side": the pack says the word names a country."""
    assert lang.get(code).is_demonym(word) is expected


def test_past_accounts_are_read_by_the_pack():
    en, ru, uk = lang.get("en"), lang.get("ru"), lang.get("uk")
    assert en.tells_past("Russia did not attack Ukraine".split())
    assert not en.tells_past("I am committed to peace".split())
    assert ru.tells_past("Россия не нападала на Украину".split())
    assert uk.tells_past("Ми не планували вторгнення".split())
    assert not ru.tells_past("Россия не нападает".split())
    assert not lang.get("xx").tells_past("Russia attacked".split())
