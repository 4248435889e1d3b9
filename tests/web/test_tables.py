"""Analyst tables (issue 15, item 3): sort, filters, facet counts, pages and CSV/JSON exports that
reproduce the view, on every listing; outlet and article pages; the occasion timeline; API docs."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from parallax.web import tables
from parallax.web.app import safe_url

from .conftest import HOSTILE, LUKA, O_BBC, O_R1

pytestmark = pytest.mark.issue(15)
LISTINGS = ["/search", "/articles", "/occasions", "/people", "/outlets"]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _hrefs(html: str, cls: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(rf'<a class="{cls}" href="([^"]+)"', html)]


def _rows(client, url: str) -> list[dict]:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    return list(csv.DictReader(io.StringIO(r.text)))


# ------------------------------------------------------------------ views
def test_view_reads_sort_order_page_and_filters():
    v = tables.view(tables_articles(), {"sort": "title", "order": "asc", "page": "2", "size": "10",
                                        "outlet": " tass.ru ", "bogus": "x"})
    assert (v.sort, v.order, v.page, v.size, v.offset) == ("title", "asc", 2, 10, 10)
    assert dict(v.filters) == {"outlet": "tass.ru"}
    assert v.export_url("csv") == "/articles.csv?outlet=tass.ru&sort=title&order=asc"  # every page
    assert v.page_url(3) == "/articles?outlet=tass.ru&sort=title&order=asc&size=10&page=3"
    assert v.sort_url("title") == "/articles?outlet=tass.ru&sort=title&order=desc&size=10"  # flips
    assert v.filter_url("outlet", None) == "/articles?sort=title&order=asc&size=10"


def test_view_takes_the_older_limit_and_offset():
    v = tables.view(tables_articles(), {"limit": "4", "offset": "8"})
    assert (v.size, v.page) == (4, 3)


@pytest.mark.parametrize("params,word", [
    ({"sort": "text"}, "sort"), ({"order": "up"}, "order"), ({"page": "0"}, "page"), ({"size": "501"}, "size"),
    ({"page": "x"}, "page"), ({"since": "yesterday"}, "since"), ({"outlet_kind": "tabloid"}, "outlet_kind"),
    ({"outlet": "a\x00b"}, "control"), ({"title": "x" * 600}, "longer"),
])
def test_view_refuses_bad_parameters(params, word):
    with pytest.raises(tables.BadView, match=word):
        tables.view(tables_articles(), params)


def tables_articles():
    from parallax.web.listings import ARTICLES

    return ARTICLES


def test_shorten_cuts_at_a_word_boundary():
    text = "Russia does not need North Korean troops; it has enough mobilisation resources"
    short = tables.shorten(text, 40)
    assert short.endswith("…") and len(short) <= 40
    assert text.startswith(short[:-1]) and text[len(short) - 1] == " "  # a whole word, then the cut
    assert tables.shorten("short", 40) == "short"


def test_csv_cells_never_start_a_formula():
    lines = "".join(tables.csv_lines(["a", "b"], [{"a": "=HYPERLINK(1)", "b": -3}]))
    assert lines.splitlines()[1] == "'=HYPERLINK(1),-3"


@pytest.mark.parametrize("url,ok", [("https://tass.ru/x", True), ("http://a.b/", True),
                                    ("javascript:alert(1)", False), ("data:text/html,x", False),
                                    ("//evil.example/x", False), (None, False), ("https:///x", False)])
def test_only_http_links_are_clickable(url, ok):
    assert (safe_url(url) is not None) == ok


# ----------------------------------------------------------- every listing
@pytest.mark.parametrize("path", LISTINGS)
def test_every_listing_has_exports_sort_links_and_a_pager(client, path):
    html = client.get(path).text
    assert f'href="{path}.csv"' in html and f'href="{path}.json"' in html
    assert 'class="sort' in html and "of " in _text(html)
    assert client.get(path + "?sort=nope").status_code == 422
    assert client.get(path + ".csv?sort=nope").status_code == 422


@pytest.mark.parametrize("path", LISTINGS)
def test_every_facet_count_is_the_rows_its_link_gives(client, path):
    html = client.get(path).text
    facets = re.findall(r'<a href="([^"]+)" data-value="[^"]*">(?:(?!</a>).)*</a> <span class="count">(\d+)</span>', html)
    assert facets, "no facet values"
    for href, count in facets[:25]:
        page = _text(client.get(href.replace("&amp;", "&")).text)
        assert re.search(rf"\b1–\d+ of {count}\b", page), (href, count)


@pytest.mark.parametrize("path,size", [("/search", 3), ("/articles", 2), ("/occasions", 1), ("/people", 1),
                                       ("/outlets", 2)])
def test_csv_and_json_exports_equal_the_view_across_its_pages(client, path, size):
    html = client.get(f"{path}?size={size}").text
    total = int(re.search(r"of (\d+)", _text(html)).group(1))
    [csv_url] = _hrefs(html, "export csv")
    [json_url] = _hrefs(html, "export json")
    rows = _rows(client, csv_url)
    data = client.get(json_url).json()
    assert len(rows) == data["total"] == len(data["rows"]) == total  # all pages, not the one on screen
    key = "domain" if path == "/outlets" else "id"
    assert [r[key] for r in rows] == [r[key] for r in data["rows"]]
    # page by page, the HTML view lists the same rows in the same order
    shown = []
    page = 1
    while True:
        part = client.get(f"{path}.json?size={size}&page={page}")
        assert part.status_code == 200
        html_page = client.get(f"{path}?size={size}&page={page}").text
        shown += [r[key] for r in client.get(json_url).json()["rows"][(page - 1) * size: page * size]]
        if 'rel="next"' not in html_page:
            break
        page += 1
    assert page == -(-total // size) and shown == [r[key] for r in rows]


def test_articles_sort_by_title_both_ways_in_the_store(client):
    asc = [r["title"] for r in _rows(client, "/articles.csv?sort=title&order=asc")]
    desc = [r["title"] for r in _rows(client, "/articles.csv?sort=title&order=desc")]
    assert asc == sorted(asc) and desc == asc[::-1] and len(asc) == 7


def test_articles_filters_kind_country_language_dates(client):
    state = _rows(client, "/articles.csv?outlet_kind=state")
    assert {r["outlet"] for r in state} == {"tass.ru", "belta.by", "ukrinform.net"}
    assert all(r["outlet_kind"] == "state" for r in state)
    assert [r["outlet"] for r in _rows(client, "/articles.csv?country=RU")] == ["tass.ru"]
    assert {r["language"] for r in _rows(client, "/articles.csv?language=ru")} == {"ru"}
    day = _rows(client, "/articles.csv?since=2024-10-24&until=2024-10-24")
    assert len(day) == 3 and all(r["published"].startswith("2024-10-24") for r in day)
    assert _rows(client, "/articles.csv?outlet_kind=aggregator") == []


def test_statements_sort_filter_and_facets(client):
    html = client.get("/search?outlet_kind=state&sort=outlet&order=desc").text
    text = _text(html)
    assert "1–5 of 5" in text and "Filtered by" in text
    outlets = [r["outlet"] for r in _rows(client, "/search.csv?outlet_kind=state&sort=outlet&order=desc")]
    assert outlets == sorted(outlets, reverse=True)
    assert set(outlets) == {"ukrinform.net", "tass.ru", "belta.by"}
    by_person = _rows(client, f"/search.csv?person={LUKA}")
    assert len(by_person) == 13 and {r["person_id"] for r in by_person} == {LUKA}
    rows = _rows(client, "/search.csv?country=BY")
    assert {r["outlet"] for r in rows} == {"belta.by"} and {r["country"] for r in rows} == {"BY"}


def test_occasions_filter_by_person_venue_and_date(client):
    assert len(_rows(client, f"/occasions.csv?person={LUKA}")) == 2
    [bbc] = _rows(client, "/occasions.csv?venue=bbc")
    assert bbc["id"] == O_BBC and bbc["synthetic"] == "true"
    assert _rows(client, "/occasions.csv?since=2024-10-24") == []
    assert len(_rows(client, "/occasions.csv?until=2024-10-23")) == 2
    page2 = _text(client.get("/occasions?size=1&page=2").text)
    assert "2–2 of 2" in page2


def test_outlets_listing_shows_country_kind_and_sorts(client):
    rows = _rows(client, "/outlets.csv?sort=omitted&order=desc")
    assert [r["domain"] for r in rows][:2] == ["belta.by", "ukrinform.net"]
    assert {r["domain"]: r["country"] for r in rows}["tass.ru"] == "RU"
    assert [r["domain"] for r in _rows(client, "/outlets.csv?country=GB&sort=name&order=asc")] == \
        ["bbc.com", "reuters.com"]
    html = client.get("/outlets").text
    assert 'href="/outlets/tass.ru"' in html


# ------------------------------------------------------------ outlet page
def test_outlet_page_shows_registry_coverage_occasions_and_findings(client):
    r = client.get("/outlets/belta.by")
    assert r.status_code == 200
    text = _text(r.text)
    assert "BelTA" in text and "state" in text and "BY" in text
    assert "1 verbatim" in text and "1 altered" in text and "2 omitted" in text
    assert "Lukashenko's interview with the BBC" in text.replace("&#39;", "'")
    assert "drops the qualifier" in text  # the alteration's note
    assert f'/occasions/{O_BBC}/evidence?claim=B1&amp;outlet=belta.by' in r.text
    assert "synthetic" in text
    data = client.get("/api/outlets/belta.by").json()
    assert data["counts"]["omitted"] == 2 and {f["status"] for f in data["findings"]} == {"omitted", "altered"}


def test_outlet_page_for_a_registry_outlet_without_articles_and_404(client):
    r = client.get("/outlets/ont.by")
    assert r.status_code == 200 and "state" in _text(r.text) and "BY" in _text(r.text)
    assert client.get("/outlets/no-such-outlet.example").status_code == 404
    assert client.get("/api/outlets/no-such-outlet.example").json()["status"] == 404


# ----------------------------------------------------------- article page
def test_article_page_shows_title_outlet_date_and_a_safe_source_link(client):
    html = client.get("/articles/art-tass").text
    assert "<h1>Лукашенко: Запад сразу отреагирует" in html
    assert re.search(r'<a class="source" href="https://tass.ru/synthetic/art-tass" '
                     r'rel="noopener noreferrer nofollow"', html)
    assert 'href="/outlets/tass.ru"' in html and "2024-10-23T18:55:00+03:00" in html


def test_article_list_shows_titles_not_ids(client):
    html = client.get("/articles").text
    assert "Lukashenko tells BBC Belarus will not join war in Ukraine" in html
    assert ">art-bbc<" not in html


def test_long_labels_are_cut_at_a_word_with_the_full_text_in_title(client):
    html = client.get("/occasions/" + O_R1).text
    label = "Russia does not need North Korean troops; it has enough mobilisation resources"
    head = re.search(r'<th scope="col" class="claim-h" title="([^"]+)"><span class="cid">C2</span> ([^<]+)</th>',
                     html)
    assert head and head.group(1) == label
    shown = head.group(2)
    assert shown.endswith("…") and label.startswith(shown[:-1]) and label[len(shown) - 1] == " "


# --------------------------------------------------------------- timeline
def test_occasion_timeline_orders_reports_by_time_with_what_each_carried(client):
    html = client.get(f"/occasions/{O_R1}").text
    part = html.split('id="timeline"')[1]
    items = re.findall(r'<li><time datetime="[^"]*">([^<]+)</time>\s*<a href="/outlets/([^"]+)"', part)
    # by the instant of publication, whatever each outlet's time zone, and each time says its zone
    assert items[0][0] == "2024-10-23 17:20 UTC+03:00" and items[2][0] == "2024-10-23 18:12 UTC"
    assert [o for _, o in items] == ["belta.by", "tass.ru", "reuters.com", "meduza.io", "ukrinform.net"]
    tass = part.split('href="/outlets/tass.ru"')[1].split("</li>")[0]
    assert "C1</span>" in tass and "C2 ✕" in tass  # carried R1, omitted R2
    data = client.get(f"/api/occasions/{O_R1}").json()
    assert [t["outlet"] for t in data["timeline"]] == [o for _, o in items]


# ------------------------------------------------------------- synthetic
@pytest.mark.parametrize("path", ["/", "/occasions", "/articles", f"/occasions/{O_BBC}", "/outlets",
                                  f"/outlets/tass.ru", "/search", f"/articles/{HOSTILE}"])
def test_synthetic_articles_are_marked_wherever_they_appear(client, path):
    body = client.get(path).text.split("<footer>")[0]
    assert 'class="badge synthetic"' in body, path


def test_matrix_rows_are_marked_synthetic(client):
    html = client.get(f"/occasions/{O_BBC}").text
    rows = re.findall(r'<tr><th scope="row">(.*?)</th>', html, flags=re.S)
    assert rows and all("badge synthetic" in r for r in rows)


@pytest.mark.parametrize("url,field", [("/articles.csv", "synthetic"), ("/search.csv", "synthetic"),
                                       ("/occasions.csv", "synthetic"), ("/outlets.csv", "synthetic")])
def test_exports_carry_a_synthetic_column(client, url, field):
    rows = _rows(client, url)
    assert rows and all(r[field] not in ("", "false", "0") for r in rows)


# ---------------------------------------------------------------- API docs
def test_api_docs_are_readable_offline(client):
    r = client.get("/api/docs")
    assert r.status_code == 200
    assert "<script" not in r.text and "cdn" not in r.text.lower()
    text = _text(r.text)
    for route in ("GET /api/statements", "GET /api/articles", "GET /api/outlets/{domain}", "POST /api/facts"):
        assert route in text
    assert 'href="/api/docs"' in client.get("/").text


def test_api_articles_pages_with_next_url(client):
    data = client.get("/api/articles?size=3&sort=title&order=asc").json()
    assert data["total"] == 7 and len(data["rows"]) == 3 and data["pages"] == 3
    nxt = client.get(data["next_url"]).json()
    assert nxt["page"] == 2 and not set(r["id"] for r in nxt["rows"]) & set(r["id"] for r in data["rows"])
    assert any(f["name"] == "outlet_kind" for f in data["facets"])
    assert parse_qs(urlsplit(data["next_url"]).query)["page"] == ["2"]


def test_api_statements_outlet_kind_uses_the_bundled_registry(tmp_path):
    """An outlet the analyst never edited has its kind from the bundled registry (TASS is state)."""
    import warnings

    from parallax.model import Article, Kind, Span, Statement, stable_id
    from parallax.store import open_store

    path = str(tmp_path / "plain.db")
    store = open_store(path)
    text = "Песков заявил: «Это не так»."
    for aid, outlet in (("t1", "tass.ru"), ("m1", "meduza.io")):
        store.add_articles([Article(id=aid, text=text, content_hash=stable_id(aid, text), outlet=outlet,
                                    url=f"https://{outlet}/x/{aid}", title="x", synthetic=True)])
        store.replace_statements(aid, [Statement(id=aid + "s", article_id=aid, type=Kind.DIRECT,
                                                 content=(Span.of(text, 16, 26),))], "test")
    store.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    with TestClient(create_app(path)) as c:
        assert [r["outlet"] for r in c.get("/api/statements?outlet_kind=state").json()["statements"]] == ["tass.ru"]
        assert [r["outlet"] for r in c.get("/api/statements?outlet_kind=independent").json()["statements"]] == \
            ["meduza.io"]
        assert "1–1 of 1" in _text(c.get("/search?outlet_kind=state").text)
        assert [r["outlet"] for r in _rows(c, "/articles.csv?country=RU")] == ["tass.ru"]


def test_facets_wait_for_a_narrow_view_on_big_stores(client, monkeypatch):
    from parallax.web import listings

    monkeypatch.setattr(listings, "FACET_ROWS", 5)
    wide = client.get("/search").text
    assert "Facet counts appear once a filter narrows" in wide and 'data-facet="outlet"' not in wide
    narrow = client.get("/search?outlet_kind=state").text  # 5 rows
    assert 'data-facet="outlet"' in narrow


def test_facets_stay_true_for_articles_without_outlet_or_language(tmp_path):
    import warnings

    from parallax.model import Article, stable_id
    from parallax.store import open_store

    path = str(tmp_path / "bare.db")
    store = open_store(path)
    store.add_articles([Article(id="a1", text="one", content_hash=stable_id("one"), outlet="tass.ru", language="ru"),
                        Article(id="a2", text="two", content_hash=stable_id("two")),
                        Article(id="a3", text="three", content_hash=stable_id("three"), outlet="nowhere.example")])
    store.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    with TestClient(create_app(path)) as c:
        html = c.get("/articles").text
        facets = re.findall(r'<a href="([^"]+)" data-value="[^"]*">(?:(?!</a>).)*</a> <span class="count">(\d+)</span>',
                            html)
        assert len(facets) >= 5
        for href, count in facets:
            assert f"of {count}" in _text(c.get(href.replace("&amp;", "&")).text), href
        assert [r["id"] for r in _rows(c, "/articles.csv?outlet_kind=unknown")] == ["a3"]
