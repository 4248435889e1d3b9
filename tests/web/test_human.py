"""Issue 15 on the test world: corrections and watch lists through the CLI (exit codes, --json),
the JSON API and the HTML forms (token in a field), and their marks on the pages."""

from __future__ import annotations

import json
import warnings
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from parallax.cli import cli

from .conftest import LUKA, O_BBC, SCRIPT, TOKEN, build_world

pytestmark = pytest.mark.issue(15)


@pytest.fixture
def world_db(tmp_path):
    """A fresh copy of the world per test: these tests write."""
    return build_world(str(tmp_path / "w.db"))


@pytest.fixture
def app_client(world_db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    with TestClient(create_app(world_db.path, token=TOKEN)) as c:
        yield c


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# ------------------------------------------------------------------ CLI
def test_human_cli_unknown_ids_exit_1_with_nearest(world_db):
    db = world_db.path
    r = run("correct", "verdict", "occ-bbc-2024-10-2", "B1", "reuters.com", "--note", "x", "--db", db)
    assert r.exit_code == 1 and "nearest: occ-bbc-2024-10-23" in r.stderr
    r = run("correct", "verdict", O_BBC, "B9", "reuters.com", "--note", "x", "--db", db)
    assert r.exit_code == 1 and "no claim of that occasion 'B9'" in r.stderr
    r = run("correct", "verdict", O_BBC, "B1", "tass.ru", "--note", "x", "--db", db)
    assert r.exit_code == 1 and "reuters.com" in r.stderr
    sid = world_db.by_claim_outlet[("B1", "bbc.com")].id
    assert run("correct", "speaker", sid + "x", LUKA, "--db", db).exit_code == 1
    r = run("correct", "speaker", sid, "p-nobody", "--db", db)
    assert r.exit_code == 1 and "no person with id 'p-nobody'" in r.stderr
    assert run("correct", "speaker", sid, "--db", db).exit_code == 2                 # neither id nor name
    assert run("correct", "claim", sid, "B7", "--db", db).exit_code == 1
    assert run("correct", "claim", sid, "B2", "--own", "--db", db).exit_code == 2
    assert run("correct", "merge", LUKA, "p-nobody", "--db", db).exit_code == 1
    assert run("correct", "rename", "p-nobody", "X", "--db", db).exit_code == 1
    assert run("correct", "list", "--db", str(world_db.path) + ".missing").exit_code == 1
    assert json.loads(run("correct", "list", "--json", "--db", db).stdout or "null") is None  # nothing stored


def test_human_cli_corrections_round_trip_through_export_and_import(world_db, tmp_path):
    db = world_db.path
    r = run("correct", "verdict", O_BBC, "B1", "reuters.com", "--status", "paraphrased", "--note", "in para 3",
            "--by", "anna", "--db", db, "--json")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert (rec["op"], rec["b"], rec["author"], rec["before"], rec["state"]) == \
        ("verdict", "paraphrased", "anna", "omitted", "applied")
    sid = world_db.by_claim_outlet[("B2", "reuters.com")].id
    r = run("correct", "claim", sid, "--own", "--note", "a remark of its own", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["claim"].startswith("c")
    r = run("correct", "speaker", world_db.by_claim_outlet[("B1", "bbc.com")].id, "--new-person", "Steve Rosenberg",
            "--by", "anna", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["person"].startswith("steve-rosenberg-")
    assert run("correct", "rename", "p-doe-2", "John Doe", "--db", db).exit_code == 0
    listed = [json.loads(x) for x in run("correct", "list", "--json", "--db", db).stdout.splitlines()]
    assert [x["op"] for x in listed] == ["verdict", "claim", "speaker", "rename"]

    out = tmp_path / "c.jsonl"
    assert run("export", "corrections", "--format", "jsonl", "-o", out, "--db", db).exit_code == 0
    other = build_world(str(tmp_path / "other.db")).path
    r = run("correct", "import", out, "--db", other, "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {"added": 4, "skipped": 0, "problems": []}
    assert json.loads(run("correct", "import", out, "--db", other, "--json").stdout)["skipped"] == 4  # idempotent
    keys = ("op", "a", "b", "value", "author", "note", "created_at")
    again = [json.loads(x) for x in run("correct", "list", "--json", "--db", other).stdout.splitlines()]
    assert [{k: x[k] for k in keys} for x in again] == [{k: x[k] for k in keys} for x in listed]
    # restored, not only listed: the verdict and the speaker hold in the other store
    from parallax.store import open_store

    store = open_store(other)
    cell = next(c for c in store.coverage(O_BBC) if c.claim_id == "B1" and c.outlet == "reuters.com")
    assert cell.status.value == "paraphrased"
    assert store.statement(world_db.by_claim_outlet[("B1", "bbc.com")].id).person_name == "Steve Rosenberg"
    store.close()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"op": "nonsense", "a": "x"}\n', encoding="utf-8")
    assert run("correct", "import", bad, "--db", other).exit_code == 1


def test_human_cli_watch_and_alerts(world_db, tmp_path):
    db = world_db.path
    r = run("watch", "add", "desk", "--outlet", "tass.r", "--db", db)
    assert r.exit_code == 1 and "nearest: tass.ru" in r.stderr
    assert run("watch", "add", "desk", "--db", db).exit_code == 2
    assert run("watch", "add", "bad/name", "--outlet", "tass.ru", "--db", db).exit_code == 1
    r = run("watch", "add", "desk", "--outlet", "tass.ru", "--person", "Лукашенко", "--db", db)
    assert r.exit_code == 0, r.output
    lists = [json.loads(x) for x in run("watch", "list", "--json", "--db", db).stdout.splitlines()]
    assert lists[0]["watches"] == [{"kind": "outlet", "target": "tass.ru"}, {"kind": "person", "target": LUKA}]
    alerts = [json.loads(x) for x in run("alerts", "--json", "--db", db).stdout.splitlines()]
    # tass.ru omitted R2; Lukashenko's claims were omitted or altered by several outlets
    assert any(a["key"] == "omitted|R2|tass.ru" for a in alerts)
    assert any(a["kind"] == "alteration" and a["detail"]["outlet"] == "belta.by" for a in alerts)
    assert len({(a["list"], a["key"]) for a in alerts}) == len(alerts)
    assert run("alerts", "--since", "yesterday", "--db", db).exit_code == 2
    assert run("alerts", "--list", "nope", "--db", db).exit_code == 1
    assert run("alerts", "--since", "2999-01-01", "--json", "--db", db).stdout == ""
    feed = run("alerts", "feed", "desk", "--db", db)
    assert feed.exit_code == 0 and ET.fromstring(feed.stdout.encode()).tag.endswith("feed")
    assert run("alerts", "feed", "nope", "--db", db).exit_code == 1
    r = run("alerts", "deliver", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["delivered"] == 0
    assert run("watch", "remove", "desk", "--outlet", "bbc.com", "--db", db).exit_code == 1
    assert run("watch", "remove", "desk", "--outlet", "tass.ru", "--db", db).exit_code == 0
    assert run("watch", "remove", "nope", "--db", db).exit_code == 1
    assert run("alerts", "--db", str(tmp_path / "missing.db")).exit_code == 1


# ------------------------------------------------------------------ web
def test_human_web_writes_need_the_token(app_client, world_db):
    c = app_client
    form = {"op": "verdict", "occasion_id": O_BBC, "claim_id": "B1", "outlet": "reuters.com", "note": "x"}
    assert c.post("/corrections", data={**form, "token": "wrong"}, follow_redirects=False).status_code == 401
    assert c.post("/corrections", data=form, follow_redirects=False).status_code == 401
    assert c.post("/api/corrections", json=form).status_code == 401
    assert c.post("/api/watch", json={"list": "x", "kind": "outlet", "target": "tass.ru"}).status_code == 401
    assert c.post("/watch", data={"list": "x", "kind": "outlet", "target": "tass.ru", "token": "no"}).status_code == 401
    assert c.get("/api/corrections").json()["corrections"] == []
    assert c.get("/api/watch").json()["lists"] == []


def test_human_web_verdict_form_marks_the_cell_and_evidence(app_client):
    c = app_client
    page = c.get(f"/occasions/{O_BBC}/evidence?claim=B1&outlet=reuters.com")
    assert "mark this verdict wrong" in page.text
    r = c.post("/corrections", data={"op": "verdict", "occasion_id": O_BBC, "claim_id": "B1", "outlet": "reuters.com",
                                     "status": "paraphrased", "note": f"carried {SCRIPT}", "author": "anna",
                                     "token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/evidence?claim=B1&outlet=reuters.com")
    page = c.get(r.headers["location"]).text
    assert "aside class=\"human-note\"" in page and "anna" in page and "machine said omitted" in page
    assert SCRIPT not in page and "&lt;script&gt;" in page
    occ = c.get(f"/occasions/{O_BBC}").text
    row = occ[occ.index(">reuters.com</a>"):]
    row = row[:row.index("</tr>")]
    assert "human-mark" in row and "≈ paraphrased" in row
    listing = c.get("/corrections").text
    assert "marked the verdict wrong" in listing and SCRIPT not in listing


def test_human_web_api_speaker_and_claim_and_person_forms(app_client, world_db):
    c = app_client
    auth = {"Authorization": f"Bearer {TOKEN}"}
    sid = world_db.by_claim_outlet[("B1", "bbc.com")].id
    r = c.post("/api/corrections", json={"op": "speaker", "statement_id": sid, "name": "Steve Rosenberg",
                                         "note": "the question, not the answer"}, headers=auth)
    assert r.status_code == 200 and r.json()["correction"]["op"] == "speaker"
    pid = r.json()["correction"]["b"]
    page = c.get(f"/people/{pid}").text
    assert "✎ human" in page and "Steve Rosenberg" in page
    assert c.post("/api/corrections", json={"op": "claim", "statement_id": "nope", "own": True},
                  headers=auth).status_code == 404
    assert c.post("/api/corrections", json={"op": "explode", "statement_id": sid}, headers=auth).status_code == 422
    assert c.get(f"/statements/{sid}/correct").status_code == 200
    assert c.get("/statements/nope/correct").status_code == 404
    r = c.post("/corrections", data={"op": "rename", "person_id": LUKA, "name": "Aliaksandr Lukashenka",
                                     "token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303
    page = c.get(f"/people/{LUKA}").text
    assert "<h1>Aliaksandr Lukashenka" in page and "renamed" in page
    assert c.get(f"/people/{LUKA}/correct").status_code == 200


def test_human_web_watch_form_feed_and_api(app_client):
    c = app_client
    r = c.post("/watch", data={"list": "belarus", "kind": "outlet", "target": "belta.by", "token": TOKEN},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/watch/belarus"
    page = c.get("/watch/belarus").text
    assert "belta.by omitted" in page and "belta.by altered qualifier" in page
    feed = c.get("/watch/belarus/feed.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == len(c.get("/api/alerts").json()["alerts"]) > 0
    assert c.get("/watch/nope").status_code == 404
    assert c.get("/watch/nope/feed.atom").status_code == 404
    r = c.post("/api/watch", json={"list": "belarus", "kind": "person", "target": "p-nobody"},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 404 and r.json()["ok"] is False
    r = c.post("/api/watch/remove", json={"list": "belarus", "kind": "outlet", "target": "belta.by"},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.json() == {"ok": True, "removed": 1}
    assert c.get("/api/alerts?since=nonsense").status_code == 422
