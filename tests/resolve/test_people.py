"""People are people (issue 11, part 3): organisations, places and groups never become persons;
epithets and roles before a name link to that person; two names are never merged into one;
unknown people get a canonical Latin name and keep their original spelling."""

from __future__ import annotations

import pytest

from parallax.model import Article, Kind, Span, Statement
from parallax.resolve import discovered_person, link


def linked(mention: str, lang: str, registry, published: str = "2024-07-05"):
    """The person a statement whose speaker is ``mention`` links to, and the people discovered."""
    text = f"{mention} said: “We will not give up.”"
    art = Article(id="a1", text=text, content_hash="a1", language=lang, published=published)
    c = text.index("“")
    spans = (Span.of(text, c, len(text)),)
    st = Statement(id=Statement.make_id("a1", spans), article_id="a1", type=Kind.DIRECT, content=spans,
                   speaker=Span.of(text, 0, len(mention)), speaker_name=mention)
    out, new = link([st], art, registry)
    return out[0], new


@pytest.mark.parametrize("mention,lang", [
    ("ЗСУ", "uk"), ("ГУР", "uk"), ("МЗС", "uk"),               # abbreviations of bodies
    ("Збройних Сил Україна", "uk"), ("Патріот Україна", "uk"),  # a body and a group named with the country
    ("Korei Północnej", "pl"),                                  # a country
])
def test_organisations_places_and_groups_are_never_persons(mention, lang, registry):
    st, new = linked(mention, lang, registry)
    assert st.person_kind != "person" and new == []  # a body speaks as an institution (branch person10)


@pytest.mark.parametrize("mention,lang,pid", [
    ("Kremlchef Wladimir Putin", "de", "vladimir-putin"),
    ("Білорус Олександр Лукашенко", "uk", "alexander-lukashenko"),
])
def test_an_epithet_before_a_name_links_to_that_person(mention, lang, pid, registry):
    st, new = linked(mention, lang, registry)
    assert st.person_id == pid and new == []


def test_two_names_run_together_are_never_one_person(registry):
    st, new = linked("Дональд Трамп Стів Віткофф", "uk", registry)
    assert st.person_id == "donald-trump" and new == []
    assert discovered_person("Іван Петренко Олег Сидоренко", "uk") is None


def test_unknown_people_get_a_latin_name_and_keep_their_spelling():
    p = discovered_person("Павла Шеремет", "ru")
    assert p.name == "Pavel Sheremet" and "Павел Шеремет" in p.aliases
    assert discovered_person("Павел Шеремет", "ru").id == p.id


def test_the_kremlin_is_an_institution_not_a_person(registry):
    st, new = linked("The Kremlin", "en", registry)
    assert st.person_kind == "institution" and st.person_name == "Kremlin" and new == []
