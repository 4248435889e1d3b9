"""The data behind every page, as plain JSON-ready dicts: the HTML pages and the API share it.

Reads: articles, statements, people, occasions, claims, coverage, outlets (through ``Store``).
Writes: nothing.
Depends on: the store's read methods; ``parallax.report.records`` and ``parallax.ingest.outlets``
when they are installed (a local fallback keeps the web usable without them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import NotFound
from ..model import Article, Cell, Claim, Occasion, Outlet, Person, Statement, Status
from ..compare.matrix import explain
from .markup import STATUS_ORDER

#: Outlet kinds in the order the matrix lists them: state media first, where omissions matter most.
KIND_ORDER = ("state", "state_aligned", "agency", "public", "independent", "think_tank", "aggregator", "other",
              "unknown")
MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class Filters:
    """Statement search filters, as the search page and ``/api/statements`` take them."""

    q: str | None = None
    speaker: str | None = None
    #: a person id or any spelling of a name, resolved through the people registry
    person: str | None = None
    outlet: str | None = None
    outlet_kind: str | None = None
    language: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None

    def store_kwargs(self) -> dict[str, str]:
        pairs = {"query": self.q, "speaker": self.speaker, "person": self.person, "outlet": self.outlet,
                 "outlet_kind": self.outlet_kind, "language": self.language, "type": self.type,
                 "since": self.since, "until": self.until}
        return {k: v.strip() for k, v in pairs.items() if v and v.strip()}

    def params(self) -> dict[str, str]:
        return {k: v for k, v in ((k, getattr(self, k)) for k in self.__slots__) if v}


def statement_json(s: Statement, article: Article | None) -> dict[str, Any]:
    """One statement in the INTERFACES.md shape (``parallax statements --json``)."""
    try:
        from ..report.records import statement_record
    except ImportError:
        statement_record = None
    if statement_record is not None and article is not None:
        try:
            return dict(statement_record(s, article))
        except Exception:  # a half-built upstream must not take the web down
            pass
    return {
        "id": s.id, "article_id": s.article_id,
        "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "language": s.language or (article.language if article else None),
        "published": article.published if article else None,
        "type": s.type.value, "start": s.start, "end": s.end, "content": s.text,
        "fragments": [f.as_list() for f in s.content],
        "speaker": s.speaker.text if s.speaker else None,
        "speaker_start": s.speaker.start if s.speaker else None,
        "speaker_end": s.speaker.end if s.speaker else None,
        "cue": " ".join(c.text for c in s.cue) if s.cue else None,
        "person": s.person_name, "person_id": s.person_id, "person_kind": s.person_kind,
        "venue": s.venue_name or (s.venue.text if s.venue else None),
        "claim": s.claim_id, "occasion": s.occasion_id,
    }


def article_brief(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "language": a.language,
            "published": a.published, "synthetic": a.synthetic, "primary": a.primary}


def person_json(p: Person, statements: int | None = None) -> dict[str, Any]:
    out = {"id": p.id, "name": p.name, "aliases": list(p.aliases), "qid": p.qid, "gender": p.gender,
           "roles": [{"title": r.title, "start": r.start, "end": r.end} for r in p.roles],
           "source": p.source}
    if statements is not None:
        out["statements"] = statements
    return out


def occasion_json(o: Occasion) -> dict[str, Any]:
    return {"id": o.id, "person_id": o.person_id, "venue": o.venue, "date": o.date, "label": o.label,
            "primary_article_id": o.primary_article_id}


def claim_json(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "person_id": c.person_id, "occasion_id": c.occasion_id, "label": c.label,
            "language": c.language, "statement_ids": list(c.statement_ids)}


def cell_json(c: Cell, article: Article | None = None) -> dict[str, Any]:
    """One coverage cell in the INTERFACES.md shape (``parallax coverage --json``)."""
    return {"occasion": c.occasion_id, "claim": c.claim_id, "outlet": c.outlet, "article_id": c.article_id,
            "url": article.url if article else None, "status": c.status.value, "statement_id": c.statement_id,
            "alterations": [{"kind": a.kind, "this": list(a.this), "other_article_id": a.other_article_id,
                             "other": list(a.other), "note": a.note} for a in c.alterations]}


def outlet_kinds(store) -> dict[str, str]:
    """Outlet domain → kind, from the store's outlets, else the bundled registry if installed."""
    kinds: dict[str, str] = {}
    try:
        from ..ingest import outlets as registry_mod
        reg = getattr(registry_mod, "registry", None)
        found = reg() if callable(reg) else {}
        for o in (found.values() if isinstance(found, dict) else found or ()):
            if isinstance(o, Outlet):
                kinds[o.domain] = o.kind.value
    except Exception:  # the registry is optional here; store outlets win anyway
        pass
    kinds.update({o.domain: o.kind.value for o in store.outlets()})
    return kinds


