"""Polish pack: sentences from Polish news pages (interia.pl, wp.pl)."""

from __future__ import annotations

from parallax import lang


def test_pl_dash_introduced_speech_with_trailing_frame(extract, only):
    text = ("- Wydaje mi się, że do najbardziej zatwardziałych pisowskich głów wreszcie dociera, że coś się "
            "zmieniło po październiku. Chyba skapitulowali przed rzeczywistością i faktami. Oczekiwania ludzi, "
            "interes społeczny to jest silniejsze od partyjnej zaciekłości - powiedział Donald Tusk.")
    kind, content, speaker = only(extract("pl", text), "Wydaje mi się")
    assert kind == "direct" and speaker == "Donald Tusk" and content[0].endswith("zaciekłości")


def test_pl_dropped_subject_after_dash(extract, only):
    text = ("Tusk jest jedynym kandydatem na szefa ugrupowania.\n"
            "- To pierwszy etap budowania silnej opozycji, mam nadzieję, że na tyle silnej, by zmienić władzę "
            "w Polsce - stwierdził.")
    kind, _, speaker = only(extract("pl", text), "To pierwszy etap")
    assert kind == "direct" and speaker is None


def test_pl_sentence_opened_by_the_cue(extract, only):
    text = ("Przekazał też, że w rozmowach z unijnymi urzędnikami opowiada się za naciskaniem na rząd PiS, "
            "ale nie chce, żeby karano finansowo Polaków.")
    kind, _, _ = only(extract("pl", text), "że w rozmowach")
    assert kind == "indirect"


def test_pl_word_lists():
    pl = lang.get("pl")
    assert pl.cue_class("podkreślił") == "speech" and pl.cue_class("zapewniał") == "speech"
    assert pl.months()["lipca"] == 7 and pl.number_words()["tysięcy"] == 1000
    assert "nigdy" in pl.negators() and pl.negator_prefixes() == ("żadn",)
    assert pl.modals()["musi"] == "obligation" and pl.hedges()["prawie"] == "almost"
    assert pl.pronouns["ona"] == ("f", "sg") and "premier" in pl.role_nouns
