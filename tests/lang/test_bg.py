"""Bulgarian pack: sentences from Bulgarian news pages (faktor.bg, focus-news.net,
trafficnews.bg)."""

from __future__ import annotations

from parallax import lang


def test_bg_quote_then_cue_and_pronoun(extract, only):
    text = "\"Ние сме парламентарна република, нека оставим всеки да си гледа работата\", допълни той."
    kind, _, speaker = only(extract("bg", text), "Ние сме")
    assert kind == "direct" and speaker == "той"


def test_bg_reported_che(extract, only):
    text = ("Министър-председателят обясни, че вече са започнали разговорите за министрите след ротацията, но в "
            "детайли ще се разбере, когато те самите си представят своите отчети.")
    kind, _, _ = only(extract("bg", text), "че вече са започнали")
    assert kind == "indirect"


def test_bg_po_dumite_na(extract, only):
    text = "По думите на Денков ротацията ще е успешна."
    kind, _, speaker = only(extract("bg", text), "ротацията")
    assert kind == "indirect" and speaker == "Денков"


def test_bg_word_lists():
    bg = lang.get("bg")
    assert bg.cue_class("заяви") == "speech" and bg.cue_class("заявиха") == "speech"
    assert bg.cue_class("посочи") == "speech" and bg.months()["март"] == 3 and "никога" in bg.negators()
