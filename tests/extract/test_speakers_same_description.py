"""A description repeated in an article refers to the person its first use did (issue 11, branch
person11): «очільник української розвідки» twice is one man, not the last person named between."""

from __future__ import annotations

from .conftest import one

TEXT = ("У документальному фільмі \"Рік. За кадром. Розвідник\" глава ГУР МО відреагував на питання "
        "Дмитра Комарова про полювання на Кирила Буданова. За словами очільника української розвідки, "
        "йому \"це подобається\".\n\n"
        "Кирило Буданов зауважив, що полювання на нього – міра визнання.\n\n"
        "Дмитро Комаров зауважив, що у росЗМІ найпопулярніше словосполучення, пов'язане з главою ГУР МО – "
        "\"терорист Буданов\". На це очільник української розвідки усміхнувся та сказав: "
        "\"Це гарно. Мені це подобається\".")


def test_repeated_description_keeps_its_first_referent():
    assert one(TEXT, "uk", "Це гарно").speaker_name == "Кирило Буданов"


def test_description_with_another_complement_is_not_taken_for_the_same():
    # «очільник» with another body is someone new: the rule does not give it the first description's man
    text = TEXT.replace("На це очільник української розвідки", "На це очільник української делегації")
    assert one(text, "uk", "Це гарно").speaker_name != "Кирило Буданов"
