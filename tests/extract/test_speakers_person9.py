"""People on real RU/UK news (issue 11, branch person9): a single capital letter with no full stop
after it («в соцмережі Х Тихий»: the network X) is no initial, so it opens no name; the surname after
it joins the person the article introduced."""

from __future__ import annotations

from .conftest import found, one


def test_lone_letter_opens_no_name():
    # uk-062 (Цензор.НЕТ): «Х» is the network; the pronoun is the spokesman named in the lead
    text = ("Речник Міністерства закордонних справ України Георгій Тихий різко відповів на заяви речниці "
            "МЗС Росії Марії Захарової, які були спрямовані проти президента України Володимира Зеленського.\n\n"
            "Про це він написав в соцмережі Х Тихий, інформує Цензор.НЕТ.\n\n"
            "Росія замість конструктивного діалогу продовжує особисті нападки.\n\n"
            "\"Замість того, щоб Путін зустрівся з президентом Володимиром Зеленським у Туреччині та серйозно "
            "поговорив про припинення війни та відновлення миру, те, що ми чуємо від Росії, є особистими "
            "образами на адресу українського президента\", - заявив він.")
    st = one(text, "uk", "Замість того")
    assert st.speaker.text == "він" and st.speaker_name == "Георгій Тихий"
    assert all(s.speaker_name != "Х Тихий" for s in found(text, "uk"))


def test_initial_with_full_stop_still_opens_a_name():
    # the rule keeps real initials («Н. Присяжнюка», exp.idk.ru 2011)
    text = ("«Аграрный фонд буквально вчера выделил 25 тыс. тонн муки, и выделяет по графику», – цитирует "
            "слова Н. Присяжнюка РБК-Украина.")
    st = one(text, "ru", "Аграрный фонд")
    assert "Н. Присяжнюка" in st.speaker.text
