"""html: main text and metadata via trafilatura; fragments via lxml."""

from __future__ import annotations

import pytest

from parallax import ingest
from parallax.errors import DecodeError, FormatError
from parallax.ingest import html
from parallax.model import Article, Rejected

BOILERPLATE = ["Home", "Sport", "newsletter", "cookies", "All rights reserved", "Privacy policy",
               "Impressum", "Related stories", "Ten things we learned"]


def test_html_news_page_keeps_article_drops_boilerplate(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "news-page.html"]))
    assert isinstance(a, Article)
    assert "“If the armed forces of any country, even Belarus," in a.text
    assert "Russian forces crossed into Ukraine from Belarusian territory" in a.text
    for junk in BOILERPLATE:
        assert junk not in a.text, junk
    assert a.title == "Lukashenko says Belarus will not send troops to Ukraine"
    assert a.published == "2024-10-23"
    assert a.url == "https://www.bbc.com/news/articles/synthetic-ingest-fixture"
    assert a.outlet == "bbc.com"
    assert a.language == "en"
    assert a.synthetic is True
    assert a.meta["sitename"] == "Example World News"


def test_html_offsets_index_the_stored_text(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "news-page.html"]))
    start = a.text.index("“will never put pressure”")
    assert a.text[start:start + 25] == "“will never put pressure”"


def test_html_malformed_markup_still_parses(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "malformed-but-parses.html"]))
    assert isinstance(a, Article)
    assert a.language == "ru"
    assert "«Если бы вооружённые силы любой страны" in a.text
    assert "назвал «глупостью» сообщения" in a.text


@pytest.mark.parametrize("data,error", [
    (b"<html><body><nav></nav><script>var x = 1;</script></body></html>", FormatError),
    (b"\x00\x01\x02<html>\xff\xfe" * 30, DecodeError),
])
def test_html_garbage_is_refused(data, error):
    with pytest.raises(error) as err:
        html.read(data, "junk.html")
    assert err.value.source == "junk.html"


def test_html_meta_charset_cp1251(tmp_path):
    body = "Лукашенко заявил, что белорусские войска не будут участвовать в войне против Украины."
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            f"<title>Лукашенко</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    [a] = list(ingest.articles([path]))
    assert body in a.text


def test_html_empty_page_is_rejected_with_reason(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    [r] = list(ingest.articles([path]))
    assert isinstance(r, Rejected)
    assert r.source == str(path) and "no main text" in r.reason


@pytest.mark.parametrize("markup,expected", [
    ("<p>Hello &amp; <b>world</b></p><p>Second<br>line</p>", "Hello & world\nSecond\nline"),
    ("<p>Лукашенко:</p><script>alert('x')</script><p>«Это глупость»</p>", "Лукашенко:\n«Это глупость»"),
    ("plain text, no tags", "plain text, no tags"),
    ("<p>a<!-- comment --> b</p>", "a b"),
])
def test_html_fragment_text_uses_a_parser(markup, expected):
    assert html.fragment_text(markup) == expected


def test_html_fallback_extractors_run_only_for_short_extractions(fixtures, monkeypatch):
    import trafilatura

    calls, real = [], trafilatura.bare_extraction

    def spy(*args, **kwargs):
        calls.append(kwargs["fast"])
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    paragraph = ("Lukashenko said Belarusian troops would not take part in the war against Ukraine, "
                 "as this would lead to an escalation of the conflict and a possible intervention of NATO. ")
    long_page = (f"<html><head><title>Long</title></head><body><nav><a href='/'>Home</a></nav><article>"
                 f"{''.join(f'<p>{i}. {paragraph}</p>' for i in range(20))}</article></body></html>")
    raw = html.extract(long_page, "long.html")
    assert calls == [True] and len(raw.text) >= html.FALLBACK_BELOW and "Home" not in raw.text
    calls.clear()
    [a] = list(ingest.articles([fixtures / "ingest" / "malformed-but-parses.html"]))
    assert calls == [True, False] and "«Если бы вооружённые силы любой страны" in a.text