def _articles(store, ids) -> dict[str, Article]:
    ids = sorted({i for i in ids if i})
    return {a.id: a for a in store.articles(ids=ids)} if ids else {}


def _known_people(store) -> dict[str, Person]:
    """Everyone a statement links to, from the registry (bundled + the store's own people)."""
    from ..pipeline import registry_for

    registry = registry_for(store)
    out = {p.id: p for p in store.people()}
    for pid in store.person_counts():
        if pid not in out and (p := registry.get(pid)) is not None:
            out[pid] = p
    return out


def _person(store, person_id: str) -> Person:
    from ..pipeline import registry_for

    for p in store.people():
        if p.id == person_id:
            return p
    if (p := registry_for(store).get(person_id)) is not None:
        return p
    # Statements may link a person the people table does not hold yet (resolve runs later).
    linked = store.statements(person_id=person_id, limit=1)
    if linked:
        return Person(person_id, linked[0].person_name or person_id, source="statements")
    raise NotFound(f"no person with id {person_id!r}")


def page(limit: int, offset: int, total: int, more: bool = False) -> dict[str, Any]:
    """Pagination fields; ``next`` is the next offset or ``None`` on the last page; ``more``: the
    total is a lower bound (the count stopped there)."""
    out = {"limit": limit, "offset": offset, "total": total,
           "next": offset + limit if offset + limit < total else None}
    if more:
        out["more"] = True
    return out


# ----------------------------------------------------------------------- pages
def home(store) -> dict[str, Any]:
    summary = store.coverage_summary()
    # Newest first; on one day, the occasions with most omissions and alterations first, so an
    # analyst sees the finding on the home page.
    def rank(o: Occasion):
        c = summary.get(o.id, {})
        return (o.date or "", c.get("omitted", 0) + c.get("altered", 0), sum(c.values()), o.label)

    occasions = sorted(store.occasions(), key=rank, reverse=True)
    arts = store.occasion_articles()
    recent = []
    for o in occasions[:20]:
        counts = summary.get(o.id, {})
        n, synthetic = arts.get(o.id, (0, 0))
        recent.append({**occasion_json(o), "coverage": {s: counts.get(s, 0) for s in STATUS_ORDER},
                       "articles": n, "synthetic_articles": synthetic, "synthetic": bool(n and synthetic == n),
                       "some_synthetic": bool(synthetic)})
    return {
        "counts": {"articles": store.count_articles(), "statements": store.count_statements(),
                   "people": len(_known_people(store)), "occasions": len(occasions),
                   "outlets": len(store.outlet_stats())},
        "occasions": recent,
    }


