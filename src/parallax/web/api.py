"""The JSON API under ``/api``: every page's data, paginated, plus token-guarded writes.

Reads are open; writes (``POST /api/ingest``, ``/api/people/merge``, ``/api/people/split``)
need ``Authorization: Bearer <token>`` and are refused outright when the server has no token.
Every error, 401, 404 and 422 alike, has one shape (datasette's)::

    {"ok": false, "error": "no occasion with id 'x'", "status": 404}

Reads: the store, through ``pages``. Writes: articles (ingest), corrections (people).
Depends on: ``parallax.ingest`` for uploads and ``parallax.resolve.apply_corrections`` when installed.
"""

from __future__ import annotations

import hmac
import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from .. import settings
from ..errors import NotFound, ParallaxError
from ..model import Article, Kind, OutletKind, Rejected
from . import pages



class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as ``\\u003c``-style escapes.

    The data is unchanged for any JSON reader, but no article's ``<script>`` ever appears
    literally in a response body, so a browser sniffing the content type cannot run it.
    """

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


router = APIRouter(prefix="/api", tags=["api"], default_response_class=SafeJSONResponse)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Largest ``offset`` any page or route accepts (SQLite integers are 64-bit).
MAX_OFFSET = 10_000_000
#: Longest value a search filter may have (SQLite refuses LIKE patterns over 50,000 bytes).
MAX_FILTER_CHARS = 500
Limit = Query(20, ge=1, le=pages.MAX_LIMIT, description="Rows per page (1-500).")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"ok": False, "error": message, "status": status}


def store_of(request: Request):
    return request.app.state.stores.reader()


def parse_filters(q: str | None = None, speaker: str | None = None, person: str | None = None,
                  outlet: str | None = None,
                  outlet_kind: str | None = None, language: str | None = None, type: str | None = None,
                  since: str | None = None, until: str | None = None) -> pages.Filters:
    """Search filters from query parameters; empty values mean no filter, bad ones are a 422.

    ``q``: words in any form, a person's name in any spelling, or a remark in any language;
    ``speaker`` / ``person``: a person id or any spelling, script or inflection of a name."""
    clean = {k: (v.strip() or None) if isinstance(v, str) else None for k, v in dict(
        q=q, speaker=speaker, person=person, outlet=outlet, outlet_kind=outlet_kind, language=language,
        type=type, since=since, until=until).items()}
    for name, value in clean.items():
        if value and len(value) > MAX_FILTER_CHARS:
            raise HTTPException(422, f"{name}: longer than {MAX_FILTER_CHARS} characters")
        if value and _CONTROL.search(value):
            raise HTTPException(422, f"{name}: control characters are not allowed")
    if clean["type"] and clean["type"] not in {k.value for k in Kind}:
        raise HTTPException(422, f"type={clean['type']!r}: expected one of {', '.join(k.value for k in Kind)}")
    if clean["outlet_kind"] and clean["outlet_kind"] not in {k.value for k in OutletKind}:
        raise HTTPException(422, f"outlet_kind={clean['outlet_kind']!r}: expected one of "
                                 f"{', '.join(k.value for k in OutletKind)}")
    for name in ("since", "until"):
        if clean[name] and not _DATE.match(clean[name]):
            raise HTTPException(422, f"{name}={clean[name]!r}: expected a date as YYYY-MM-DD")
    return pages.Filters(**clean)


def with_next(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    """Add ``next_url`` (the same request at the next offset) beside ``next``."""
    if data.get("next") is None:
        return {**data, "next_url": None}
    params = dict(request.query_params)
    params["offset"] = str(data["next"])
    return {**data, "next_url": f"{request.url.path}?{urlencode(params)}"}


def sliced(request: Request, key: str, data: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
    rows = data[key]
    return with_next(request, {**data, **pages.page(limit, offset, len(rows)), key: rows[offset:offset + limit]})


def require_token(request: Request) -> None:
    """Writes need the server's token as a bearer token; no configured token, no writes."""
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "writes are disabled: start the server with --token or PARALLAX_TOKEN")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a write needs the header 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


# ------------------------------------------------------------------------ reads
@router.get("/home", summary="Counts and recent occasions with their coverage")
def api_home(store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **pages.home(store)}


