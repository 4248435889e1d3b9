"""Issue 14 regressions for the web: headers, write guard before the body, no 500 on odd queries."""

from __future__ import annotations

import asyncio
import json

import pytest

from parallax import settings
from parallax.web.app import SECURITY_HEADERS, create_app

from .conftest import TOKEN

pytestmark = pytest.mark.issue(14)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("url", ["/", "/search?q=war", "/api/home", "/api/statements", "/no/such/page",
                                 "/static/style.css", "/openapi.json", "/articles/art-bbc"])
def test_security_headers_on_every_response(client, url):
    r = client.get(url)
    for name, value in SECURITY_HEADERS:
        assert r.headers[name.decode()] == value.decode()
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("url", [
    "/api/statements?q=%00", "/search?q=%00", "/api/statements?q=a%00b",
    "/api/statements?speaker=" + "a" * 50_000, "/search?speaker=" + "%" * 50_000,
    "/search?offset=" + "9" * 30, "/people/p-lukashenko?offset=" + "9" * 30,
    "/api/statements?offset=" + "9" * 30,
    "/articles/art-bbc?hl=%C2%B2-%C2%B3", "/articles/art-bbc?hl=" + "9" * 40 + "-" + "9" * 41,
])
def test_odd_queries_are_4xx_not_500(client, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url[:80], r.status_code)


def test_nul_in_a_search_finds_like_a_space(world):
    from parallax.store import open_store
    store = open_store(world.path)
    try:
        assert store.search_articles("Lukashenko\x00") == store.search_articles("Lukashenko")
    finally:
        store.close()


def _asgi(app, method: str, path: str, headers: list[tuple[bytes, bytes]], chunks: list[bytes] | None):
    """Call the app directly; ``chunks=None`` means reading the body is a test failure."""
    sent: list[dict] = []
    body = chunks if chunks is not None else []  # popped as read: what is left was never read

    async def receive():
        if chunks is None:
            raise AssertionError("the body was read before the token was checked")
        if body:
            return {"type": "http.request", "body": body.pop(0), "more_body": bool(body)}
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "headers": headers, "client": ("t", 1), "server": ("t", 80)}

    async def main():
        async with app.router.lifespan_context(app):
            await app(scope, receive, send)
    asyncio.run(main())
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], dict(start["headers"])


@pytest.mark.parametrize("auth", [None, b"Bearer wrong", b"Basic " + TOKEN.encode()])
def test_upload_auth_is_checked_before_the_body(world, auth):
    headers = [(b"content-type", b"multipart/form-data; boundary=x"), (b"content-length", b"300000000")]
    if auth:
        headers.append((b"authorization", auth))
    status, hdrs = _asgi(create_app(world.path, token=TOKEN), "POST", "/api/ingest", headers, None)
    assert status == 401 and hdrs[b"x-content-type-options"] == b"nosniff"
    status, _ = _asgi(create_app(world.path, token=None), "POST", "/api/ingest", headers, None)
    assert status == 403
    odd = [(b"content-length", "²".encode("latin-1")), (b"authorization", f"Bearer {TOKEN}".encode())]
    status, _ = _asgi(create_app(world.path, token=TOKEN), "POST", "/api/people/merge", odd, [b"{}"])
    assert status < 500


def test_upload_size_cap_is_enforced_while_reading(world, monkeypatch):
    monkeypatch.setattr(settings, "MAX_INPUT_BYTES", 1000)
    headers = [(b"content-type", b"multipart/form-data; boundary=x"), (b"authorization", f"Bearer {TOKEN}".encode())]
    app = create_app(world.path, token=TOKEN)
    status, _ = _asgi(app, "POST", "/api/ingest", headers + [(b"content-length", b"999999999")], None)
    assert status == 413  # refused from the declared length, body unread
    chunks = [b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"] + [b"a" * 16384] * 40
    status, _ = _asgi(app, "POST", "/api/ingest", headers, chunks)  # no Content-Length: counted as read
    assert status == 413 and len(chunks) > 0  # stopped before the whole body was consumed


def test_upload_with_a_lone_surrogate_keeps_the_good_lines(tmp_path):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    text = "The minister said on Monday that the talks would go on for another week."
    lines = [json.dumps({"text": f"{text} {i}", "url": f"https://example.org/{i}"}) for i in range(5)]
    lines[2] = '{"text": "x y z", "title": "\\ud83d"}'
    with TestClient(create_app(str(tmp_path / "u.db"), token=TOKEN)) as c:
        r = c.post("/api/ingest", headers=AUTH, files={"file": ("a.jsonl", "\n".join(lines).encode())})
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 4 and r.json()["rejected"][0]["source"] == "a.jsonl:3"
