"""Speakers on real RU/UK news (issue 11, branch speak5): a role given by the words a person was
introduced with, common nouns for people as speakers («Жінка каже»), and a short quoted name used
inside its sentence that is no statement."""

from __future__ import annotations

from .conftest import found, one


def test_role_introduced_before_a_name_in_a_case_form_refers_to_it():
    # ru-030: «режиссеру ленты Ахтему Сеитаблаеву» introduces the director; «режиссер» is him
    text = ("Накануне премьеры ведущая Александра Кучеренко задала острые вопросы режиссеру ленты "
            "Ахтему Сеитаблаеву. Александра и Ахтем искренне поговорили о состоянии украинского кино.\n"
            "«Самое сложное в работе над фильмом было сделать его интересным, содержательным и "
            "динамичным», - отметил режиссер экшн-сериала.")
    assert one(text, "ru", "Самое сложное").speaker_name == "Ахтем Сеитаблаев"


def test_common_noun_for_a_person_speaks():
    # uk-055 and uk-052: «Жінка нарікає, що …», «Жінка каже, що …»
    text = ("Ірина Марченко — медичний працівник. Вона зізнається, що досі відчуває страх. "
            "Жінка нарікає, що ніхто не поспішає відновлювати будинки у селі.")
    st = one(text, "uk", "відновлювати будинки")
    assert st.speaker.text == "Жінка" and st.speaker_name == "Ірина Марченко"
    text = ("Лучанка Наталка волонтерить з перших годин війни.\n"
            "Жінка каже, що тоді й гадки не було виїжджати.")
    assert one(text, "uk", "гадки не було").speaker.text == "Жінка"


def test_negotiator_refers_back_to_the_person_introduced():
    # ru-009: «— пояснил украинский переговорщик» after «… в Минске Алексей Резников объяснил …»
    text = ("Украинский переговорщик объяснил сравнение Донбасса с опухолью\n\n"
            "Вице-премьер Украины и замглавы делегации Киева по Донбассу в Минске Алексей Резников "
            "объяснил, почему сравнил регион с опухолью.\n\n"
            "По его словам, речь шла об экологической и экономической обстановке в Донбассе. "
            "Об этом он заявил в эфире телеканала «Украина 24».«Когда я говорю, сравнивая с медицинским диагнозом ситуацию на оккупированных территориях, "
            "я имею в виду экономическую разруху», — пояснил украинский переговорщик.")
    assert one(text, "ru", "медицинским диагнозом").speaker_name == "Алексей Резников"


def test_short_quoted_name_before_a_verb_is_no_statement():
    # uk-058: «Журналісти “УНІАН” поцікавилися думкою ветерана»: “УНІАН” is the outlet's name
    text = ("Один з небагатьох ветеранів прийшов покласти квіти до вічного вогню в Києві.\n\n"
            "Журналісти “УНІАН” поцікавилися думкою ветерана щодо нинішньої війни.")
    assert not [s for s in found(text, "uk") if s.text.strip("“”") == "УНІАН"]
    # ru-064: «Об этом в интервью агентству "Интерфакс-Украина" сообщил …» is no mixed statement
    text = ("Об этом в интервью агентству \"Интерфакс-Украина\" сообщил министр Дмитрий Кулеба.")
    assert not [s for s in found(text, "ru") if s.text.startswith("Об этом")]
    # events_dev (it): a short quote with no capital before its cue is still someone's words
    text = ("Il premier finlandese, Petteri Orpo, ha definito il primo ministro ungherese “irresponsabile e "
            "sleale”. Di “incontro inaccettabile” parla la premier estone, Evika Silina, mentre dalla "
            "Lituania il presidente Gitanas Nauseda avverte.")
    assert one(text, "it", "incontro inaccettabile").speaker_name == "Evika Silina"


