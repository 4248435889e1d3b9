"""Human corrections in the UI and the API (issue 15): forms behind the token, marks on the pages.

Pages: ``/corrections`` (every correction, its author, note and state), and the forms
``/people/{id}/correct`` (merge, split, rename), ``/statements/{id}/correct`` (speaker, claim)
and ``/occasions/{id}/correct?claim=…&outlet=…`` (a verdict). The forms POST to ``/corrections``
with the server's token as a field (no JavaScript, so no header); the API takes the same
operations as JSON at ``POST /api/corrections`` with ``Authorization: Bearer <token>``.

Templates mark what an analyst changed through ``human_marks(request)``: the corrections of a
person, a statement or a coverage cell, read once per request.

Reads and writes through ``parallax.corrections`` and the store. ``install(app, env)`` adds it all.
"""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from .. import corrections as C
from ..errors import InputError, NotFound
from . import api, pages

OP_LABELS = {"merge": "merged people", "split": "split a name off", "alias_add": "added a name",
             "rename": "renamed", "speaker": "reassigned the speaker", "claim": "moved to another claim",
             "verdict": "marked the verdict wrong"}


class Marks:
    """The corrections that touch what a page shows, by target: person id, statement id, cell key."""

    def __init__(self, log) -> None:
        self.by_target: dict[str, list[dict]] = {}
        for c in log:
            rec = {**C.record(c), "label": OP_LABELS.get(c.op, c.op)}
            for t in {c.a, c.b if c.op in ("merge", "split", "speaker") else None}:
                if t:
                    self.by_target.setdefault(t, []).append(rec)

    def of(self, target: str | None) -> list[dict]:
        return self.by_target.get(target or "", [])

    def cell(self, occasion_id: str, claim_id: str, outlet: str) -> list[dict]:
        return self.of(C.cell_key(occasion_id, claim_id, outlet))


def human_marks(request: Request) -> Marks:
    """The request's ``Marks`` (one read of the corrections per request)."""
    marks = getattr(request.state, "human_marks", None)
    if marks is None:
        marks = Marks(request.app.state.stores.reader().correction_log())
        request.state.human_marks = marks
    return marks


def _check_form_token(request: Request, given: str) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "writes are disabled: start the server with --token or PARALLAX_TOKEN")
    if not hmac.compare_digest((given or "").strip().encode(), token.encode()):
        raise HTTPException(401, "a write needs the server's token")


class CorrectionIn(BaseModel):
    """One correction. ``op`` decides which fields count (see ``parallax.corrections``)."""

    op: str = Field(description="merge | split | rename | speaker | claim | verdict")
    person_id: str | None = Field(None, description="merge: the person that stays; split, rename: the person")
    other: str | None = Field(None, description="merge: the person folded in")
    alias: str | None = Field(None, description="split: the name to split off")
    name: str | None = Field(None, description="rename: the new name; speaker: a new person's name")
    statement_id: str | None = Field(None, description="speaker, claim: the statement")
    speaker_id: str | None = Field(None, description="speaker: an existing person id")
    claim_id: str | None = Field(None, description="claim: the claim to move to (none: a claim of its own)"
                                                   "; verdict: the cell's claim")
    own: bool = Field(False, description="claim: move out to a claim of its own")
    occasion_id: str | None = Field(None, description="verdict: the cell's occasion")
    outlet: str | None = Field(None, description="verdict: the cell's outlet")
    status: str | None = Field(None, description="verdict: the right status (none: disputed only)")
    note: str | None = Field(None, max_length=C.MAX_NOTE, description="why (required for a verdict)")
    author: str | None = Field(None, max_length=200, description="who")


def apply(store, body: CorrectionIn) -> tuple[dict[str, Any], str]:
    """Do one correction; returns (its record with what it did, the page that shows it)."""
    from urllib.parse import quote

    def need(*names: str) -> None:
        for n in names:
            if not getattr(body, n):
                raise InputError(n, f"{body.op} needs {n}")

    who = {"author": (body.author or "").strip() or "web", "note": body.note}
    extra: dict[str, Any] = {}
    if body.op == "merge":
        need("person_id", "other")
        extra["relinked"] = C.merge(store, body.person_id, body.other, **who)
        where = f"/people/{quote(body.person_id, safe='')}"
    elif body.op == "split":
        need("person_id", "alias")
        extra["person"], extra["relinked"] = C.split(store, body.person_id, body.alias, **who)
        where = f"/people/{quote(body.person_id, safe='')}"
    elif body.op == "rename":
        need("person_id", "name")
        extra["relinked"] = C.rename(store, body.person_id, body.name, **who)
        where = f"/people/{quote(body.person_id, safe='')}"
    elif body.op == "speaker":
        need("statement_id")
        extra["person"] = C.reassign_speaker(store, body.statement_id, body.speaker_id or None,
                                             new_name=None if body.speaker_id else body.name, **who)
        where = f"/statements/{quote(body.statement_id, safe='')}/correct"
    elif body.op == "claim":
        need("statement_id")
        own = body.own or not body.claim_id
        extra["claim"] = C.move_statement(store, body.statement_id, None if own else body.claim_id, own=own, **who)
        where = f"/statements/{quote(body.statement_id, safe='')}/correct"
    elif body.op == "verdict":
        need("occasion_id", "claim_id", "outlet")
        extra["before"] = C.mark_verdict(store, body.occasion_id, body.claim_id, body.outlet, note=body.note or "",
                                         status=body.status or None, author=who["author"])
        where = (f"/occasions/{quote(body.occasion_id, safe='')}/evidence?claim={quote(body.claim_id, safe='')}"
                 f"&outlet={quote(body.outlet, safe='')}")
    else:
        raise InputError("op", f"{body.op!r}: expected one of merge, split, rename, speaker, claim, verdict")
    return {**C.record(store.correction_log()[-1]), **extra}, where


