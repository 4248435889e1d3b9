"""Portuguese pack: sentences from Portuguese-language news (Folha Online, via
governofederal.blogspot.com)."""

from __future__ import annotations

from parallax import lang


def test_pt_quote_then_cue_and_name(extract, only):
    text = ("\"Graças a Deus acabou a era dos economistas mandarem na economia e agora está entrando a era da "
            "engenharia voltar a ter um papel importante nesse país\", afirmou Lula, durante comício na manhã de "
            "hoje, em São Bernardo (ABC paulista).")
    kind, _, speaker = only(extract("pt", text), "Graças a Deus")
    assert kind == "direct" and speaker == "Lula"


def test_pt_reported_que_with_quoted_words(extract, only):
    text = ("O presidente disse que é preciso controlar a inflação porque quem \"paga a conta é o povo que vai "
            "comprar o que comer\".")
    kind, _, _ = only(extract("pt", text), "que é preciso")
    assert kind == "mixed"


def test_pt_word_lists():
    pt = lang.get("pt")
    assert pt.cue_class("disse") == "speech" and pt.cue_class("afirmou") == "speech"
    assert pt.months()["março"] == 3 and pt.number_words()["mil"] == 1000
    assert "nunca" in pt.negators() and pt.modals()["pode"] == "possibility" and pt.hedges()["apenas"] == "only"