def test_unattributed_quote_takes_the_subject_of_the_sentence_before():
    # uk-016: the quote follows a sentence whose subject speaks («Кулеба розповідав»), not the
    # article's main speaker Zelensky, who is named in that sentence only as a genitive
    text = ("Президент Володимир Зеленський провів зустріч із колишнім міністром закордонних справ "
            "України Дмитром Кулебою. Глава держави заявив про важливість посилення українського голосу.\n"
            "«Зустрілися з Дмитром Кулебою. Обговорили ситуацію навколо України», – повідомив Зеленський.\n\n"
            "Нагадаємо, колишній голова МЗС Дмитро Кулеба розповідав, якою була його робота у команді "
            "президента Володимира Зеленського та чому він пішов у відставку. «Ти розумієш, що ти працюєш "
            "у команді, розумієш, що ось тут твої червоні лінії, за які ти гризешся і які захищаєш»")
    assert one(text, "uk", "червоні лінії").speaker_name == "Дмитро Кулеба"
    # two people in the sentence before: nobody is taken from it
    text = ("Володимир Зеленський зустрівся з журналістами.\n\n"
            "Нагадаємо, Дмитро Кулеба і Андрій Сибіга розповідали журналістам про роботу МЗС. «Ти розумієш, що ти "
            "працюєш у команді, розумієш, що ось тут твої червоні лінії, за які ти гризешся»")
    assert one(text, "uk", "червоні лінії").speaker_name not in ("Дмитро Кулеба", "Андрій Сибіга")


def test_about_this_keeps_the_possessive_of_the_according_phrase():
    # ru-009: «По его словам, речь шла … . Об этом он заявил …»: the sentence's own «его» speaks
    text = ("Вице-премьер Украины Алексей Резников объяснил, почему сравнил регион с опухолью.\n\n"
            "По его словам, речь шла об экологической и экономической обстановке в Донбассе, а не о его "
            "жителях. Об этом он заявил в эфире телеканала «Украина 24».")
    st = one(text, "ru", "речь шла")
    assert st.speaker.text == "его" and st.speaker.start == text.index("его")
    assert st.speaker_name == "Алексей Резников"


def test_frame_on_the_line_after_a_marked_quote():
    # ru-029: the attribution stands on its own line after «…», and the role refers to the person
    # introduced with it in the genitive («режиссера Давида Дадунашвили»)
    text = ("Накануне в столице прошла премьера фильма «Свидетель» режиссера Давида Дадунашвили.\n"
            "На первом показе драмы собрались исполнители главных ролей: Карэн Бадалов, Серафима Низовская.\n"
            "«Я восхищен всеми актерами. Огромное им спасибо! Потому что я считаю, что мы попали на 100 "
            "процентов в точку»,\n"
            "— сказал перед показом режиссер.\n"
            "В широкий прокат картина выйдет 17 августа.")
    st = one(text, "ru", "восхищен")
    assert st.speaker.text == "режиссер" and st.speaker_name == "Давид Дадунашвили"
    assert st.text.startswith("«Я восхищен") and st.text.endswith("в точку»")


def test_animate_noun_after_the_cue_is_a_person_described():
    # uk-028: «— сказав український суперважковик»: no role of the pack, but an animate noun,
    # so a description of the article's main speaker, not a body
    text = ("Українець Олександр Усик повідомив, що хоче провести наступний бій проти Ентоні Джошуа\n\n"
            "\"Я не бився один рік, потрібно було трохи часу, щоб розігрітися\", - заявив Усик\n\n"
            "Українець зазначив, що є обов'язковим претендентом на пояс WBO.\n\n"
            "\"Або він б'ється зі мною, або відмовляється. Я чекаю. Я готовий\", - сказав український "
            "суперважковик.")
    st = one(text, "uk", "Я чекаю")
    assert st.speaker.text == "український суперважковик" and st.speaker_name == "Українець Олександр Усик"


def test_medium_citing_a_person_gives_the_floor_to_that_person():
    # uk-019: «Про це повідомляє Українська правда з посиланням на … Олександра Корнієнка»
    text = ("Близько 20 українських народних депутатів наразі перебувають за кордоном.\n\n"
            "Про це повідомляє Українська правда з посиланням на першого заступника спікера Верховної Ради "
            "Олександра Корнієнка у спільному ефірі телеканалів\n\n"
            "“Є різні цифри, не буду зараз конкретизувати… Близько 20 народних депутатів не в Україні”, "
            "– сказав Корнієнко.")
    st = one(text, "uk", "народних депутатів наразі")
    assert st.speaker.text.endswith("Олександра Корнієнка") and "Корнієнко" in st.speaker_name
    # sources in someone's team (ru-019's phrase) are not that person
    text = ("Кулебу найближчим часом можуть звільнити з посади міністра закордонних справ.\n\n"
            "Про це повідомляє Українська правда з посиланням на джерела в команді президента Володимира "
            "Зеленського.")
    assert one(text, "uk", "можуть звільнити").speaker_name != "Володимир Зеленський"



