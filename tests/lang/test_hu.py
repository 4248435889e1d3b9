"""Hungarian pack: sentences from Hungarian news pages (444.hu, hvg.hu)."""

from __future__ import annotations

from parallax import lang


def test_hu_dash_frame_with_dropped_subject(extract, only):
    text = "Most ne féljünk, örüljünk, hogy sikerült – mondta."
    kind, content, speaker = only(extract("hu", text), "Most ne féljünk")
    assert kind == "direct" and speaker is None and content[0].endswith("sikerült")


def test_hu_two_word_cue_after_quote(extract, only):
    text = "\"Videókat vetettnek le, töröltetnek,\" tette hozzá."
    kind, _, _ = only(extract("hu", text), "Videókat")
    assert kind == "direct"


def test_hu_szerint_after_the_source(extract, only):
    text = "Orbán szerint cenzúrázzák nyugaton a témát, sőt, már az internetet is."
    kind, _, speaker = only(extract("hu", text), "cenzúrázzák")
    assert kind == "indirect" and speaker == "Orbán"


def test_hu_word_lists():
    hu = lang.get("hu")
    assert hu.cue_class("mondta") == "speech" and hu.cue_class("elmondta") == "speech"
    assert hu.cue_class("kijelentette") == "speech" and hu.cue_class("mondat") is None
    assert hu.months()["július"] == 7 and "soha" in hu.negators() and hu.number_words()["ezer"] == 1000
