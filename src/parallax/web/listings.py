"""The data of every listing (statements, articles, occasions, people, outlets), the outlet page and
an occasion's timeline, through the one table machinery of ``tables.py``.

Statements and articles are filtered, sorted, counted and paged in the store's queries; occasions,
people and outlets are bounded lists (one row per occasion, person or outlet) sorted here.
Outlet kind and country come from the outlet registry (bundled plus the analyst's edits) and
reach the store as the list of outlet domains they select.

Reads: the store. Writes: nothing.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ..errors import NotFound
from ..model import Outlet, Status
from .markup import STATUS_ORDER
from .tables import BadView, Column, MAX_SIZE, Table, View, facet, paging

KINDS = ("state", "state_aligned", "agency", "public", "independent", "think_tank", "aggregator", "other", "unknown")
KIND_LABELS = {"state": "state", "state_aligned": "state-aligned", "agency": "wire agency", "public": "public",
               "independent": "independent", "think_tank": "think tank", "aggregator": "aggregator / content farm",
               "other": "other", "unknown": "unknown"}
#: Kind labels short enough for a chart axis.
SHORT_KIND = {**KIND_LABELS, "agency": "wire", "aggregator": "aggregator"}
YES_NO = ("yes", "no")
#: Facet counts are computed for views of at most this many rows (each facet is a GROUP BY over the view).
FACET_ROWS = 200_000

STATEMENTS = Table(
    "statements", "/search",
    (Column("published", "Date"), Column("person", "Speaker"), Column("content", "Statement"),
     Column("outlet", "Outlet"), Column("outlet_kind", "Kind", sortable=False),
     Column("country", "Country", sortable=False), Column("language", "Lang."), Column("type", "Type"),
     Column("synthetic", "Synthetic", sortable=False)),
    ("q", "speaker", "person", "outlet", "outlet_kind", "country", "language", "type", "since", "until", "synthetic"),
    ("outlet", "outlet_kind", "country", "language", "type", "person", "synthetic"),
    sort="published", order="asc", size=20,
    choices={"outlet_kind": KINDS, "type": ("direct", "indirect", "mixed"), "synthetic": YES_NO})

ARTICLES = Table(
    "articles", "/articles",
    (Column("published", "Date"), Column("title", "Title"), Column("outlet", "Outlet"),
     Column("outlet_kind", "Kind", sortable=False), Column("country", "Country", sortable=False),
     Column("language", "Lang."), Column("statements", "Statements", numeric=True),
     Column("synthetic", "Synthetic")),
    ("title", "outlet", "outlet_kind", "country", "language", "since", "until", "synthetic"),
    ("outlet", "outlet_kind", "country", "language", "synthetic"),
    sort="published", order="desc", size=50, choices={"outlet_kind": KINDS, "synthetic": YES_NO})

OCCASIONS = Table(
    "occasions", "/occasions",
    (Column("date", "Date"), Column("label", "Occasion"), Column("person", "Speaker"), Column("venue", "Venue"),
     Column("omitted", "Omitted", numeric=True), Column("altered", "Altered", numeric=True),
     Column("carried", "Carried", numeric=True), Column("articles", "Articles", numeric=True),
     Column("synthetic", "Synthetic")),
    ("person", "venue", "since", "until", "synthetic"), ("person", "synthetic"),
    sort="date", order="desc", size=50, choices={"synthetic": YES_NO})

PEOPLE = Table(
    "people", "/people",
    (Column("name", "Name"), Column("aliases", "Also written", sortable=False),
     Column("statements", "Statements", numeric=True), Column("source", "Source"), Column("qid", "Wikidata")),
    ("name", "source"), ("source",), sort="statements", order="desc", size=50)

OUTLETS = Table(
    "outlets", "/outlets",
    (Column("name", "Outlet"), Column("outlet_kind", "Kind"), Column("country", "Country"),
     Column("language", "Lang."), Column("articles", "Articles", numeric=True),
     Column("statements", "Statements", numeric=True), Column("carried", "Carried", numeric=True),
     Column("altered", "Altered", numeric=True), Column("omitted", "Omitted", numeric=True),
     Column("synthetic", "Synthetic", numeric=True)),
    ("outlet_kind", "country", "language", "synthetic"), ("outlet_kind", "country", "language", "synthetic"),
    sort="articles", order="desc", size=100, choices={"outlet_kind": KINDS, "synthetic": YES_NO})

TABLES = {t.name: t for t in (STATEMENTS, ARTICLES, OCCASIONS, PEOPLE, OUTLETS)}


# ------------------------------------------------------------------ outlets
class Outlets:
    """Domain → registry entry (bundled plus the store's edits) for the outlets the store holds."""

    def __init__(self, store) -> None:
        from ..ingest.outlets import Registry

        self.registry = Registry.from_store(store)
        self._store = store
        self._present: list[str] | None = None

    @property
    def present(self) -> list[str]:
        """The outlets the store has articles from (read once, when a kind or country filter needs it)."""
        if self._present is None:
            self._present = [d for d in self._store.article_outlets() if d]
        return self._present

    def get(self, domain: str | None) -> Outlet | None:
        return self.registry.get(domain) if domain else None

    def kind(self, domain: str | None) -> str:
        o = self.get(domain)
        return o.kind.value if o else "unknown"

    def country(self, domain: str | None) -> str:
        o = self.get(domain)
        return (o.country if o else "") or "unknown"

    def info(self, domain: str | None) -> dict[str, Any]:
        o = self.get(domain)
        return {"outlet_name": o.name if o else domain, "outlet_kind": o.kind.value if o else "unknown",
                "country": (o.country if o else "") or None}

    def selecting(self, kind: str | None, country: str | None) -> list[str] | None:
        """The stored outlets of ``kind`` and ``country`` (None when neither filter is set)."""
        if not kind and not country:
            return None
        return [d for d in self.present if (not kind or self.kind(d) == kind)
                and (not country or self.country(d) == country)]


def _by_kind_and_country(outlet_counts: list[tuple[Any, int]], outlets: Outlets):
    kinds: dict[str, int] = {}
    countries: dict[str, int] = {}
    for domain, n in outlet_counts:
        k, c = outlets.kind(domain), outlets.country(domain)
        kinds[k] = kinds.get(k, 0) + n
        countries[c] = countries.get(c, 0) + n
    order = lambda d: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))  # noqa: E731
    return order(kinds), order(countries)


