"""Speakers on real RU/UK news (issue 11, branch speak6): a publishing verb that frames the quote
closing right before it («…», — передаёт ТАСС слова Доценко) gives the quote its cue and the
person whose words are relayed; a short quoted name qualifies the subject before a cue («источники
«РИА Новости» и «Интерфакса» сообщили»); a sentence glued to a closing mark («…правду».2 ноября)
is its own; a claim named as a cue's object («утверждения источников Reuters о том, что …»)
is its holder's."""

from __future__ import annotations

from parallax.lang import get as get_language

from .conftest import found, one


def test_publishing_verb_after_a_quote_frames_it_for_the_person_relayed():
    # ru-035: the outlet relays Dotsenko's words; the span is the mention in the frame
    text = ("Финалист конкурса на право принимать Евровидение на Украине будет объявлен 1 августа. Об этом "
            "сегодня сообщила пресс-секретарь министра культуры Украины Юлия Доценко.\n\n"
            "«Скорее всего, сегодня не будет оглашен город проведения Евровидения. Будет объявлено об этом, "
            "как ранее и планировалось, 1 августа», — передаёт ТАСС слова Доценко.")
    st = one(text, "ru", "Скорее всего")
    assert [c.text for c in st.cue] == ["передаёт"] and st.speaker.text == "Доценко"
    # exp.idk.ru (2011): no comma before the dash; the quote was not found at all before
    text = ("«Аграрный фонд буквально вчера выделил 25 тыс. тонн муки, и выделяет по графику, и проблем с "
            "зерном и с мукой как раз ни в аграрном фонде, ни на рынке нет, и не должно быть» – цитирует "
            "слова Н. Присяжнюка РБК-Украина.")
    st = one(text, "ru", "Аграрный фонд")
    assert st.type.value == "direct" and [c.text for c in st.cue] == ["цитирует"] and "Присяжнюка" in st.speaker.text


def test_publishing_verb_is_no_cue_away_from_a_quote():
    # ru-043: «…, передает РИА Новости» relays a report of an event, not a statement of the outlet
    text = ("В среду Путин впервые приехал в СовФед после возвращения на пост главы государства, "
            "передает РИА Новости.")
    assert found(text, "ru") == []


def test_quoted_outlet_names_qualify_an_anonymous_subject():
    # ru-045: «источники «РИА Новости» и «Интерфакса»» speak, not the minister quoted before them
    text = ("«В ближайшее время она будет уже ясна, так что немножко подождем», - сказал министр.\n"
            "Ранее источники источники «РИА Новости» и «Интерфакса» сообщили, что Антон Силуанов в новом "
            "правительстве России будет курировать весь экономический блок, сохранив при этом пост главы Минфина.")
    st = one(text, "ru", "курировать")
    assert st.speaker.text == "источники" and text[st.speaker.start - 11:st.speaker.start] != "Ранее источ"
    assert st.speaker_name is None
    # crimea-news.org (2015): the quoted name before an aside («, знакомый с ситуацией,»)
    text = ("Пресс-секретарь правительства Наталья Тимакова не ответила на запрос «Газеты.Ru». Другой источник "
            "«Газеты.Ru», знакомый с ситуацией, сказал, что большинство сотрудников министерства должны будут "
            "покинуть московский офис на Трубниковском переулке, 19-го уже на следующей неделе, а именно 15 июля.")
    st = one(text, "ru", "покинуть московский офис")
    assert st.speaker.text == "Другой источник" and st.speaker_name is None


def test_quoted_name_after_a_case_form_is_no_subject():
    # ru-064: «в интервью агентству "Интерфакс-Украина"» is where it was said; the dative is no speaker
    text = ("Единственный министр в правительстве Дениса Шмыгаля, который пользуется поддержкой руководителя "
            "партии \"Голос\" и первого заместителя председателя комитета Верховной Рады по вопросам цифровой "
            "трансформации Киры Рудик - это руководитель министерства цифровой трансформации Михаил Федоров. "
            "Об этом в интервью агентству \"Интерфакс-Украина\" заявила сама народный депутат.")
    assert all(s.speaker is None or s.speaker.text != "агентству" for s in found(text, "ru"))


def test_sentence_glued_after_a_closing_quote_mark_is_its_own():
    # ru-009: «… правду».2 ноября …: the next sentence's subject is Reznikov, not the «он» of the first
    text = ("По его словам, речь шла об экологической и экономической обстановке в Донбассе, а не о его жителях. "
            "Об этом он заявил в эфире телеканала «Украина 24».«Когда я говорю, сравнивая с медицинским "
            "диагнозом ситуацию на оккупированных территориях, я имею в виду экономическую разруху этих "
            "территорий, экологическое загрязнение, радиационный фон, пропаганду, которой насыщены люди, "
            "проживающие там в качестве заложников», — пояснил украинский переговорщик и добавил, что «нужно говорить правду».2 ноября в "
            "эфире «5 канала» Резников сравнил регион с опухолью, отметив, что эти территории в том числе "
            "«больны ментально».")
    assert one(text, "ru", "больны ментально").speaker.text == "Резников"
    assert [s.text for s in found(text, "ru") if "правду" in s.text] == ["«нужно говорить правду»"]
    # ru.wikipedia, «Отцы и дети»: the same missing space, no statement in it
    text = ("«Отцы и дети» (рус. дореф. Отцы и Дѣти) — роман И. С. Тургенева, написанный в 1860—1861 годах и "
            "опубликованный в 1862 году в журнале «Русский вестник».В обстановке «великих реформ» книга стала "
            "сенсацией и привлекла к себе всеобщее внимание.")
    sents = [s.text for s in get_language("ru").sentences(text)]
    assert sents[-1] == "В обстановке «великих реформ» книга стала сенсацией и привлекла к себе всеобщее внимание."
    assert sents[-2].endswith("«Русский вестник».")


def test_claim_named_as_the_cue_object_is_its_holders():
    # ru-003: Peskov declines to comment on the sources' claim; the claim is theirs
    text = ("Москва. 23 января. INTERFAX.RU - Пресс-секретарь президента России Дмитрий Песков не стал "
            "комментировать утверждения источников Reuters о том, что Владимир Путин уже считает достигнутыми "
            "цели СВО.")
    st = one(text, "ru", "достигнутыми")
    assert st.speaker.text == "источников Reuters" and [c.text for c in st.cue] == ["утверждения"]
    # durys-info.com: the holder named in the genitive, with his role, takes his own name
    text = ("Официальный представитель Кремля Дмитрий Песков не стал комментировать заявление президента "
            "Украины Владимира Зеленского в интервью CNN о том, что Российская Федерация якобы поставляет "
            "Ирану беспилотные летательные аппараты «Герань». Об этом пишет ТАСС.")
    st = one(text, "ru", "поставляет")
    assert st.speaker_name == "Владимир Зеленский" and [c.text for c in st.cue] == ["заявление"]
    # ria24.today: information is no one's claim; the subject who calls it fake still speaks
    text = ("Пресс-секретарь президента России Дмитрий Песков назвал фейком информацию о том, что Москва "
            "готовит провокацию в Украине, чтобы затем оправдать свое вторжение.")
    assert one(text, "ru", "провокацию").speaker_name == "Дмитрий Песков"
