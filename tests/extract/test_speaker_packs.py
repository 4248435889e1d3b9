"""Speakers from the language packs' data (issue 11): places, generic roles, roles after the name,
indefinites, links to other articles and paragraph quotes. Sentences are written as news in each
language writes them (none from ../shared/data/events_dev)."""

from __future__ import annotations

import pytest

from parallax.extract import statements
from parallax.model import Article


def _run(language: str, text: str):
    fields = dict.fromkeys(Article.__dataclass_fields__)
    fields.update(id="t", text=text, language=language, url="https://example.org/t")
    return statements(Article(**fields), language)


def _one(found, start_of_content: str):
    hits = [s for s in found if s.text.lstrip("«»„“”\"'– -").startswith(start_of_content)]
    assert len(hits) == 1, [(s.text, s.speaker_name) for s in found]
    return hits[0]


@pytest.mark.parametrize("language,text,content,who", [
    # a role with only its country refers back to the person introduced with it
    ("pl", "Premier Węgier Viktor Orban spotkał się w piątek z prezydentem Rosji.\n"
           "Premier Węgier stwierdził, że Europa potrzebuje pokoju bardziej niż kiedykolwiek.",
     "że Europa", "Viktor Orban"),
    ("pl", "Prezydent Francji Emmanuel Macron przemawiał w Paryżu. Prezydent Francji powiedział, "
           "że niczego nie można wykluczyć.", "że niczego", "Emmanuel Macron"),
    # Turkish: nationality and a generic role ("Macar lider"), a union is no person
    ("tr", "Macaristan Başbakanı Viktor Orban, Moskova’da Putin ile görüştü. Macar lider, "
           "“Avrupa’nın barışa ihtiyacı var” dedi.", "Avrupa’nın", "Viktor Orban"),
    # Hungarian: the role follows the name, and an oblique role marks an object
    ("hu", "Orbán Viktor kormányfő a Vlagyimir Putyin orosz elnökkel közös sajtótájékoztatón "
           "nyilatkozott. A kormányfő elmondta, hogy a béke a legfontosabb.", "hogy a béke", "Orbán Viktor"),
    # Czech: an adverb between the name and the cue
    ("cs", "Viktor Orbán přiletěl do Moskvy. Orbán nicméně zdůraznil, že v Rusku nemluví za unii.",
     "že v Rusku", "Viktor Orbán"),
])
def test_pack_roles_and_places_find_the_person(language, text, content, who):
    assert _one(_run(language, text), content).speaker_name == who


def test_hungarian_name_before_its_role_is_the_subject():
    s = _one(_run("hu", "Szijjártó Péter külügyminiszter elmondta, hogy a tárgyalások folytatódnak."),
             "hogy a tárgyalások")
    assert s.speaker_name == "Szijjártó Péter"


def test_place_words_never_join_a_name():
    text = "Le président français Emmanuel Macron est arrivé à l'aéroport de Moscou Vnukovo. " \
           "« Nous voulons la paix », a-t-il déclaré."
    s = _one(_run("fr", text), "Nous voulons")
    assert s.speaker_name == "Emmanuel Macron"


def test_indefinite_description_is_someone_new():
    text = "Hungarian Prime Minister Viktor Orban arrived in Moscow. A diplomat said that the talks would be long."
    s = _one(_run("en", text), "that the talks")
    assert s.speaker_name is None


def test_hungarian_definite_article_is_no_indefinite():
    text = "Orbán Viktor miniszterelnök Moszkvába utazott. A kormányfő elmondta, hogy a béke fontos."
    assert _one(_run("hu", text), "hogy a béke").speaker_name == "Orbán Viktor"


@pytest.mark.parametrize("language,text,content,who", [
    ("fr", "Emmanuel Macron a reçu les dirigeants européens à l'Élysée.\n"
           "Lire aussi : le sénateur Dupont saisit le Conseil d'État\n"
           "En bon chef des armées, il a pris la parole. « Rien ne doit être exclu », a-t-il dit.",
     "Rien ne doit", "Emmanuel Macron"),
    ("uk", "Президент Володимир Зеленський провів зустріч з військовими.\n"
           "Читайте також: Міністр Петренко заявив про нові поставки\n"
           "«Ми готуємося до зими», – сказав він.", "Ми готуємося", "Володимир Зеленський"),
])
def test_links_to_other_articles_name_no_speaker(language, text, content, who):
    found = _run(language, text)
    assert _one(found, content).speaker_name == who
    assert not any("Петренко" in (s.speaker_name or "") or "Dupont" in (s.speaker_name or "") for s in found)