def _known(counts: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
    """Facet values a filter can select: rows without a value (no outlet, no language) are left out."""
    return [(v, n) for v, n in counts if v not in (None, "")]


def _yes_no(value: str | None) -> bool | None:
    return None if value is None else value == "yes"


def _listing(v: View, rows: list[dict], total: int, facets: list[dict], more: bool = False) -> dict[str, Any]:
    """``more``: ``total`` is a lower bound (the count stopped there, or search ranked its newest
    candidates only)."""
    return {"table": v.table.name, "view": v, "columns": v.table.columns, "rows": rows, "facets": facets,
            "facets_skipped": not facets and (total > FACET_ROWS or more), "more": more,
            "filters": dict(v.filters), "sort": v.sort, "order": v.order, **paging(v, total),
            "csv_url": v.export_url("csv"), "json_url": v.export_url("json")}


# -------------------------------------------------------------- statements
def _statement_kwargs(v: View, outlets: Outlets) -> dict[str, Any]:
    f = v.filters
    kw: dict[str, Any] = {k: f[k] for k in ("speaker", "outlet", "language", "type", "since", "until") if k in f}
    if "q" in f:
        kw["query"] = f["q"]
    if "person" in f:
        kw["person_id"] = f["person"]
    if "synthetic" in f:
        kw["synthetic"] = _yes_no(f["synthetic"])
    selected = outlets.selecting(f.get("outlet_kind"), f.get("country"))
    if selected is not None:
        kw["outlets"] = selected
    return kw


def _statement_rows(store, found, outlets: Outlets, hits: dict | None = None) -> list[dict[str, Any]]:
    """Rows for statements; ``hits`` (search hits by statement id) add ``match``, ``score`` and
    ``marks`` (``[start, end)`` in ``content`` of the words that matched)."""
    from .pages import _articles, statement_json

    arts = _articles(store, (s.article_id for s in found))
    rows = []
    for s in found:
        a = arts.get(s.article_id)
        row = {**statement_json(s, a), "title": a.title if a else None,
               "synthetic": bool(a and a.synthetic), **outlets.info(a.outlet if a else None)}
        h = hits.get(s.id) if hits else None
        if h is not None:
            row.update(match=h.how, score=h.score, marks=[list(m) for m in h.marks])
        rows.append(row)
    return rows


def _searched(store, kw: dict[str, Any]) -> tuple[list, bool] | None:
    """The view's statements through ``report.search`` (every hit, ranked; and whether more matches
    were left unranked), or None when the view has no words to search: then ``kw`` is the store
    query, a speaker resolved to the people it names in any spelling (else matched as text)."""
    from ..report import search

    query = kw.pop("query", None)
    if query and search.WORD.search(query):
        speaker = kw.pop("speaker", None)
        found = search.statements(store, query, speaker=speaker, limit=search.MAX_CANDIDATES * 2, **kw)
        return list(found.hits), found.more
    if kw.get("speaker"):
        from ..pipeline import registry_for

        ids = search.person_ids(registry_for(store), kw["speaker"])
        if ids:
            kw.pop("speaker")
            kw["person_ids"] = ids
    return None


def _ranked(v: View) -> bool:
    """A view with words lists its hits by rank unless the analyst picked another sort."""
    return v.sort == v.table.sort and v.order == v.table.order


def _hit_page(store, v: View, hits: list, kw: dict[str, Any], limit: int, offset: int) -> list:
    """One page of search hits' statements: by rank, or in the view's sort (the store sorts them)."""
    if _ranked(v):
        return [h.statement for h in hits[offset:offset + limit]]
    ids = [h.statement.id for h in hits]
    return store.statements(ids=ids, limit=limit, offset=offset, sort=v.sort, order=v.order, **kw)


def statements(store, v: View, *, facets: bool = True) -> dict[str, Any]:
    """One page of statements for the view, with its facet counts. Words (``q``) go through the
    search module (names in any spelling, word forms, same-claim reports, meaning), listed by rank
    unless sorted by a column; facets and counts are those of the hits."""
    outlets = Outlets(store)
    kw = _statement_kwargs(v, outlets)
    searched = _searched(store, kw)
    hits = searched[0] if searched is not None else None
    if searched is not None:
        hits, more = searched
        total = len(hits)
        found = _hit_page(store, v, hits, kw, v.size, v.offset)
        kw = {**kw, "ids": [h.statement.id for h in hits]}  # facets count the hits
    else:
        from ..report.search import COUNT_CAP

        cap = max(COUNT_CAP, v.offset + v.size)
        n = store.count_statements(cap=cap, **kw)
        total, more = min(n, cap), n > cap
        found = store.statements(limit=v.size, offset=v.offset, sort=v.sort, order=v.order, **kw)
    out = []
    if facets and total <= FACET_ROWS and not (more and hits is None):
        if hits is not None:  # the hits are in hand: count them here, not in one query per facet
            counted = _hit_facets(store, hits)
            count = lambda col, limit=30: counted[col][:limit]  # noqa: E731
        else:
            count = lambda col, limit=30: store.statement_facets(col, limit=limit, **kw)  # noqa: E731
        by_outlet = _known(count("outlet", 100_000))
        kinds, countries = _by_kind_and_country(by_outlet, outlets)
        persons = [(p, n) for p, n in count("person", 20) if p]
        people = _person_names(store, [p for p, _ in persons])
        out = [facet("outlet", by_outlet[:20], v), facet("outlet_kind", kinds, v, KIND_LABELS.get),
               facet("country", countries, v),
               facet("language", _known(count("language", 20)), v),
               facet("type", count("type"), v),
               facet("person", persons, v, lambda pid: people.get(pid, pid)),
               facet("synthetic", count("synthetic"), v)]
    by_id = {h.statement.id: h for h in hits} if hits is not None else None
    return _listing(v, _statement_rows(store, found, outlets, by_id), total, out, more)


def statement_export(store, v: View) -> Iterator[dict[str, Any]]:
    """Every row of the view, all pages, read ``MAX_SIZE`` at a time (search hits: by rank or sort)."""
    outlets = Outlets(store)
    kw = _statement_kwargs(v, outlets)
    searched = _searched(store, kw)
    hits = searched[0] if searched is not None else None
    by_id = {h.statement.id: h for h in hits} if hits is not None else None
    offset = 0
    while True:
        if hits is not None:
            found = _hit_page(store, v, hits, kw, MAX_SIZE, offset)
        else:
            found = store.statements(limit=MAX_SIZE, offset=offset, sort=v.sort, order=v.order, **kw)
        yield from _statement_rows(store, found, outlets, by_id)
        if len(found) < MAX_SIZE:
            return
        offset += MAX_SIZE


STATEMENT_FIELDS = ("id", "published", "person", "person_id", "speaker", "content", "outlet", "outlet_kind",
                    "country", "language", "type", "cue", "venue", "claim", "occasion", "article_id", "title",
                    "url", "start", "end", "synthetic", "match", "score", "marks")


# ---------------------------------------------------------------- articles
def _article_kwargs(v: View, outlets: Outlets) -> dict[str, Any]:
    f = v.filters
    kw: dict[str, Any] = {k: f[k] for k in ("title", "outlet", "language", "since", "until") if k in f}
    if "synthetic" in f:
        kw["synthetic"] = _yes_no(f["synthetic"])
    selected = outlets.selecting(f.get("outlet_kind"), f.get("country"))
    if selected is not None:
        kw["outlets"] = selected
    return kw


def articles(store, v: View, *, facets: bool = True) -> dict[str, Any]:
    outlets = Outlets(store)
    kw = _article_kwargs(v, outlets)
    total = store.count_article_rows(**kw)
    rows = [{**r, **outlets.info(r["outlet"])}
            for r in store.article_rows(sort=v.sort, order=v.order, limit=v.size, offset=v.offset, **kw)]
    out = []
    if facets and total <= FACET_ROWS:
        by_outlet = _known(store.article_facets("outlet", limit=100_000, **kw))
        kinds, countries = _by_kind_and_country(by_outlet, outlets)
        out = [facet("outlet", by_outlet[:20], v), facet("outlet_kind", kinds, v, KIND_LABELS.get),
               facet("country", countries, v), facet("language", _known(store.article_facets("language", limit=20, **kw)), v),
               facet("synthetic", store.article_facets("synthetic", **kw), v)]
    return _listing(v, rows, total, out)


def article_export(store, v: View) -> Iterator[dict[str, Any]]:
    outlets = Outlets(store)
    kw = _article_kwargs(v, outlets)
    offset = 0
    while True:
        rows = store.article_rows(sort=v.sort, order=v.order, limit=MAX_SIZE, offset=offset, **kw)
        for r in rows:
            yield {**r, **outlets.info(r["outlet"])}
        if len(rows) < MAX_SIZE:
            return
        offset += MAX_SIZE


ARTICLE_FIELDS = ("id", "published", "title", "outlet", "outlet_name", "outlet_kind", "country", "language",
                  "statements", "url", "duplicate_of", "primary", "synthetic")


# --------------------------------------------------------- bounded listings
def _sorted_page(v: View, rows: list[dict], key: Callable[[dict], Any] | None = None) -> list[dict]:
    """Sort the bounded rows by the view's column (empty values last), ties by ``id``."""
    col = v.sort
    rows = sorted(rows, key=lambda r: str(r.get("id") or r.get("domain") or ""))
    present = [r for r in rows if r.get(col) not in (None, "")]
    missing = [r for r in rows if r.get(col) in (None, "")]
    sort_key = key or (lambda r: r[col].lower() if isinstance(r[col], str) else r[col])
    present.sort(key=sort_key, reverse=v.order == "desc")
    return present + missing


def _counted(rows: list[dict], field: str, label=None) -> list[tuple[Any, int]]:
    counts: dict[Any, int] = {}
    for r in rows:
        value = r.get(field)
        value = "unknown" if value in (None, "") else value
        counts[value] = counts.get(value, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))