router = APIRouter()


@router.get("/api/corrections", tags=["api"], summary="Human corrections with author, note and state",
            response_class=api.SafeJSONResponse)
def api_list(target: str | None = None, store=Depends(api.store_of)) -> dict[str, Any]:
    return {"ok": True, "corrections": [C.record(c) for c in store.correction_log(target=target)]}


@router.post("/api/corrections", tags=["api"], dependencies=[Depends(api.require_token)],
             summary="Record a human correction (merge, split, rename, speaker, claim, verdict)",
             response_class=api.SafeJSONResponse)
def api_add(body: CorrectionIn, request: Request) -> dict[str, Any]:
    with request.app.state.stores.writer() as store:
        rec, where = apply(store, body)
    return {"ok": True, "correction": rec, "page": where}


def install(app, env) -> None:
    """Add the routes, and ``human_marks`` to the templates."""
    env.globals["human_marks"] = human_marks
    env.globals["OP_LABELS"] = OP_LABELS

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, path=request.url.path,
                                             writable=bool(app.state.token), **ctx)
        return HTMLResponse(html, status_code=status)

    store_dep = Depends(api.store_of)

    @app.get("/corrections", response_class=HTMLResponse, include_in_schema=False)
    def corrections_page(request: Request, store=store_dep):
        log = [{**C.record(c), "label": OP_LABELS.get(c.op, c.op)} for c in reversed(store.correction_log())]
        counts = {s: sum(1 for c in log if (c["state"] or "pending") == s) for s in C.STATES}
        return render(request, "corrections.html", corrections=log, counts=counts)

    @app.get("/people/{person_id}/correct", response_class=HTMLResponse, include_in_schema=False)
    def correct_person(request: Request, person_id: str, store=store_dep):
        p = pages.person(store, person_id, limit=1)["person"]
        others = [x for x in pages.people(store)["people"] if x["id"] != p["id"]]
        return render(request, "correct_person.html", person=p, others=others)

    @app.get("/statements/{statement_id}/correct", response_class=HTMLResponse, include_in_schema=False)
    def correct_statement(request: Request, statement_id: str, store=store_dep):
        s = store.statement(statement_id)
        art = store.article(s.article_id)
        claims = [pages.claim_json(c) for c in store.claims(person_id=s.person_id)] if s.person_id else []
        people = pages.people(store)["people"]
        return render(request, "correct_statement.html", s=pages.statement_json(s, art),
                      claims=[c for c in claims if c["id"] != s.claim_id], people=people,
                      current_claim=next((c for c in store.claims(occasion_id=s.occasion_id) if c.id == s.claim_id),
                                         None) if s.claim_id else None)

    @app.get("/occasions/{occasion_id}/correct", response_class=HTMLResponse, include_in_schema=False)
    def correct_verdict(request: Request, occasion_id: str, claim: str = Query(..., max_length=200),
                        outlet: str = Query(..., max_length=500), store=store_dep):
        data = pages.evidence(store, occasion_id, claim, outlet)
        return render(request, "correct_verdict.html", **data)

    @app.post("/corrections", include_in_schema=False)
    async def corrections_form(request: Request):
        """The forms' write: the token travels as a form field; answered with a redirect to the page."""
        form = {k: str(v) for k, v in (await request.form()).items()}
        _check_form_token(request, form.pop("token", ""))
        fields = {k: (v.strip() or None) for k, v in form.items() if k in CorrectionIn.model_fields}
        fields["own"] = form.get("own") in ("1", "on", "true")
        try:
            body = CorrectionIn(**fields)
        except Exception as e:  # pydantic's ValidationError: too long a note
            raise HTTPException(422, str(e).splitlines()[0])
        with app.state.stores.writer() as store:
            _rec, where = apply(store, body)
        return RedirectResponse(where, status_code=303)

    app.include_router(router)


__all__ = ["CorrectionIn", "Marks", "apply", "human_marks", "install", "router"]
