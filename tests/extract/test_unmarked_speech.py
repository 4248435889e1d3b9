"""Issue 11: Russian/Ukrainian speech without quotation marks (a frame line after the words, ", — said X"
on the same line, interview turns, a speaker's header line) and the people behind roles and
abbreviations. Texts are shortened excerpts of real news pages (tests/fixtures/news_ukru sources)."""

from __future__ import annotations

from parallax import extract
from parallax.extract.doc import Doc
from parallax.extract.draft import Context
from parallax.lang import get

from .conftest import found


def holding(text: str, lang: str, needle: str):
    for s in found(text, lang):
        if any(needle in f.text for f in s.content):
            return s
    raise AssertionError(f"no statement holds {needle!r}")


def mentions(text: str, lang: str):
    return Context(Doc(text, get(lang))).mentions.items


def test_frame_line_after_unmarked_paragraphs():
    text = ("Речник командування Повітряних сил ЗСУ Юрій Ігнат в ефірі телеканалу прокоментував вибухи.\n"
            "Як Ігнат оцінює події?\n"
            "Як би ворог не хотів – ми ще нічого не починали. Ось так можна охарактеризувати ці події.\n"
            "Їм треба почухати потилицю, подумати. Ймовірно, дещо відтермінують, хоч це тільки припущення,\n"
            "– сказав речник командування Повітряних сил ЗСУ.")
    s = holding(text, "uk", "ми ще нічого не починали")
    assert s.type.value == "direct"
    assert s.content[0].text.startswith("Як би ворог") and s.content[0].text.endswith("тільки припущення")
    assert s.speaker_name == "Юрій Ігнат"


def test_comma_dash_frame_makes_the_whole_line_direct():
    text = ("Министр иностранных дел Украины Дмитрий Кулеба подал заявление об уходе, написал глава Верховной "
            "рады Руслан Стефанчук.\n"
            "В Верховную раду поступило заявление министра об отставке. Заявление будет рассмотрено на одном из "
            "ближайших пленарных заседаний, — заявил глава Верховной рады.")
    s = holding(text, "ru", "поступило заявление")
    assert s.type.value == "direct"
    assert s.content[0].text == ("В Верховную раду поступило заявление министра об отставке. Заявление будет "
                                 "рассмотрено на одном из ближайших пленарных заседаний")
    assert s.speaker_name == "Руслан Стефанчук"


def test_dialogue_line_before_a_comma_dash_frame_joins_it():
    text = ("Какая была самая сложная задача, решена ли она?\n"
            "- Самая сложная задача — вернуть доверие людей к власти. Вся моя работа посвящена этой цели.\n"
            "Я стараюсь, чтобы наша команда работала по этим принципам, - ответил врио губернатора.")
    s = holding(text, "ru", "вернуть доверие")
    assert s.type.value == "direct" and s.content[0].text.endswith("по этим принципам")
    assert s.content[0].text.startswith("Самая сложная задача")


def test_turns_under_a_speaker_header():
    text = ("Зеленский:\n\n"
            "- Послушайте, мы не отступаем, я доволен. Мы теряем людей, я не доволен;\n\n"
            "- Мы хотели получить более быстрые результаты контрнаступления. И это факт;")
    got = [s for s in found(text, "ru") if s.type.value == "direct"]
    assert [s.content[0].text for s in got] == [
        "Послушайте, мы не отступаем, я доволен. Мы теряем людей, я не доволен",
        "Мы хотели получить более быстрые результаты контрнаступления. И это факт"]
    assert {s.speaker_name for s in got} == {"Зеленский"}


def test_interview_answers_go_to_the_interviewee():
    text = ("Евгения Медведева рассказала, почему не приглашала на интервью Этери Тутберидзе.\n\n"
            "Двукратная чемпионка мира по фигурному катанию ведет собственное шоу.\n\n"
            "– Есть кто-то, кто тебе отказал в интервью?\n\n"
            "– Да много.\n\n"
            "– Ты обижаешься?\n\n"
            "– Нет, конечно. Я сколько раз отказывала, сколько раз оттягивала. Это все рабочие моменты.")
    answers = [s for s in found(text, "ru") if s.type.value == "direct"]
    assert [s.content[0].text for s in answers] == [
        "Да много", "Нет, конечно. Я сколько раз отказывала, сколько раз оттягивала. Это все рабочие моменты"]
    assert {s.speaker_name for s in answers} == {"Евгения Медведева"}


def test_interview_without_an_introduction_names_nobody():
    text = ("– Лізо, добрий вечір.\n– Добрий вечір.\n"
            "– Коли ти востаннє бачила Михайла Саакашвілі?\n"
            "– Це було минулого тижня. Я приїхала до Тбілісі в четвер.")
    answers = [s for s in found(text, "uk") if s.type.value == "direct"]
    assert answers and all(s.speaker_name != "Михайло Саакашвілі" for s in answers)


def test_abbreviations_are_institutions_and_a_role_with_one_is_a_description():
    ms = mentions("Про це повідомили у ЗСУ. Голова ОВА заявив, що ворог обстріляв громади.", "uk")
    zsu = next(m for m in ms if m.text == "ЗСУ")
    assert zsu.person is False
    assert any(m.kind == "desc" and m.text == "Голова ОВА" for m in ms)


def test_role_with_an_abbreviation_is_the_person_it_was_spelled_out_with():
    text = ("Глава Верховной Рады Дмитрий Разумков заявил, что проверка на полиграфе не должна быть напоказ.\n\n"
            "Дмитрий Песков в эфире отказался от комментариев.\n\n"
            "\"Я надеюсь, что информация не подтвердится\", - добавил председатель ВР.")
    assert holding(text, "ru", "не подтвердится").speaker_name == "Дмитрий Разумков"
    text = ("В інтерв'ю керівник Головного управління розвідки Міноборони України Кирило Буданов розповів про "
            "замахи. Голова СБУ Василь Малюк заявив, що на Буданова готували замах.\n"
            "\"Він молодець\", – сказав керівник ГУР.")
    assert holding(text, "uk", "Він молодець").speaker_name == "Кирило Буданов"


def test_a_role_right_after_a_speaker_named_without_one_is_that_speaker():
    text = ("Силуанов также рассказал о совмещении должностей. Он пояснил, что окончательный вариант будет "
            "утвержден позже. «В ближайшее время она будет уже ясна, так что немножко подождем», - сказал министр.")
    assert holding(text, "ru", "немножко подождем").speaker_name == "Антон Силуанов" or \
        holding(text, "ru", "немножко подождем").speaker_name == "Силуанов"


def test_nominatives_follow_the_verb_and_stay_singular():
    ms = mentions("Евгения Медведева рассказала о шоу. Антон Силуанов сообщил о бюджете.", "ru")
    names = {m.name for m in ms if m.kind == "name"}
    assert {"Евгения Медведева", "Антон Силуанов"} <= names


def test_the_narrator_is_no_name():
    ms = mentions("Я оптимист. Я сколько раз отказывала.", "ru")
    assert not any(m.kind == "name" for m in ms)
