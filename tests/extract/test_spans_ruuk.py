"""Speaker spans and statement bounds on Russian and Ukrainian news, as blind annotators mark them
(issue 11; tests/fixtures/news_ukru). Sentences are from real news pages, shortened."""

from __future__ import annotations

import pytest


from .conftest import found


def holding(text: str, lang: str, needle: str):
    return [s for s in found(text, lang) if any(needle in f.text for f in s.content)]


# firtka.if.ua, 2019: the quotes are addressed to Putin; their speaker is the president
UK_ADDRESSEE = (
    "Президент України Володимир Зеленський вважає, що треба говорити напряму з Володимиром Путіним.\n\n"
    "Він готовий до такої розмови за участю світових лідерів у Мінську.\n\n"
    "Пряма мова (до Путіна звернувся російською): \"Хочу обратиться к президенту РФ Владимиру Путину. "
    "Надо поговорить? Надо. Давайте\".\n\n"
    "\"Мы не меняем и не отказываемся ни от каких дипломатических форматов. Мы предлагаем поговорить\".")


@pytest.mark.parametrize("needle", ["Хочу обратиться", "Мы не меняем"])
def test_an_addressee_is_never_the_speaker_span(needle):
    [s] = holding(UK_ADDRESSEE, "uk", needle)
    assert s.type.value == "direct"
    assert s.speaker is not None and s.speaker.text == "Він"
    assert s.speaker_name == "Володимир Зеленський"


def test_an_adverbial_phrase_between_cue_and_name():
    text = ("Мы вели онлайн боя Усик – Чисора.\n\n"
            "\"Я ожидал такой поединок. Мы даже настраивались на более сложный бой\", – заявил после боя Усик.")
    [s] = holding(text, "ru", "Я ожидал")
    assert s.speaker.start == text.rindex("Усик")


def test_a_role_word_before_the_place_it_wrote_in():
    text = ("Свою реакцию на критику он выразил 13 октября.\n"
            "«Глядя на весь бред и манипуляции, у меня есть один вопрос», — написал мэр в Telegram-канале.")
    [s] = holding(text, "ru", "Глядя на весь бред")
    assert s.speaker.text == "мэр"


def test_about_this_pronoun_gives_the_named_subject_it_points_to():
    text = ("Президент України Володимир Зеленський передбачає, що війна Росії проти України закінчиться "
            "та настане мир у 2023 році. Про це він заявив в інтерв'ю виданню Politico.")
    [s] = holding(text, "uk", "настане мир")
    assert s.speaker.text.endswith("Володимир Зеленський")


def test_a_clause_of_quotations_gives_one_direct_statement_each():
    text = ("Російські пропагандисти повідомили, що \"Буданов був поранений 29 травня під час удару по будівлі "
            "його відомства\" і що \"ракета прилетіла в сусідній із Будановим кабінет\".")
    got = sorted((s.type.value, s.text) for s in found(text, "uk"))
    assert got == [("direct", "\"Буданов був поранений 29 травня під час удару по будівлі його відомства\""),
                   ("direct", "\"ракета прилетіла в сусідній із Будановим кабінет\"")]


def test_a_quote_over_two_paragraphs_without_a_second_opener():
    text = ("\"Я ожидал такой поединок. Мы даже настраивались на более сложный бой. Сегодня себе могу "
            "поставить тройку.\n\nМои планы поехать домой, тренироваться дальше. Я не боксировал один год\", "
            "– заявил после боя Усик.")
    [s] = found(text, "ru")
    assert s.type.value == "direct"
    assert s.text.startswith("\"Я ожидал") and s.text.endswith("один год\"")
    assert s.speaker.text == "Усик"


def test_about_this_opening_a_paragraph_points_to_the_paragraph_before():
    text = ("Від початку повномасштабного вторгнення Україна втратила 111 рятувальників ДСНС. Ще 114 загиблих — "
            "серед волонтерів, які працювали в найнебезпечніших районах.\n\n"
            "Про це повідомив директор Департаменту ДСНС Віктор Вітовецький в коментарі журналістці.")
    [s] = found(text, "uk")
    assert s.type.value == "indirect"
    assert s.text.startswith("Від початку") and s.text.endswith("в найнебезпечніших районах")
    assert s.speaker_name == "Віктор Вітовецький"


def test_about_this_after_a_quoted_paragraph_takes_nothing_from_it():
    text = ("«Мы не ведем никаких переговоров, — сказал он. — Это не обсуждается».\n\n"
            "Об этом заявил пресс-секретарь президента России Дмитрий Песков.")
    assert all(s.type.value == "direct" for s in found(text, "ru"))
