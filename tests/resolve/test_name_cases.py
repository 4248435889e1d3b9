"""Case endings of names as pack data (``lang/<code>/name_cases.txt``) and places that are never
people: the forms are those news in each language writes (Orbánnal, Orbanem, Орбаном, Orban’ın)."""

from __future__ import annotations

import pytest

from parallax.resolve import names as N
from parallax.resolve.registry import discovered_person


@pytest.mark.parametrize("word,lang,nominative", [
    ("Orbánnal", "hu", "orbán"),        # "Putyin Orbánnal tárgyalt" (with: the n doubles)
    ("Orbánt", "hu", "orbán"),          # accusative
    ("Putyinnak", "hu", "putyin"),      # dative
    ("Dudával", "hu", "duda"),          # a final a lengthens before the suffix
    ("Orbána", "cs", "orbán"),          # "návštěva Orbána v Moskvě"
    ("Zelenského", "cs", "zelenský"),
    ("Orbánom", "sk", "orbán"),         # Slovak: a folder with only its name endings
    ("Orbanem", "pl", "orban"),         # "rozmowa z Orbanem"
    ("Łukaszenki", "pl", "łukaszenka"),
    ("Orbanu", "sr", "orban"),          # Serbian Latin
    ("Путином", "sr", "путин"),         # Serbian Cyrillic: "састао се са Путином"
    ("Orban’ın", "tr", "orban"),        # Turkish: the ending after the apostrophe
    ("Putin'e", "tr", "putin"),
])
def test_name_cases_give_the_nominative(word, lang, nominative):
    assert nominative in N.declined_forms(word, lang)


def test_name_cases_are_pack_files():
    assert N.name_cases("hu") and N.name_cases("sr") and N.name_cases("pl")
    assert N.name_cases("en") == ()  # English names do not decline
    assert N.declined_forms("Orbán", "hu") == ()  # a nominative is no case form


def test_name_cases_keep_the_feminine():
    assert N.declined_forms("Zacharovová", "cs") == ("zacharova",)
    assert "merkel" in N.declined_forms("Merkelová", "cs")


@pytest.mark.parametrize("mention,lang,person", [
    ("Orbánnal", "hu", "viktor-orban"),
    ("Putyinnal", "hu", "vladimir-putin"),
    ("Orbanem", "pl", "viktor-orban"),
    ("Orbánom", "sk", "viktor-orban"),
    ("Орбаном", "sr", "viktor-orban"),
    ("Макрону", "sr", "emmanuel-macron"),
    ("Vladimirom Putinom", "sr", "vladimir-putin"),
    ("Orban’ın", "tr", "viktor-orban"),
    ("Putin’e", "tr", "vladimir-putin"),
])
def test_name_cases_resolve_to_the_known_person(registry, mention, lang, person):
    link = registry.resolve(mention, lang=lang)
    assert link is not None and link.person_id == person


def test_serbian_cyrillic_transliterates_as_serbian():
    assert N.cyrillic_lang("Вучић", "sr") == "sr" and N.to_latin("Вучић", "sr") == "vucic"
    assert N.cyrillic_lang("Орбан", "sr") == "sr"
    assert N.cyrillic_lang("Орбан", "ru") == "ru"


@pytest.mark.parametrize("name,lang", [
    ("Moscou Vnukovo", "fr"),                  # "à l'aéroport de Moscou Vnukovo"
    ("Macaristan’ın Avrupa Birliği", "tr"),    # a genitive and a union
    ("Facebooku Orban", "pl"),                 # "na Facebooku Orban napisał": a platform's locative
    ("Premier Węgier", "pl"),                  # a role and a country
    ("Le Monde", "fr"),                        # "…, selon Le Monde": an outlet of the registry
])
def test_places_and_platforms_are_never_people(name, lang):
    assert discovered_person(name, lang) is None


def test_unknown_people_still_discovered():
    p = discovered_person("Bertalan Havasi", "hu")
    assert p is not None and p.name == "Bertalan Havasi"
