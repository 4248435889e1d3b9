"""Speaker-key titles and institution words are pack data (``key_titles.txt``,
``institution_words.txt``; issue 11): each language's words still act."""

from __future__ import annotations

import pytest

from parallax.align.claims import _INSTITUTION, key_for


@pytest.mark.parametrize("a, b", [
    ("Mr Peskov", "Peskov"), ("Господин Песков", "Песков"), ("Herr Scholz", "Scholz"),
    ("pani Szydło", "Szydło"),
])
def test_a_title_is_no_part_of_the_speaker_key(a, b):
    assert key_for(None, a) == key_for(None, b)


@pytest.mark.parametrize("entry, institution", [
    ("President of Ukraine president.gov.ua", True), ("Verkhovna Rada rada.gov.ua", True),
    ("Kremlin (President of Russia) kremlin.ru", True), ("BBC News bbc.com", False), ("Le Monde lemonde.fr", False),
])
def test_an_institution_outlet_speaks_for_itself(entry, institution):
    assert bool(_INSTITUTION.search(entry)) is institution
