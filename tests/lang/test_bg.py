"""Bulgarian pack: sentences from Bulgarian news pages (faktor.bg, focus-news.net,
trafficnews.bg)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, start, speaker", [
    # fakti.bg, actualno.com: a straight opening mark closed by a curly one; cue forms уточни, поясни
    ("\"Една от причините за миграциите са и климатичните промени\", уточни Борисов.", "Една от", "Борисов"),
    ("\"Проведохме една нормална работна среща“, поясни още лидерът на ГЕРБ.", "Проведохме", "лидерът"),
    ("\"Аз не мога да направя едно изказване без вие да се включите и да ме апострофирате. Не съм си завършил "
     "мисълта\", каза Борисов.", "Аз не мога", "Борисов"),
])
def test_bg_quote_then_cue(extract, only, text, start, speaker):
    kind, content, who = only(extract("bg", text), start)
    assert kind == "direct" and who == speaker and content[0].endswith(("\"", "“"))



def test_bg_cue_before_a_role_and_name_is_no_part_of_it():
    """trafficnews.bg: «каза» ends in -а like a Bulgarian adjective, yet opens no description of the name after it."""
    from parallax.extract.doc import Doc
    from parallax.extract.draft import Context

    text = ("Не използвах думата война, а се позовах на това, което каза президентът Путин и се позовах на факта, че "
            "използването на думата война трябва да е много специфично и отговорно.")
    names = [m.text for m in Context(Doc(text, lang.get("bg"))).mentions.items if m.kind == "name"]
    assert "президентът Путин" in names and not any(n.startswith("каза") for n in names)