def test_relayed_statement_names_its_speaker_not_the_subject_it_reports_on():
    # ru-023: the person who speaks inside the relayed sentence is the speaker and the span
    text = ("О разоблачении «пророссийского заговора» в Верховной раде заявил депутат украинского парламента "
            "Николай Тищенко, пишет издание «Страна».")
    st = one(text, "ru", "разоблачении")
    assert st.speaker.text.endswith("Николай Тищенко") and st.speaker_name == "Николай Тищенко"
    # ru-048: Klitschko is what The Times wrote about, not who spoke
    text = ("Кличко не впервые конфликтует с коллегами и даже руководством страны. В мае он заявил, что на "
            "Украине «воняет авторитаризмом». Издание The Times писало, что Кличко и президент Владимир "
            "Зеленский фактически находятся в состоянии войны.")
    st = one(text, "ru", "состоянии войны")
    assert st.speaker_name not in ("Кличко", "Владимир Зеленский") and st.speaker.text == "The Times"


def test_abbreviation_with_its_genitive_speaks_as_a_body():
    # uk-033: «повідомила пресслужба ДСНС України»: the body speaks under its own name, no person
    text = ("У Миколаївці Краматорського району Донеччини ворожий безпілотник пошкодив будівлю "
            "пожежно-рятувальної частини. Про це в суботу, 29 листопада, повідомила пресслужба ДСНС України.")
    st = one(text, "uk", "безпілотник")
    assert st.speaker.text == "ДСНС України" and st.speaker_name == "ДСНС України"


def test_inflected_name_takes_the_nominative_the_article_writes():
    # uk-041: «Кирила Буданова» read as «Кирил Буданов» split the person in two
    from parallax.extract.doc import Doc
    from parallax.extract.speaker import Mentions
    from parallax.lang import get

    text = ("Глава ГУР МО відреагував на питання Дмитра Комарова про полювання на Кирила Буданова.\n\n"
            "Кирило Буданов зауважив, що полювання на нього – міра визнання.")
    names = {m.text: m.name for m in Mentions(Doc(text, get("uk"))).items if m.kind == "name"}
    assert names["Кирила Буданова"] == names["Кирило Буданов"] == "Кирило Буданов"


def test_description_never_takes_a_medium_that_spoke_before():
    # contradictions fixture (ru): «– подчеркнул бизнесмен» after «… заявил» given to The Bell
    text = ("Бизнесмен Евгений Пригожин отрицает как свою возможную связь с ЧВК Вагнер, так и факт ее "
            "существования, говорится в расследовании The Bell. Пригожин в комментарии The Bell заявил, что "
            "слухи о связи с военными – это дезинформация от Службы безопасности Украины. «В Минобороны, связи "
            "с которым у меня отсутствуют, я не могу проводить переговоры о финансировании ЧВК, которого не "
            "существует», – подчеркнул бизнесмен.")
    assert one(text, "ru", "В Минобороны").speaker_name == "Евгений Пригожин"


def test_surname_written_lower_case_is_no_description():
    # contradictions fixture (ru): «– заявил путин» is a name in lower case, not a role that
    # refers to the last person named («Владимиром Сальдо»)
    text = ("Владимир путин сегодня, 30 сентября, объявил об аннексии четырех областей Украины.\n\n"
            "В кремле вместе с Денисом Пушилиным, Евгением Балицким, Владимиром Сальдо и Леонидом Пасечником "
            "он подписал незаконные договора.\n\n"
            "«Сегодня мы подписываем договоры о принятии в состав россии четырех новых регионов», – заявил путин.")
    assert one(text, "ru", "подписываем договоры").speaker_name != "Владимир Сальдо"


