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
