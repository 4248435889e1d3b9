"""HTML pages over a small world: what each page shows, escaping, the three-click omission path."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

import pytest

from .conftest import DOE, HOSTILE, LUKA, O_BBC, O_R1


def _links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', html)]


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


PAGES = ["/", "/search", "/search?q=stupid", "/people", f"/people/{LUKA}", f"/people/{DOE}", "/occasions",
         f"/occasions/{O_BBC}", f"/occasions/{O_R1}", f"/occasions/{O_R1}/evidence?claim=R2&outlet=tass.ru",
         f"/occasions/{O_BBC}/evidence?claim=B1&outlet=belta.by", f"/articles/{HOSTILE}", "/articles/art-tass",
         "/outlets", "/search?speaker=Jane"]


@pytest.mark.parametrize("path", PAGES)
def test_app_pages_render_and_never_emit_article_markup(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[-400:]
    assert r.headers["content-type"].startswith("text/html")
    assert "<script" not in r.text.lower()
    assert "<img" not in r.text.lower()


def test_app_hostile_article_shows_tags_as_text(client):
    html = client.get(f"/articles/{HOSTILE}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is not a quote &amp; never was." in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&#34;quotes&#34; &amp; ampersands" in html
    assert "&lt;/article&gt; to break out" in html
    assert html.count("</article>") == 1


def test_app_home_lists_occasions_with_omission_counts(client):
    html = client.get("/").text
    text = _text(html)
    assert "Lukashenko's interview with Russia 1" in unescape(text)
    assert "✕ 4 omitted" in text  # R1: tass R2, belta R2, meduza R1, ukrinform R1
    assert "✕ 3 omitted" in text  # BBC: reuters B1, belta B2, ukrinform B2
    assert f"/occasions/{O_R1}" in _links(html)


def test_app_omission_is_three_clicks_from_home(client):
    """Home → occasion → the TASS omitted cell: the evidence page says what TASS left out."""
    home = client.get("/").text
    occasion_url = next(h for h in _links(home) if h.startswith(f"/occasions/{O_R1}"))
    occasion = client.get(occasion_url).text
    cell_url = next(h for h in _links(occasion) if "outlet=tass.ru" in h and "claim=R2" in h)
    cell_td = occasion.split(cell_url.replace("&", "&amp;"))[0].rsplit("<td", 1)[1]
    assert 'class="cell st-omitted"' in cell_td
    evidence = client.get(urljoin(occasion_url, cell_url))
    text = _text(evidence.text)
    assert evidence.status_code == 200
    assert "omitted" in text and "reported this occasion but nothing in its article carries this remark" in text
    assert "Russia does not need North Korean troops" in text
    assert "Тогда Запад сразу отреагирует" in text  # what TASS did publish


def test_app_matrix_marks_each_cell_with_text_and_class(client):
    html = client.get(f"/occasions/{O_R1}").text
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", html, flags=re.S)
    by_outlet = {re.match(r"(?:<a [^>]*>)?([\w.]+)", r).group(1): re.findall(r'class="cell st-(\w+)"', r) for r in rows}
    assert by_outlet["tass.ru"] == ["verbatim", "omitted"]
    assert by_outlet["meduza.io"] == ["omitted", "verbatim"]
    assert "✕ omitted" in html and "✓ verbatim" in html
    # state media first
    assert list(by_outlet)[:3] == ["belta.by", "tass.ru", "ukrinform.net"]


def test_app_alteration_evidence_is_side_by_side(client, world):
    html = client.get(f"/occasions/{O_BBC}/evidence?claim=B1&outlet=belta.by").text
    assert 'class="side-by-side"' in html
    assert '<mark class="evidence">даже Беларуси</mark>' in html
    assert '<mark class="altered">Если войска любой страны вступят в войну, это будет эскалация</mark>' in html
    assert "drops the qualifier" in html


def test_app_article_highlights_every_statement_and_links_speakers(client, world):
    html = client.get("/articles/art-reuters").text.split('<article class="text">')[1].split("</article>")[0]
    marks = re.findall(r'<mark class="stmt (\w+)"[^>]*>(.*?)</mark>', html)
    assert [m[1] for m in marks] == [
        "reports of North Korean troops in Russia were “stupid”",
        "Russia does not need this. It has enough mobilisation resources.",
        "The West will react at once."]
    assert [m[0] for m in marks] == ["mixed", "direct", "direct"]
    assert html.count(f'class="speaker" title="speaker: Alexander Lukashenko" href="/people/{LUKA}"') == 3


def test_app_article_evidence_highlight_from_query(client, world):
    a, b = world.span_of("art-tass", "Тогда Запад сразу отреагирует")
    html = client.get(f"/articles/art-tass?hl={a}-{b}").text
    assert 'id="hl">Тогда Запад сразу отреагирует</mark>' in html
    assert client.get("/articles/art-tass?hl=5-1").status_code == 422
    assert client.get("/articles/art-tass?hl=x").status_code == 422


def test_app_search_filters_and_paginates(client):
    state = _text(client.get("/search?outlet_kind=state").text)
    assert "1–5 of 5" in state and "reuters.com" not in state
    page1 = client.get("/search?limit=4").text
    assert "1–4 of 14" in _text(page1)
    nxt = next(h for h in _links(page1) if "page=2" in h)
    page2 = client.get(nxt).text
    assert "5–8 of 14" in _text(page2)
    uk = _text(client.get("/search?language=uk&type=direct").text)
    assert "Росії це не потрібно" in uk and "1–1 of 1" in uk
    dated = _text(client.get("/search?since=2024-10-24&until=2024-10-24").text)
    assert "1–6 of 6" in dated
    # meduza's «глупостью», then the other reports of its claim (bbc, reuters)
    assert "1–3 of 3" in _text(client.get("/search?q=глупостью").text)


def test_app_search_count_stops_at_the_cap_and_says_so(client, monkeypatch):
    """At a million statements a listing does not count every row: past ``COUNT_CAP`` it shows
    "N+" and leaves the facets out; under the cap nothing changes."""
    from parallax.report import search

    monkeypatch.setattr(search, "COUNT_CAP", 8)
    page1 = _text(client.get("/search?limit=4").text)
    assert "1–4 of 8+" in page1 and "page 1 of 2+" in page1 and "narrows the view to 8 rows" in page1
    assert "1–5 of 5" in _text(client.get("/search?outlet_kind=state").text)  # 5 ≤ 8: exact
    data = client.get("/api/statements?limit=4").json()
    assert (data["total"], data["more"]) == (8, True)


def test_app_search_form_keeps_empty_selects(client):
    r = client.get("/search?q=&speaker=&outlet=&outlet_kind=&language=&type=&since=&until=")
    assert r.status_code == 200 and "of 14" in _text(r.text)


def test_app_person_page_shows_aliases_outlets_timeline_chart(client):
    html = client.get(f"/people/{LUKA}").text
    text = _text(html)
    for alias in ("Lukashenka", "Лукашенко", "Олександр Лукашенко"):
        assert alias in text
    assert "President of Belarus" in text
    assert re.search(r"reuters\.com\s*</a>\s*</td>\s*<td class=\"num\">3<", html)
    assert "<svg" in html and "2024-10-23: 4 claims" in text and "2024-10-24: 3 claims" in text
    assert text.index("Belarusian troops will not take part") < text.index("The West would react at once")


def test_app_synthetic_marker_is_shown(client):
    for path in (f"/articles/{HOSTILE}", "/search?q=stupid", f"/occasions/{O_BBC}"):
        assert 'class="badge synthetic"' in client.get(path).text.split("<footer>")[0]


def test_app_outlets_page_has_kind_chart(client):
    html = client.get("/outlets").text
    text = _text(html)
    assert "Coverage by outlet kind" in text
    assert "state: 5 omitted" in text  # tass R2, belta B2 R2, ukrinform B2 R1
    assert "&lt;img src=x onerror=alert(1)&gt; Evil &amp; Co" in html


def test_app_missing_things_are_404_pages(client):
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "no article with id" in _text(r.text)
    assert client.get("/people/nope").status_code == 404
    assert client.get(f"/occasions/{O_BBC}/evidence?claim=B1&outlet=nope.example").status_code == 404


def test_app_an_institution_speaker_links_to_no_person_page():
    # branch person10: «пресслужба ДСНС України» speaks as an institution (body: id), which has no person page
    from parallax.web.app import person_href

    assert person_href({"person_id": "body:kremlin", "person_kind": "institution"}) is None
    assert person_href({"person_id": LUKA, "person_kind": "person"}) == f"/people/{LUKA}"