def _bounded(v: View, rows: list[dict], facet_fields: dict[str, Callable | None],
             match: Callable[[dict, str, str], bool], *, page: bool = True) -> dict[str, Any]:
    kept = [r for r in rows if all(match(r, k, val) for k, val in v.filters.items())]
    ordered = _sorted_page(v, kept)
    facets = [facet(name, _counted(kept, name)[:30], v, label) for name, label in facet_fields.items()]
    shown = ordered[v.offset:v.offset + v.size] if page else ordered
    return _listing(v, shown, len(kept), facets)


def _ranked_counts(values: list[Any]) -> list[tuple[Any, int]]:
    """(value, rows), most first, then by value with None first: ``statement_facets``' order."""
    counts: dict[Any, int] = {}
    for x in values:
        counts[x] = counts.get(x, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is not None, kv[0] if kv[0] is not None else ""))


def _hit_facets(store, hits: list) -> dict[str, list[tuple[Any, int]]]:
    """``statement_facets``' counts for every facet over search hits, from one read of their articles."""
    arts = store.article_sources([h.statement.article_id for h in hits])
    cols: dict[str, list[Any]] = {"outlet": [], "language": [], "type": [], "person": [], "synthetic": []}
    for h in hits:
        s, a = h.statement, arts.get(h.statement.article_id)
        if a is None:  # the store's facets join the article
            continue
        cols["outlet"].append(a.outlet)
        cols["synthetic"].append(int(a.synthetic))
        cols["language"].append(s.language)
        cols["type"].append(s.type.value)
        cols["person"].append(s.person_id)
    return {k: _ranked_counts(v) for k, v in cols.items()}


