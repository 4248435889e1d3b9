"""Names of places across scripts («Польщі» names Poland), and what a negation near them denies."""

from __future__ import annotations

import pytest

from parallax.compare import contradictions as C


@pytest.mark.parametrize("text, lang", [
    # real: Zelensky as reported by Ukrainian and Russian outlets, 2022-11-16
    ("що ракета, яка впала у вівторок у Польщі, була не українською", "uk"),
    ("что ракета, которая упала во вторник на территории Польши, была не украинской", "ru"),
])
def test_a_countrys_name_in_cyrillic_names_the_english_one(text, lang):
    """«Польщі» names Poland though their consonants differ (``exonyms.txt``), and the feminine instrumental
    «українською» is an adjective of place like «українській»."""
    r = C.read(text, lang)
    assert C._shares(["Przewodów", "Poland", "Ukraine"], r) == ["Poland", "Ukraine"]
    assert not C._shares(["Hungary", "Germany"], r)


@pytest.mark.parametrize("text, lang", [
    # real: Duda, 2022-11-16 (patrioty.org.ua; his words as English outlets gave them)
    ("що \"немає ознак\" того, що ракета, яка впала у вівторок у Польщі, була \"навмисним ударом\" по країні", "uk"),
    ("there is no indication that this was an intentional attack on Poland", "en"),
])
def test_a_negation_of_intent_denies_the_purpose_not_the_event(text, lang):
    r = C.read(text, lang)
    assert r.negative and r.hedge  # no flat denial that a missile fell
    assert not C.read("що ракета, яка впала у вівторок у Польщі, була не українською", "uk").hedge
