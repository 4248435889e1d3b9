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


def test_a_description_is_fitted_to_a_person_once(monkeypatch):
    """Speed (issue 11: extraction ≥ 1.5× textacy): resolving the speakers asks whether a description fits
    a person for every earlier mention; while the mentions stand the answer is read once per description
    and person, not once per question (the repeated-description rule had slowed RU/UK extraction by a fifth)."""
    from collections import Counter

    from parallax.extract.speaker import Mentions

    asked = Counter()
    fits = Mentions._desc_fits

    def counted(self, m, name):
        asked[(m.start, m.end, name)] += 1
        return fits(self, m, name)

    monkeypatch.setattr(Mentions, "_desc_fits", counted)
    assert one(TEXT, "uk", "Це гарно").speaker_name == "Кирило Буданов"
    assert asked and max(asked.values()) == 1
