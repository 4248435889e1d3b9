"""The search box, the speaker field and ``/api/statements``: names in any spelling, marked words."""

from __future__ import annotations

import warnings

import pytest

from parallax.web.app import create_app

from .conftest import LUKA, SCRIPT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette nudges towards httpx2; httpx is what we ship
    from fastapi.testclient import TestClient

SPELLINGS = ["Лукашенко", "Лукашенка", "Лукашенком", "Лукашэнка", "Lukashenko", "Łukaszenka", "Lukaschenko",
             "Alexander Lukashenko", "alexander-lukashenko"]


@pytest.fixture(scope="module")
def demo_client(demo_store):
    with TestClient(create_app(demo_store[0])) as c:
        yield c


@pytest.fixture(scope="module")
def luka_count(demo_client):
    return demo_client.get("/api/people/alexander-lukashenko").json()["person"]["statements"]


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("field", ["person", "speaker"])
def test_search_web_api_person_any_spelling(demo_client, luka_count, field, spelling):
    body = demo_client.get("/api/statements", params={field: spelling, "limit": 500}).json()
    assert body["total"] == luka_count > 0
    assert {s["person_id"] for s in body["statements"]} == {"alexander-lukashenko"}


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_search_web_api_q_name_finds_all_his_statements_first(demo_client, luka_count, spelling):
    rows = demo_client.get("/api/statements", params={"q": spelling, "limit": 500}).json()["statements"]
    his = [r for r in rows if r["match"] == "person"]
    assert len(his) == luka_count
    assert rows[:luka_count] == his  # his own words rank first, mentions of him after


def test_search_web_marks_stem_matches_escaped(client, world):
    html = client.get("/search", params={"q": "войсками"}).text
    assert '<mark class="match">войска</mark>' in html
    rows = client.get("/api/statements", params={"q": "войсками"}).json()["statements"]
    marked = {r["content"][a:b] for r in rows for a, b in r["marks"]}
    assert marked == {"войска"}


def test_search_web_marks_never_unescape_article_text(client, world):
    html = client.get("/search", params={"q": "quote"}).text
    assert '<mark class="match">quote</mark>' in html
    assert SCRIPT not in html and "&lt;script&gt;" in html


def test_search_web_speaker_id_of_the_store(client):
    body = client.get("/api/statements", params={"speaker": LUKA, "limit": 100}).json()
    assert body["total"] > 0 and {s["person_id"] for s in body["statements"]} == {LUKA}


# ------------------------------------------------------------ search inside the /search table
def _export(client, params) -> list[dict]:
    return client.get("/search.json", params=params).json()["rows"]


def test_search_web_table_ranks_marks_and_exports_the_hits(client, world):
    """Words on /search go through the search module: its hits, in rank order, marked, counted by
    the facets, and the same rows (with match and marks) in the CSV and JSON exports."""
    rows = _export(client, {"q": "войсками"})
    assert rows and all(r["match"] in ("words", "claim", "meaning") for r in rows)
    assert {r["content"][a:b] for r in rows for a, b in r["marks"]} == {"войска"}  # a form of войсками
    words = [r for r in rows if r["match"] == "words"]
    assert rows[:len(words)] == words and all(r["marks"] for r in words)  # word hits rank first
    html = client.get("/search", params={"q": "войсками"}).text
    assert f"of {len(rows)}</span>" in html and '<mark class="match">войска</mark>' in html
    outlet_facet = client.get("/api/statements", params={"q": "войсками", "limit": 500}).json()
    assert outlet_facet["total"] == len(rows)
    csv = client.get("/search.csv", params={"q": "войсками"}).text.splitlines()
    assert len(csv) == len(rows) + 1 and csv[0].endswith(",match,score,marks")


def test_search_web_table_facets_count_the_hits(client, world):
    import re

    html = client.get("/search", params={"q": "войсками"}).text
    n = len(_export(client, {"q": "войсками"}))
    facet = re.search(r'data-facet="language".*?</section>', html, re.S).group(0)
    assert sum(int(c) for c in re.findall(r'class="count">(\d+)<', facet)) == n


def test_search_web_table_sorts_hits_by_a_column_and_keeps_filters(client, world):
    ranked = _export(client, {"q": "troops"})
    by_outlet = _export(client, {"q": "troops", "sort": "outlet", "order": "desc"})
    assert sorted(r["id"] for r in ranked) == sorted(r["id"] for r in by_outlet) and len(ranked) > 1
    assert [r["outlet"] for r in by_outlet] == sorted((r["outlet"] for r in by_outlet), reverse=True)
    only = _export(client, {"q": "troops", "outlet": "bbc.com"})
    assert only and {r["outlet"] for r in only} == {"bbc.com"}
    assert {r["id"] for r in only} <= {r["id"] for r in ranked}
    page = client.get("/search", params={"q": "troops", "size": 1, "page": 2}).text
    assert f"2–2 of {len(ranked)}" in page


@pytest.mark.parametrize("spelling", ["Лукашенка", "Lukashenko"])
def test_search_web_table_speaker_any_spelling(demo_client, luka_count, spelling):
    rows = demo_client.get("/search.json", params={"speaker": spelling}).json()["rows"]
    assert len(rows) == luka_count and {r["person_id"] for r in rows} == {"alexander-lukashenko"}
