"""warc: HTML responses from WARC archives built here with warcio; truncated archives."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parallax import ingest
from parallax.model import Article, Rejected

PAGES = {
    "https://www.bbc.com/news/articles/synthetic-warc-1": (
        "Belarusian leader Alexander Lukashenko told the BBC that Belarusian troops would not take part "
        "in the war in Ukraine, because that would lead to an escalation."),
    "https://tass.ru/politika/synthetic-warc-2": (
        "Президент Белоруссии Александр Лукашенко заявил, что Запад сразу отреагирует, если третьи "
        "страны вступят в войну на стороне России."),
}


def _page(text: str) -> bytes:
    return (f'<html><head><meta name="parallax:synthetic" content="true"><title>Synthetic</title></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><p>{text}</p>"
            f"<p>{text}</p></article><footer>All rights reserved</footer></body></html>").encode("utf-8")


def _warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "parallax tests"}))
    for uri, text in PAGES.items():
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(_page(text)),
                                                      http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://tass.ru/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image))
    missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://tass.ru/gone", "response",
                                                  payload=io.BytesIO(b"<html><body><p>Not found</p></body></html>"),
                                                  http_headers=missing))
    return buf.getvalue()


@pytest.mark.parametrize("gzip,suffix", [(False, ".warc"), (True, ".warc.gz")])
def test_warc_html_responses_become_articles(tmp_path, gzip, suffix):
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(_warc(gzip))
    out = list(ingest.articles([path]))
    assert all(isinstance(a, Article) for a in out), out  # request, image and 404 records skipped
    assert [a.url for a in out] == list(PAGES)
    assert [a.source for a in out] == [f"{path}:{uri}" for uri in PAGES]
    assert [a.outlet for a in out] == ["bbc.com", "tass.ru"]
    assert [a.language for a in out] == ["en", "ru"]
    for a, text in zip(out, PAGES.values()):
        assert text in a.text and "Home" not in a.text and "All rights reserved" not in a.text
        assert a.format == "html" and a.synthetic


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_truncated_keeps_complete_pages_and_says_so(tmp_path, gzip):
    data = _warc(gzip)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    # cut inside the second response: the first page is complete, the second is not
    second = data.index(b"synthetic-warc-2") if not gzip else len(data) * 3 // 5
    path.write_bytes(data[:second + 300])
    out = list(ingest.articles([path]))
    assert isinstance(out[0], Article) and out[0].url.endswith("synthetic-warc-1")
    assert isinstance(out[-1], Rejected)
    assert "truncated" in out[-1].reason
    assert all(not (isinstance(a, Article) and a.url.endswith("synthetic-warc-2")) for a in out)


def test_warc_every_cut_that_loses_a_page_is_reported(tmp_path):
    data = _warc(False)
    path = tmp_path / "cut.warc"
    silent = []
    for cut in range(100, len(data) - 400, 97):
        path.write_bytes(data[:cut])
        out = list(ingest.articles([path]))
        if sum(isinstance(a, Article) for a in out) < len(PAGES) and not any(isinstance(r, Rejected) for r in out):
            silent.append(cut)
    # only a cut exactly between two records looks like a complete, shorter archive
    assert len(silent) <= 2, silent


def test_warc_garbage_is_rejected(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 5)
    [r] = list(ingest.articles([path]))
    assert isinstance(r, Rejected) and r.source == str(path)
