"""The ``parallax`` command line: one command per stage, plus demo, eval and serve.

Commands are thin: they read from the store, hand off to a stage function, write back.
Data goes to stdout (``--json``: JSON Lines), progress and messages to stderr.
Exit codes: 0 ok; 1 an error or some input rejected; 2 usage error.

Each stage's commands live in a module of this package and register on ``cli``.
"""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable, Iterable

import click

from .. import settings
from ..errors import ParallaxError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="parallax")
def cli() -> None:
    """parallax: what public figures say in the news, and how each outlet relays it.

    \b
    Pipeline: ingest → extract → resolve → align → coverage → brief / serve
    Example:
        parallax ingest articles/ --db news.db
        parallax run --db news.db
        parallax coverage --db news.db
    """


def db_option(f: Callable) -> Callable:
    """``--db PATH`` (or $PARALLAX_DB): the store a command reads or writes."""
    return click.option(
        "--db", "db", envvar="PARALLAX_DB", default=settings.DEFAULT_DB, show_default=True,
        help="SQLite file of the store (or set PARALLAX_DB).",
    )(f)


def json_option(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Write JSON Lines to stdout.")(f)


def silent_option(f: Callable) -> Callable:
    return click.option("-s", "--silent", is_flag=True, help="No progress bar or summary on stderr.")(f)


def open_db(path: str):
    """Open the store, turning store errors into a clean CLI error."""
    from ..store import open_store

    try:
        return open_store(path)
    except ParallaxError as e:
        raise click.ClickException(str(e)) from e


def handle_errors(f: Callable) -> Callable:
    """Library errors become ``ClickException`` (exit 1) at the edge only."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ParallaxError as e:
            raise click.ClickException(str(e)) from e

    return wrapper


def emit_json(rows: Iterable[dict | None]) -> int:
    """Write each row as one JSON line to stdout; return how many were written."""
    n = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    out.flush()
    return n


def say(message: str, silent: bool = False) -> None:
    """A message for people, on stderr."""
    if not silent:
        click.echo(message, err=True)


def progress(items, length: int | None = None, label: str = "", silent: bool = False):
    """A progress bar on stderr (hidden when silent or when stderr is not a terminal)."""
    return click.progressbar(items, length=length, label=label, file=sys.stderr,
                             show_pos=True, hidden=silent or not sys.stderr.isatty())


def _register() -> None:
    """Import every command module so that each registers its commands on ``cli``."""
    import importlib
    import pkgutil

    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{mod}")


_register()

__all__ = ["cli", "db_option", "emit_json", "handle_errors", "json_option", "open_db", "progress",
           "say", "silent_option"]
