"""Exports: statements, claims, occasions and coverage as CSV, JSON Lines or Parquet.

Reads: the store. Writes: one file. Depends on: pyarrow (Parquet), ``report.records`` for the
statement record when it exists (the INTERFACES ``statements --json`` shape).

Lists and nested objects (fragments, alterations, statement ids) are JSON strings in CSV and
Parquet columns, so every format holds the same rows and reads back to the same values
(``read`` does the reverse, which the round-trip tests use).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError

TABLES = ("statements", "claims", "occasions", "coverage", "facts", "contradictions")
FORMATS = ("csv", "jsonl", "parquet")
_NESTED = {"fragments", "alterations", "statement_ids", "statements", "entities", "against"}


def _nested(key: str) -> bool:
    """Columns that hold lists or objects (JSON text in CSV and Parquet)."""
    return key in _NESTED or key.endswith(("_spans", "_ids"))


def statement_row(s, article) -> dict[str, Any]:
    """The INTERFACES statement record (via ``report.records`` when available)."""
    try:
        from .records import statement_record
    except ImportError:
        statement_record = None
    if statement_record is not None:
        try:
            return dict(statement_record(s, article))
        except Exception:  # noqa: BLE001 - fall back to our own rendering of the same fields
            pass
    return {
        "id": s.id, "article_id": s.article_id, "url": article.url if article else None,
        "outlet": article.outlet if article else None, "language": s.language,
        "published": article.published if article else None, "type": s.type.value,
        "start": s.start, "end": s.end, "content": s.text, "fragments": [f.as_list() for f in s.content],
        "speaker": s.speaker.text if s.speaker else None,
        "speaker_start": s.speaker.start if s.speaker else None,
        "speaker_end": s.speaker.end if s.speaker else None,
        "cue": " ".join(c.text for c in s.cue) or None, "person": s.person_name, "person_id": s.person_id,
        "venue": s.venue_name or (s.venue.text if s.venue else None), "claim": s.claim_id,
        "occasion": s.occasion_id,
    }


def cell_row(c, url: str | None, carriers: int | None = None, synthetic: bool = False) -> dict[str, Any]:
    """The INTERFACES ``coverage --json`` record of one cell, plus ``reason`` (one sentence) and
    ``synthetic`` (the cell's article is synthetic: demo or test data, not real news)."""
    from ..compare.matrix import explain

    return {
        "occasion": c.occasion_id, "claim": c.claim_id, "outlet": c.outlet, "article_id": c.article_id,
        "url": url, "status": c.status.value, "statement_id": c.statement_id,
        "alterations": [{"kind": a.kind, "this": list(a.this), "other_article_id": a.other_article_id,
                         "other": list(a.other), "note": a.note} for a in c.alterations],
        "reason": explain(c, carriers),
        "synthetic": bool(synthetic),
    }


def carriers(cells) -> dict[tuple[str, str], int]:
    """(occasion, claim) → how many outlets carried the claim (every status but omitted)."""
    out: dict[tuple[str, str], int] = {}
    for c in cells:
        if c.status.value != "omitted":
            out[(c.occasion_id, c.claim_id)] = out.get((c.occasion_id, c.claim_id), 0) + 1
    return out


def rows(store, table: str) -> list[dict[str, Any]]:
    """The rows of one exportable table."""
    if table not in TABLES:
        raise InputError(table, f"unknown table; choose one of: {', '.join(TABLES)}")
    if table == "statements":
        stmts = store.statements()
        ids = sorted({s.article_id for s in stmts})
        arts = {a.id: a for a in store.articles(ids=ids)} if ids else {}
        return [statement_row(s, arts.get(s.article_id)) for s in stmts]
    if table == "claims":
        return [{"id": c.id, "person_id": c.person_id, "occasion": c.occasion_id, "label": c.label,
                 "language": c.language, "statement_ids": list(c.statement_ids)} for c in store.claims()]
    if table == "occasions":
        arts = store.occasion_articles()  # occasion → (articles, synthetic articles)
        return [{"id": o.id, "person_id": o.person_id, "venue": o.venue, "date": o.date, "label": o.label,
                 "primary_article_id": o.primary_article_id,
                 "synthetic": bool(tuple(arts.get(o.id, (0, 0)))[1])} for o in store.occasions()]
    if table == "facts":
        # every version, so that an export keeps the analyst's history (issue 12)
        from .records import fact_record

        return [fact_record(f) for f in store.facts(history=True)]
    if table == "contradictions":
        from .records import contradiction_records

        return contradiction_records(store, store.contradictions())
    cells = store.coverage()
    ids = sorted({c.article_id for c in cells if c.article_id})
    arts = {a.id: a for a in store.articles(ids=ids)} if ids else {}
    return [cell_row(c, arts[c.article_id].url if c.article_id in arts else None,
                     synthetic=bool(c.article_id in arts and arts[c.article_id].synthetic)) for c in cells]


#: A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a leading formula character gets a ``'`` before
    it (as does a leading ``'`` already there, so that ``restore`` is exact)."""
    if isinstance(value, str) and value.startswith(FORMULA_START + ("'",)):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """``neutralise`` undone: the value as it was before it was written."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_START + ("'",)):
        return value[1:]
    return value


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if _nested(k) or isinstance(v, (list, dict)) else v
            for k, v in row.items()}


def write(data: Iterable[dict[str, Any]], path: str | Path, fmt: str) -> int:
    """Write rows to ``path`` in ``fmt``; return how many."""
    data = list(data)
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown format; choose one of: {', '.join(FORMATS)}")
    if str(path) == "-":  # standard output
        import sys
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            n = write(data, Path(tmp) / f"out.{fmt}", fmt)
            sys.stdout.flush()
            sys.stdout.buffer.write((Path(tmp) / f"out.{fmt}").read_bytes())
            sys.stdout.buffer.flush()
        return n
    path = Path(path)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return len(data)
    flat = [_flat(r) for r in data]
    cols = list(dict.fromkeys(k for r in flat for k in r))
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            w.writerows({k: neutralise(v) for k, v in r.items()} for r in flat)
        return len(data)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(flat) if flat else pa.table({})
    pq.write_table(table, path)
    return len(data)


def read(path: str | Path, fmt: str) -> list[dict[str, Any]]:
    """Read back a file written by ``write`` (CSV cells come back as strings, except nested JSON)."""
    path = Path(path)
    if fmt == "jsonl":
        return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            out = [{k: restore(v) for k, v in r.items()} for r in csv.DictReader(f)]
    else:
        import pyarrow.parquet as pq
        out = pq.read_table(path).to_pylist()
    for r in out:
        for k in list(r):
            if _nested(k) and isinstance(r[k], str):
                r[k] = json.loads(r[k])
    return out


__all__ = ["FORMATS", "TABLES", "cell_row", "read", "rows", "statement_row", "write"]
