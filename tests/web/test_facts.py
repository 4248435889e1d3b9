"""Facts over the web: JSON API reads and token-guarded writes, the escaped form, flags on pages."""

from __future__ import annotations

import warnings

import pytest

from parallax.model import Contradiction
from parallax.store import open_store

from .conftest import LUKA, SCRIPT, TOKEN, build_world

AUTH = {"Authorization": f"Bearer {TOKEN}"}
FACT = {"id": "F01", "text": "Russia's full-scale invasion of Ukraine began on 24 February 2022, partly from "
        "Belarusian territory.", "date": "2022-02-24",
        "source_url": "https://en.wikipedia.org/wiki/Belarusian_involvement_in_the_Russian_invasion_of_Ukraine",
        "entities": ["Russia", "Belarus", "Ukraine"]}


@pytest.fixture
def writable(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    world = build_world(str(tmp_path / "w.db"))
    with TestClient(create_app(world.path, token=TOKEN)) as c:
        yield world, c


def test_facts_api_write_needs_the_token_and_keeps_versions(writable):
    world, c = writable
    assert c.post("/api/facts", json=FACT).status_code == 401
    assert c.post("/api/facts", json=FACT, headers={"Authorization": "Bearer nope"}).status_code == 401
    r = c.post("/api/facts", json=FACT, headers=AUTH)
    assert r.status_code == 200 and r.json()["fact"]["version"] == 1
    r = c.post("/api/facts", json={**FACT, "text": "Belarus took part in the invasion."}, headers=AUTH)
    assert r.json()["fact"]["version"] == 2
    (listed,) = c.get("/api/facts").json()["facts"]
    assert {k: listed[k] for k in FACT} == {**FACT, "text": "Belarus took part in the invasion."}
    bad = c.post("/api/facts", json={**FACT, "source_url": "javascript:alert(1)"}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["ok"] is False


def test_facts_form_is_token_protected_and_escaped(writable):
    world, c = writable
    page = c.get("/facts")
    assert page.status_code == 200 and 'name="token"' in page.text
    form = {"id": "F9", "text": SCRIPT, "entities": "Belarus, Russia"}
    assert c.post("/facts", data={**form, "token": "wrong"}).status_code == 401
    r = c.post("/facts", data={**form, "token": TOKEN})
    assert r.status_code == 200 and "fact F9 saved" in r.text
    assert SCRIPT not in r.text and "&lt;script" in r.text
    store = open_store(world.path)
    assert store.fact("F9").entities == ("Belarus", "Russia")
    store.close()


def test_facts_flags_show_on_the_person_and_article_pages(writable):
    world, c = writable
    store = open_store(world.path)
    s = store.statements(person_id=LUKA)[0]
    store.put_facts([__import__("parallax.facts", fromlist=["fact"]).fact(FACT)])
    store.replace_contradictions([Contradiction(s.id, "fact", "F01", "denies it where fact F01 records it", 0.9,
                                                "denial", 1)])
    store.close()
    person = c.get(f"/api/people/{LUKA}").json()
    (flag,) = person["contradictions"]
    assert flag["against"] == {"kind": "fact", "fact": "F01", "version": 1, "text": FACT["text"],
                               "source_url": FACT["source_url"], "date": FACT["date"]}
    assert "denies it where fact F01" in c.get(f"/people/{LUKA}").text
    art = c.get(f"/articles/{s.article_id}")
    assert "denies it where fact F01" in art.text and "/facts#fact-F01" in art.text
    assert c.get("/api/contradictions", params={"person": LUKA}).json()["contradictions"][0]["statement"] == s.id
