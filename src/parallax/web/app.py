"""8. The web UI: server-rendered pages over the store, plus the JSON API (``api.py``).

    app = create_app("news.db", token="s3cret")   # then: uvicorn.run(app)

Pages: home, statement search, people, person, occasion (coverage heat-map), evidence of one
cell, article (every statement span highlighted), outlets. Templates autoescape; article text
is inserted only through ``markup.highlight``, which escapes it segment by segment.

Reads: everything, through ``pages``. Writes: only via the token-guarded API routes.
Depends on: store (one read connection per worker thread, writes serialised by one lock).
"""

from __future__ import annotations

import hmac
import re
import threading
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import settings
from ..errors import InputError, NotFound, ParallaxError, StoreBusy, StoreError
from ..store import open_store
from . import api, corrections, listings, pages, tables, watch
from ..compare.matrix import LEGEND
from .markup import STATUS_COLOURS, STATUS_ORDER, Mark, bar_chart, highlight, stacked_bars

HERE = Path(__file__).parent
#: Characters of article text shown either side of an evidence span.
CONTEXT_CHARS = 240


class Stores:
    """One read connection per worker thread and one lock that serialises every write.

    SQLite in WAL mode lets readers go on while a writer writes; ``:memory:`` has no
    shared file, so it gets a single connection behind the lock.
    """

    def __init__(self, path: str) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list = []
        self._shared = open_store(self.path)  # fails early, naming the file, if it cannot open
        self._all.append(self._shared)

    def reader(self):
        if self.path == ":memory:":
            return self._shared
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    @contextmanager
    def writer(self) -> Iterator[Any]:
        """The write connection, as the store's one writer (``StoreBusy`` when another process
        writes for longer than ``settings.WEB_WRITE_WAIT_S``)."""
        with self._lock, self._shared.writing(timeout=settings.WEB_WRITE_WAIT_S):
            yield self._shared

    def close(self) -> None:
        for store in self._all:
            try:
                store.close()
            except Exception:
                pass
        self._all.clear()


#: Sent with every response: no inline or foreign scripts, no framing, no sniffing, no referrer
#: leaking article URLs. The UI uses only its own stylesheet and inline SVG.
SECURITY_HEADERS = (
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
#: Bytes a request body may carry beyond ``settings.MAX_INPUT_BYTES`` (multipart framing).
BODY_OVERHEAD = 64 * 1024
#: HTML forms (no JavaScript, so no Authorization header): the token is a form field their route
#: checks; their bodies are capped at ``FORM_BYTES`` before anything else is read
FORM_ROUTES = frozenset({"/facts", "/corrections", "/watch"})
FORM_BYTES = 64 * 1024


class Guard:
    """ASGI middleware: security headers on every response; writes checked before their body.

    A ``POST`` is refused (401/403) on its headers alone when the token is wrong or missing,
    before one byte of the body is read; a body over the size limit is refused (413) from its
    ``Content-Length`` or, without one, as soon as the bytes read pass the limit.
    """

    def __init__(self, app, token: str | None) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]}
            await send(message)

        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            form = scope.get("path") in FORM_ROUTES and not headers.get("authorization")
            refusal = None if form else _refuse_write(self.token, headers.get("authorization", ""))
            if refusal is not None:
                await _send_error(send_with_headers, *refusal)
                return
            # an HTML form carries its token in the body, which its route checks: a small body only
            limit = FORM_BYTES if form else settings.MAX_INPUT_BYTES + BODY_OVERHEAD
            length = headers.get("content-length", "")
            if re.fullmatch(r"[0-9]{1,20}", length.strip()) and int(length) > limit:
                await _send_error(send_with_headers, 413, f"the request body is over the limit of {limit:,} bytes")
                return
            seen, refused = 0, False

            async def bounded_receive():
                # Over the limit: answer 413 now and tell the app the client has gone, so it
                # stops reading; whatever it answers then is dropped.
                nonlocal seen, refused
                if refused:
                    return {"type": "http.disconnect"}
                message = await receive()
                if message["type"] == "http.request":
                    seen += len(message.get("body", b""))
                    if seen > limit:
                        refused = True
                        if not started:
                            await _send_error(send_with_headers, 413,
                                              f"the request body is over the limit of {limit:,} bytes")
                        return {"type": "http.disconnect"}
                return message

            async def send_unless_refused(message) -> None:
                if not refused:
                    await send_with_headers(message)

            try:
                await self.app(scope, bounded_receive, send_unless_refused)
            except Exception:
                if not refused:
                    raise
            return
        await self.app(scope, receive, send_with_headers)


