"""Watch lists and alerts (issue 15): exactly once across runs, a valid Atom feed, webhook retries."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from xml.etree import ElementTree as ET

import pytest

from parallax import pipeline, watch
from parallax.errors import InputError, NotFound
from parallax.model import Alert

pytestmark = pytest.mark.issue(15)
ATOM = "{http://www.w3.org/2005/Atom}"


def test_watch_alerts_exactly_once_across_runs(demo_store):
    store = demo_store
    omitting = sorted({c.outlet for c in store.coverage() if c.status.value == "omitted"})
    assert omitting
    watch.add(store, "desk", "outlet", omitting[0])
    watch.add(store, "desk", "person", "Лукашенко")          # a name resolves to the person's id
    assert {w.target for w in store.watches("desk")} == {omitting[0], "alexander-lukashenko"}
    first = watch.check(store)
    kinds = {a.kind for a in first}
    assert "omission" in kinds and "contradiction" in kinds   # the demo's facts flag his denials
    n = len(store.alerts())
    assert n == len(first) == len({a.key for a in first})
    assert watch.check(store) == []                           # nothing new
    pipeline.run(store)
    assert len(store.alerts()) == n
    pipeline.run(store, full=True)                            # same claims, same keys: no re-alert
    assert len(store.alerts()) == n
    # every current omission of the watched outlet is alerted once, with a link to its evidence
    mine = [a for a in store.alerts() if a.kind == "omission" and a.detail["outlet"] == omitting[0]]
    cells = [c for c in store.coverage() if c.status.value == "omitted" and c.outlet == omitting[0]]
    assert len(mine) >= len(cells) > 0
    assert all(a.link.startswith("/occasions/") and "/evidence?claim=" in a.link for a in mine)


def test_watch_new_event_after_a_run_is_alerted(demo_store):
    """Articles that arrive later bring new omissions and alterations: alerted by that run, once."""
    from .conftest import LATER, demo_articles

    store = demo_store
    watch.add(store, "p", "person", "alexander-lukashenko")
    before = {a.key for a in store.alerts(name="p")}
    store.add_articles([a for a in demo_articles() if a.id in LATER])
    outlets = {a.outlet for a in demo_articles() if a.id in LATER}
    pipeline.run(store)
    new = [a for a in store.alerts(name="p") if a.key not in before]
    assert any(a.detail.get("outlet") in outlets for a in new), new
    pipeline.run(store)
    assert [a for a in store.alerts(name="p") if a.key not in before] == new


def test_watch_refuses_unknown_targets_and_bad_names(demo_store):
    with pytest.raises(NotFound, match="nearest"):
        watch.add(demo_store, "desk", "outlet", "tass.r")
    with pytest.raises(NotFound):
        watch.add(demo_store, "desk", "occasion", "o-nothing")
    with pytest.raises(InputError):
        watch.add(demo_store, "bad name/../x", "outlet", "tass.ru")
    with pytest.raises(InputError):
        watch.check_webhook("file:///etc/passwd")
    assert demo_store.watches() == []


def _hostile_alert(store):
    store.put_watch_list("hostile")
    return store.add_alerts([Alert(0, "hostile", "k1", "omission", "outlet", "evil.example",
                                   "<script>alert(1)</script> & \x01bell\x0b “quotes”",
                                   {"note": "</content><x>"}, "/occasions/o?claim=c&outlet=<x>")])


def test_watch_feed_is_valid_atom_with_escaped_text(fresh_store):
    (a,) = _hostile_alert(fresh_store)
    xml = watch.feed(fresh_store, "hostile", "http://example.org/")
    root = ET.fromstring(xml.encode("utf-8"))                 # well-formed XML 1.0
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    (entry,) = root.findall(f"{ATOM}entry")
    for tag in ("id", "title", "updated"):
        assert entry.find(f"{ATOM}{tag}").text
    assert entry.find(f"{ATOM}title").text == "<script>alert(1)</script> & \ufffdbell\ufffd “quotes”"
    assert entry.find(f"{ATOM}link").get("href") == "http://example.org/occasions/o?claim=c&outlet=<x>"
    assert "<script>" not in xml and "&lt;script&gt;" in xml
    assert entry.find(f"{ATOM}updated").text.endswith("Z")
    with pytest.raises(NotFound):
        watch.feed(fresh_store, "nope")


class _Hook(BaseHTTPRequestHandler):
    fail_first = 1
    received: list = []

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).received.append(json.loads(body))
        if len(type(self).received) <= type(self).fail_first:
            self.send_response(500)
        else:
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook_server():
    _Hook.received = []
    srv = HTTPServer(("127.0.0.1", 0), _Hook)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv, f"http://127.0.0.1:{srv.server_address[1]}/hook"
    srv.shutdown()
    srv.server_close()


def test_watch_webhook_retried_with_backoff_after_a_failure(fresh_store, hook_server):
    srv, url = hook_server
    _Hook.fail_first = 1
    store = fresh_store
    store.put_watch_list("hostile", url)
    (a,) = _hostile_alert(store)
    assert store.deliveries() == [(a.id, url, "pending", 0, 0.0, None, None)]
    t = 1_000_000.0
    assert watch.deliver(store, now=t) == {"delivered": 0, "retry": 1, "failed": 0}
    (_, _, status, attempts, next_at, error, _) = store.deliveries()[0]
    assert (status, attempts, next_at) == ("pending", 1, t + watch.BACKOFF_S)
    assert "500" in error                                     # the failure is recorded and visible
    assert watch.deliver(store, now=t + 1) == {"delivered": 0, "retry": 0, "failed": 0}  # not due yet
    assert watch.deliver(store, now=t + watch.BACKOFF_S) == {"delivered": 1, "retry": 0, "failed": 0}
    assert store.deliveries()[0][2:4] == ("delivered", 2)
    assert [r["alert"]["id"] for r in _Hook.received] == [a.id, a.id]
    assert _Hook.received[-1]["list"] == "hostile" and "<script>" in _Hook.received[-1]["alert"]["title"]
    assert watch.deliver(store, now=t + 10 ** 6) == {"delivered": 0, "retry": 0, "failed": 0}  # once only


def test_watch_webhook_gives_up_after_bounded_attempts(fresh_store, hook_server, monkeypatch):
    srv, url = hook_server
    _Hook.fail_first = 10 ** 6
    monkeypatch.setattr(watch, "BACKOFF_S", 0.0)
    fresh_store.put_watch_list("hostile", url)
    _hostile_alert(fresh_store)
    counts = watch.deliver_all(fresh_store, max_wait=5, sleep=lambda s: None)
    assert counts["failed"] == 1 and counts["pending"] == 0
    assert len(_Hook.received) == watch.ATTEMPTS
    assert fresh_store.deliveries()[0][2:4] == ("failed", watch.ATTEMPTS)


def test_watch_run_never_waits_on_a_webhook(demo_store, monkeypatch):
    """A run only queues deliveries: no network call happens inside it."""
    calls = []
    monkeypatch.setattr(watch, "_post", lambda *a, **k: calls.append(a))
    demo_store.put_watch_list("slow", "http://192.0.2.1:9/never")   # TEST-NET: would hang
    demo_store.add_watches([watch.Watch("slow", "person", "alexander-lukashenko")])
    pipeline.run(demo_store)
    assert calls == []
    pending = demo_store.deliveries("pending")
    assert pending and all(d[3] == 0 for d in pending)
