"""A body that speaks with a third person plural («В пресс-службе премьера считают», «В музее отметили»)
is the body, never the man named before it nor nobody (issue 11, branch person11)."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.model import Article
from parallax.pipeline import process
from parallax.resolve.registry import Registry

# ru-027 (news_ukru): the premier's press office speaks twice after the premier's own statement
RU_027 = ("Премьер-министр Алексей Гончарук направил официальное письмо-обращение к авторам материала Financial "
          "Times о компромиссах с экс-владельцем \"ПриватБанка\" Игорем Коломойским с просьбой опровергнуть "
          "изложенные в ней тезисы. Об этом сообщает пресс-служба премьера.\n"
          "В пресс-службе премьера считают, что информация, которая содержится в материале издания Financial "
          "Times, \"не соответствует принципам объективности, которые должны соблюдать СМИ\".\n"
          "\"Цитата, на которой базируется вывод авторов материала, вырвана из контекста и не является "
          "репрезентативной в контексте всей предоставленной премьер-министром Украины информации\", - говорится "
          "в сообщении.\n"
          "В пресс-службе добавили, что Гончарук \"не предоставлял никакой информации относительно ведения "
          "каких-либо переговоров как с господином Коломойским, так и с любым другим относительно указанного "
          "вопроса\".")


@pytest.mark.parametrize("code, word, expected", [
    ("ru", "считают", "pl"), ("ru", "отмечают", "pl"), ("uk", "зазначають", "pl"), ("ru", "заявили", "pl"),
    ("ru", "заявил", "m"), ("uk", "повідомила", "f"), ("ru", "считает", None), ("uk", "повідомляє", None)])
def test_third_person_plural_in_any_tense_is_plural(code, word, expected):
    assert lang.get(code).verb_gender(word) == expected


def test_present_plural_is_no_past_form():
    assert not lang.get("ru").is_past("считают") and lang.get("ru").is_past("заявили")


def test_press_office_with_a_plural_verb_is_the_body_not_the_premier():
    sts, _ = process(Article(id="ru-027", text=RU_027, content_hash="h", language="ru"), Registry.load())
    first = next(s for s in sts if "объективности" in s.text)
    later = next(s for s in sts if "переговоров" in s.text)
    assert first.person_kind == "institution" and "Press Service" in first.person_name
    assert later.person_id == first.person_id
    assert first.person_name == "Press Service of the Prime Minister of Ukraine"


# ru-070 (news_ukru): a museum speaks through its press office, then as «в музее»
RU_070 = ("Время работы выставки «Василий Суриков. К 175-летию со дня рождения» в Русском музее продлили до 23:00. "
          "Об этом сообщила пресс-служба учреждения.\n"
          "В музее отметили, что экспозиция открыта до 10 июня. Каждый день выставка будет работать до 23:00 за "
          "исключением вторника — выходного дня.")


def test_museum_with_a_plural_verb_speaks_as_a_body():
    sts, _ = process(Article(id="ru-070", text=RU_070, content_hash="h", language="ru"), Registry.load())
    said = next(s for s in sts if "экспозиция открыта" in s.text)
    assert said.speaker is not None and said.speaker.text == "музее"
    assert said.person_kind == "institution" and said.person_name.endswith("Museum")
