"""The JSON API: every route, pagination, the one error shape, token-guarded writes, escaping."""

from __future__ import annotations

import json
import warnings

import pytest

from parallax.store import open_store

from .conftest import DOE, DOE2, HOSTILE, IMG, LUKA, O_BBC, O_R1, SCRIPT, TOKEN, build_world

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _client(path, token=TOKEN):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    return TestClient(create_app(path, token=token))


@pytest.fixture
def writable(tmp_path):
    """A private copy of the world for tests that write."""
    world = build_world(str(tmp_path / "w.db"))
    with _client(world.path) as c:
        yield world, c


READS = ["/api/home", "/api/statements", "/api/people", f"/api/people/{LUKA}", "/api/occasions",
         f"/api/occasions/{O_BBC}", f"/api/occasions/{O_R1}/evidence?claim=R2&outlet=tass.ru",
         f"/api/articles/{HOSTILE}", "/api/outlets"]


@pytest.mark.parametrize("path", READS)
def test_api_reads_are_open_json_and_in_the_schema(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.json()["ok"] is True
    schema_paths = client.get("/openapi.json").json()["paths"]
    template = path.split("?")[0].replace(LUKA, "{person_id}").replace(O_BBC, "{occasion_id}") \
        .replace(O_R1, "{occasion_id}").replace(HOSTILE, "{article_id}")
    assert template in schema_paths


def test_api_openapi_documents_writes_and_pagination(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/ingest", "/api/people/merge", "/api/people/split"):
        assert "post" in schema["paths"][path]
    params = {p["name"] for p in schema["paths"]["/api/statements"]["get"]["parameters"]}
    assert {"q", "speaker", "outlet", "outlet_kind", "language", "type", "since", "until", "limit",
            "offset"} <= params


def test_api_statements_follow_interfaces_shape(client, world):
    rows = client.get("/api/statements?outlet=tass.ru").json()["statements"]
    assert len(rows) == 1
    s = rows[0]
    a, b = world.span_of("art-tass", "Тогда Запад сразу отреагирует")
    assert (s["start"], s["end"], s["fragments"]) == (a, b, [[a, b]])
    assert s["content"] == world.articles["art-tass"].text[a:b]
    assert (s["speaker"], s["cue"], s["person_id"], s["claim"], s["occasion"]) == (
        "Александр Лукашенко", "заявил", LUKA, "R1", O_R1)
    assert s["synthetic"] is True and s["outlet"] == "tass.ru" and s["language"] == "ru"


def test_api_pagination_walks_every_statement_once(client):
    seen, url = [], "/api/statements?limit=5"
    while url:
        page = client.get(url).json()
        assert page["limit"] == 5 and page["total"] == 14
        seen += [s["id"] for s in page["statements"]]
        url = page["next_url"]
    assert len(seen) == len(set(seen)) == 14
    last = client.get("/api/statements?limit=5&offset=10").json()
    assert last["next"] is None and len(last["statements"]) == 4
    people = client.get("/api/people?limit=1&offset=1").json()
    assert people["total"] == 3 and len(people["people"]) == 1 and people["next"] == 2


def test_api_search_filters_combine(client):
    def ids(query):
        return {(s["outlet"], s["claim"]) for s in client.get(f"/api/statements?{query}").json()["statements"]}

    assert ids("outlet_kind=state&type=direct") == {("tass.ru", "R1"), ("belta.by", "B1"), ("belta.by", "R1"),
                                                    ("ukrinform.net", "R2")}
    # the two English reports, then meduza's Russian one: align grouped it into the same claim
    assert ids("q=stupid") == {("bbc.com", "B2"), ("reuters.com", "B2"), ("meduza.io", "B2")}
    assert ids("speaker=Jane") == {("evil.example", None)}
    assert ids("since=2024-10-24&language=ru") == {("meduza.io", "B1"), ("meduza.io", "B2"), ("meduza.io", "R2")}


def test_api_occasion_matrix_names_the_omission(client):
    data = client.get(f"/api/occasions/{O_R1}").json()
    claims = [c["id"] for c in data["claims"]]
    tass = next(r for r in data["rows"] if r["outlet"] == "tass.ru")
    assert tass["kind"] == "state"
    status = {claims[i]: c["status"] for i, c in enumerate(tass["cells"])}
    assert status == {"R1": "verbatim", "R2": "omitted"}
    omitted = tass["cells"][claims.index("R2")]
    assert omitted["article_id"] == "art-tass" and omitted["statement_id"] is None
    assert data["counts"] == {"verbatim": 5, "paraphrased": 1, "altered": 0, "omitted": 4}


def test_api_evidence_carries_alteration_spans(client, world):
    data = client.get(f"/api/occasions/{O_BBC}/evidence?claim=B1&outlet=belta.by").json()
    alt = data["cell"]["alterations"][0]
    assert alt["kind"] == "qualifier" and alt["other_article_id"] == "art-meduza"
    assert list(alt["other"]) == list(world.span_of("art-meduza", "даже Беларуси"))
    assert {r["outlet"] for r in data["reports"]} == {"bbc.com", "belta.by", "meduza.io", "ukrinform.net"}


@pytest.mark.parametrize("path,status,needle", [
    ("/api/articles/nope", 404, "no article with id 'nope'"),
    ("/api/people/nope", 404, "no person with id 'nope'"),
    ("/api/occasions/nope", 404, "no occasion with id 'nope'"),
    ("/api/nothing-here", 404, "no page at /api/nothing-here"),
    ("/api/statements?limit=0", 422, "limit"),
    ("/api/statements?offset=-1", 422, "offset"),
    ("/api/statements?type=quoted", 422, "type='quoted'"),
    ("/api/statements?outlet_kind=tabloid", 422, "outlet_kind='tabloid'"),
    ("/api/statements?since=yesterday", 422, "YYYY-MM-DD"),
    ("/api/occasions/x/evidence", 422, "claim"),
])
def test_api_errors_have_one_shape(client, path, status, needle):
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and needle in body["error"]


def test_api_write_without_token_is_401_in_the_error_shape(client):
    r = client.post("/api/people/merge", json={"a": LUKA, "b": DOE})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json() == {"ok": False, "error": "a write needs the header 'Authorization: Bearer <token>'",
                        "status": 401}
    wrong = client.post("/api/people/merge", json={"a": LUKA, "b": DOE}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client.post("/api/ingest", files={"file": ("a.txt", b"x")}).status_code == 401


def test_api_writes_refused_when_server_has_no_token(world):
    with _client(world.path, token=None) as c:
        r = c.post("/api/people/split", json={"person_id": DOE, "alias": "J. Doe"}, headers=AUTH)
    assert r.status_code == 403 and "--token" in r.json()["error"]


def test_api_merge_and_split_record_corrections(writable):
    world, c = writable
    r = c.post("/api/people/merge", json={"a": DOE, "b": DOE2}, headers=AUTH)
    assert r.status_code == 200 and r.json()["ok"] is True
    r = c.post("/api/people/split", json={"person_id": LUKA, "alias": "Lukashenka"}, headers=AUTH)
    assert r.status_code == 200
    store = open_store(world.path)
    try:
        assert [x[1:] for x in store.corrections()] == [("merge", DOE, DOE2, None),
                                                          ("split", LUKA, None, "Lukashenka")]
    finally:
        store.close()


def test_api_bad_writes_change_nothing(writable):
    world, c = writable
    assert c.post("/api/people/merge", json={"a": DOE, "b": "ghost"}, headers=AUTH).status_code == 404
    assert c.post("/api/people/merge", json={"a": DOE, "b": DOE}, headers=AUTH).status_code == 422
    r = c.post("/api/people/split", json={"person_id": LUKA}, headers=AUTH)
    assert r.status_code == 422 and r.json()["ok"] is False and "alias" in r.json()["error"]
    store = open_store(world.path)
    try:
        assert store.corrections() == []
    finally:
        store.close()


def test_api_returns_hostile_text_as_data_never_as_markup(client, world):
    r = client.get(f"/api/articles/{HOSTILE}")
    assert "<script" not in r.text and "<img" not in r.text
    data = json.loads(r.text)
    assert data["article"]["text"] == world.articles[HOSTILE].text
    assert data["article"]["title"].startswith(SCRIPT)
    assert data["statements"][0]["content"].startswith(SCRIPT)
    outlets = client.get("/api/outlets").json()["outlets"]
    assert any(o["name"].startswith(IMG) for o in outlets)


def test_api_ingest_upload_adds_articles_once(writable, tmp_path):
    ingest = pytest.importorskip("parallax.ingest", reason="parallax.ingest (issue: ingest stage) not built yet")
    if not hasattr(ingest, "articles"):
        pytest.skip("parallax.ingest.articles is not there yet")
    world, c = writable
    line = json.dumps({"text": f"The minister said: “{SCRIPT} is data.” Nothing else happened that day.",
                       "title": "Uploaded", "outlet": "example.com", "language": "en",
                       "url": "https://example.com/uploaded-1"}, ensure_ascii=False)
    payload = (line + "\n").encode()
    first = c.post("/api/ingest", files={"file": ("batch.jsonl", payload)}, headers=AUTH)
    assert first.status_code == 200, first.text
    assert first.json()["added"] == 1
    again = c.post("/api/ingest", files={"file": ("batch.jsonl", payload)}, headers=AUTH).json()
    assert (again["added"], again["duplicates"]) == (0, 1)
    assert c.get("/api/home").json()["counts"]["articles"] == len(world.articles) + 1
    store = open_store(world.path)
    try:
        stored = store.article(first.json()["ids"][0])
    finally:
        store.close()
    assert stored.text.startswith("The minister said: “<script>") and stored.source.startswith("upload:batch.jsonl")
    broken = c.post("/api/ingest", files={"file": ("broken.jsonl", b'{"text": "x said y."}\n{not json\n')},
                    headers=AUTH).json()
    assert [r["source"] for r in broken["rejected"]] == ["broken.jsonl:2"]


def test_api_ingest_rejects_empty_upload(writable):
    _, c = writable
    r = c.post("/api/ingest", files={"file": ("../../etc/empty.txt", b"")}, headers=AUTH)
    assert r.status_code == 422
    assert r.json() == {"ok": False, "error": "empty.txt: the upload is empty", "status": 422}


def test_api_people_include_registry_people_linked_by_statements(tmp_path):
    """A bundled registry person (not in the store's own people table) is listed with aliases."""
    from fastapi.testclient import TestClient

    from parallax.model import Article, Kind, Span, Statement
    from parallax.store import open_store
    from parallax.web.app import create_app

    path = str(tmp_path / "reg.db")
    store = open_store(path)
    text = "“Nobody is going to fight there,” Lukashenko told the BBC."
    store.add_articles([Article(id="a1", text=text, content_hash="h1", outlet="bbc.com", synthetic=True)])
    content = (Span.of(text, 0, 34),)
    store.replace_statements("a1", [Statement(
        id=Statement.make_id("a1", content), article_id="a1", type=Kind.DIRECT, content=content,
        person_id="alexander-lukashenko", person_name="Alexander Lukashenko")], "test")
    store.close()
    rows = TestClient(create_app(path)).get("/api/people").json()["people"]
    lukashenko = next(p for p in rows if p["id"] == "alexander-lukashenko")
    assert "Lukashenka" in lukashenko["aliases"]
    assert lukashenko["statements"] == 1
