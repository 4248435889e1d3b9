"""Store methods for issue 15: corrections with who/why and state, watch lists, alerts, deliveries."""

from __future__ import annotations

import inspect

import pytest

from parallax.model import Alert, Watch
from parallax.store.base import Store
from parallax.store.sqlite import SQLiteStore

pytestmark = pytest.mark.issue(15)
NEW = ("correction_log", "set_correction_states", "unalign", "set_cell_status", "put_watch_list", "watch_lists",
       "add_watches", "remove_watches", "watches", "add_alerts", "alerts", "due_deliveries", "record_delivery",
       "deliveries")


@pytest.mark.parametrize("name", NEW + ("add_correction",))
def test_human_store_protocol_declares_what_sqlite_implements(name):
    assert hasattr(Store, name), f"Store protocol lacks {name}"
    assert list(inspect.signature(getattr(Store, name)).parameters) == \
        list(inspect.signature(getattr(SQLiteStore, name)).parameters)


def test_human_store_corrections_keep_who_why_and_state(fresh_store):
    s = fresh_store
    a = s.add_correction("merge", "p1", "p2", author="anna", note="same man")
    b = s.add_correction("verdict", "o|c|tass.ru", None, "s1", note="disputed", created_at="2024-10-23T10:00:00Z")
    assert [c.id for c in s.correction_log()] == [a, b]
    assert s.corrections() == [(a, "merge", "p1", "p2", None), (b, "verdict", "o|c|tass.ru", None, "s1")]
    assert [c.id for c in s.correction_log(target="p2")] == [a]
    assert [c.id for c in s.correction_log(ops=["verdict"])] == [b]
    assert s.correction_log()[1].created_at == "2024-10-23T10:00:00Z"
    s.set_correction_states([(a, "orphaned", "no person 'p2'")])
    s.set_correction_states([(a, "applied", None)])
    c = s.correction_log()[0]
    assert (c.author, c.note, c.state, c.detail) == ("anna", "same man", "applied", None)
    assert s.set_cell_status("o", "c", "tass.ru", "paraphrased") is None      # no such cell


def test_human_store_alerts_once_per_list_and_key_and_queue_webhooks(fresh_store):
    s = fresh_store
    s.add_watches([Watch("a", "outlet", "tass.ru"), Watch("b", "outlet", "tass.ru")])
    s.put_watch_list("b", "https://hooks.example.org/x")
    s.put_watch_list("b")                                        # keeps the webhook
    assert s.watch_lists()[1][:2] == ("b", "https://hooks.example.org/x")
    mk = lambda lst, key: Alert(0, lst, key, "omission", "outlet", "tass.ru", f"t {key}", {"n": 1}, "/x")  # noqa: E731
    first = s.add_alerts([mk("a", "k1"), mk("b", "k1"), mk("a", "k2")])
    assert [(x.list, x.key) for x in first] == [("a", "k2"), ("b", "k1"), ("a", "k1")]  # newest first
    assert s.add_alerts([mk("a", "k1"), mk("b", "k1")]) == []
    assert [d[0] for d in s.deliveries()] == [x.id for x in first if x.list == "b"]
    assert s.alerts(name="a", limit=1)[0].key == "k2" and first[0].detail == {"n": 1}
    assert s.remove_watches("a", "outlet", "tass.ru") == 1
    assert s.remove_watches("b") == 2                            # its one watch and the list
    assert [w.list for w in s.watches()] == []
    assert len(s.alerts()) == 3                                  # alerts are kept
