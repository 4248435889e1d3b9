"""Quotation-mark pairing on raw text: styles, nesting, apostrophes, broken and multi-paragraph marks."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.extract.doc import Doc

# (language, text, top-level quoted spans expected, marks included)
CASES = [
    ("en", "He said “yes” and ‘no’.", ["“yes”", "‘no’"]),
    ("en", "“It is over“, he explained.", ["“It is over“"]),
    ("en", "``We won,'' he said.", ["``We won,''"]),
    ("en", "Belarus’ role and the officials’ words, he said “fine”.", ["“fine”"]),
    ("en", "He said \"we don't know\" today.", ['"we don\'t know"']),
    ("ru", "Он сказал: «Это „провокация“ Запада».", ["«Это „провокация“ Запада»"]),
    ("ru", "„Мы готовы“, — сказал он.", ["„Мы готовы“"]),
    ("uk", "Він дав інтерв’ю: «Ми вистоїмо».", ["«Ми вистоїмо»"]),
    ("de", "„Wir helfen“, sagte sie. »Immer«", ["„Wir helfen“", "»Immer«"]),
    ("pl", "„Nie wyślemy wojsk” – powiedział.", ["„Nie wyślemy wojsk”"]),
]


@pytest.mark.parametrize("code,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_quotes_pairs(code, text, expected):
    d = Doc(text, lang.get(code))
    assert [text[q.start:q.end] for q in d.top_quotes] == expected


def test_quotes_nested_depth():
    text = "Он сказал: «Это „провокация“ Запада»."
    d = Doc(text, lang.get("ru"))
    inner = [q for q in d.quotes if q.depth == 1]
    assert [text[q.start:q.end] for q in inner] == ["„провокация“"]


def test_quotes_unclosed_mark_does_not_shift_next_paragraph():
    text = "He said “this never closes and goes on and on\n\nThen “a proper quote here” came."
    d = Doc(text, lang.get("en"))
    assert "“a proper quote here”" in [text[q.start:q.end] for q in d.top_quotes]


def test_quotes_multi_paragraph_continues_while_paragraphs_open_with_a_mark():
    text = "“First part of the speech is here,\n\n“second part of it is here.”\n\nNo quote."
    d = Doc(text, lang.get("en"))
    assert len(d.top_quotes) == 1
    q = d.top_quotes[0]
    assert text[q.start:q.end].endswith("here.”") and q.start == 0


def test_quotes_stray_marks_never_crash():
    for code in ("en", "ru", "uk", "xx"):
        text = "” « ‚ ' \" “ » ’ „\n\n»«“”\n\n'''"
        Doc(text, lang.get(code))