def search(store, filters: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Statements for the filters, ranked by ``report.search``: a name in any spelling finds the
    person's statements, words match their forms, a remark finds its reports in other languages.

    Each row adds ``match`` (person, words, meaning or filter), ``score`` and ``marks``: the
    ``[start, end)`` offsets in ``content`` of the words that matched.
    """
    from ..report import search as search_mod

    kw: dict[str, Any] = dict(filters.store_kwargs())
    if "outlet_kind" in kw:  # the kind of an outlet is the registry's (bundled + edits), not only the store's edits
        from .listings import Outlets

        kw["outlets"] = Outlets(store).selecting(kw.pop("outlet_kind"), None)
    query = kw.pop("query", None)
    found = search_mod.statements(store, query, limit=limit, offset=offset, **kw)
    arts = _articles(store, (h.statement.article_id for h in found.hits))
    rows = []
    for h in found.hits:
        s = h.statement
        a = arts.get(s.article_id)
        rows.append({**statement_json(s, a), "title": a.title if a else None,
                     "synthetic": bool(a and a.synthetic), "match": h.how, "score": h.score,
                     "marks": [list(m) for m in h.marks]})
    return {"filters": filters.params(), **page(limit, offset, found.total, found.more), "statements": rows}


def people(store) -> dict[str, Any]:
    counts = store.person_counts()
    rows = [person_json(p, counts.get(p.id, 0)) for p in _known_people(store).values()]
    rows.sort(key=lambda p: (-p["statements"], p["name"]))
    return {"people": rows}


def person(store, person_id: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    p = _person(store, person_id)
    total = store.count_statements(person_id=person_id)
    found = store.statements(person_id=person_id, limit=limit, offset=offset)
    arts = _articles(store, (s.article_id for s in found))
    occasions = {o.id: o for o in store.occasions(person_id=person_id)}
    claims = store.claims(person_id=person_id)
    by_outlet, days = store.person_summary(person_id)
    timeline = []
    for c in claims:
        o = occasions.get(c.occasion_id or "")
        timeline.append({**claim_json(c), "date": o.date if o else None,
                         "occasion_label": o.label if o else None, "reports": len(c.statement_ids)})
    timeline.sort(key=lambda c: (c["date"] or "", c["label"]))
    return {
        "person": person_json(p, total),
        "outlets": [{"outlet": o, "statements": n} for o, n in by_outlet],
        "days": [{"day": d, "claims": c, "statements": n} for d, c, n in days],
        "occasions": [occasion_json(o) for o in occasions.values()],
        "claims": timeline,
        "contradictions": contradictions(store, person_id=person_id),
        **page(limit, offset, total),
        "statements": [{**statement_json(s, arts.get(s.article_id)),
                        "synthetic": bool(arts.get(s.article_id) and arts[s.article_id].synthetic)}
                       for s in found],
    }


def occasions(store) -> dict[str, Any]:
    summary = store.coverage_summary()
    return {"occasions": [{**occasion_json(o), "coverage": {s: summary.get(o.id, {}).get(s, 0)
                                                            for s in STATUS_ORDER}}
                          for o in store.occasions()]}


def occasion(store, occasion_id: str) -> dict[str, Any]:
    """The coverage matrix: outlets (rows, state media first) × claims (columns)."""
    o = store.occasion(occasion_id)
    claims = store.claims(occasion_id=occasion_id)
    cells = store.coverage(occasion_id)
    kinds = outlet_kinds(store)
    arts = _articles(store, [c.article_id for c in cells] + [o.primary_article_id])
    outlets = sorted({c.outlet for c in cells},
                     key=lambda d: (KIND_ORDER.index(kinds.get(d, "unknown")) if kinds.get(d, "unknown")
                                    in KIND_ORDER else len(KIND_ORDER), d))
    by_key = {(c.outlet, c.claim_id): c for c in cells}
    from ..ingest.outlets import Registry

    registry = Registry.from_store(store)
    rows = []
    for outlet in outlets:
        row_cells = []
        row_articles = set()
        for c in claims:
            cell = by_key.get((outlet, c.id))
            row_cells.append({**cell_json(cell, arts.get(cell.article_id or "")),
                              "synthetic": bool(arts.get(cell.article_id or "") and arts[cell.article_id].synthetic)}
                             if cell else None)
            if cell and cell.article_id in arts:
                row_articles.add(cell.article_id)
        entry = registry.get(outlet)
        rows.append({"outlet": outlet, "kind": kinds.get(outlet, "unknown"), "cells": row_cells,
                     "name": entry.name if entry else outlet, "country": entry.country if entry else None,
                     "synthetic": bool(row_articles) and all(arts[a].synthetic for a in row_articles)})
    counts = {s: sum(1 for c in cells if c.status.value == s) for s in STATUS_ORDER}
    primary = arts.get(o.primary_article_id or "")
    try:
        speaker = _person(store, o.person_id).name if o.person_id else None
    except NotFound:
        speaker = None
    from .listings import timeline

    claim_rows = [claim_json(c) for c in claims]
    return {"occasion": {**occasion_json(o), "person": speaker}, "primary": article_brief(primary) if primary else None,
            "claims": claim_rows, "rows": rows, "counts": counts,
            "synthetic": any(a.synthetic for a in arts.values()),
            "timeline": timeline(store, occasion_id, claim_rows, cells)}


def evidence(store, occasion_id: str, claim_id: str, outlet: str) -> dict[str, Any]:
    """One matrix cell with what it rests on: the outlet's article, the spans, the other versions."""
    o = store.occasion(occasion_id)
    cell = next((c for c in store.coverage(occasion_id) if c.claim_id == claim_id and c.outlet == outlet), None)
    if cell is None:
        raise NotFound(f"no coverage cell for claim {claim_id!r} and outlet {outlet!r} in occasion {occasion_id!r}")
    claim = next((c for c in store.claims(occasion_id=occasion_id) if c.id == claim_id), None)
    reports = store.statements(claim_id=claim_id, limit=MAX_LIMIT)
    arts = _articles(store, [cell.article_id, *(a.other_article_id for a in cell.alterations),
                             *(s.article_id for s in reports)])
    try:
        own = store.statement(cell.statement_id) if cell.statement_id else None
    except NotFound:  # re-extraction replaced the statement after coverage was computed
        own = None
    carried = sum(1 for c in store.coverage(occasion_id) if c.claim_id == claim_id and c.status.value != "omitted")
    return {
        "occasion": occasion_json(o), "claim": claim_json(claim) if claim else None,
        "cell": cell_json(cell, arts.get(cell.article_id or "")),
        "explanation": explain(cell, carried),
        "article": article_brief(arts[cell.article_id]) if cell.article_id in arts else None,
        "statement": statement_json(own, arts.get(own.article_id)) if own else None,
        "reports": [{**statement_json(s, arts.get(s.article_id)),
                     "synthetic": bool(arts.get(s.article_id) and arts[s.article_id].synthetic)}
                    for s in reports],
    }


def article(store, article_id: str) -> dict[str, Any]:
    a = store.article(article_id)
    found = store.statements(article_id=article_id, limit=MAX_LIMIT)
    ids = {s.id for s in found}
    flags = [c for c in store.contradictions(involving=None) if c.statement_id in ids
             or (c.against_kind == "statement" and c.against_id in ids)] if ids else []
    from ..report.records import contradiction_records

    from .listings import Outlets

    outlets = Outlets(store)
    near = store.near_duplicates(article_id)
    near_arts = _articles(store, [i for i, _ in near])
    return {"article": {**article_brief(a), "text": a.text, "duplicate_of": a.duplicate_of, **outlets.info(a.outlet)},
            "statements": [statement_json(s, a) for s in found],
            "near_duplicates": [{**(article_brief(near_arts[i]) if i in near_arts else {"id": i}), "score": round(score, 3),
                                 **outlets.info(near_arts[i].outlet if i in near_arts else None)}
                                for i, score in near],
            "contradictions": contradiction_records(store, flags)}


def contradictions(store, person_id: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
    """Flags in the ``parallax contradictions --json`` shape (reason, both sides cited)."""
    from ..report.records import contradiction_records

    return contradiction_records(store, store.contradictions(person_id=person_id, since=since))


def facts(store) -> dict[str, Any]:
    """The analyst's current facts, and how many flags rest on each."""
    from ..report.records import fact_record

    counts: dict[str, int] = {}
    for c in store.contradictions():
        if c.against_kind == "fact":
            counts[c.against_id] = counts.get(c.against_id, 0) + 1
    return {"facts": [{**fact_record(f), "flags": counts.get(f.id, 0)} for f in store.facts()]}


def outlets(store) -> dict[str, Any]:
    kinds = outlet_kinds(store)
    names = {o.domain: o for o in store.outlets()}
    cover: dict[str, dict[str, int]] = {}
    for outlet, status, n in store.coverage_by_outlet():
        cover.setdefault(outlet, {})[status] = n
    rows = []
    for domain, n_articles, n_statements in store.outlet_stats():
        o = names.get(domain)
        rows.append({"domain": domain, "name": o.name if o else domain, "country": o.country if o else None,
                     "kind": kinds.get(domain, "unknown"), "articles": n_articles, "statements": n_statements,
                     "coverage": {s: cover.get(domain, {}).get(s, 0) for s in STATUS_ORDER}})
    by_kind: dict[str, dict[str, int]] = {}
    for r in rows:
        agg = by_kind.setdefault(r["kind"], {s: 0 for s in STATUS_ORDER})
        for s in STATUS_ORDER:
            agg[s] += r["coverage"][s]
    ordered = [(k, by_kind[k]) for k in sorted(by_kind, key=lambda k: KIND_ORDER.index(k)
                                                if k in KIND_ORDER else len(KIND_ORDER))]
    return {"outlets": rows, "coverage_by_kind": [{"kind": k, **v} for k, v in ordered]}


STATUSES = tuple(s.value for s in Status)
