"""Issue 11 (found on real coverage): German perfects whose participle is the cue ("Macron hat …
nicht ausgeschlossen"), trailing frames followed by where the words were said ("…, заявил Орбан на
пресс-конференции …"), sentences that point back at the one before ("Lo ha affermato …") and a
quoted infinitive after the addressee ("закликав європейців «виготовляти більше»"). Sentences are
from real news reports of the Paris Ukraine conference (Feb 2024) and Orbán's Moscow visit (Jul 2024)."""

from __future__ import annotations

from .conftest import found, holding


def test_german_perfect_with_an_attitude_participle():
    text = ("Frankreichs Präsident Emmanuel Macron hat den Einsatz von Bodentruppen in der Ukraine durch sein "
            "Land nicht ausgeschlossen.")
    s = holding(text, "de", "Bodentruppen")
    assert s is not None and s.speaker_name == "Emmanuel Macron" and s.cue[0].text == "ausgeschlossen"
    assert s.content[0].text.startswith("den Einsatz")  # the frame "Macron hat" is no content


def test_german_perfect_subject_after_a_fronted_adverbial():
    text = ("Auf einer internationalen Ukraine-Konferenz in Paris hat Frankreichs Präsident Emmanuel Macron (46) "
            "am Montag eine Koalition für Mittel- und Langstreckenraketen für Kiew angekündigt.")
    s = holding(text, "de", "Koalition")
    assert s is not None and s.speaker_name == "Emmanuel Macron"


def test_german_passive_participle_stays_no_cue():
    assert found("Ein Einsatz von Bodentruppen ist ausgeschlossen.", "de") == []
    s = holding('"Nichts sei ausgeschlossen", sagte Macron.', "de", "Nichts")
    assert s is not None and s.cue[0].text == "sagte"


def test_trailing_frame_followed_by_its_venue_ru():
    text = ("Позиции России и Украины в вопросе урегулирования конфликта далеки друг от друга, заявил премьер "
            "Венгрии Виктор Орбан на пресс-конференции по итогам переговоров с российским президентом "
            "Владимиром Путиным.")
    s = holding(text, "ru", "далеки друг от друга")
    assert s is not None and s.speaker_name == "Виктор Орбан"
    assert s.content[0].text.startswith("Позиции России")


def test_pointer_opening_reports_the_sentence_before_it():
    text = ("Al vertice dei leader europei a Parigi è stata sollevata la questione dell'invio di truppe occidentali "
            "in Ucraina, ma i presenti non erano d'accordo su questo tema.\n"
            "Lo ha affermato il presidente francese Emmanuel Macron, scrive Le Figaro.")
    s = holding(text, "it", "Al vertice dei leader")
    assert s is not None and s.speaker_name == "Emmanuel Macron" and s.cue[0].text == "affermato"


def test_pronoun_object_without_pointer_opening_is_no_report_it():
    assert holding("Il presidente lo ha detto ieri. Poi lo ha affermato anche Macron.", "it", "Il presidente") is None


def test_trailing_frame_with_another_cue_after_its_venue_stays_out_ru():
    text = ("Позиции сторон далеки друг от друга, заявил Орбан на пресс-конференции, где Путин сказал, что "
            "переговоры продолжатся.")
    assert holding(text, "ru", "Позиции сторон") is None


def test_quoted_infinitive_after_the_addressee_uk():
    text = "Також президент Франції закликав європейців «виготовляти більше» відповідного озброєння."
    s = holding(text, "uk", "виготовляти більше")
    assert s is not None and s.type.value == "mixed" and s.speaker.text == "президент Франції"
    assert s.content[0].text.startswith("європейців")


def test_quoted_noun_after_the_cue_is_no_infinitive_uk():
    assert found("Президент закликав «Укрзалізницю» до відповідальності.", "uk") == []
