"""Institutions as speakers (issue 11 part 3, branch person10): a body that speaks gets an identity of its
own (``body:`` ids, an English canonical name, ``person_kind == "institution"``), never a person; the
sentences are from real Ukrainian and Russian news (tests/fixtures/news_ukru)."""

from __future__ import annotations

import pytest

from parallax.model import Article, person_kind
from parallax.pipeline import process
from parallax.report.records import statement_record
from parallax.resolve.institutions import canonical_name, is_body_reference
from parallax.resolve.registry import Registry

# uk-033 (livyibereg.kyiv.ua): a press office speaks for its body; «у повідомленні» refers back to it
UK_033 = ("На Донеччині ворожий дрон пошкодив будівлю пожежно-рятувальної частини\n"
          "У Миколаївці Краматорського району Донеччини ворожий безпілотник пошкодив будівлю "
          "пожежно-рятувальної частини. Про це в суботу, 29 листопада, повідомила пресслужба ДСНС України.\n"
          "“Попри загрози, підрозділи ДСНС продовжують службу та допомагають людям. Атака вкотре демонструє "
          "цинічні дії ворога, який б’є навіть по тих, хто рятує життя”, – йдеться у повідомленні.")
# uk-064 (greenpost.ua): a place adjective before an abbreviated body; «адміністрації» refers back to it
UK_064 = ("Через ракетні удари у декількох селах Прилуцького району Чернігівської області оголосили евакуацію "
          "мешканів регіону.\nПро це повідомили у Чернігівській ОВА. За інформацією адміністрації, евакуюють "
          "села Заїзд, Петрівське, Тихе та Сухоставець.")
# ru-044 (vesti): a ministry named without its state belongs to the state the article names
RU_044 = ("В связи с тем, что Министр финансов России Алексей Кудрин доставлен в больницу с воспалением легких, "
          "он не будет принимать участие в заседании правительства РФ в среду.\n\n"
          "\"Врачи рекомендовали министру не покидать больницу\", - сказали в Минфине.")


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def _linked(registry, doc_id, text, lang):
    sts, people = process(Article(id=doc_id, text=text, content_hash="h", language=lang), registry)
    return sts, people


def test_press_office_speaks_as_its_body_and_a_document_refers_back(registry):
    sts, people = _linked(registry, "uk-033", UK_033, "uk")
    first = next(s for s in sts if "Миколаївці" in s.text)
    quote = next(s for s in sts if "Попри загрози" in s.text)
    assert first.person_name == "State Emergency Service of Ukraine"
    assert first.person_kind == "institution" and first.person_id.startswith("body:")
    assert quote.person_id == first.person_id and quote.person_rule == "body-reference"
    assert not any(p.id == first.person_id for p in people)  # never stored among the people


def test_place_adjective_and_generic_noun(registry):
    sts, _ = _linked(registry, "uk-064", UK_064, "uk")
    first = next(s for s in sts if "ракетні удари" in s.text)
    later = next(s for s in sts if "евакуюють" in s.text)
    assert first.person_name == "Chernihiv Regional Military Administration"
    assert later.person_id == first.person_id


def test_state_body_takes_the_state_the_article_names(registry):
    sts, _ = _linked(registry, "ru-044", RU_044, "ru")
    st = next(s for s in sts if "Врачи" in s.text)
    assert st.person_name == "Ministry of Finance of Russia" and st.person_kind == "institution"


def test_statement_record_writes_person_kind(registry):
    sts, _ = _linked(registry, "ru-044", RU_044, "ru")
    st = next(s for s in sts if "Врачи" in s.text)
    rec = statement_record(st, None)
    assert rec["person"] == "Ministry of Finance of Russia" and rec["person_kind"] == "institution"


@pytest.mark.parametrize("mention,lang,name", [
    ("Минюст РФ", "ru", "Ministry of Justice of Russia"),                         # ru-040
    ("Посадовці з ОП", "uk", "Office of the President of Ukraine"),               # uk-024
    ("пресслужбі КМДА", "uk", "Kyiv City State Administration"),                  # uk-043
    ("Европейском вещательном союзе", "ru", "European Broadcasting Union"),       # ru-036
    ("видання «Українська правда»", "uk", "Ukrayinska Pravda"),                  # uk-024
    ("Генштаб ЗСУ", "uk", "General Staff of the Armed Forces of Ukraine"),
    ("the Kremlin", "en", "Kremlin"),
])
def test_canonical_names(mention, lang, name):
    assert canonical_name(mention, lang) == name


