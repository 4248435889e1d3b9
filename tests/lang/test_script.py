"""The Cyrillic orthography of a name comes from the packs' ``script.txt`` (lang/script.py), and the
name data that used to be tables keyed by code in resolve/ are pack files."""

from __future__ import annotations

import pytest

from parallax.lang import script
from parallax.resolve import names as N
from parallax.resolve import registry as R


def test_script_every_cyrillic_pack_declares_its_orthography():
    codes = {o.code for o in script.orthographies()}
    assert {"ru", "uk", "be", "bg", "sr"} <= codes
    assert all(o.romanisation.endswith("-Latin/BGN") for o in script.orthographies())


@pytest.mark.parametrize("word, hint, code", [
    ("Єрмак", None, "uk"),                # «— заявив Андрій Єрмак»: є is Ukrainian only
    ("Ўладзімір", None, "be"),             # ў is Belarusian only
    ("Калеснікавай", "be", "be"),          # і alone: Belarusian in a Belarusian text …
    ("Калеснікавай", None, "uk"),          # … Ukrainian otherwise
    ("Вучић", None, "sr"),                 # «— рекао је Вучић»: ћ is Serbian only
    ("Радев", "bg", "bg"),                 # «каза президентът Радев»: no telling letter, the hint decides
    ("Объединённые", "bg", "ru"),          # ы and ё: never Bulgarian, whatever the hint
    ("Песков", None, "ru"),                # nothing tells: the lowest rank
    ("Щербаков", "sr", "ru"),              # Serbian writes no щ: a Russian name in a Serbian text
])
def test_script_orthography_from_the_letters_then_the_hint(word, hint, code):
    assert N.cyrillic_lang(word, hint) == code


def test_script_romanisation_follows_the_orthography():
    assert N.latin_name("Олександр Лукашенко") == "Oleksandr Lukashenko"
    assert N.latin_name("Александр Лукашенко") == "Aleksandr Lukashenko"


def test_script_russian_nominative_never_ukrainian():
    # «Цекова» in a Russian text: the Ukrainian dictionary's «Цеків» is not a reading
    assert N.foreign_letters("цеків", "Цекова", "ru")
    assert not N.foreign_letters("цеків", "Цекова", "uk")


def test_script_surname_endings_are_the_packs():
    assert "ов" in N.surname_endings("Захаров", "ru")
    assert "ий" in N.surname_endings("Зеленський", "uk", adjectival=True)
    assert "ий" not in N.surname_endings("Зеленський", "uk")


def test_script_french_and_romanian_j_reads_as_zh():
    # «Le général Valeri Zaloujny a déclaré …», «generalul Valeri Zalujnîi»
    assert N.declined_forms("Zaloujny", "fr") == ("zalouzhny",)
    assert N.declined_forms("Zalujnîi", "ro") == ("zaluzhnîi",)
    assert N.declined_forms("Zaloujny", "en") == ()


def test_script_french_abbreviated_title_is_no_initial():
    # « M. Poutine a déclaré » : M. is Monsieur
    assert N.parse_name("M. Poutine", "fr").tokens == ("Poutine",)
    assert N.parse_name("M. Poutine", "fr").initials == ()
    assert N.parse_name("M. Poutine", "en").initials == ("m",)


def test_script_role_descriptions_come_from_the_packs():
    d = R.generated_descriptions("President of Ukraine")
    assert d["pl"] == ("prezydent ukrainy", "ukraiński prezydent")
    assert d["lt"] == ("ukrainos prezidentas",)          # Lithuanian says it with the genitive only
    assert "bundeskanzler" in R.generated_descriptions("Chancellor of Germany")["de"]
    assert "bundeskanzler" not in R.generated_descriptions("Prime Minister of France").get("de", ())
    assert R.generated_descriptions("President of Atlantis") == {}


def test_script_name_languages_are_the_packs_with_name_data():
    codes = N.name_languages()
    assert {"ru", "uk", "be", "bg", "sr", "pl", "cs", "ro", "fr"} <= set(codes)
    assert "en" not in codes