@router.get("/statements", summary="Full-text search over statements, with filters")
def api_statements(request: Request, filters: pages.Filters = Depends(parse_filters), limit: int = Limit,
                   offset: int = Offset, store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **with_next(request, pages.search(store, filters, limit, offset))}


@router.get("/people", summary="People with their statement counts")
def api_people(request: Request, limit: int = Limit, offset: int = Offset, store=Depends(store_of)) -> dict:
    return {"ok": True, **sliced(request, "people", pages.people(store), limit, offset)}


@router.get("/people/{person_id}", summary="A person: aliases, roles, claims timeline, outlets, statements")
def api_person(request: Request, person_id: str, limit: int = Limit, offset: int = Offset,
               store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **with_next(request, pages.person(store, person_id, limit, offset))}


@router.get("/occasions", summary="Occasions with coverage counts per status")
def api_occasions(request: Request, limit: int = Limit, offset: int = Offset, store=Depends(store_of)) -> dict:
    return {"ok": True, **sliced(request, "occasions", pages.occasions(store), limit, offset)}


@router.get("/occasions/{occasion_id}", summary="An occasion's coverage matrix: outlets × claims")
def api_occasion(occasion_id: str, store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **pages.occasion(store, occasion_id)}


@router.get("/occasions/{occasion_id}/evidence", summary="One matrix cell with the spans it rests on")
def api_evidence(occasion_id: str, claim: str, outlet: str, store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **pages.evidence(store, occasion_id, claim, outlet)}


@router.get("/articles/{article_id}", summary="An article's text with its statements and offsets")
def api_article(article_id: str, store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **pages.article(store, article_id)}


@router.get("/outlets", summary="Outlets with kind, counts and coverage by kind")
def api_outlets(request: Request, limit: int = Limit, offset: int = Offset, store=Depends(store_of)) -> dict:
    return {"ok": True, **sliced(request, "outlets", pages.outlets(store), limit, offset)}


@router.get("/articles", summary="Articles (no texts): sort, filters, facet counts and pages, as the /articles page")
def api_articles(request: Request, sort: str = Query("published", description="published, title, outlet, language, "
                                                                          "statements or synthetic"),
                 order: str = Query("desc", description="asc or desc"),
                 page: int = Query(1, ge=1, description="Page number (1-based)."),
                 size: int = Query(50, ge=1, le=pages.MAX_LIMIT, description="Rows per page (1-500)."),
                 title: str | None = Query(None, description="Words of the title"),
                 outlet: str | None = None, outlet_kind: str | None = None, country: str | None = None,
                 language: str | None = None, since: str | None = Query(None, description="YYYY-MM-DD"),
                 until: str | None = Query(None, description="YYYY-MM-DD"),
                 synthetic: str | None = Query(None, description="yes or no"), store=Depends(store_of)) -> dict:
    from . import listings, tables

    try:
        v = tables.view(listings.ARTICLES, request.query_params)
    except tables.BadView as e:
        raise HTTPException(422, str(e))
    data = listings.articles(store, v)
    return {"ok": True, "rows": data["rows"], "total": data["total"], "page": data["page"], "pages": data["pages"],
            "size": data["size"], "filters": data["filters"], "sort": data["sort"], "order": data["order"],
            "facets": [{"name": f["name"], "values": [{"value": x["value"], "count": x["count"]} for x in f["values"]]}
                       for f in data["facets"]],
            "next_url": data["next_url"] and "/api" + data["next_url"]}


@router.get("/outlets/{domain}", summary="One outlet: registry entry, coverage cells per status, occasions, "
                                         "omissions and alterations, latest articles")
def api_outlet(domain: str, store=Depends(store_of)) -> dict[str, Any]:
    from . import listings

    return {"ok": True, **listings.outlet(store, domain)}


@router.get("/facts", summary="The analyst's facts (current versions), with the flags resting on each")
def api_facts(store=Depends(store_of)) -> dict[str, Any]:
    return {"ok": True, **pages.facts(store)}