@pytest.mark.parametrize("mention,lang", [
    ("глава ОВА", "ru"),                                  # ru-017: the head of a body is a person
    ("председатель Пенсионного фонда России", "ru"),      # ru-066
    ("речниця ВАКС Чемерис", "uk"),                       # uk: a spokeswoman with her name
    ("Міноборони Андрій Юсов", "uk"),                     # uk-042: a name after the body
    ("источники «РИА Новости» и «Интерфакса»", "ru"),     # anonymous sources
    ("СМИ", "ru"),
    ("Rights groups", "en"),
    ("Kremlin spokesman", "en"),
    ("адміністрації", "uk"),                               # a generic noun: refers back, no body of its own
])
def test_no_institution(mention, lang):
    assert canonical_name(mention, lang) is None


def test_body_references():
    assert is_body_reference("адміністрації", "uk") and is_body_reference("у повідомленні", "uk")
    assert is_body_reference("пресс-службе", "ru")
    assert not is_body_reference("чиновник", "ru") and not is_body_reference("Они", "ru")


def test_person_kind():
    assert person_kind("body:kremlin") == "institution" and person_kind("vladimir-putin") == "person"
    assert person_kind(None) is None


def test_a_person_described_by_bodies_stays_a_person(registry):
    text = ("Очільник ГУР Міноборони Кирило Буданов заявив, що Росія готує новий наступ. "
            "\"Ми це бачимо\", - сказав він.")
    sts, _ = _linked(registry, "uk-040", text, "uk")
    assert sts and all(s.person_kind != "institution" for s in sts)


def test_state_body_in_an_article_about_two_states_has_no_identity():
    # «Минобороны» with Russia and Ukraine both named: whose ministry is not said
    from parallax.resolve.institutions import article_state

    text = ("В Минобороны России заявили, что выдвигаемые Киевом обвинения беспочвенны. "
            "Власти Украины обвинили Россию в ударе.")
    assert article_state(text, "ru") is None
    assert canonical_name("Минобороны", "ru", None) is None
    assert canonical_name("Минобороны", "ru", "Russia") == "Ministry of Defence of Russia"


# contradictions_heldout3 ru-ru24-2020-04-30 (real, ru24): the man an English article discovered as
# "Lance Armstrong", written «Лэнс Армстронг» in Russian: one person, not "Lens Armstrong"
RU_ARMSTRONG = ("Лэнс Армстронг заявил, что, возможно, впервые применил допинг в 21 год\n"
                "Как сообщает АФП, об этом Армстронг рассказал в документальном фильме, который в мае будет "
                "транслировать телеканал ESPN.\n"
                "«Наверное, это произошло в 21 год», — сказал 48-летний Армстронг, отвечая на соответствующий вопрос.")


def test_a_name_in_another_script_is_the_person_already_discovered():
    from parallax.resolve.registry import _Meta, discovered_person, sound_key

    lance = discovered_person("Lance Armstrong", "en")
    registry = Registry([(lance, _Meta())])
    sts, people = process(Article(id="ru24", text=RU_ARMSTRONG, content_hash="h", language="ru"), registry)
    linked = [s for s in sts if s.speaker_name and "Армстронг" in s.speaker_name]
    assert linked and all(s.person_id == lance.id for s in linked) and not people
    assert sound_key("Сэм Бэнкман-Фрид") == sound_key("Sam Bankman-Fried")
    assert sound_key("Ян Ковальский") != sound_key("Яна Ковальская")  # a man and a woman stay two


# ru-027 (inform.sumy.ua): the press office is named in the narrator's words, not as a quoted speaker;
# «В пресс-службе добавили» refers back to it
RU_027 = ("Премьер-министр Алексей Гончарук направил официальное письмо-обращение к авторам материала Financial "
          "Times о компромиссах с экс-владельцем \"ПриватБанка\" Игорем Коломойским с просьбой опровергнуть "
          "изложенные в ней тезисы. Об этом сообщает пресс-служба премьера.\n"
          "\"Цитата, на которой базируется вывод авторов материала, вырвана из контекста и не является "
          "репрезентативной в контексте всей предоставленной премьер-министром Украины информации\", - говорится "
          "в сообщении.\n"
          "В пресс-службе добавили, что Гончарук \"не предоставлял никакой информации относительно ведения "
          "каких-либо переговоров как с господином Коломойским, так и с любым другим относительно указанного вопроса\".")


