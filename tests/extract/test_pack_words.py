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
