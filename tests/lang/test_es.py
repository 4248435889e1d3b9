"""Spanish pack: sentences from Spanish-language news pages (guadanews.es, democrata.es,
russpain.com, publico.es)."""

from __future__ import annotations

from parallax import lang


def test_es_quote_then_cue_with_dropped_subject(extract, only):
    text = ("«No va a haber crisis de Gobierno», declaró el martes tras reunirse con el Rey Felipe VI en el "
            "Palacio de Marivent, evento que da inicio al receso de verano.")
    kind, content, speaker = only(extract("es", text), "No va a haber")
    assert kind == "direct" and speaker is None  # pro-drop: "declaró", no subject; never "el martes"


def test_es_perfect_tense_after_quote(extract, only):
    text = "“Queremos resolverlo desde la política”, ha añadido."
    kind, _, _ = only(extract("es", text), "Queremos resolverlo")
    assert kind == "direct"


def test_es_inverted_cue_names_the_speaker(extract, only):
    text = ("Sin embargo, agregó: «Esto no significa que no me vuelvan a preguntar en el futuro sobre ello». "
            "\"Necesitamos experiencia para seguir engrasando el Gobierno de coalición\", dijo Sánchez.")
    kind, _, speaker = only(extract("es", text), "Necesitamos experiencia")
    assert kind == "direct" and speaker == "Sánchez"


def test_es_segun_introduces_a_source(extract, only):
    text = ("Según el presidente, todas las acusaciones contra la fiscal carecen de fundamento real y el "
            "proceso solo ha fortalecido su posición.")
    kind, _, speaker = only(extract("es", text), "todas las acusaciones")
    assert kind == "indirect" and "presidente" in speaker


def test_es_word_lists():
    es = lang.get("es")
    assert es.cue_class("dijo") == "speech" and es.cue_class("afirmó") == "speech"
    assert es.cue_class("decenas") is None  # shares "dec-" with decir, but -enas is no verb ending
    assert es.months()["septiembre"] == 9 and es.number_words()["millones"] == 1_000_000
    assert "nunca" in es.negators() and es.modals()["debe"] == "obligation" and es.hedges()["casi"] == "almost"
