"""text: plain text and Markdown with front matter."""

from __future__ import annotations

import pytest

from parallax import ingest
from parallax.errors import FormatError
from parallax.ingest import text
from parallax.model import Article, Rejected


def test_text_front_matter_sets_fields_and_meta(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "front-matter.md"]))
    assert isinstance(a, Article)
    assert (a.outlet, a.language, a.published) == ("tass.ru", "ru", "2024-10-23T21:00:00+03:00")
    assert a.title == "Лукашенко: России не нужны войска КНДР"  # quotes around the value removed
    assert a.synthetic is True
    assert a.meta == {"desk": "politics"}
    assert a.text.startswith("Президент Белоруссии") and "---" not in a.text
    assert a.canonical_url == "https://tass.ru/politika/synthetic-front-matter"
    assert a.format == "text"


def test_text_ukrainian_apostrophes_survive(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "uk-apostrophes.txt"]))
    assert "інтерв’ю" in a.text and "пам’ятає" in a.text and "м’ясо" in a.text
    assert a.language == "uk"  # identified: the file gives no language
    start = a.text.index("«")
    assert a.text[start:a.text.index("»") + 1] == "«це був би крок до ескалації»"


def test_text_without_front_matter_keeps_dashes():
    raw = text.read("--- not front matter\nЛукашенко — о войне.".encode(), "a.txt")
    assert raw.text.startswith("--- not front matter")
    assert raw.fields == {}


def test_text_bad_front_matter_line_is_named():
    with pytest.raises(FormatError) as err:
        text.read(b"---\noutlet tass.ru\n---\nbody", "bad.txt")
    assert err.value.source == "bad.txt:2"


def test_text_cp1251_file_is_stored_as_unicode(tmp_path):
    path = tmp_path / "ru.txt"
    body = "Лукашенко заявил, что Путин «никогда не будет давить» на другие страны."
    path.write_bytes(body.encode("cp1251"))
    [a] = list(ingest.articles([path], language="ru"))
    assert a.text == body


def test_text_crlf_is_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Первая строка.\r\nВторая строка.\r\n".encode())
    [a] = list(ingest.articles([path]))
    assert a.text == "Первая строка.\nВторая строка."


def test_text_front_matter_bad_flag_is_rejected(tmp_path):
    path = tmp_path / "flag.txt"
    path.write_text("---\nsynthetic: maybe\n---\nSome text here.", encoding="utf-8")
    [r] = list(ingest.articles([path]))
    assert isinstance(r, Rejected)
    assert "synthetic" in r.reason
