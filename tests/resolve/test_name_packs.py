"""Titles, pronouns, organisation and place words of names are pack data (``name_titles``,
``name_pronouns``, ``org_words``, ``place_lemmas``; issue 11): each language's words still act."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.resolve import names as N


@pytest.mark.parametrize("text, code, tokens", [
    ("President Emmanuel Macron", "en", ("Emmanuel", "Macron")),
    ("Herr Olaf Scholz", "de", ("Olaf", "Scholz")),
    ("pani premier Beata Szydło", "pl", ("Beata", "Szydło")),
    ("Monsieur Emmanuel Macron", "fr", ("Emmanuel", "Macron")),
    ("пресс-секретарь Кремля Дмитрий Песков", "ru", ("Дмитрий", "Песков")),
    ("президента Білорусі Олександра Лукашенка", "uk", ("Олександра", "Лукашенка")),
    ("прэзідэнт Аляксандр Лукашэнка", "be", ("Аляксандр", "Лукашэнка")),
    # patronymic_endings, in the script or romanised: after a surname first, the patronymic goes, the given name stays
    ("Лукашенко Александр Григорьевич", "ru", ("Лукашенко", "Александр")),
    ("Зеленський Володимир Олександрович", "uk", ("Зеленський", "Володимир")),
    ("Тимошенко Юлія Володимирівна", "uk", ("Тимошенко", "Юлія")),
    ("Лукашэнка Аляксандр Рыгоравіч", "be", ("Лукашэнка", "Аляксандр")),
    ("Lukashenko Alexander Grigoryevich", "en", ("Lukashenko", "Alexander")),
    ("Zelensky Volodymyr Oleksandrovych", "en", ("Zelensky", "Volodymyr")),
    ("Poutine Vladimir Vladimirovitch", "fr", ("Poutine", "Vladimir")),
    ("Putin Wladimir Wladimirowitsch", "de", ("Putin", "Wladimir")),
])
def test_a_title_or_patronymic_of_any_pack_is_no_part_of_the_name(text, code, tokens):
    assert N.parse_name(text, code).tokens == tokens


def test_pronouns_of_a_folder_without_a_pack_are_read_too():
    # Lithuanian has data only (lang/lt/), no pack: every_pack reads such folders beside the packs'
    assert {"ea", "он", "він", "sie", "elle"} <= N.PRONOUNS
    assert "lt" not in lang.AVAILABLE and "lt" in lang.FOLDERS and "ro" in lang.FOLDERS


def test_org_and_place_words_come_from_the_packs():
    assert {"kremlin", "кремль", "уряд", "und"} <= N.ORG_WORDS
    assert {"belarus", "білорусь", "белоруссия", "korei"} <= N.PLACE_LEMMAS


@pytest.mark.parametrize("text, code, key", [
    ("the president", "en", "president"), ("die Regierung", "de", "regierung"), ("la présidente", "fr", "presidente"),
])
def test_a_description_drops_the_articles_of_the_packs(text, code, key):
    from parallax.resolve.registry import description_key

    assert description_key(text, code) == key


def test_generic_role_phrases_come_from_the_packs():
    from parallax.resolve.registry import GENERIC_ROLES

    assert GENERIC_ROLES["глава держави"] == GENERIC_ROLES["кіраўнік дзяржавы"] == "head_of_state"
    assert GENERIC_ROLES["the prime minister"] == GENERIC_ROLES["прем'єр-міністр"] == "head_of_government"


@pytest.mark.parametrize("text, tokens, initials", [
    ("V. Putin", ("Putin",), ("v",)),
    ("Dr. Anthony Fauci", ("Anthony", "Fauci"), ()),  # not_initials.txt: "Dr." is a title, no initial
])
def test_an_abbreviation_of_the_pack_is_no_initial(text, tokens, initials):
    parsed = N.parse_name(text, "en")
    assert (parsed.tokens, parsed.initials) == (tokens, initials)


def test_name_particles_and_platforms_are_xx_data():
    # no one language's: lang/xx/, joined by every_pack beside the packs
    assert N.parse_name("Mohammed bin Salman", "en").tokens == ("Mohammed", "bin", "Salman")
    assert {"von", "bin", "dos"} <= N.NAME_PARTICLES == lang.every_pack("name_particles")
    assert N.looks_geo_or_org("Facebooku", "pl") and N.looks_geo_or_org("YouTube", "en")
    assert "telegram" in N.MEDIA_WORDS and "telegram" not in lang.every_pack("stopwords")
