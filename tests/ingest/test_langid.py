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
    "en": ["He said the troops will not come.", "This is nonsense, he told the BBC"],
    "pl": ["Łukaszenko powiedział, że wojska nie przyjdą."],
    "de": ["Lukaschenko sagte, die Truppen kämen nicht."],
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
    monkeypatch.setattr(langid, "_detector", lambda: None)
    assert langid.detect("Він сказав, що війська не прийдуть.") == "uk"
    assert langid.detect("Ён сказаў, што войскі не прыйдуць.") == "be"
    assert langid.detect("Он сказал, что войска не придут.") == "ru"
    assert langid.detect("He said the troops will not come.") is None


def test_langid_reads_only_a_prefix():
    text = "Он сказал, что войска не придут. " * 16 + "He said the troops will not come. " * 200
    assert langid.detect(text) == "ru"


def test_langid_empty_is_none():
    assert langid.detect("   ") is None
