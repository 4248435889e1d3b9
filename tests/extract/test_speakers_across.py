"""Speakers across the article (issue 11, part 2): a quote's speaker is found where news puts it —
a role or pronoun that refers back, a medium that relays a person, dash dialogue. Sentences are
from real news pages (shortened) and, for dialogue, the cases the issue lists."""

from __future__ import annotations

import pytest


from .conftest import found


def speaker_of(text: str, lang: str, needle: str) -> str | None:
    for s in found(text, lang):
        if any(needle in f.text for f in s.content):
            return s.speaker_name
    raise AssertionError(f"no statement holds {needle!r}")


# ukr.life, 10 Oct 2019: a role and a pronoun refer back to the president named in the lead
UK_ROLE = ("Президент України Володимир Зеленський пообіцяв завершити війну з Росією на Донбасі.\n\n"
           "Про це він заявив у четвер, 10 жовтня, в Києві на пресмарафоні.\n\n"
           "“Коли мене обирали президентом, я хочу нагадати якого Зеленського обирало суспільство. "
           "Я така людина!” – сказав глава держави.\n\n"
           "Він також звернув увагу на головну проблему після початку війни на Донбасі.\n\n"
           "“Головна помилка була, коли багато хто приїхав з окупованої частини”, – підкреслив він.")

# news-z.info: a medium relays the president's words; «Глава Украины» refers back to him
RU_RELAY = ("Президент Украины Владимир Зеленский сообщил, что готов оставить свой пост в любой момент "
            "ради предотвращения кровопролитий. Он отметил, что не боится массовых протестов.\n\n"
            "«В любой момент, в любую секунду, если действительно общество не захочет, чтоб я был "
            "президентом, кровопролития не будет»,\n\n"
            "– цитирует РИА Новости заявление президента, сделанное во время пресс-марафона.\n\n"
            "Глава Украины также подчеркнул, что совершенно спокойно относится к возможности ухода.")

# lenta.ru, 28 May 2024: «белорусский лидер», «президент» after the name
RU_ROLE = ("Президент Белоруссии Александр Лукашенко заявил, что не считает себя агрессором. Его цитирует БелТА.\n\n"
           "«Я не хочу никакой войны», — заявил Лукашенко на форуме медийного сообщества Белоруссии в Могилеве.\n\n"
           "При этом белорусский лидер отмечает, что через СМИ он пытается донести народу, что на то, "
           "«что происходит сейчас, и соответственно надо реагировать».\n\n"
           "«Я больше всего, больше, чем миллионы белорусов, не приемлю и не хочу войны», — заявил президент.")


@pytest.mark.parametrize("text,lang,needle,name", [
    (UK_ROLE, "uk", "Я така людина", "Володимир Зеленський"),
    (UK_ROLE, "uk", "Головна помилка", "Володимир Зеленський"),
    (RU_RELAY, "ru", "В любой момент", "Владимир Зеленский"),
    (RU_RELAY, "ru", "спокойно относится", "Владимир Зеленский"),
    (RU_ROLE, "ru", "что происходит сейчас", "Александр Лукашенко"),
    (RU_ROLE, "ru", "не приемлю", "Александр Лукашенко"),
])
def test_roles_pronouns_and_relays_refer_back(text, lang, needle, name):
    assert speaker_of(text, lang, needle) == name


def test_an_unattributed_quote_takes_the_speaker_of_its_paragraph():
    text = ("Kremlin spokesman Dmitry Peskov told reporters that the talks had been useful. "
            "“The work is ongoing.” He declined to say more.")
    assert speaker_of(text, "en", "The work is ongoing") == "Dmitry Peskov"


def test_a_quote_after_an_object_name_is_not_given_to_the_object():
    # «с Путиным» is no subject: the pronoun goes back to Орбан
    text = ("Премьер-министр Венгрии Виктор Орбан провел переговоры с Владимиром Путиным.\n\n"
            "«Позиции очень далеки друг от друга», — сказал он.")
    assert speaker_of(text, "ru", "Позиции очень далеки") == "Виктор Орбан"


def test_a_photo_credit_and_a_dateline_never_speak():
    text = ("French President Emmanuel Macron speaks in Paris. Gonzalo Fuentes/Pool via AP\n\n"
            "PARIS (AP) — French President Emmanuel Macron said Monday that sending troops is not “ruled out”.\n\n"
            "The French leader said that “we will do everything needed”.")
    names = {s.speaker_name for s in found(text, "en")}
    assert names == {"Emmanuel Macron"}


@pytest.mark.parametrize("text,speaker,name", [
    ("– Эй, Газ, – позвал Моаш. – Иди сюда.", "Моаш", "Моаш"),
    ("— Да отчего же вы так думаете? — разгорячаясь спросил Пьер.", "Пьер", "Пьер"),
    ("— Кто там? — сказал сверху женский голос.", "женский голос", None),
    ("— А вы куда? — спросил я.", "я", None),
    ("- Мы не видим готовности к диалогу, - сказал Песков журналистам.", "Песков", "Песков"),
])
def test_dash_dialogue(text, speaker, name):
    st = found(text, "ru")
    assert len(st) == 1 and st[0].type.value == "direct"
    assert st[0].speaker is not None and st[0].speaker.text == speaker
    assert st[0].speaker_name == name


def test_ukrainian_dash_with_an_adverb_before_the_cue():
    st = found("– Ми не боїмося, – цинічно заявив Орбан.", "uk")
    assert [(s.speaker.text, s.speaker_name) for s in st] == [("Орбан", "Орбан")]