def test_describe_is_a_speech_cue():
    # ru-057: «"…, — описывает она свой быт. — …"»: the frame of the split quote is its own
    text = ("\"Русских называли \"меншинами\", — вспоминает она. — Мне грозили расправой за то, что я говорю "
            "по-русски. Было страшно\".\n"
            "\"Час идем, жду, потом возвращаемся. Готовим всем подъездом на костре, — описывает она свой быт. — "
            "Ночью плохо сплю — боюсь проспать\".")
    st = one(text, "ru", "Час идем")
    assert st.speaker.start == text.index("она свой быт") and [text[a:b] for a, b in
                                                             ((c.start, c.end) for c in st.cue)] == ["описывает"]


def test_description_opening_the_sentence_before_speaks():
    # uk-058: the quote stands alone after «Дідусь ветеран … сказав дуже правдиві слова.»
    text = ("Один з небагатьох ветеранів прийшов покласти квіти до вічного вогню в Києві.\n\n"
            "Дідусь ветеран був дуже стислий у своєму коментарі, але сказав дуже правдиві слова.\n\n"
            "“Путіна треба повісити та кінчити. Це хіба війна? Це точно геноцид. Ось це геноцид, коли людей "
            "вбивають”.")
    assert one(text, "uk", "Путіна треба").speaker.text.startswith("Дідусь")


def test_role_with_a_capitalised_body_before_the_name_gives_the_name():
    # uk-021: the role's genitive complement holds a body's capitalised name before the person
    text = ("«Очевидно, що сайт Мінрегіону зламали невідомі. Прес-служба міністерства не публікувала такої "
            "інформації», – зазначила керівник Відділу взаємодії із засобами масової інформації та "
            "громадськістю Мінрегіонбуду Надія Петруняк.")
    st = one(text, "uk", "сайт Мінрегіону")
    assert st.speaker_name == "Надія Петруняк" and st.speaker.text.endswith("Надія Петруняк")


def test_role_of_the_pack_still_takes_the_previous_speaker():
    # events_dev (ru): «лидер Франции» after «Это фраза Макрона …» stays Macron
    text = ("Мы сделаем все необходимое для того, чтобы Россия не смогла выиграть эту войну\n\n"
            "27 февраля 2024, 09:39\n\n"
            "Мы сделаем все необходимое для того, чтобы Россия не смогла выиграть эту войну.\n\n"
            "Это фраза Макрона из недавней встречи с главами государств в Елисейском дворце. По результатам "
            "встречи, лидер Франции объявил о создании коалиции по экстренной поддержке Украины.\n\n"
            "Кроме того, Макрон допустил, что западные войска могут быть отправлены на Украину. Сегодня нет "
            "консенсуса по отправке сухопутных войск в официальной манере. Но в развитии ситуации ничего не "
            "может быть исключено, заявил политик.")
    assert one(text, "ru", "коалиции").speaker_name == "Макрон"


def test_propagandists_speak_and_an_oblique_description_is_no_subject():
    # uk-042: «Пропагандисти також написали, що "…"»
    text = ("Нещодавно пропагандистські ресурси Кремля поширили фейкову новину про поранення Буданова. "
            "Пропагандисти також написали, що \"після поранення Буданова вивезли гелікоптером на військову базу "
            "в польському Жешуві\".\n\nПредставник Головного управління розвідки Міноборони Андрій Юсов розповів, "
            "що нещодавно спілкувався з Будановим і той почувається добре.")
    assert one(text, "uk", "вивезли гелікоптером").speaker.text == "Пропагандисти"
    # ru-041: «дал интервью российским пропагандистам и заявил»: the dative is no subject
    text = ("Медведчук дал интервью российским пропагандистам и заявил, что будет \"бороться за другую "
            "Украину\": хочет \"ломать курс Киева\"")
    assert one(text, "ru", "бороться").speaker.text == "Медведчук"
    # events_dev (ru): «поблагодарил российского президента … и назвал»: the subject names, not the object
    text = ("Виктор Орбан поблагодарил российского президента за прием и назвал их нынешнюю встречу особенной.")
    assert one(text, "ru", "встречу особенной").speaker.text == "Виктор Орбан"