@router.get("/contradictions", summary="Statements contradicting a fact or the speaker's earlier words")
def api_contradictions(person: str | None = None, since: str | None = None, store=Depends(store_of)) -> dict:
    return {"ok": True, "contradictions": pages.contradictions(store, person_id=person, since=since)}


# ----------------------------------------------------------------------- writes
class Merge(BaseModel):
    a: str = Field(description="Person id that stays")
    b: str = Field(description="Person id merged into a")


class Split(BaseModel):
    person_id: str
    alias: str = Field(min_length=1, description="Alias that is not this person")


def _apply_corrections(store) -> bool:
    try:
        from ..resolve import apply_corrections
    except ImportError:
        return False
    apply_corrections(store)
    return True


def _known_person(store, person_id: str) -> None:
    if person_id not in {p.id for p in store.people()}:
        raise NotFound(f"no person with id {person_id!r}")


@router.post("/people/merge", dependencies=[Depends(require_token)], summary="Merge person b into person a")
def api_merge(body: Merge, request: Request) -> dict[str, Any]:
    if body.a == body.b:
        raise HTTPException(422, "a and b are the same person")
    with request.app.state.stores.writer() as store:
        _known_person(store, body.a)
        _known_person(store, body.b)
        cid = store.add_correction("merge", body.a, body.b)
        applied = _apply_corrections(store)
    return {"ok": True, "correction": cid, "applied": applied}


@router.post("/people/split", dependencies=[Depends(require_token)], summary="Split an alias off a person")
def api_split(body: Split, request: Request) -> dict[str, Any]:
    with request.app.state.stores.writer() as store:
        _known_person(store, body.person_id)
        cid = store.add_correction("split", body.person_id, None, body.alias)
        applied = _apply_corrections(store)
    return {"ok": True, "correction": cid, "applied": applied}


class FactIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, description="One short assertion")
    date: str | None = Field(None, description="YYYY-MM-DD")
    source_url: str | None = None
    entities: list[str] = Field(default_factory=list, description="People or places it is about")


def save_fact(store, obj: dict[str, Any]) -> dict[str, Any]:
    """Validate, store (a known id gets a new version) and check one fact; its record."""
    from .. import facts as facts_mod
    from ..report.records import fact_record

    try:
        f = facts_mod.fact(obj)
    except ValueError as e:
        raise HTTPException(422, str(e))
    facts_mod.save(store, [f])
    return fact_record(store.fact(f.id))


@router.post("/facts", dependencies=[Depends(require_token)], summary="Add or edit an analyst fact")
def api_add_fact(body: FactIn, request: Request) -> dict[str, Any]:
    with request.app.state.stores.writer() as store:
        return {"ok": True, "fact": save_fact(store, body.model_dump())}


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@router.post("/ingest", dependencies=[Depends(require_token)], summary="Upload one file of articles")
def api_ingest(request: Request, file: UploadFile = File(...)) -> dict[str, Any]:
    name = _SAFE_NAME.sub("_", Path(file.filename or "upload.txt").name)[-120:] or "upload.txt"
    data = file.file.read(settings.MAX_INPUT_BYTES + 1)
    if len(data) > settings.MAX_INPUT_BYTES:
        raise HTTPException(413, f"{name}: over the {settings.MAX_INPUT_BYTES}-byte limit")
    if not data:
        raise HTTPException(422, f"{name}: the upload is empty")
    try:
        from ..ingest import articles as read_articles
    except ImportError:
        raise HTTPException(503, "ingest is not available in this installation (parallax.ingest is missing)")
    with tempfile.TemporaryDirectory(prefix="parallax-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            found = list(read_articles([str(path)]))
        except ParallaxError as e:
            raise HTTPException(422, str(e).replace(str(path), name))
    # The temporary path means nothing later: record the upload's own name as the source.
    good = [replace(a, source=(a.source or str(path)).replace(str(path), f"upload:{name}"))
            for a in found if isinstance(a, Article)]
    rejected = [{"source": r.source.replace(str(path), name), "reason": r.reason}
                for r in found if isinstance(r, Rejected)]
    with request.app.state.stores.writer() as store:
        result = store.add_articles(good)
    return {"ok": True, "file": name, "added": result.added, "duplicates": result.duplicates,
            "ids": list(result.ids), "rejected": rejected}
