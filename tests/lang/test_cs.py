"""Czech pack: sentences from Czech news pages (seznamzpravy.cz, novinky.cz)."""

from __future__ import annotations

from parallax import lang


def test_cs_quote_then_cue_and_name(extract, only):
    text = ("„Jsem přesvědčen, že nebude třeba chodit na náměstí na podobné pochybné akce. To nikomu s drahými "
            "účty nepomůže,“ podotkl Fiala k protestu v centru Prahy, kam přijeli lidé z celého Česka.")
    kind, _, speaker = only(extract("cs", text), "Jsem přesvědčen")
    assert kind == "direct" and speaker == "Fiala"


def test_cs_dropped_subject(extract, only):
    text = ("„Trvám na svém výroku, který se netýkal demonstrantů, ale organizátorů. Demonstraci organizovali "
            "příslušníci ruské páté kolony,“ uvedl.")
    kind, _, speaker = only(extract("cs", text), "Trvám na svém")
    assert kind == "direct" and speaker is None


def test_cs_reported_ze(extract, only):
    text = ("Fiala v pondělí ráno řekl, že vláda s odbory dlouhodobě jedná, a tak by měl sociální dialog "
            "fungovat dobře.")
    kind, _, speaker = only(extract("cs", text), "že vláda")
    assert kind == "indirect" and speaker == "Fiala"


def test_cs_word_lists():
    cs = lang.get("cs")
    assert cs.cue_class("řekl") == "speech" and cs.cue_class("zdůraznil") == "speech"
    assert cs.cue_class("nevyloučil") == "attitude"  # ne- + vyloučit
    assert cs.months()["července"] == 7 and "nikdy" in cs.negators() and cs.modals()["musí"] == "obligation"