def _person_names(store, pids: list[str]) -> dict[str, str]:
    """Names of a few linked people: the store's people, then the registry."""
    if not pids:
        return {}
    from ..pipeline import registry_for

    wanted = set(pids)
    out = {p.id: p.name for p in store.people() if p.id in wanted}
    missing = [pid for pid in pids if pid not in out]
    registry = registry_for(store) if missing else None  # its key alone reads people and corrections
    for pid in missing:
        if (p := registry.get(pid)) is not None:
            out[pid] = p.name
    return out


def _people_names(store) -> dict[str, str]:
    from .pages import _known_people

    return {pid: p.name for pid, p in _known_people(store).items()}


def occasion_rows(store) -> list[dict[str, Any]]:
    """Every occasion with its coverage counts, speaker, articles and synthetic flag."""
    from .pages import occasion_json

    summary = store.coverage_summary()
    arts = store.occasion_articles()
    names = _people_names(store)
    rows = []
    for o in store.occasions():
        c = {s: summary.get(o.id, {}).get(s, 0) for s in STATUS_ORDER}
        n, synthetic = arts.get(o.id, (0, 0))
        rows.append({**occasion_json(o), "person": names.get(o.person_id or "", o.person_id), "coverage": c,
                     "omitted": c["omitted"], "altered": c["altered"], "carried": c["verbatim"] + c["paraphrased"],
                     "articles": n, "synthetic_articles": synthetic, "synthetic": bool(n and synthetic == n),
                     "some_synthetic": bool(synthetic)})
    return rows


