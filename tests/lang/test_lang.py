"""Per-language modules: lookup, lexicons, lemmas, sentences, gender, nominative names."""

from __future__ import annotations

import pytest

from parallax import lang


@pytest.mark.parametrize("code,expected", [("en", "en"), ("ru", "ru"), ("uk", "uk"), ("de", "de"), ("pl", "pl"),
                                           ("bg", "bg"), ("sr", "sr"), ("ro", "ro"), ("sk", "sk"), ("lv", "xx"), ("da", "xx"), (None, "xx"), ("EN-us", "en")])
def test_lang_get_by_code_falls_back_to_generic(code, expected):
    assert lang.get(code).code == expected


@pytest.mark.parametrize("code", ["en", "ru", "uk"])
def test_lang_lexicons_are_large_enough(code):
    L = lang.get(code)
    assert len(L.cue_verbs) + len(L.cue_phrases) + len(L.cue_nouns) >= 150
    assert L.according


CUES = [
    ("en", "said", "say"), ("en", "denied", "deny"), ("en", "noting", "note"), ("en", "emphasized", "emphasize"),
    ("en", "told", "tell"), ("ru", "заявила", "заявить"), ("ru", "подчеркнул", "подчеркнуть"),
    ("uk", "наголосив", "наголосити"), ("uk", "заявила", "заявити"), ("de", "sagte", "sagen"),
    ("de", "gesagt", "sagen"), ("pl", "powiedział", "powiedzieć"),
]


@pytest.mark.parametrize("code,form,lemma", CUES)
def test_lang_cue_forms_match_lemmas(code, form, lemma):
    L = lang.get(code)
    assert lemma in L.lemmas(form) or L.lemma(form) == lemma
    assert L.cue_class(form) is not None


@pytest.mark.parametrize("code,word", [("en", "table"), ("ru", "стол"), ("uk", "стіл")])
def test_lang_non_cues_are_not_cues(code, word):
    assert lang.get(code).cue_class(word) is None


@pytest.mark.parametrize("code,form,gender", [("ru", "заявил", "m"), ("ru", "заявила", "f"), ("ru", "заявили", "pl"),
                                              ("uk", "заявив", "m"), ("uk", "заявила", "f"), ("en", "said", None)])
def test_lang_verb_gender(code, form, gender):
    assert lang.get(code).verb_gender(form) == gender


@pytest.mark.parametrize("code,form,nominative", [
    ("ru", "Пескова", "Песков"), ("ru", "Захаровой", "Захарова"), ("ru", "Лукашенка", "Лукашенко"),
    ("uk", "Лукашенком", "Лукашенко"), ("uk", "Зеленського", "Зеленський"), ("ru", "Лукашенко", "Лукашенко"),
])
def test_lang_nominative_names(code, form, nominative):
    assert lang.get(code).nominative(form) == nominative


def test_lang_name_gender():
    assert lang.get("ru").name_gender("Мария") == "f"
    assert lang.get("uk").name_gender("Олександр") == "m"
    assert lang.get("en").name_gender("Mrs.") == "f"
    assert lang.get("ru").name_gender("Лукашенко") is None


def test_lang_sentences_keep_month_abbreviations_together():
    text = "Он выступил 31 окт. 2024 г. в Минске. «Да», — ответил он."
    sents = lang.get("ru").sentences(text)
    assert [s.text for s in sents] == ["Он выступил 31 окт. 2024 г. в Минске.", "«Да», — ответил он."]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_lang_english_sentences_keep_titles():
    text = "Mr. Smith arrived on Oct. 31. He said nothing."
    sents = lang.get("en").sentences(text)
    assert [s.text for s in sents] == ["Mr. Smith arrived on Oct. 31.", "He said nothing."]


def test_lang_ukrainian_apostrophe_word_is_one_lemma():
    uk = lang.get("uk")
    assert uk.lemma("інтерв’ю") == uk.lemma("інтерв'ю")


# German strong verbs: a changed stem vowel still finds the lexicon's infinitive
@pytest.mark.parametrize("form,lemma", [("bestritt", "bestreiten"), ("widersprach", "widersprechen"),
                                        ("versprach", "versprechen"), ("empfahl", "empfehlen"),
                                        ("nannte", "nennen"), ("geschrieben", "schreiben"), ("verwies", "verweisen"),
                                        ("sagte", "sagen")])
def test_lang_german_strong_verbs(form, lemma):
    de = lang.get("de")
    assert de.lemma(form) == lemma
    assert de.cue_class(form) is not None


def test_lang_german_compound_roles():
    de = lang.get("de")
    assert de.is_role("Wettbewerbskommissarin") and de.is_role("Bundespräsident")
    assert not de.is_role("Genehmigung")


# a whole name put in the nominative with its parts agreeing (role word as a hint)
NAMES = [
    ("ru", ["Дмитрия", "Пескова"], None, ["Дмитрий", "Песков"]),
    ("ru", ["Эльвира", "Набиуллина"], None, ["Эльвира", "Набиуллина"]),
    ("ru", ["Марией", "Захаровой"], None, ["Мария", "Захарова"]),
    ("uk", ["Олександра", "Лукашенка"], None, ["Олександр", "Лукашенко"]),
    ("uk", ["Юлія", "Свириденко"], None, ["Юлія", "Свириденко"]),
    ("uk", ["Володимиру", "Зеленському"], None, ["Володимир", "Зеленський"]),
    ("uk", ["Владислава", "Волошина"], "речника", ["Владислав", "Волошин"]),
    ("uk", ["Марія", "Захарова"], "речниця", ["Марія", "Захарова"]),
]


@pytest.mark.parametrize("code,words,hint,expected", NAMES, ids=[" ".join(c[1]) for c in NAMES])
def test_lang_nominative_whole_names(code, words, hint, expected):
    assert lang.get(code).nominative_name(words, hint) == expected


# a word that merely ends like an abbreviation (Auflagen/gen, мост/ст, врач/ч) ends its sentence
SPLITS = [
    ("de", "Die Genehmigung erfolgte ohne Auflagen. Bundespräsident Wulff reiste ab.", 2),
    ("ru", "Он построил мост. Потом приехал врач. Это было 5 окт. 2024 г. в Москве.", 3),
    ("en", "Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked.", 2),
]


@pytest.mark.parametrize("code,text,n", SPLITS, ids=[c[0] for c in SPLITS])
def test_lang_sentences_abbreviations_are_whole_words(code, text, n):
    assert len(lang.get(code).sentences(text)) == n


def test_every_pack_joins_one_list_of_all_packs():
    """Function words of each language a remark is relayed in (``stopwords.txt``): "that", «что», «що», "że"."""
    from parallax import lang

    words = lang.every_pack("stopwords")
    assert {"that", "что", "що", "że", "und"} <= words
    assert lang.get("en").word_list("stopwords") < words
    assert lang.every_pack("abilities") == lang.get("en").word_list("abilities") | lang.get("ru").word_list(
        "abilities") | lang.get("uk").word_list("abilities")  # packs without the list add nothing


def test_every_pack_reads_the_data_of_no_one_language_too():
    """``lang/xx/``: name particles, platforms and venue spellings any text may hold, beside the packs' words."""
    from parallax import lang

    assert {"von", "bin", "da"} <= lang.every_pack("name_particles")
    assert lang.every_table("venue_spellings")["bibisi"] == "bbc"
    assert "xx" not in lang.FOLDERS and lang.get("xx").word_list("name_particles") <= lang.every_pack("name_particles")