def test_ukrainian_paragraph_quotes_are_statements_of_their_own():
    text = ("Президент звернувся до росіян відеозверненням.\n"
            "«Хочу звернутися до президента РФ. Треба поговорити? Треба», – сказав Зеленський.\n"
            "«Ми не відмовляємося від жодних дипломатичних форматів і пропонуємо поговорити».\n"
            "«Це не піар, це запрошення до розмови, на яке чекає вся країна».")
    found = [s for s in _run("uk", text) if s.type.value == "direct"]
    assert len(found) == 3 and all(s.speaker_name == "Зеленський" for s in found)


@pytest.mark.parametrize("language,text,content,who", [
    ("pl", "– Nie możemy niczego wykluczyć – powiedział prezydent Francji Emmanuel Macron. "
           "Podkreślił, że Europa musi być gotowa na każdy scenariusz.", "że Europa", "Emmanuel Macron"),
    ("es", "«No hay consenso hoy», dijo el presidente francés Emmanuel Macron. "
           "Añadió que nada puede excluirse en el futuro.", "que nada", "Emmanuel Macron"),
])
def test_dropped_subject_cue_opening_a_sentence_is_no_name(language, text, content, who):
    assert _one(_run(language, text), content).speaker_name == who


@pytest.mark.parametrize("language,text,content,who", [
    # Serbian: the instrumental («са … Владимиром Путином») is an object; the pronoun is the subject's
    ("sr", "Мађарски премијер Виктор Орбан састао се данас у Москви са руским председником Владимиром "
           "Путином.\nОн је саопштио да наставља мировну мисију.", "да наставља", "Виктор Орбан"),
    # Turkish: a name with a case ending after the apostrophe is no subject
    # Polish: the instrumental after "z" (oblique_endings.txt) is no subject for "polityk"
    ("pl", "Premier Węgier Viktor Orban przyjechał do Moskwy. Orban rozmawiał z Putinem o pokoju.\n"
           "Węgry są jednym z nielicznych krajów, które rozmawiają z obiema stronami – powiedział polityk.",
     "Węgry są", "Viktor Orban"),
    ("tr", "Macaristan Başbakanı Viktor Orban, Kremlin’de Putin’le görüştü. Orban, “Avrupa’nın barışa "
           "ihtiyacı var” dedi.", "Avrupa’nın", "Viktor Orban"),
])
def test_oblique_names_are_not_the_subject(language, text, content, who):
    assert _one(_run(language, text), content).speaker_name == who


def test_a_lone_capital_letter_is_no_speaker():
    from parallax import lang
    from parallax.extract.doc import Doc
    from parallax.extract.speaker import Mentions

    doc = Doc("Viktor Orbán escribió en X que la misión de paz continúa, y en Y añadió una foto.", lang.get("es"))
    texts = [m.text for m in Mentions(doc).items]
    assert "Viktor Orbán" in texts and "X" not in texts and "Y" not in texts


def test_surname_that_speaks_twice_is_a_person_to_carry():
    text = ("« Nous devons tout faire », a déclaré Macron.\n"
            "Le président français a souligné qu’il existe déjà une opinion contre l’envoi de missiles. "
            "« Nous devons atteindre nos objectifs », a déclaré Macron.")
    assert _one(_run("fr", text), "qu’il existe").speaker_name == "Macron"


def test_french_elided_complementiser_before_a_quote():
    text = "À l'issue d'une conférence à Paris, Emmanuel Macron a déclaré qu'\"aucune option n'est exclue\"."
    s = _one(_run("fr", text), "qu'")
    assert s.type.value in ("mixed", "indirect") and s.speaker_name == "Emmanuel Macron"
