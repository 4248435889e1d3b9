"""Watch lists and alerts in the UI and the API (issue 15).

Pages: ``/watch`` (the lists, a form to watch something, the latest alerts), ``/watch/{name}``
(one list's alerts) and ``/watch/{name}/feed.atom`` (its Atom feed). The form POSTs to ``/watch``
with the token as a field; the API has ``GET /api/watch``, ``GET /api/alerts`` and, with the
bearer token, ``POST /api/watch`` and ``POST /api/watch/remove``.

Reads and writes through ``parallax.watch`` and the store. ``install(app, env)`` adds it all.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from .. import watch as W
from ..errors import NotFound
from . import api
from .corrections import _check_form_token

_SINCE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?Z?)?$")


def lists(store) -> list[dict[str, Any]]:
    out = []
    for name, hook, created in store.watch_lists():
        deliveries = store.deliveries()
        mine = {a.id for a in store.alerts(name=name)}
        failed = [d for d in deliveries if d[0] in mine and d[2] == "failed"]
        out.append({"name": name, "webhook": hook, "created_at": created,
                    "watches": [{"kind": w.kind, "target": w.target} for w in store.watches(name)],
                    "alerts": len(mine), "failed_deliveries": len(failed),
                    "last_error": failed[-1][5] if failed else None})
    return out


class WatchIn(BaseModel):
    list: str = Field(min_length=1, max_length=64, description="Watch list name (created if new)")
    kind: str | None = Field(None, description="person | outlet | occasion")
    target: str | None = Field(None, max_length=500, description="A person id or name, an outlet domain, an occasion id")
    webhook: str | None = Field(None, max_length=2000, description="POST new alerts of the list here")


def add(store, body: WatchIn) -> dict[str, Any]:
    W.check_name(body.list)
    out: dict[str, Any] = {"list": body.list}
    if body.kind or body.target:
        w = W.add(store, body.list, body.kind or "", body.target or "", webhook=body.webhook or None)
        out.update(kind=w.kind, target=w.target)
    elif body.webhook:
        store.put_watch_list(body.list, W.check_webhook(body.webhook))
    else:
        raise HTTPException(422, "give a kind and target to watch, or a webhook")
    out["new_alerts"] = len(W.check(store))
    return out


router = APIRouter(prefix="/api", tags=["api"], default_response_class=api.SafeJSONResponse)


@router.get("/watch", summary="Watch lists and what each watches")
def api_lists(store=Depends(api.store_of)) -> dict[str, Any]:
    return {"ok": True, "lists": lists(store)}


@router.get("/alerts", summary="Alerts on watched items, newest first")
def api_alerts(since: str | None = None, list: str | None = Query(None, max_length=64),
               limit: int = Query(100, ge=1, le=1000), store=Depends(api.store_of)) -> dict[str, Any]:
    if since and not _SINCE.match(since):
        raise HTTPException(422, f"since={since!r}: expected a date as YYYY-MM-DD")
    return {"ok": True, "alerts": [W.record(a) for a in store.alerts(name=list, since=since, limit=limit)]}


@router.post("/watch", dependencies=[Depends(api.require_token)], summary="Watch a person, outlet or occasion")
def api_add(body: WatchIn, request: Request) -> dict[str, Any]:
    with request.app.state.stores.writer() as store:
        return {"ok": True, **add(store, body)}


@router.post("/watch/remove", dependencies=[Depends(api.require_token)],
             summary="Stop watching an item (or, with no kind, remove the list; its alerts are kept)")
def api_remove(body: WatchIn, request: Request) -> dict[str, Any]:
    with request.app.state.stores.writer() as store:
        n = store.remove_watches(body.list, body.kind, body.target) if body.kind else store.remove_watches(body.list)
    if not n:
        raise HTTPException(404, f"{body.list} does not watch that")
    return {"ok": True, "removed": n}


def install(app, env) -> None:
    def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(request=request, path=request.url.path,
                                                          writable=bool(app.state.token), **ctx))

    store_dep = Depends(api.store_of)

    @app.get("/watch", response_class=HTMLResponse, include_in_schema=False)
    def watch_page(request: Request, store=store_dep):
        return render(request, "watch.html", lists=lists(store), alerts=[W.record(a) for a in store.alerts(limit=50)],
                      kinds=W.KINDS)

    @app.get("/watch/{name}", response_class=HTMLResponse, include_in_schema=False)
    def watch_list(request: Request, name: str, store=store_dep):
        found = [x for x in lists(store) if x["name"] == name]
        if not found:
            raise NotFound(f"no watch list {name!r}")
        return render(request, "watch_list.html", wl=found[0], kinds=W.KINDS,
                      alerts=[W.record(a) for a in store.alerts(name=name, limit=500)])

    @app.get("/watch/{name}/feed.atom", include_in_schema=False)
    def feed(request: Request, name: str, store=store_dep):
        base = str(request.base_url).rstrip("/")
        return Response(W.feed(store, name, base), media_type="application/atom+xml; charset=utf-8")

    @app.post("/watch", include_in_schema=False)
    async def watch_form(request: Request):
        form = {k: str(v) for k, v in (await request.form()).items()}
        _check_form_token(request, form.pop("token", ""))
        body = WatchIn(**{k: (form.get(k) or "").strip() or None for k in ("kind", "target", "webhook")},
                       list=(form.get("list") or "").strip() or "-")
        with app.state.stores.writer() as store:
            if form.get("action") == "remove":
                W.check_name(body.list)
                if not store.remove_watches(body.list, body.kind, body.target) if body.kind \
                        else not store.remove_watches(body.list):
                    raise HTTPException(404, f"{body.list} does not watch that")
                return RedirectResponse("/watch", status_code=303)
            add(store, body)
        return RedirectResponse(f"/watch/{quote(body.list, safe='')}", status_code=303)

    app.include_router(router)


__all__ = ["WatchIn", "add", "install", "lists", "router"]
