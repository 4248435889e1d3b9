"""The outlet registry: URL host → Outlet (name, country, language, kind).

Reads: the bundled ``data/outlets.csv`` and, when given, the user's outlets from the store.
Writes: nothing (``parallax outlets add/import`` write through ``store.upsert_outlets``).
Depends on: ``model.Outlet``.

Lookup strips ``www.`` and matches the longest registered suffix of the host on a label
boundary, so ``news.bbc.co.uk`` → ``bbc.co.uk`` and ``russian.rt.com`` beats ``rt.com``,
while ``notbbc.com`` matches nothing.
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path
from typing import Iterable, Iterator

from .. import settings
from ..errors import FormatError
from ..model import Outlet, OutletKind
from .dedupe import host_of

BUNDLED = settings.PACKAGE_DATA / "outlets.csv"
COLUMNS = ("domain", "name", "country", "language", "kind")


def normalise_domain(value: str) -> str:
    """``https://WWW.Tass.ru/x`` or ``www.tass.ru`` → ``tass.ru``."""
    value = value.strip().lower()
    if "/" in value:
        value = host_of(value if "//" in value else f"//{value}") or ""
    value = value.rstrip(".")
    return value[4:] if value.startswith("www.") else value


def read_csv(text: str, source: str = "outlets.csv") -> Iterator[Outlet]:
    """Outlets from CSV text with the columns ``domain,name,country,language,kind``.

    Raises:
        FormatError: a missing column, an empty domain or name, or an unknown kind,
            naming ``source:LINE``.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("domain", "name") if c not in (reader.fieldnames or ())]
    if missing:
        raise FormatError(source, f"missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
    kinds = ", ".join(k.value for k in OutletKind)
    for row in reader:
        where = f"{source}:{reader.line_num}"
        domain = normalise_domain(row.get("domain") or "")
        name = (row.get("name") or "").strip()
        if not domain or not name:
            raise FormatError(where, "a domain and a name are required")
        kind = (row.get("kind") or "other").strip() or "other"
        try:
            kind_value = OutletKind(kind)
        except ValueError:
            raise FormatError(where, f"unknown kind {kind!r}; use one of {kinds}") from None
        yield Outlet(domain=domain, name=name, country=(row.get("country") or "").strip().upper(),
                     language=(row.get("language") or "").strip().lower(), kind=kind_value)


@functools.lru_cache(maxsize=1)
def bundled() -> tuple[Outlet, ...]:
    """The outlets that ship with parallax (read once per process)."""
    return tuple(read_csv(BUNDLED.read_text(encoding="utf-8"), str(BUNDLED)))


class Registry:
    """Domain → Outlet, the user's entries overriding the bundled ones.

    >>> reg = Registry()
    >>> reg.lookup("https://news.bbc.co.uk/2/hi/europe/1.stm").domain
    'bbc.co.uk'
    >>> reg.lookup("https://notbbc.com/x") is None
    True
    """

    def __init__(self, extra: Iterable[Outlet] = (), *, include_bundled: bool = True) -> None:
        self._by_domain: dict[str, Outlet] = {}
        self.user_domains: set[str] = set()
        if include_bundled:
            for o in bundled():
                self._by_domain[o.domain] = o
        for o in extra:
            self._by_domain[o.domain] = o
            self.user_domains.add(o.domain)

    @classmethod
    def from_store(cls, store) -> "Registry":
        """Bundled outlets plus ``store.outlets()``, the store's winning."""
        return cls(store.outlets())

    def __len__(self) -> int:
        return len(self._by_domain)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(sorted(self._by_domain.values(), key=lambda o: o.domain))

    def get(self, domain: str) -> Outlet | None:
        return self._by_domain.get(normalise_domain(domain))

    def lookup(self, url_or_host: str | None) -> Outlet | None:
        """The outlet whose domain is the longest suffix of the URL's host, or None."""
        if not url_or_host:
            return None
        host = normalise_domain(url_or_host).split(":")[0]
        labels = host.split(".")
        for i in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[i:]))
            if found:
                return found
        return None


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry()


def registry() -> Registry:
    """The bundled registry (the web UI and reports read outlet kinds through this)."""
    return default_registry()


def lookup(url_or_host: str | None) -> Outlet | None:
    """Look up in the bundled registry only (no store)."""
    return default_registry().lookup(url_or_host)


def load_csv(path: str | Path) -> list[Outlet]:
    """Outlets from a CSV file, all or nothing (a bad row raises before anything is returned)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(str(path), f"cannot read as UTF-8 CSV: {e}") from e
    return list(read_csv(text, str(path)))


__all__ = ["BUNDLED", "Registry", "bundled", "default_registry", "load_csv", "lookup",
           "normalise_domain", "read_csv", "registry"]
