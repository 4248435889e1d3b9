"""langid: lingua restricted to our languages; ru / uk / be on short strings; the letter fallback."""

from __future__ import annotations

import pytest

from parallax.ingest import langid

SHORT = {
    "ru": ["Он сказал, что войска не придут.", "Лукашенко заявил журналистам", "Это глупость",
           "Путин никогда не будет давить", "Мы не собираемся воевать"],
    "uk": ["Він сказав, що війська не прийдуть.", "Лукашенко заявив журналістам", "Це дурниця",
           "Путін ніколи не тиснутиме", "Ми не збираємося воювати"],
    "be": ["Ён сказаў, што войскі не прыйдуць.", "Лукашэнка заявіў журналістам", "Гэта глупства",
           "Мы не збіраемся ваяваць", "Беларусь не будзе ўдзельнічаць у вайне"],
    "en": ["He said the troops will not come.", "This is nonsense, he told the BBC",
           "Peskov declined to comment on Monday."],
    "pl": ["Łukaszenko powiedział, że wojska nie przyjdą.", "Zełenski powiedział, że Ukraina się nie wycofa."],
    "de": ["Lukaschenko sagte, die Truppen kämen nicht.", "Selenskyj sagte, die Ukraine werde nicht zurückweichen."],
    "cs": ["Zelenskyj řekl, že Ukrajina neustoupí."],
    "bg": ["Президентът заяви, че войските няма да участват във войната."],
}
# Pairs of the same sentence in ru / uk / be: only the orthography and a few words differ, and
# some carry a Latin-script name (NATO) that must not send them to the Latin detector.
SHORT["ru"] += ["Зеленский заявил, что Украина не отступит.", "Песков отказался комментировать",
                "Мы этого не допустим", "Армия вернулась домой после учений",
                "По словам президента, переговоров не будет", "NATO не вмешается, сказал он",
                "В Минске прошли переговоры"]
SHORT["uk"] += ["Зеленський заявив, що Україна не відступить.", "Пєсков відмовився коментувати",
                "Ми цього не допустимо", "Армія повернулася додому після навчань",
                "За словами президента, переговорів не буде", "НАТО не втрутиться, сказав він",
                "У Мінську відбулися переговори"]
SHORT["be"] += ["Зяленскі заявіў, што Украіна не адступіць.", "Пяскоў адмовіўся каментаваць",
                "Мы гэтага не дапусцім", "Армія вярнулася дадому пасля вучэнняў",
                "Паводле прэзідэнта, перамоваў не будзе", "У Мінску адбыліся перамовы"]
LONG = {
    "ru": "Президент Беларуси Александр Лукашенко заявил, что белорусские войска не будут участвовать "
          "в войне против Украины, поскольку это привело бы к эскалации конфликта. ",
    "uk": "Президент Білорусі Олександр Лукашенко заявив, що білоруські війська не братимуть участі "
          "у війні проти України, оскільки це призвело б до ескалації конфлікту. ",
    "be": "Прэзідэнт Беларусі Аляксандр Лукашэнка заявіў, што беларускія войскі не будуць удзельнічаць "
          "у вайне супраць Украіны, бо гэта прывяло б да эскалацыі канфлікту. ",
}
CASES = [(lang, text) for lang, texts in SHORT.items() for text in texts]


@pytest.mark.parametrize("lang,text", CASES)
def test_langid_short_strings(lang, text):
    assert langid.detect(text) == lang


@pytest.mark.parametrize("text,expected", [
    ("Ён сказаў", "be"), ("Їхні війська", "uk"), ("Європа", "uk"), ("Гэта і ёсць", "be"),
    ("Він і вона", "uk"), ("Объявили", "ru"), ("Мы", "ru"), ("Лукашенко", None), ("Hello", None),
])
def test_langid_letter_rule(text, expected):
    assert langid.by_letters(text) == expected


def test_langid_fallback_without_lingua(monkeypatch):
    monkeypatch.setattr(langid, "_detector", lambda script="latin": None)
    assert langid.detect("Він сказав, що війська не прийдуть.") == "uk"
    assert langid.detect("Ён сказаў, што войскі не прыйдуць.") == "be"
    assert langid.detect("Он сказал, что войска не придут.") == "ru"
    assert langid.detect("He said the troops will not come.") is None


def test_langid_reads_only_a_prefix():
    text = "Он сказал, что войска не придут. " * 16 + "He said the troops will not come. " * 200
    assert langid.detect(text) == "ru"


def test_langid_empty_is_none():
    assert langid.detect("   ") is None


@pytest.mark.parametrize("lang", sorted(LONG))
def test_langid_long_articles_on_a_prefix(lang):
    assert langid.detect(LONG[lang] * 12) == lang
    # a Latin-script dateline before the text does not send it to the Latin detector
    assert langid.detect("MINSK, Oct 23 (Synthetic) - " + LONG[lang] * 12) == lang


@pytest.mark.parametrize("text,script", [
    ("NATO не вмешается, сказал он", "cyrillic"), ("Лукашенко told the BBC", "latin"),
    ("Zełenski powiedział", "latin"), ("2024-10-23", "latin"),
])
def test_langid_script_picks_the_detector(text, script):
    assert langid.script_of(text) == script


def test_langid_answers_only_languages_of_the_texts_script():
    assert set(langid.CYRILLIC) & set(langid.LATIN) == set()
    assert langid.detect(LONG["uk"]) in langid.CYRILLIC
    assert langid.detect("He said the troops will not come.") in langid.LATIN


def test_greek_script_is_greek():
    # financialreport.gr: lingua is asked about Latin and Cyrillic languages only; Greek letters tell Greek
    text = ("«Δεν νοείται σήμερα να κατηγορείται η Ελλάδα ότι αυξάνει την ένταση στο Αιγαίο», δήλωσε ο Έλληνας "
            "πρωθυπουργός Κυριάκος Μητσοτάκης προσερχόμενος στη Σύνοδο Κορυφής της ΕΕ στην Πράγα.")
    assert langid.detect(text) == "el"
