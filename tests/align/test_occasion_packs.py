"""Occasion kinds, generic venues and headline venues read their words from the packs
(``venue_kinds.txt``, ``generic_venues.txt``, ``interview_words.txt``, ``interview_links.txt``; issue 11):
the pl and de words of the old stage lists still act."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.align.occasions import generic_venue, occasion_kind, title_venue


@pytest.mark.parametrize("text, kind", [
    ("podczas konferencji prasowej w Warszawie", "press conference"),
    ("auf einer Pressekonferenz in Berlin", "press conference"),
    ("w wywiadzie dla TVN24", "interview"),
    ("в своєму виступі у Верховній Раді", "speech"),
    ("in seiner Rede im Bundestag", "speech"),
    ("на брифинге в МИД", "briefing"),
])
def test_the_kind_of_occasion_comes_from_any_pack(text, kind):
    assert occasion_kind([text]) == kind


@pytest.mark.parametrize("name", ["dziennikarzom", "Journalisten", "іноземним журналістам", "foreign reporters"])
def test_an_audience_of_any_pack_is_a_generic_venue(name):
    assert generic_venue(name)


def test_a_named_venue_is_not_generic():
    assert not generic_venue("телеканалу «Россия 1»") and not generic_venue("the BBC")


@pytest.mark.parametrize("title, key", [
    ("Зеленський в інтерв’ю телеканалові CNN: головне", "cnn"),
    ("Tusk: wywiad dla TVN24", "tvn24"),
])
def test_a_headline_names_its_venue_after_a_pack_s_interview_word(title, key):
    assert title_venue(title) == key


def test_every_table_joins_the_packs_tables():
    kinds = lang.every_table("venue_kinds")
    assert kinds["wywiad"] == "interview" and kinds["интервью"] == "interview" and kinds["rede"] == "speech"
    assert set(kinds.values()) == {"press conference", "briefing", "interview", "speech"}


@pytest.mark.parametrize("name", ["BBC", "Би-би-си", "Бі-Бі-Сі", "BBC News"])
def test_a_venue_s_spellings_share_one_key(name):
    from parallax.align.occasions import venue_key

    assert venue_key(name) == "bbc"  # «Бі-Бі-Сі» → bibisi: ``xx/venue_spellings.txt``


def test_venue_spellings_are_written_as_keys():
    from parallax.align.occasions import venue_key, venue_spellings

    table = lang.every_table("venue_spellings")
    assert all(venue_key(form) == key for form, key in table.items())  # flat: Latin letters and digits
    assert {"russia1", "rossii1", "rossiya1"} <= venue_spellings("russia1") and venue_spellings("ntv") == {"ntv"}
