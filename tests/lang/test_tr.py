"""Turkish pack: sentences from Turkish news pages (ekonomist.com.tr, t24.com.tr,
ntv.com.tr)."""

from __future__ import annotations

from parallax import lang


def test_tr_subject_before_quote_verb_last(extract, only):
    text = ("Erdoğan, tamamlanması gereken bazı süreçler bulunduğunu hatırlatarak, \"Temennimiz bu süreçlerin "
            "bir an önce olumlu şekilde neticelenmesidir\" diye konuştu.")
    kind, _, speaker = only(extract("tr", text), "Temennimiz")
    assert kind == "direct" and speaker == "Erdoğan"


def test_tr_reported_clause_before_the_verb(extract, only):
    text = ("Cumhurbaşkanı Erdoğan, bugünkü tablonun umutları çok daha farklı bir şekilde yeşerttiğini "
            "anlatarak, alana gelenlerin heyecanının gayet iyi olduğunu söyledi.")
    kind, content, speaker = only(extract("tr", text), "bugünkü tablonun")
    assert kind == "indirect" and "Erdoğan" in speaker and content[0].endswith("olduğunu")


def test_tr_gore_after_the_source(extract, only):
    text = "Velhasıl Demirtaş’a göre o beklenen müzakere sadece yarım günde halledilebilir."
    kind, _, speaker = only(extract("tr", text), "o beklenen")
    assert kind == "indirect" and speaker is not None and "Demirtaş" in speaker


def test_tr_word_lists():
    tr = lang.get("tr")
    assert tr.cue_class("söyledi") == "speech" and tr.cue_class("belirtti") == "speech"
    assert tr.nominative("Orbán'ın") == "Orbán" and tr.months()["temmuz"] == 7 and "değil" in tr.negators()