def _occasion_match(r: dict, name: str, value: str) -> bool:
    if name == "person":
        return value in (r.get("person_id"), r.get("person")) or (value == "unknown" and not r.get("person_id"))
    if name == "venue":
        return value.casefold() in (r.get("venue") or "").casefold()
    if name == "since":
        return (r.get("date") or "") >= value
    if name == "until":
        return bool(r.get("date")) and r["date"][:10] <= value
    if name == "synthetic":
        return (value == "yes") == r["some_synthetic"]
    return True


def occasions(store, v: View, *, page: bool = True) -> dict[str, Any]:
    rows = occasion_rows(store)
    for r in rows:
        r["synthetic_facet"] = "yes" if r["some_synthetic"] else "no"
    data = _bounded(v, rows, {}, _occasion_match, page=page)
    kept = [r for r in rows if all(_occasion_match(r, k, val) for k, val in v.filters.items())]
    data["facets"] = [facet("person", [(p, n) for p, n in _counted(kept, "person_id") if p != "unknown"][:30], v,
                            lambda pid: next((r["person"] for r in kept if r["person_id"] == pid), pid)),
                      facet("synthetic", _counted(kept, "synthetic_facet"), v)]
    return data


OCCASION_FIELDS = ("id", "date", "label", "person_id", "person", "venue", "omitted", "altered", "carried",
                   "articles", "synthetic_articles", "synthetic", "primary_article_id")


