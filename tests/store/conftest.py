"""Store fixtures for every backend: a SQLite file, and PostgreSQL when ``PARALLAX_TEST_PG`` names a server.

``PARALLAX_TEST_PG`` is a URL of a database on a server where the user may create databases
(``.ci/run`` starts a throwaway one and sets it). Each test gets a database of its own, dropped
after it. Unset: the PostgreSQL cases skip, saying so; set but unreachable: they fail.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

PG_ENV = "PARALLAX_TEST_PG"
BACKENDS = ["sqlite", "postgres"]


def _with_db(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


class PgServer:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.admin = psycopg.connect(url, autocommit=True)
        self.made: list[str] = []

    def new_url(self) -> str:
        name = "parallax_t_" + uuid.uuid4().hex[:12]
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        self.made.append(name)
        return _with_db(self.url, name)

    def drop_all(self) -> None:
        for name in self.made:
            try:
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:
                pass
        self.made.clear()
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://… (.ci/run starts one)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail(f"{PG_ENV} is set but psycopg is not installed: pip install -e '.[pg]'")
    server = PgServer(url)  # set but unreachable: an error, not a skip
    yield server
    server.drop_all()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, empty PostgreSQL database's URL."""
    return pg_server.new_url()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(backend, tmp_path, request) -> str:
    """The URL of a fresh store on this test's backend."""
    if backend == "sqlite":
        return str(tmp_path / "contract.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    from parallax.store import open_store

    s = open_store(store_url)
    yield s
    s.close()
