"""German pack brought up to the others: word lists as files, the later stages' word
knowledge; sentences from German-language news pages (pk4.xyz news digest, bundesregierung.de)."""

from __future__ import annotations

from parallax import lang


def test_de_reported_dass(extract, only):
    text = "Kanzler Scholz erwartet, dass die Koalition ihre Arbeit fortsetzt."
    kind, _, speaker = only(extract("de", text), "dass die Koalition")
    assert kind == "indirect" and "Scholz" in speaker


def test_de_lists_come_from_the_pack_files():
    de = lang.get("de")
    assert de.pronouns["er"] == ("m", "sg") and de.titles["frau"] == "f" and "dass" in de.complementisers
    assert de.is_role("Bundeskanzler") and "gestern" in de.not_names and "bereits" in de.fillers
    assert "niemals" in de.negators() and de.months()["märz"] == 3 and de.number_words()["tausend"] == 1000
    assert de.modals()["muss"] == "obligation" and de.hedges()["sogar"] == "even"


def test_de_reported_after_a_date_and_venue(extract, only):
    # finanznachrichten.de
    text = ("Bundeskanzlerin Angela Merkel erklärte am Sonntag in einem ZDF-Interview, dass ihre Position sowohl "
            "als Kanzlerin als auch CDU-Chefin nicht zur Disposition stehe.")
    kind, _, speaker = only(extract("de", text), "dass ihre Position")
    assert kind == "indirect" and "Angela Merkel" in speaker


def test_de_particle_verb_participles():
    de = lang.get("de")
    assert de.lemma("angekündigt") == "ankündigen" and de.cue_class("mitgeteilt") == "speech"