def people(store, v: View, *, page: bool = True) -> dict[str, Any]:
    from .pages import _known_people, person_json

    counts = store.person_counts()
    rows = [person_json(p, counts.get(p.id, 0)) for p in _known_people(store).values()]

    def match(r: dict, name: str, value: str) -> bool:
        if name == "name":
            needle = value.casefold()
            return any(needle in x.casefold() for x in (r["name"], r["id"], *r["aliases"]))
        if name == "source":
            return r.get("source") == value
        return True

    return _bounded(v, rows, {"source": None}, match, page=page)


PEOPLE_FIELDS = ("id", "name", "aliases", "statements", "source", "qid", "gender")


def outlet_rows(store) -> list[dict[str, Any]]:
    """Every outlet with articles: registry entry, counts, coverage cells per status, synthetic articles."""
    outlets = Outlets(store)
    cover: dict[str, dict[str, int]] = {}
    for outlet, status, n in store.coverage_by_outlet():
        cover.setdefault(outlet, {})[status] = n
    synthetic = dict(store.article_facets("outlet", limit=100_000, synthetic=True))
    rows = []
    for domain, n_articles, n_statements in store.outlet_stats():
        o = outlets.get(domain)
        c = {s: cover.get(domain, {}).get(s, 0) for s in STATUS_ORDER}
        n_synth = synthetic.get(domain, 0)
        rows.append({"domain": domain, "name": o.name if o else domain, "outlet_kind": outlets.kind(domain),
                     "kind": outlets.kind(domain), "country": (o.country if o else "") or None,
                     "language": (o.language if o else "") or None, "registered": o is not None,
                     "edited": domain in outlets.registry.user_domains,
                     "articles": n_articles, "statements": n_statements, "coverage": c,
                     "carried": c["verbatim"] + c["paraphrased"], "altered": c["altered"], "omitted": c["omitted"],
                     "synthetic": n_synth, "all_synthetic": bool(n_articles and n_synth == n_articles),
                     "synthetic_facet": "yes" if n_synth else "no"})
    return rows


