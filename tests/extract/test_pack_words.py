"""Word lists extraction reads from the language packs (issue 11): the stage holds the rule, the
pack (``lang/<code>/<name>.txt``) holds the words, and real sentences still come out the same."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.extract.venue import venues


@pytest.mark.parametrize("code, text, name", [
    ("ru", "Об этом Песков заявил журналистам в пятницу.", "журналисты"),
    ("ru", "Путин ответил на вопросы репортёрам.", "репортёры"),
    ("uk", "Про це Зеленський сказав журналістам у Києві.", "журналісти"),
    ("uk", "Він сказав репортерам у Вашингтоні.", "репортери"),
    ("pl", "Powiedział dziennikarzom w Brukseli.", "dziennikarze"),
])
def test_an_audience_in_the_dative_is_named_in_its_plain_form(code, text, name):
    assert [v.name for v in venues(text, lang.get(code))] == [name]
    assert lang.get(code).table("addressees")[venues(text, lang.get(code))[0].text.lower()] == name


@pytest.mark.parametrize("code, text, venue", [
    ("ru", "Песков считает, что переговоры продолжатся. Об этом он заявил в интервью телеканалу «Россия 1».",
     "в интервью телеканалу «Россия 1»"),
    ("en", "Scholz said that the talks would continue. He made the remarks in an interview with the BBC.",
     "in an interview with the BBC."),
    ("pl", "Tusk powiedział, że rozmowy będą kontynuowane. Mówił o tym w wywiadzie dla TVN24.",
     "w wywiadzie dla TVN24"),
])
def test_a_sentence_pointing_back_gives_its_venue_to_the_statement_before(code, text, venue):
    # the openings are every pack's venue_pointers.txt
    from .conftest import found

    assert [s.venue.text for s in found(text, code)] == [venue]


def test_conjunctions_of_every_pack_end_no_reported_clause():
    from parallax.extract import _DANGLING

    assert {"and", "або", "oder", "lub", "или"} <= lang.every_pack("conjunctions")
    assert _DANGLING.search("обстреляли дома и").group().strip() == "и"
    assert _DANGLING.search("the soldiers and").group().strip() == "and"
    assert _DANGLING.search("Grenze oder") and not _DANGLING.search("Wandel") and not _DANGLING.search("the Android")


@pytest.mark.parametrize("code, text, content", [
    # en zero_that_cues and subject_openers: "said the talks …" without "that"
    ("en", "Peskov said the talks with Kyiv had failed completely.", "the talks with Kyiv had failed completely"),
    # en infinitive_cues: "vowed to …"
    ("en", "Zelensky vowed to retaliate against the Russian strikes on Kharkiv.",
     "to retaliate against the Russian strikes on Kharkiv"),
    # object_cues: the object of "denied", «заперечив» is what was said
    ("en", "Scholz denied any involvement in the pipeline sabotage.", "any involvement in the pipeline sabotage"),
    ("uk", "Кулеба заперечив причетність України до вибуху на мосту.", "причетність України до вибуху на мосту"),
])
def test_a_cue_whose_content_the_pack_lets_follow_bare(code, text, content):
    from .conftest import found

    assert [s.text for s in found(text, code)] == [content]


def test_a_term_in_use_after_a_naming_verb_is_no_statement():
    # naming_verbs and clause_relatives: «что военные называют …»
    from .conftest import found

    assert found("Это то, что военные называют «тихой войной» на востоке страны.", "ru") == []


def test_a_possessive_source_speaks_for_the_person_before():
    # possessives.txt: «По его словам, …» is Lukashenko's
    from .conftest import found

    text = "Лукашенко заявил, что Минск не будет воевать. По его словам, армия готова к обороне."
    assert [(s.text, s.speaker_name) for s in found(text, "ru")][-1] == ("армия готова к обороне", "Лукашенко")
    assert lang.get("uk").table("possessives")["їх"] == "- pl"


@pytest.mark.parametrize("code, text, speaker", [
    # object_pronouns: the dative «ему», "ihm" is who was told, the name after it speaks
    ("ru", "«Мы не будем воевать», — сказал ему Лукашенко.", "Лукашенко"),
    ("de", "„Wir werden die Ukraine weiter unterstützen“, sagte ihm Scholz.", "Scholz"),
    # genitive_links: «при» stays inside the role
    ("ru", "Постпред России при ООН Василий Небензя заявил, что Москва не признает решение суда.",
     "Постпред России при ООН Василий Небензя"),
    # xx/name_particles: "de", "bin" join a name; "den" (<TAB>joins left out) does not, German capitalises nouns
    ("fr", "« Nous ne laisserons pas la Russie gagner », a déclaré Charles de Gaulle.", "Charles de Gaulle"),
    ("en", "“The kingdom supports dialogue,” Mohammed bin Salman said on Tuesday.", "Mohammed bin Salman"),
    ("de", "„Wir stehen fest an der Seite der Ukraine“, sagte Scholz den Journalisten in Berlin.", "Scholz"),
    # adjective_endings: an adjective opens the description (the text's own pack for ru/uk role words)
    ("ru", "«Мы не будем вмешиваться», — заявил российский пресс-секретарь Кремля Дмитрий Песков.",
     "российский пресс-секретарь Кремля Дмитрий Песков"),
    ("uk", "«Ми не втручатимемося», — заявив український речник МЗС Георгій Тихий.",
     "український речник МЗС Георгій Тихий"),
    # frame_prepositions: «у», «в», «на» open a document frame after the cue, which then names the source
    ("uk", "«Ситуація стабільна», — повідомили у пресслужбі.", "у пресслужбі"),
    ("uk", "«Удари тривають», — йдеться в повідомленні.", "в повідомленні"),
    ("ru", "«Удары продолжатся», — рассказали на заводе.", "на заводе"),
])
def test_speaker_spans_read_the_packs_prepositions_and_pronouns(code, text, speaker):
    from .conftest import found

    assert [s.speaker.text for s in found(text, code)] == [speaker]


@pytest.mark.parametrize("code, text, speaker, cue", [
    # np_openers / np_stops: "another senior official", ended before "in"
    ("en", "“We will not retreat from Bakhmut,” said another senior official in Kyiv.", "another senior official",
     "said"),
    # subject_stops: the subject after the cue ends before «в эфире»
    ("ru", "«Мы готовы к переговорам», — сказал продюсер в эфире телеканала.", "продюсер", "сказал"),
    # strong_verbs: "gab … an" is the separable cue "angeben"
    ("de", "Der Sprecher gab an, die Gespräche seien gescheitert.", "Sprecher", "gab an"),
    # of_cues: "spoke of" is a cue, where "claims of" would be a noun
    ("en", "Putin spoke of a new era in relations with China.", "Putin", "spoke"),
])
def test_speakers_and_cues_read_the_packs_phrase_words(code, text, speaker, cue):
    from .conftest import found

    (s,) = found(text, code)
    assert s.speaker.text == speaker and " ".join(c.text for c in s.cue) == cue


def test_konjunktiv_forms_report_without_dass():
    # konjunktiv.txt: "sei" makes "die Lage sei ernst" reported content
    from .conftest import found

    assert [s.text for s in found("Der Kanzler sagte, die Lage sei ernst.", "de")] == ["die Lage sei ernst"]


def test_name_particles_that_join_are_marked_in_the_table():
    assert {"de", "bin", "den"} <= lang.every_pack("name_particles")
    assert "den" not in {w for w, how in lang.every_table("name_particles").items() if how == "joins"}


def test_a_german_source_phrase_runs_over_its_declined_adjectives():
    from .conftest import found

    s, = found("Nach Angaben der russischen Regierung kamen bei dem Angriff zwei Menschen ums Leben.", "de")
    assert s.speaker.text == "Angaben der russischen Regierung"  # "russischen": ``np_endings.txt``
    assert s.text.startswith("kamen bei dem Angriff")
