"""4. The store: the only package that speaks SQL.

``open_store("parallax.db")`` gives the SQLite backend; a ``postgresql://`` URL is reserved for
a PostgreSQL backend implementing the same ``Store`` protocol (not built yet).
"""

from __future__ import annotations

from ..errors import StoreError
from .base import Store
from .sqlite import SQLiteStore


def open_store(url: str, *, writer: bool = False, on_wait=None) -> SQLiteStore:
    """Open (and migrate) the store at ``url``: a file path, ``:memory:``, or ``sqlite:///path``.

    ``writer=True`` makes this process the store's one writer until the store is closed (waiting
    for another writer first, after calling ``on_wait(pid)``).
    """
    if url.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            f"{url.split('@')[-1]}: the PostgreSQL backend is not implemented yet; use a SQLite file path")
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url, writer=writer, on_wait=on_wait)


__all__ = ["SQLiteStore", "Store", "open_store"]