def outlets(store, v: View, *, page: bool = True) -> dict[str, Any]:
    rows = outlet_rows(store)

    def match(r: dict, name: str, value: str) -> bool:
        if name == "synthetic":
            return r["synthetic_facet"] == value
        return (r.get(name) or "unknown") == value

    data = _bounded(v, rows, {}, match, page=page)
    kept = [r for r in rows if all(match(r, k, val) for k, val in v.filters.items())]
    data["facets"] = [facet("outlet_kind", _counted(kept, "outlet_kind"), v, KIND_LABELS.get),
                      facet("country", _counted(kept, "country")[:30], v),
                      facet("language", _counted(kept, "language")[:30], v),
                      facet("synthetic", _counted(kept, "synthetic_facet"), v)]
    return data


OUTLET_FIELDS = ("domain", "name", "outlet_kind", "country", "language", "registered", "edited", "articles",
                 "statements", "carried", "altered", "omitted", "synthetic", "all_synthetic")


def coverage_by_kind(rows: list[dict]) -> list[dict[str, Any]]:
    by_kind: dict[str, dict[str, int]] = {}
    for r in rows:
        agg = by_kind.setdefault(r["outlet_kind"], {s: 0 for s in STATUS_ORDER})
        for s in STATUS_ORDER:
            agg[s] += r["coverage"][s]
    return [{"kind": k, **by_kind[k]} for k in sorted(by_kind, key=lambda k: KINDS.index(k) if k in KINDS else 99)]


EXPORTS = {
    "statements": (statement_export, STATEMENT_FIELDS),
    "articles": (article_export, ARTICLE_FIELDS),
    "occasions": (lambda store, v: iter(occasions(store, v, page=False)["rows"]), OCCASION_FIELDS),
    "people": (lambda store, v: iter(people(store, v, page=False)["rows"]), PEOPLE_FIELDS),
    "outlets": (lambda store, v: iter(outlets(store, v, page=False)["rows"]), OUTLET_FIELDS),
}
LISTINGS = {"statements": statements, "articles": articles, "occasions": occasions, "people": people,
            "outlets": outlets}


# ------------------------------------------------------------ outlet page
def outlet(store, domain: str) -> dict[str, Any]:
    """One outlet: registry entry, counts, coverage per status, occasions, omissions and alterations."""
    from .pages import _articles, occasion_json

    outlets = Outlets(store)
    o = outlets.get(domain)
    n_articles = store.count_article_rows(outlet=domain)
    if o is None and not n_articles:
        raise NotFound(f"no outlet {domain!r}: no article from it and not in the outlet registry")
    cells = store.coverage(outlet=domain)
    counts = {s: sum(1 for c in cells if c.status.value == s) for s in STATUS_ORDER}
    occ_ids = sorted({c.occasion_id for c in cells})
    occ = {x.id: x for x in store.occasions() if x.id in set(occ_ids)}
    claims = {c.id: c for oid in occ_ids for c in store.claims(occasion_id=oid)}
    per_occasion = []
    for oid in occ_ids:
        mine = [c for c in cells if c.occasion_id == oid]
        x = occ.get(oid)
        per_occasion.append({**(occasion_json(x) if x else {"id": oid, "label": oid, "date": None}),
                             **{s: sum(1 for c in mine if c.status.value == s) for s in STATUS_ORDER}})
    per_occasion.sort(key=lambda r: (r.get("date") or "", r["id"]), reverse=True)
    arts = _articles(store, [c.article_id for c in cells if c.status in (Status.OMITTED, Status.ALTERED)])
    findings = []
    for c in cells:
        if c.status not in (Status.OMITTED, Status.ALTERED):
            continue
        claim = claims.get(c.claim_id)
        a = arts.get(c.article_id or "")
        x = occ.get(c.occasion_id)
        findings.append({"occasion": c.occasion_id, "occasion_label": x.label if x else c.occasion_id,
                         "date": x.date if x else None, "claim": c.claim_id,
                         "claim_label": claim.label if claim else c.claim_id, "status": c.status.value,
                         "article_id": c.article_id, "title": a.title if a else None,
                         "synthetic": bool(a and a.synthetic),
                         "notes": [alt.note for alt in c.alterations if alt.note]})
    findings.sort(key=lambda f: (f["status"] != "altered", f["date"] or "", f["occasion"], f["claim"]), reverse=False)
    recent = [{**r, **outlets.info(r["outlet"])}
              for r in store.article_rows(outlet=domain, sort="published", order="desc", limit=20)]
    n_synthetic = store.count_article_rows(outlet=domain, synthetic=True)
    return {"outlet": {"domain": domain, "name": o.name if o else domain,
                       "kind": o.kind.value if o else "unknown", "country": (o.country if o else "") or None,
                       "language": (o.language if o else "") or None, "registered": o is not None,
                       "edited": domain in outlets.registry.user_domains},
            "counts": {"articles": n_articles, "synthetic_articles": n_synthetic,
                       "statements": store.count_statements(outlet=domain), **counts},
            "synthetic": bool(n_articles and n_synthetic == n_articles),
            "occasions": per_occasion, "findings": findings, "articles": recent,
            "articles_url": f"/articles?outlet={domain}"}


