"""Names of places across scripts: a country's Russian or Ukrainian name names the English one the facts give."""

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
