"""Italian pack: sentences from Italian-language news pages (notizie.it/askanews,
lapresse.it)."""

from __future__ import annotations

from parallax import lang


def test_it_quote_then_auxiliary_and_participle(extract, only):
    text = ("“Se qualcuno lascia intendere che le istituzioni si siano girate dall’altra parte, questo per me "
            "è molto grave e non per la credibilità mia o del governo ma per la credibilità della nazione che io "
            "rappresento” ha aggiunto Meloni.")
    kind, _, speaker = only(extract("it", text), "Se qualcuno")
    assert kind == "direct" and speaker == "Meloni"


def test_it_role_after_inverted_cue(extract, only):
    text = ("“Voi parlate del caso in cui non siamo riusciti ma nessuno parla degli altri”, ha aggiunto la "
            "premier.")
    kind, _, speaker = only(extract("it", text), "Voi parlate")
    assert kind == "direct" and "premier" in speaker


def test_it_dropped_subject(extract, only):
    text = ("“Io non ho ancora scritto niente, non perché non abbia idee in testa. Posso parlare di varie "
            "ipotesi, ma non ho un documento che arrivo e presento”, ha aggiunto.")
    kind, _, speaker = only(extract("it", text), "Io non ho ancora")
    assert kind == "direct" and speaker is None


def test_it_word_lists():
    it = lang.get("it")
    assert it.cue_class("detto") == "speech" and it.cue_class("dichiarato") == "speech"
    assert it.months()["luglio"] == 7 and it.number_words()["mila"] == 1000
    assert "mai" in it.negators() and it.modals()["può"] == "possibility" and it.hedges()["soltanto"] == "only"