# --------------------------------------------------------------- timeline
def timeline(store, occasion_id: str, claims: list[dict], cells) -> list[dict[str, Any]]:
    """Who reported the occasion when: its articles by published time, with what each carried."""
    from .pages import _articles

    outlets = Outlets(store)
    number = {c["id"]: i + 1 for i, c in enumerate(claims)}
    labels = {c["id"]: c["label"] for c in claims}
    by_article: dict[str, dict[str, list]] = {}
    for c in cells:
        if c.article_id:
            slot = by_article.setdefault(c.article_id, {"carried": [], "altered": [], "omitted": []})
            key = "omitted" if c.status == Status.OMITTED else "altered" if c.status == Status.ALTERED else "carried"
            slot[key].append(c.claim_id)
    for s in store.statements(occasion_id=occasion_id, limit=MAX_SIZE * 4):
        by_article.setdefault(s.article_id, {"carried": [], "altered": [], "omitted": []})
    arts = _articles(store, by_article)
    rows = []
    for aid, slot in by_article.items():
        a = arts.get(aid)
        if a is None:
            continue
        rows.append({"article_id": aid, "title": a.title, "published": a.published, "when": _when(a.published),
                     "outlet": a.outlet,
                     "synthetic": a.synthetic, "primary": a.primary, **outlets.info(a.outlet),
                     **{k: [{"id": cid, "n": number.get(cid), "label": labels.get(cid, cid)}
                            for cid in sorted(set(v), key=lambda x: number.get(x, 999))] for k, v in slot.items()}})
    rows.sort(key=lambda r: (_instant(r["published"]) is None, _instant(r["published"]) or 0.0, r["outlet"] or "",
                             r["article_id"]))
    return rows


def _when(published: str | None) -> str:
    """``2024-10-23T18:55:00+03:00`` → ``2024-10-23 18:55 UTC+03:00`` (the outlet's own clock, its zone said)."""
    p = (published or "").strip()
    if len(p) < 16 or p[10] != "T":
        return p or "date unknown"
    zone = p[19:].lstrip(".0123456789")
    return f"{p[:10]} {p[11:16]}" + (" UTC" if zone in ("Z", "+00:00") else f" UTC{zone}" if zone else "")


def _instant(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO date or time (a time without a zone read as UTC), or None."""
    from datetime import datetime, timezone

    try:
        t = datetime.fromisoformat((published or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).timestamp()


__all__ = ["ARTICLES", "EXPORTS", "LISTINGS", "OCCASIONS", "OUTLETS", "PEOPLE", "STATEMENTS", "TABLES",
           "BadView", "article_export", "articles", "occasions", "outlet", "outlets", "people", "statements",
           "timeline"]
