"""Watch lists and alerts (issue 15): tell the analyst when something new happens to what they watch.

A watch list is named and holds people, outlets and occasions. After every run (``pipeline.group``
calls ``check``) the events on watched items are recorded as alerts, once each: an omission or an
alteration by a watched outlet, or on a watched person's or occasion's claims, and a contradiction
by a watched person. An event has a stable key (``omitted|<claim>|<outlet>``,
``altered|<claim>|<outlet>``, ``contradiction|<statement>|<kind>|<against>``: claim ids derive from
content, so ``run`` and ``run --full`` give the same keys), and a key is alerted once per list.

Alerts are read with ``parallax alerts``, as an Atom feed per list (``feed``) and, for a list with
a webhook, POSTed as JSON by ``deliver``: a queue the run only fills (it never waits on the
network), drained by ``parallax alerts deliver``, each delivery retried with exponential backoff
up to ``ATTEMPTS`` times, every failure recorded.

Reads and writes through ``Store`` only. Depends on: ``resolve`` (person ids after merges).
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree as ET

from .errors import InputError, NotFound
from .model import Alert, Watch

KINDS = ("person", "outlet", "occasion")
#: webhook delivery: attempts per alert, first retry after BACKOFF_S (doubling), seconds per try
ATTEMPTS = 5
BACKOFF_S = 30.0
TIMEOUT_S = 5.0
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def check_name(name: str) -> str:
    """A list name is a short slug (it is part of the feed's URL)."""
    if not isinstance(name, str) or not _NAME.match(name):
        raise InputError(repr(name), "a watch list name is 1-64 letters, digits, '.', '_' or '-'")
    return name


def check_webhook(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2000:
        raise InputError(url[:80], "a webhook is an http(s) URL")
    return url


def _nearest(value: str, known: list[str]) -> str:
    import difflib

    near = difflib.get_close_matches(value, known, n=3, cutoff=0.3)
    return f"; nearest: {', '.join(near)}" if near else ""


def resolve_target(store, kind: str, target: str) -> str:
    """The id a watch is stored under; NotFound (naming the nearest) for an unknown one."""
    if kind not in KINDS:
        raise InputError(kind, f"watch a {', '.join(KINDS)}")
    target = (target or "").strip()
    if kind == "person":
        from .pipeline import registry_for

        reg = registry_for(store)
        p = reg.get(target)
        if p is None:
            link = reg.resolve(target)
            p = reg.get(link.person_id) if link else None
        if p is None:
            raise NotFound(f"no person {target!r}" + _nearest(target, [x.id for x in store.people()]))
        return p.id
    if kind == "outlet":
        known = sorted({o for o, *_ in store.outlet_stats()} | {o.domain for o in store.outlets()})
        if target not in known:
            raise NotFound(f"no outlet {target!r}" + _nearest(target, known))
        return target
    store.occasion(target)  # NotFound if unknown
    return target


def add(store, name: str, kind: str, target: str, *, webhook: str | None = None) -> Watch:
    """Watch one item in list ``name`` (created if new); the list is checked at once."""
    check_name(name)
    w = Watch(name, kind, resolve_target(store, kind, target))
    with store.transaction():
        store.put_watch_list(name, check_webhook(webhook))
        store.add_watches([w])
    return w


# ------------------------------------------------------------------ events
@dataclass(frozen=True, slots=True)
class Event:
    key: str
    kind: str
    title: str
    link: str
    detail: dict
    person: str | None = None
    outlet: str | None = None
    occasion: str | None = None


def events(store) -> Iterator[Event]:
    """Every current omission, alteration and contradiction, with what it is about."""
    claims = {c.id: c for c in store.claims()}
    occasions = {o.id: o for o in store.occasions()}
    for cell in store.coverage():
        status = cell.status.value
        if status not in ("omitted", "altered"):
            continue
        claim = claims.get(cell.claim_id)
        occ = occasions.get(cell.occasion_id)
        label = claim.label if claim else cell.claim_id
        what = "omitted" if status == "omitted" else "altered " + ", ".join(sorted({a.kind for a in cell.alterations}))
        yield Event(
            key=f"{status}|{cell.claim_id}|{cell.outlet}", kind="omission" if status == "omitted" else "alteration",
            title=f"{cell.outlet} {what}: {label}",
            link=f"/occasions/{quote(cell.occasion_id, safe='')}/evidence?claim={quote(cell.claim_id, safe='')}"
                 f"&outlet={quote(cell.outlet, safe='')}",
            detail={"occasion": cell.occasion_id, "occasion_label": occ.label if occ else None,
                    "claim": cell.claim_id, "claim_label": label, "outlet": cell.outlet, "status": status,
                    "article_id": cell.article_id,
                    "alterations": [{"kind": a.kind, "note": a.note} for a in cell.alterations]},
            person=claim.person_id if claim else (occ.person_id if occ else None),
            outlet=cell.outlet, occasion=cell.occasion_id)
    flags = store.contradictions()
    if flags:
        from .report.records import contradiction_records

        for f, r in zip(flags, contradiction_records(store, flags)):
            who = r.get("person") or r.get("person_id") or "?"
            yield Event(
                key=f"contradiction|{f.statement_id}|{f.against_kind}|{f.against_id}", kind="contradiction",
                title=f"{who} contradicts {'fact ' + f.against_id if f.against_kind == 'fact' else 'earlier words'}: "
                      f"{f.reason}",
                link=f"/articles/{quote(r['article_id'], safe='')}?hl={r['start']}-{r['end']}#hl",
                detail={"statement": f.statement_id, "against_kind": f.against_kind, "against": f.against_id,
                        "reason": f.reason, "content": r.get("content"), "outlet": r.get("outlet"),
                        "article_id": r.get("article_id")},
                person=r.get("person_id"), outlet=r.get("outlet"))


def _matches(w: Watch, e: Event) -> bool:
    if e.kind == "contradiction":
        return w.kind == "person" and w.target == e.person
    return (w.kind == "person" and w.target == e.person) or (w.kind == "outlet" and w.target == e.outlet) \
        or (w.kind == "occasion" and w.target == e.occasion)


def check(store) -> list[Alert]:
    """Record the alerts that are new (never alerted to that list before); return them."""
    watches = store.watches()
    if not watches:
        return []
    found: dict[tuple[str, str], Alert] = {}
    for e in events(store):
        for w in watches:
            if (w.list, e.key) not in found and _matches(w, e):
                found[(w.list, e.key)] = Alert(0, w.list, e.key, e.kind, w.kind, w.target, e.title[:500],
                                               e.detail, e.link)
    return store.add_alerts(found.values()) if found else []


def record(a: Alert) -> dict[str, Any]:
    """One alert as JSON (``parallax alerts --json``, the API, the webhook body)."""
    return {"id": a.id, "list": a.list, "key": a.key, "kind": a.kind, "watched_kind": a.watched_kind,
            "watched": a.watched, "title": a.title, "link": a.link, "created_at": a.created_at,
            "detail": a.detail}


# ------------------------------------------------------------------ Atom
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _x(text: Any) -> str:
    """Text an XML 1.0 document may hold (ElementTree escapes <, > and &; it keeps control chars)."""
    return _XML_BAD.sub("\ufffd", str(text if text is not None else ""))


def _when(created: str | None) -> str:
    t = (created or "1970-01-01T00:00:00Z").replace(" ", "T")
    return t if t.endswith("Z") else t + "Z"


def feed(store, name: str, base_url: str = "http://localhost") -> str:
    """The Atom feed (RFC 4287) of one watch list, newest 100 alerts first."""
    if name not in {n for n, *_ in store.watch_lists()}:
        raise NotFound(f"no watch list {name!r}")
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    base = base_url.rstrip("/")
    alerts = store.alerts(name=name, limit=100)
    root = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(root, f"{{{ns}}}id").text = f"urn:parallax:watch:{quote(name, safe='')}"
    ET.SubElement(root, f"{{{ns}}}title").text = _x(f"parallax alerts: {name}")
    ET.SubElement(root, f"{{{ns}}}updated").text = _when(alerts[0].created_at if alerts else None)
    ET.SubElement(ET.SubElement(root, f"{{{ns}}}author"), f"{{{ns}}}name").text = "parallax"
    ET.SubElement(root, f"{{{ns}}}link", rel="self", href=_x(f"{base}/watch/{quote(name, safe='')}/feed.atom"))
    for a in alerts:
        e = ET.SubElement(root, f"{{{ns}}}entry")
        ET.SubElement(e, f"{{{ns}}}id").text = f"urn:parallax:alert:{quote(name, safe='')}:{a.id}"
        ET.SubElement(e, f"{{{ns}}}title").text = _x(a.title)
        ET.SubElement(e, f"{{{ns}}}updated").text = _when(a.created_at)
        if a.link:
            ET.SubElement(e, f"{{{ns}}}link", href=_x(base + a.link))
        ET.SubElement(e, f"{{{ns}}}category", term=a.kind)
        body = "; ".join(f"{k}: {v}" for k, v in a.detail.items() if v not in (None, [], ""))
        ET.SubElement(e, f"{{{ns}}}content", type="text").text = _x(body)
    return "<?xml version='1.0' encoding='utf-8'?>\n" + ET.tostring(root, encoding="unicode")


# ------------------------------------------------------------------ webhooks
def _post(url: str, body: bytes, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json", "User-Agent": "parallax-alerts"})
    with urllib.request.urlopen(req, timeout=timeout) as r:  # noqa: S310 - http(s) only (check_webhook)
        if not 200 <= r.status < 300:
            raise urllib.error.HTTPError(url, r.status, r.reason, r.headers, None)


def deliver(store, *, now: float | None = None, timeout: float | None = None) -> dict[str, int]:
    """Try every webhook delivery that is due once; returns counts (delivered, retry, failed).

    A failed try is retried ``BACKOFF_S`` × 2ⁿ seconds later, ``ATTEMPTS`` tries in all; then the
    delivery is marked failed with its last error (``parallax alerts --deliveries`` shows it).
    """
    now = time.time() if now is None else now
    counts = {"delivered": 0, "retry": 0, "failed": 0}
    due = store.due_deliveries(now)
    alerts = {a.id: a for a in store.alerts(ids=[d[0] for d in due])} if due else {}
    for alert_id, url, attempts in due:
        a = alerts.get(alert_id)
        body = json.dumps({"list": a.list if a else None, "alert": record(a) if a else {"id": alert_id}},
                          ensure_ascii=False).encode("utf-8")
        try:
            check_webhook(url)
            _post(url, body, TIMEOUT_S if timeout is None else timeout)
        except (OSError, ValueError, InputError, urllib.error.URLError) as e:
            tries = attempts + 1
            retry_at = now + BACKOFF_S * 2 ** attempts if tries < ATTEMPTS else None
            store.record_delivery(alert_id, ok=False, error=f"{type(e).__name__}: {e}"[:500], next_at=retry_at)
            counts["retry" if retry_at is not None else "failed"] += 1
            continue
        store.record_delivery(alert_id, ok=True)
        counts["delivered"] += 1
    return counts


def deliver_all(store, *, max_wait: float = 60.0, sleep=time.sleep) -> dict[str, int]:
    """``deliver`` until nothing is pending or the next retry is over ``max_wait`` seconds away."""
    total = {"delivered": 0, "retry": 0, "failed": 0}
    deadline = time.time() + max_wait
    while True:
        for k, v in deliver(store).items():
            total[k] += v
        pending = store.deliveries("pending")
        if not pending:
            break
        wake = min(d[4] for d in pending)
        if wake > deadline:
            break
        sleep(max(0.0, wake - time.time()))
    total["pending"] = len(store.deliveries("pending"))
    return total


__all__ = ["ATTEMPTS", "BACKOFF_S", "KINDS", "Event", "add", "check", "check_name", "check_webhook", "deliver",
           "deliver_all", "events", "feed", "record", "resolve_target"]