def test_a_generic_noun_refers_back_to_the_body_the_narrator_named():
    from parallax.resolve.institutions import named_before

    end = RU_027.index("В пресс-службе")
    assert named_before(RU_027, end, "ru", "Ukraine").name == "Press Service of the Prime Minister of Ukraine"
    assert named_before("Глава Минфина России заявил, что бюджет выполнен. ", 50, "ru") is None  # a person's body


# contradictions_heldout4 en-cbs-1998-01-26 (real, CBS): the title-case headline runs an adverb into the name
CBS = ("Clinton Angrily Denies Affair\n"
       "Shaking his finger at the TV cameras, President Clinton today angrily denied having sex with an intern or "
       "engaging in a cover-up as investigators pressed plans to seek grand jury testimony from his aides and "
       "friends about the allegations.\n"
       "``I did not have sexual relations with that woman,'' Clinton said, punching out each word.")


def test_a_headline_adverb_is_no_part_of_a_name():
    from parallax.resolve.registry import _Meta, discovered_person

    bill = discovered_person("Bill Clinton", "en")
    registry = Registry([(bill, _Meta())])
    sts, people = process(Article(id="cbs", text=CBS, content_hash="h", language="en",
                                  title="Clinton Angrily Denies Affair"), registry)
    assert sts and all(s.person_id == bill.id for s in sts) and not people


# uk-022 (real, interview): the surname alone speaks; the article gave the full name in the genitive
UK_022 = ("Історія акторської кар'єри В'ячеслава Бабенкова наче написана десь у Голлівуді: жив собі хлопець, "
          "працював сценаристом на продакшені. 4 січня в українських кінотеатрах зʼявиться фільм «Дон Жуан із "
          "Жашкова», де головного героя зіграв саме Бабенков.")


def test_a_bare_surname_takes_the_full_name_the_article_gives():
    from parallax.resolve.link import _full_name_in

    assert _full_name_in("Бабенков", UK_022, "uk") == "В'ячеслава Бабенкова"
    # PolNeAR (breitbart, 2016-05-14): a title before the surname is no given name
    assert _full_name_in("Lynch", "Attorney General Loretta Lynch met him. AG Lynch said no.", "en") == "Loretta Lynch"
    assert _full_name_in("Clinton", "Hillary Clinton and Bill Clinton spoke.", "en") is None  # two: nobody
    assert _full_name_in("Усик", "Победа Усику была присуждена единогласным решением судей", "ru") is None


def test_bare_surname_statement_links_to_the_full_name(registry):
    text = UK_022 + "\n«Так це я сам і придумав», – сказав Бабенков."
    sts, people = _linked(registry, "uk-022", text, "uk")
    st = next(s for s in sts if "придумав" in s.text)
    assert st.person_kind == "person" and st.person_name and "Babenkov" in st.person_name


@pytest.mark.parametrize("mention,lang", [
    ("the Swiss company", "en"),     # contradictions sets (real): a generic noun, no body's name
    ("Армстронга ESPN", "ru"),        # a person's name in the mention
    ("ТБ", "uk"),                     # «У заяві влади на іранському ТБ»: television, no body
])
def test_held_out_mentions_that_name_no_body(mention, lang):
    assert canonical_name(mention, lang) is None


def test_held_out_state_bodies():
    assert canonical_name("The Iranian government", "en") == "Iranian Government"
    assert canonical_name("Минобороны РФ", "ru") == "Ministry of Defence of Russia"
    assert canonical_name("американская администрация", "ru") == "Administration of United States"


def test_a_state_body_named_by_its_abbreviation_names_its_state_for_the_article():
    """Ukrainian news on the General Staff's daily report: «Генеральний штаб ЗСУ повідомив …» … «— йдеться у
    зведенні Генштабу» … «Росіяни накопичують резерви». «ЗСУ» (Armed Forces of Ukraine) names Ukraine; «Росіяни»,
    a people, names no state (branch person12: before, it made the article name two states, and alone it made the
    bare «Генштаб» Russia's)."""
    from parallax.resolve.institutions import article_state

    text = ("Генеральний штаб ЗСУ повідомив про 143 бойові зіткнення на фронті за минулу добу. "
            "«Найбільше штурмових дій ворог здійснив на Покровському напрямку», — йдеться у зведенні Генштабу. "
            "Росіяни накопичують резерви.")
    assert article_state(text, "uk") == "Ukraine"
    assert article_state(text.replace("ЗСУ", "армії"), "uk") is None
    assert article_state(text.replace("Росіяни", "Росія"), "uk") is None  # the state itself: two states
