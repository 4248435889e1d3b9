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


def test_specific_role_takes_the_one_person_named_with_it_after_the_quote():
    # ru-049 (2024): the excerpt names the mayor only after his quote, with his role in a case form
    text = ("Свою реакцию на критику со стороны украинского лидера он выразил 13 октября в социальных сетях.\n"
            "«Глядя на весь бред и манипуляции, которые несутся в последние дни, у меня есть один вопрос: "
            "поврежденные вражескими ракетами и дронами объекты критической инфраструктуры не защитил тоже "
            "Кличко?» — написал мэр в Telegram-канале.\n"
            "Ранее, 13 октября, глава киевской городской военной администрации Тимур Ткаченко сообщил, что "
            "обратился в правоохранительные органы и генштаб Украины с требованием проверить деятельность "
            "мэра Киева Виталия Кличко по обеспечению безопасности столицы.")
    st = one(text, "ru", "Глядя на весь бред")
    assert st.speaker.text == "мэр" and st.speaker_name == "Виталий Кличко"


def test_role_named_after_with_two_holders_takes_nobody():
    # the same frame when two people carry the role later: no guess
    text = ("«Мы не получили ни одного ответа», — написал мэр в Telegram-канале.\n"
            "Ранее мэр Харькова Игорь Терехов и мэр Одессы Геннадий Труханов обратились к правительству.")
    st = one(text, "ru", "ни одного ответа")
    assert st.speaker_name is None


def test_generic_head_is_not_taken_from_a_name_after_it():
    # «глава» is generic: a head of anything named later is no referent
    text = ("«Работы продолжаются круглосуточно», — сказал глава.\n"
            "Ранее глава киевской городской военной администрации Тимур Ткаченко обратился в генштаб.")
    st = one(text, "ru", "Работы продолжаются")
    assert st.speaker_name is None


def test_pronoun_is_not_the_person_its_quote_names():
    # uk-008 (2024): the colonel thanks his commander by name; «він» is the colonel, not the commander
    text = ("Воєнний речник Повітряних сил ЗСУ, який протягом двох років повномасштабної війни інформував націю "
            "про найголовніші події у небі, вперше прокоментував своє звільнення.\n"
            "З посади керівника служби зв’язків з громадськістю Ігната зняли напередодні, 16 березня. Про його "
            "відставку повідомив командувач Микола Олещук. За словами військового, на роботі було важко, але за "
            "неї точно не буде соромно.\n"
            "\"Дякую усім медіа, з ким довелось працювати. Усім, хто допомагав, і всім, хто критикував. Дякую "
            "командувачу Повітряних Сил Миколі Олещуку та керівному складу нашого виду за підтримку та велику "
            "довіру. Це - головне в нашій роботі!\" - написав він у Facebook.")
    st = one(text, "uk", "Дякую усім медіа")
    assert st.speaker.text == "він" and st.speaker_name == "Ігнат"


def test_pronoun_keeps_a_person_whose_namesake_the_quote_names():
    # only the full name excludes: the president thanking his wife is still the president
    text = ("Президент України Володимир Зеленський виступив у Верховній Раді.\n"
            "\"Дякую Олені Зеленській за її роботу з дітьми\", - сказав він.")
    st = one(text, "uk", "Дякую Олені")
    assert st.speaker_name == "Володимир Зеленський"


def test_plural_description_is_no_one_person():
    # uk-024 (Суспільне): the broadcaster's correspondents, not the man the paragraph before is about
    text = ("Під час розмови із кореспонденткою Суспільного Мацука відмовився коментувати наведену інформацію.\n\n"
            "24 травня Мацука повідомив, що йде з посади. Новим гендиректором агенства призначили Сергія Череватого.\n"
            "У Харкові було чутно вибух, ймовірно, за межами міста, повідомляють наші кореспонденти.")
    st = one(text, "uk", "чутно вибух")
    assert st.speaker.text == "кореспонденти" and st.speaker_name is None


def test_genitive_singular_that_reads_as_plural_too_still_refers_back():
    # «главы» is also a nominative plural: only a word with no singular reading is plural
    text = ("Глава МИД России Сергей Лавров провел переговоры в Анкаре.\n"
            "По словам главы ведомства, стороны договорились продолжить контакты.")
    st = one(text, "ru", "договорились")
    assert st.speaker_name == "Сергей Лавров"


def test_adjective_before_a_district_is_a_place_not_a_surname():
    # uk-064 (2024): «Прилуцького району» is the district; the administration speaks, no person
    text = ("Через ракетні удари у декількох селах Прилуцького району Чернігівської області оголосили "
            "евакуацію мешканів регіону.\n"
            "Про це повідомили у Чернігівській ОВА. За інформацією адміністрації, евакуюють села Заїзд, "
            "Петрівське, Тихе та Сухоставець.")
    assert all(s.speaker_name != "Прилуцький" for s in found(text, "uk"))


def test_surname_before_a_verb_stays_a_person():
    # the rule needs a place noun right after the word: «Прилуцький заявив» is a man
    text = "Депутат Олег Прилуцький заявив, що громада отримає нову школу."
    st = one(text, "uk", "громада отримає")
    assert st.speaker_name == "Олег Прилуцький"


def test_full_name_in_a_case_form_is_no_subject_for_a_description():
    # uk-041 (РБК-Україна): «на питання Дмитра Комарова» is the interviewer asked about; the head of
    # intelligence is the man hunted, named nearest before «очільника української розвідки»
    text = ("У документальному фільмі \"Рік. За кадром. Розвідник\" глава ГУР МО відреагував на питання "
            "Дмитра Комарова про полювання на Кирила Буданова. За словами очільника української розвідки, "
            "йому \"це подобається\".\n\n"
            "Кирило Буданов зауважив, що полювання на нього – міра визнання.")
    st = one(text, "uk", "подобається")
    assert st.speaker_name == "Кирило Буданов"
    assert all(s.speaker_name != "Дмитро Комаров" for s in found(text, "uk"))


def test_full_name_in_the_nominative_stays_a_subject():
    text = "Речник Кремля Дмитро Пєсков заявив, що переговорів не буде."
    st = one(text, "uk", "переговорів")
    assert st.speaker_name == "Дмитро Пєсков"


def test_person_named_only_in_case_forms_is_not_the_main_speaker():
    # uk-053 (ГОРДОН): the interview is about Saakashvili, named only as an object; his name is
    # not the speaker of the interviewer's or the guest's lines
    text = ("– Лізо, добрий вечір.\n– Добрий вечір.\n"
            "– Я рада тебе бачити, рада тебе чути. Я хотіла б запропонувати, щоб ми робили це інтерв’ю "
            "російською. Тому що ми робитимемо його для YouTube, і нас дивитиметься багато-багато людей у "
            "різних країнах.\n– Думаю, що це правильно. Добре, давайте російською.\n"
            "– На ти, як завжди?\n– На ти, так.\nСкріншот: Алеся Бацман / YouTube\n"
            "– Почнімо з найголовнішого на сьогоднішній момент. Розкажи, будь ласка: коли ти востаннє бачила "
            "Михайла Саакашвілі? І про що ви говорили?\n"
            "– Це було минулого тижня, у п'ятницю. Я приїхала до Тбілісі в четвер, [14 жовтня], коли ще був "
            "мітинг на його підтримку. І в п'ятницю ми з ним бачилися приблизно чотири години (після інтерв'ю "
            "Ясько ще раз зустрічалася із Саакашвілі у в'язниці. – \"ГОРДОН\").")
    assert all(s.speaker_name != "Михайло Саакашвілі" for s in found(text, "uk"))
