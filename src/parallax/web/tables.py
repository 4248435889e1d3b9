"""The one table machinery behind every listing: sort, filters, facet counts, pages, CSV and JSON.

A ``Table`` names a listing's columns (which sort), filters and facets; ``view(table, params)``
reads and checks ``?sort=col&order=desc&page=2&size=50&outlet=tass.ru…`` into a ``View`` that
builds every link of the page (sort headers, facet values, pages, exports) from the same
parameters, so a CSV or JSON link reproduces exactly what is on screen, all pages of it.

Reads and writes nothing: the pages (``pages.py``) fetch rows for a ``View`` from the store.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping
from urllib.parse import urlencode


class BadView(ValueError):
    """A query parameter a listing cannot take (answered as a 422, naming it)."""


#: Largest page a listing serves; exports stream every page in chunks of this size.
MAX_SIZE = 500
MAX_PAGE = 1_000_000
MAX_VALUE_CHARS = 500
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: Filters whose values are dates (YYYY-MM-DD).
DATE_FILTERS = frozenset({"since", "until"})


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    sortable: bool = True
    numeric: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """One listing: its columns, the filters it takes, the facets it counts."""

    name: str
    path: str
    columns: tuple[Column, ...]
    filters: tuple[str, ...]
    facets: tuple[str, ...] = ()
    sort: str = ""
    order: str = "desc"
    size: int = 50
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


@dataclass(frozen=True, slots=True)
class View:
    """One request's view of a table: filters, sort, order, page and page size."""

    table: Table
    filters: Mapping[str, str]
    sort: str
    order: str
    page: int = 1
    size: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def params(self, **changes: Any) -> dict[str, str]:
        """The view's query parameters (defaults left out) with ``changes`` applied (None drops one)."""
        out: dict[str, Any] = dict(self.filters)
        if self.sort != self.table.sort or self.order != self.table.order:
            out["sort"], out["order"] = self.sort, self.order
        if self.size != self.table.size:
            out["size"] = self.size
        if self.page != 1:
            out["page"] = self.page
        out.update(changes)
        return {k: str(v) for k, v in out.items() if v not in (None, "")}

    def url(self, path: str | None = None, **changes: Any) -> str:
        params = self.params(**changes)
        return (path or self.table.path) + ("?" + urlencode(params) if params else "")

    def sort_url(self, key: str) -> str:
        """The header link: sort by ``key``, flipping the order when it already sorts by it."""
        order = ("asc" if self.order == "desc" else "desc") if key == self.sort else (
            "asc" if not (c := self.table.column(key)) or not c.numeric and key not in ("published", "date")
            else "desc")
        return self.url(sort=key, order=order, page=None)

    def sort_state(self, key: str) -> str | None:
        """``"ascending"``/``"descending"`` for the column the view sorts by (``aria-sort``), else None."""
        if key != self.sort:
            return None
        return "descending" if self.order == "desc" else "ascending"

    def filter_url(self, name: str, value: Any) -> str:
        """This view narrowed to ``name=value`` (first page); ``None`` removes the filter."""
        return self.url(**{name: value, "page": None})

    def page_url(self, page: int) -> str:
        return self.url(page=page if page > 1 else None)

    def export_url(self, fmt: str) -> str:
        """The same view as ``.csv`` or ``.json``: same filters and sort, every page."""
        params = {k: v for k, v in self.params().items() if k not in ("page", "size")}
        return f"{self.table.path}.{fmt}" + ("?" + urlencode(params) if params else "")

    def pages(self, total: int) -> int:
        return max(1, -(-total // self.size))


def view(table: Table, params: Mapping[str, str]) -> View:
    """Read and check a table's query parameters.

    Raises:
        BadView: an unknown sort column or order, a bad page or size, a filter value too long,
            with control characters, not a date where one is expected, or not one of its choices.
    """
    sort = (params.get("sort") or table.sort).strip()
    col = table.column(sort)
    if col is None or not col.sortable:
        keys = ", ".join(c.key for c in table.columns if c.sortable)
        raise BadView(f"sort={sort!r}: sort by one of {keys}")
    order = (params.get("order") or (table.order if sort == table.sort else "asc")).strip().lower()
    if order not in ("asc", "desc"):
        raise BadView(f"order={order!r}: expected asc or desc")
    # ``limit``/``offset`` (the older paging of /search) still work: they become size and page
    size = _int(params.get("size") or params.get("limit"), "size", 1, MAX_SIZE, table.size)
    offset = _int(params.get("offset"), "offset", 0, MAX_PAGE * MAX_SIZE, 0)
    page = _int(params.get("page"), "page", 1, MAX_PAGE, offset // size + 1)
    filters: dict[str, str] = {}
    for name in table.filters:
        value = (params.get(name) or "").strip()
        if not value:
            continue
        if len(value) > MAX_VALUE_CHARS:
            raise BadView(f"{name}: longer than {MAX_VALUE_CHARS} characters")
        if _CONTROL.search(value):
            raise BadView(f"{name}: control characters are not allowed")
        if name in DATE_FILTERS and not _DATE.match(value):
            raise BadView(f"{name}={value!r}: expected a date as YYYY-MM-DD")
        allowed = table.choices.get(name)
        if allowed and value not in allowed:
            raise BadView(f"{name}={value!r}: expected one of {', '.join(allowed)}")
        filters[name] = value
    return View(table, filters, sort, order, page, size)


def _int(value: str | None, name: str, lo: int, hi: int, default: int) -> int:
    if value in (None, ""):
        return default
    if not re.fullmatch(r"[0-9]{1,12}", value.strip()):
        raise BadView(f"{name}={value!r}: expected a whole number")
    n = int(value)
    if not lo <= n <= hi:
        raise BadView(f"{name}={n}: expected {lo}-{hi}")
    return n


def facet(name: str, counts: Iterable[tuple[Any, int]], v: View, label=None) -> dict[str, Any]:
    """One facet: each value with its row count and the link that narrows the view to it."""
    chosen = v.filters.get(name)
    values = []
    for value, n in counts:
        shown = _facet_value(value)
        values.append({"value": shown, "label": label(shown) if label else shown, "count": n,
                       "selected": chosen == shown, "href": v.filter_url(name, None if chosen == shown else shown)})
    return {"name": name, "values": values, "selected": chosen, "clear": v.filter_url(name, None) if chosen else None}


def _facet_value(value: Any) -> str:
    if value is None or value == "":
        return "unknown"
    if isinstance(value, bool) or value in (0, 1) and not isinstance(value, str):
        return "yes" if value else "no"
    return str(value)


def paging(v: View, total: int) -> dict[str, Any]:
    """Page fields and links for a template (``pager``) and the JSON export."""
    last = v.pages(total)
    return {"total": total, "page": v.page, "pages": last, "size": v.size, "offset": v.offset,
            "first_row": v.offset + 1 if total else 0, "last_row": min(v.offset + v.size, total),
            "prev_url": v.page_url(v.page - 1) if v.page > 1 else None,
            "next_url": v.page_url(v.page + 1) if v.page < last else None}


def csv_lines(columns: Iterable[str], rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """CSV text, a header and then one line per row; lists are joined by ``; ``, booleans are true/false.

    Cells starting with ``=``, ``+``, ``-`` or ``@`` get a leading apostrophe, so a spreadsheet
    opening the export never evaluates article text as a formula.
    """
    columns = list(columns)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")

    def flush() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    writer.writerow(columns)
    yield flush()
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
        yield flush()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(x) for x in value)
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?[0-9.]+", text) else text


def shorten(text: str | None, limit: int = 80) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–—-") + "…"


__all__ = ["BadView", "Column", "MAX_SIZE", "Table", "View", "csv_lines", "facet", "paging", "shorten", "view"]