def _refuse_write(token: str | None, authorization: str) -> tuple[int, str, list] | None:
    """``(status, message, headers)`` when a write must be refused on its headers, else None."""
    if not token:
        return 403, "writes are disabled: start the server with --token or PARALLAX_TOKEN", []
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        return 401, "a write needs the header 'Authorization: Bearer <token>'", [(b"www-authenticate", b"Bearer")]
    return None


async def _send_error(send, status: int, message: str, headers: list | None = None) -> None:
    body = api.SafeJSONResponse(api.error_body(status, message)).body
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def _href(path: str, **params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


def _q(value: str) -> str:
    return quote(str(value), safe="")


def _page_url(request: Request, offset: int) -> str:
    params = dict(request.query_params)
    params["offset"] = str(offset)
    return _href(request.url.path, **params)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(href=_href, q=_q, page_url=_page_url, STATUS_ORDER=STATUS_ORDER, STATUS_COLOURS=STATUS_COLOURS,
                       LEGEND=LEGEND, KIND_LABELS=listings.KIND_LABELS, shorten=tables.shorten, safe_url=safe_url,
                       KINDS=[k for k in pages.KIND_ORDER if k != "unknown"], TYPES=("direct", "indirect", "mixed"))
    env.filters["short"] = tables.shorten
    return env


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.endswith((".json", ".csv"))


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None (no ``javascript:`` or ``data:`` links from article data)."""
    if not url or not re.match(r"(?i)^https?://[^\s/?#]+", url.strip()):
        return None
    return url.strip()


def person_href(statement: dict) -> str | None:
    """The person page a statement's speaker links to; none for an institution (it has no person page)."""
    if not statement.get("person_id") or statement.get("person_kind") == "institution":
        return None
    return f"/people/{_q(statement['person_id'])}"


def create_app(store_path: str, *, token: str | None = None) -> FastAPI:
    """The ASGI app over the store at ``store_path``.

    Args:
        store_path: SQLite file of the store (or ``:memory:``).
        token: the bearer token writes need; ``None`` refuses every write.

    Raises:
        StoreError: the store cannot be opened.
    """
    stores = Stores(store_path)
    env = _environment()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    # No /docs or /redoc: they load scripts from a CDN, and this UI must work offline.
    app = FastAPI(title="parallax", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="What public figures say in the news, and how each outlet relays it. "
                              "Reads are open; writes need `Authorization: Bearer <token>`.")
    app.state.stores = stores
    app.state.token = token or None
    app.add_middleware(Guard, token=token or None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    def error(request: Request, status: int, message: str, headers=None) -> Response:
        if _wants_json(request):
            return api.SafeJSONResponse(api.error_body(status, message), status_code=status, headers=headers)
        return render(request, "error.html", status=status, status_code=status, message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
        return error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(tables.BadView)
    async def bad_view(request: Request, exc: tables.BadView) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(StoreBusy)
    async def store_busy(request: Request, exc: StoreBusy) -> Response:
        return error(request, 503, str(exc), {"Retry-After": "30"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return error(request, 500, str(exc))

    @app.exception_handler(ParallaxError)
    async def parallax_error(request: Request, exc: ParallaxError) -> Response:
        return error(request, 500, str(exc))

    store_dep = Depends(api.store_of)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, store=store_dep):
        return render(request, "home.html", **pages.home(store))

    def listing(request: Request, store, name: str) -> dict[str, Any]:
        v = tables.view(listings.TABLES[name], request.query_params)
        return listings.LISTINGS[name](store, v)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, store=store_dep):
        data = listing(request, store, "statements")
        for row in data["rows"]:  # matched words marked; the text itself is escaped
            if row.get("marks"):
                row["content_html"] = highlight(row["content"], [Mark(a, b, "match") for a, b in row["marks"]])
        return render(request, "search.html", f=data["filters"], d=data, **data)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people(request: Request, store=store_dep):
        data = listing(request, store, "people")
        return render(request, "people.html", d=data, **data)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles(request: Request, store=store_dep):
        data = listing(request, store, "articles")
        return render(request, "articles.html", d=data, **data)

    def export(request: Request, store, name: str, fmt: str) -> Response:
        """The view as CSV or JSON: same filters and sort, every page, streamed."""
        table = listings.TABLES[name]
        v = tables.view(table, request.query_params)
        rows_of, fields = listings.EXPORTS[name]
        stem = f"parallax-{name}"
        if fmt == "csv":
            body = tables.csv_lines(fields, rows_of(store, v))
            return StreamingResponse(body, media_type="text/csv; charset=utf-8",
                                     headers={"content-disposition": f'inline; filename="{stem}.csv"'})
        return StreamingResponse(_json_lines(name, v, fields, rows_of(store, v)), media_type="application/json")

    for _name, _path in (("statements", "/search"), ("articles", "/articles"), ("occasions", "/occasions"),
                         ("people", "/people"), ("outlets", "/outlets")):
        for _fmt in ("csv", "json"):
            def _route(request: Request, store=store_dep, _n=_name, _f=_fmt) -> Response:
                return export(request, store, _n, _f)
            app.add_api_route(f"{_path}.{_fmt}", _route, methods=["GET"], include_in_schema=False)

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person(request: Request, person_id: str, limit: int = Query(50, ge=1, le=pages.MAX_LIMIT),
               offset: int = Query(0, ge=0, le=api.MAX_OFFSET), store=store_dep):
        data = pages.person(store, person_id, limit, offset)
        chart = bar_chart([(d["day"], d["claims"] or d["statements"]) for d in data["days"]],
                          title=f"Claims per day: {data['person']['name']}", unit="claims")
        return render(request, "person.html", chart=chart, **data)

    @app.get("/occasions", response_class=HTMLResponse, include_in_schema=False)
    def occasions(request: Request, store=store_dep):
        data = listing(request, store, "occasions")
        return render(request, "occasions.html", d=data, **data)

    @app.get("/occasions/{occasion_id}", response_class=HTMLResponse, include_in_schema=False)
    def occasion(request: Request, occasion_id: str, store=store_dep):
        return render(request, "occasion.html", **pages.occasion(store, occasion_id))

    @app.get("/occasions/{occasion_id}/evidence", response_class=HTMLResponse, include_in_schema=False)
    def evidence(request: Request, occasion_id: str, claim: str, outlet: str, store=store_dep):
        data = pages.evidence(store, occasion_id, claim, outlet)
        cell = data["cell"]
        own = data["statement"]
        this = store.article(cell["article_id"]) if cell["article_id"] else None
        snippets: dict[str, Any] = {}
        if this is not None:
            marks = [Mark(s["start"], s["end"], "stmt") for s in pages.article(store, this.id)["statements"]]
            if own:
                marks += [Mark(a, b, "evidence") for a, b in own["fragments"]]
            if cell["status"] == "omitted" or not own:
                snippets["this"] = {"html": highlight(this.text, marks), "cut_before": False, "cut_after": False}
            else:
                snippets["this"] = _context(this.text, marks, own["start"], own["end"])
        sides = []
        for alt in cell["alterations"]:
            try:
                other = store.article(alt["other_article_id"])
            except NotFound:
                other = None
            left = _context(this.text, [Mark(*alt["this"], "altered")], *alt["this"]) if this else None
            right = (_context(other.text, [Mark(*alt["other"], "evidence")], *alt["other"])
                     if other else None)
            sides.append({"alt": alt, "this": left, "other": right,
                          "other_article": pages.article_brief(other) if other else None})
        return render(request, "evidence.html", snippets=snippets, sides=sides, **data)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str, hl: str | None = None, store=store_dep):
        data = pages.article(store, article_id)
        text = data["article"]["text"]
        marks = []
        for s in data["statements"]:
            label = f"{s['type']} statement" + (f" by {s['person'] or s['speaker']}" if s["person"] or s["speaker"] else "")
            for a, b in s["fragments"]:
                marks.append(Mark(a, b, f"stmt {s['type']}", title=label, anchor=f"st-{s['id']}"))
            if s["speaker_start"] is not None:
                href = person_href(s)
                marks.append(Mark(s["speaker_start"], s["speaker_end"], "speaker", href=href,
                                  title=f"speaker: {s['person'] or s['speaker']}"))
        span = _span(hl, len(text))
        if span:
            marks.append(Mark(span[0], span[1], "evidence", anchor="hl"))
        return render(request, "article.html", body=highlight(text, marks), hl=span, **data)

    @app.get("/facts", response_class=HTMLResponse, include_in_schema=False)
    def facts_page(request: Request, store=store_dep):
        return render(request, "facts.html", writable=bool(app.state.token), form={}, message=None,
                      **pages.facts(store))

    @app.post("/facts", response_class=HTMLResponse, include_in_schema=False)
    async def facts_form(request: Request):
        """The form's write: the server's token travels as a form field (a browser form sets no header)."""
        import hmac

        form = dict(await request.form())
        form = {k: str(v) for k, v in form.items()}
        given = form.pop("token", "")
        if not app.state.token:
            raise HTTPException(403, "writes are disabled: start the server with --token or PARALLAX_TOKEN")
        if not hmac.compare_digest(given.strip().encode(), app.state.token.encode()):
            raise HTTPException(401, "a write needs the server's token")
        obj = {"id": form.get("id", ""), "text": form.get("text", ""), "date": form.get("date") or None,
               "source_url": form.get("source_url") or None,
               "entities": [e.strip() for e in form.get("entities", "").split(",") if e.strip()]}
        with app.state.stores.writer() as store:
            saved = api.save_fact(store, obj)
            data = pages.facts(store)
        return render(request, "facts.html", writable=True, form={},
                      message=f"fact {saved['id']} saved (version {saved['version']})", **data)

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets(request: Request, store=store_dep):
        data = listing(request, store, "outlets")
        by_kind = listings.coverage_by_kind(listings.outlet_rows(store))
        chart = stacked_bars([(listings.SHORT_KIND.get(r["kind"], r["kind"]), {s: r[s] for s in STATUS_ORDER})
                              for r in by_kind], title="Coverage by outlet kind")
        return render(request, "outlets.html", chart=chart, coverage_by_kind=by_kind, d=data, **data)

    @app.get("/outlets/{domain}", response_class=HTMLResponse, include_in_schema=False)
    def outlet(request: Request, domain: str, store=store_dep):
        data = listings.outlet(store, domain)
        c = data["counts"]
        chart = stacked_bars([("all occasions", {s: c[s] for s in STATUS_ORDER})],
                             title=f"Coverage cells of {data['outlet']['name']}")
        return render(request, "outlet.html", chart=chart, **data)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        """The OpenAPI description as a readable page, served offline (no CDN scripts)."""
        return render(request, "api_docs.html", routes=_api_routes(app.openapi()))

    corrections.install(app, env)  # human corrections: forms, marks, /api/corrections (issue 15)
    watch.install(app, env)  # watch lists, alerts, Atom feeds (issue 15)
    return app


def _json_lines(name: str, v, fields, rows) -> Iterator[str]:
    """``{"ok": true, "table": …, "filters": …, "sort": …, "rows": [...], "total": n}``, streamed row by row."""
    import json

    head = {"ok": True, "table": name, "filters": dict(v.filters), "sort": v.sort, "order": v.order}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": ['
    n = 0
    for row in rows:
        out = {f: row.get(f) for f in fields}
        text = json.dumps(out, ensure_ascii=False, default=str)
        yield ("," if n else "") + text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        n += 1
    yield f'], "total": {n}}}'


def _api_routes(spec: dict) -> list[dict[str, Any]]:
    """Each API operation of an OpenAPI spec: method, path, summary, parameters, whether it writes."""
    out = []
    for path, ops in sorted(spec.get("paths", {}).items()):
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            params = [{"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                       "type": (p.get("schema") or {}).get("type") or "",
                       "description": p.get("description") or (p.get("schema") or {}).get("description") or ""}
                      for p in op.get("parameters", [])]
            body = bool(op.get("requestBody"))
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "", "parameters": params, "body": body,
                        "writes": method.lower() not in ("get", "head")})
    return out


_DIGITS = re.compile(r"[0-9]{1,12}")


def _span(value: str | None, length: int) -> tuple[int, int] | None:
    """``"120-188"`` → (120, 188) when it lies inside the text; anything else is ignored."""
    if not value:
        return None
    a, _, b = value.partition("-")
    if not (_DIGITS.fullmatch(a) and _DIGITS.fullmatch(b)):  # ASCII only: "²".isdigit() is True
        raise HTTPException(422, f"hl={value!r}: expected START-END character offsets")
    start, end = int(a), int(b)
    if not 0 <= start < end <= length:
        raise HTTPException(422, f"hl={value!r}: outside the article (0-{length})")
    return start, end


def _context(text: str, marks: list[Mark], start: int, end: int):
    """The span with ``CONTEXT_CHARS`` of text either side, cut at word boundaries."""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < CONTEXT_CHARS + 30:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - end < CONTEXT_CHARS + 30:
        hi += 1
    body = highlight(text, marks, start=lo, end=hi)
    return {"html": body, "cut_before": lo > 0, "cut_after": hi < len(text)}
