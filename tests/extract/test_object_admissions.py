"""An admission whose object is a noun («признался в употреблении допинга», "admitted to doping", «визнав свою
провину») is a statement of what is admitted (issue 12: the contradictions never saw these)."""

from __future__ import annotations

from .conftest import found, holding


def test_russian_admission_in_a_noun_with_the_subject_before_an_interview_partner():
    # postimees.ee, 15 January 2013: «Опрой Уинфри» (instrumental) stands between the subject and the verb
    text = ("Американский велогонщик Лэнс Армстронг во время интервью с американской телеведущей Опрой Уинфри "
            "признался в употреблении допинга.")
    s = holding(text, "ru", "употреблении допинга")
    assert s is not None and s.speaker_name == "Лэнс Армстронг"


def test_russian_admission_in_a_noun_with_the_subject_first():
    # russianla.com (2012)
    text = ('Российский велогонщик команды "Катюша" Денис Галимзянов признался в употреблении запрещенных средств. '
            'О чем сам гонщик сообщил в открытом письме.')
    s = holding(text, "ru", "употреблении запрещенных средств")
    assert s is not None and s.speaker_name == "Денис Галимзянов"


def test_russian_admission_of_a_fact_named_by_a_noun():
    # jojo, 19 January 2013
    text = ("18 января в эфир вышла передача с его участием, на которой Лэнс Армстронг публично признал факт своего "
            "употребления допинга перед соревнованиями.")
    s = holding(text, "ru", "факт своего употребления допинга")
    assert s is not None and s.speaker_name == "Лэнс Армстронг"


def test_english_admission_to_a_noun():
    # guardian.co.uk video page, 18 January 2013
    s = holding("Lance Armstrong admits to doping – video\n\nIn his first interview since being stripped of his "
                "seven Tour de France titles, cyclist Lance Armstrong admits to Oprah Winfrey that he used "
                "performance-enhancing drugs in all of his victories.", "en", "doping")
    assert s is not None and s.speaker_name == "Lance Armstrong"
    # "admits to Oprah Winfrey that …": the addressee is no object, the clause is the content
    told = holding("Cyclist Lance Armstrong admits to Oprah Winfrey that he used performance-enhancing drugs in all "
                   "of his victories.", "en", "he used performance-enhancing drugs")
    assert told is not None and "Oprah" not in told.text


def test_a_passive_admission_to_hospital_is_no_statement():
    assert not found("The singer was admitted to hospital on Monday after a fall.", "en")


def test_a_place_in_a_case_form_before_the_cue_keeps_its_reading():
    # rbc.ua, 17 October 2022: «в Иране … заявили» is no person's name in a case form; nothing changes
    text = ('На фоне массированного налета дронов-камикадзе "Shahed-136" на Киев в Иране в очередной раз заявили, '
            'что не поставляли беспилотники России.')
    s = holding(text, "ru", "не поставляли беспилотники")
    assert s is not None and s.speaker_name != "Киев"
