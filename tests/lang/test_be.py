"""Belarusian pack: sentences from Nasha Niva (nashaniva.com, Cyrillic edition)."""

from __future__ import annotations

from parallax import lang


def test_be_quote_dash_cue_name(extract, only):
    text = ("«Я 20 гадоў прапрацаваў прэзідэнтам, што мне яшчэ трэба? Мне трэба думаць, як там у цёплым месцы "
            "прыхінуцца, спакойна пасядзець. Я проста стаміўся ад гэтага», — сказаў Лукашэнка.")
    kind, _, speaker = only(extract("be", text), "Я 20 гадоў")
    assert kind == "direct" and speaker == "Лукашэнка"


def test_be_reported_shto(extract, only):
    text = ("Аляксандр Лукашэнка ў інтэрв'ю вядучаму праграмы «Вести в субботу» на тэлеканале «Расія-1» "
            "Сяргею Брылёву заявіў, што яго заслугі няма ў арганізацыі перамоваў па ўкраінскай праблеме ў Мінску.")
    kind, _, _ = only(extract("be", text), "што яго заслугі")
    assert kind == "indirect"


def test_be_word_lists():
    be = lang.get("be")
    assert be.cue_class("сказаў") == "speech" and be.cue_class("заявіла") == "speech"
    assert be.months()["ліпеня"] == 7 and "ніколі" in be.negators() and be.modals()["павінен"] == "obligation"
