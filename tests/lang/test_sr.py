"""Serbian pack, both scripts: sentences from Serbian news pages (kurir.rs, novosti.rs,
tip.rs)."""

from __future__ import annotations

from parallax import lang
from parallax.lang.sr import to_cyrillic, to_latin


def test_sr_latin_dash_speech(extract, only):
    text = ("- A što se tiče stajanja na crtu, ja više ne mogu da se kandidujem za predsednika, bio sam dva "
            "mandata i ne nameravam da zbog toga menjam Ustav - rekao je Vučić i dodao:")
    kind, _, speaker = only(extract("sr", text), "A što se tiče")
    assert kind == "direct" and speaker == "Vučić"


def test_sr_cyrillic_dash_speech(extract, only):
    text = ("- Сваки дан о томе слушам. Па кренуте већ једном. Исту причу причате и ником ништа. Уопште не "
            "желим да коментаришем то - рекао је Вучић.")
    kind, content, speaker = only(extract("sr", text), "Сваки дан")
    assert kind == "direct" and speaker == "Вучић" and content[0].endswith("коментаришем то")


def test_sr_cyrillic_reported_da(extract, only):
    text = ("ПРЕДСЕДНИК Србије Александар Вучић изјавио је данас да свакога дана слуша како ће поједини "
            "опозиционари у Србији повести демонстрације против њега.")
    kind, _, speaker = only(extract("sr", text), "да свакога дана")
    assert kind == "indirect" and "Вучић" in speaker


def test_sr_transliteration_and_lists():
    assert to_latin("Вучић рекао") == "Vučić rekao" and to_cyrillic("ljudi") == "људи"
    sr = lang.get("sr")
    assert sr.cue_class("изјавио") == "speech" and sr.cue_class("istakao") == "speech"
    assert {"nikada", "никада"} <= sr.negators() and sr.months()["јула"] == 7 and sr.months()["jula"] == 7
