"""The ``parallax`` command line: one command per stage, plus demo, eval and serve.

Commands are thin: they read from the store, hand off to a stage function, write back.
Data goes to stdout (``--json``: JSON Lines), progress and messages to stderr.
Exit codes: 0 ok; 1 an error or some input rejected; 2 usage error.

Each stage's commands live in a module of this package and register on ``cli``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
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
    """``--db STORE`` (or $PARALLAX_DB): the store a command reads or writes (a SQLite path or a
    ``postgresql://`` URL)."""
    return click.option(
        "--db", "db", envvar="PARALLAX_DB", default=settings.DEFAULT_DB, show_default=True,
        help="The store: a SQLite file or a postgresql:// URL (or set PARALLAX_DB).",
    )(f)


def json_option(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Write JSON Lines to stdout.")(f)


def silent_option(f: Callable) -> Callable:
    return click.option("-s", "--silent", is_flag=True, help="No progress bar or summary on stderr.")(f)


def open_db(path: str, *, write: bool = False, must_exist: bool | None = None):
    """Open the store, turning store errors into a clean CLI error.

    ``write=True`` for commands that write: they become the store's one writer for their whole
    run, after waiting (with a message on stderr) for another process that writes to it.
    A command that only reads refuses a store file that does not exist (a mistyped ``--db``
    would otherwise create an empty store and print nothing, with exit 0).
    """
    import os

    from ..store import open_store, redact

    if (not write if must_exist is None else must_exist) and path != ":memory:" and "://" not in path \
            and not os.path.exists(path):
        raise click.ClickException(f"{path}: no such store; `parallax ingest FILES --db {path}` creates one")

    def waiting(pid: int | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        say(f"parallax: {redact(path)} is being written by {who}; waiting for it to finish "
            "(one writer at a time; reads go on)…")

    try:
        store = open_store(path, writer=write, on_wait=waiting)
    except ParallaxError as e:
        raise click.ClickException(str(e)) from e
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # closed (and the writer lock released) when the command ends
        ctx.call_on_close(store.close)
    return store


def require(value: str | None, known: Iterable[str], what: str) -> None:
    """Exit 1 naming the nearest known ids when ``value`` is not one of them (``--occasion bogus``)."""
    import difflib

    if value is None:
        return
    known = list(known)
    if value in known:
        return
    near = difflib.get_close_matches(value, known, n=3, cutoff=0.3)
    hint = f"; nearest: {', '.join(near)}" if near else (f"; known: {', '.join(sorted(known)[:5])}…" if known else "")
    raise click.ClickException(safe(f"no {what} {value!r}{hint}"))


def output_file(path: str | None, binary: bool = False):
    """A writable stream for ``-o PATH``; ``-`` (or nothing) is standard output."""
    if path in (None, "-"):
        return contextlib.nullcontext(sys.stdout.buffer if binary else sys.stdout)
    return open(path, "wb") if binary else open(path, "w", encoding="utf-8")


def handle_errors(f: Callable) -> Callable:
    """Library errors become ``ClickException`` (exit 1) at the edge only."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ParallaxError as e:
            raise click.ClickException(safe(str(e))) from e

    return wrapper


#: Terminal escape sequences (CSI, OSC such as OSC 8 links and window titles, DCS/SOS/PM/APC,
#: two-byte ESC sequences), in their 7-bit and 8-bit forms.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"                       # CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS …
    r"|\x1b[ -~]?")
#: What is left that a terminal would act on: C0 controls but tab and newline, DEL, C1, and the
#: bidirectional overrides that reorder what is shown.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: Any) -> str:
    """Text as a terminal may show it: escape sequences removed, other controls as U+FFFD.

    Article text is untrusted; every CLI printer goes through this (``echo``, ``say``).
    """
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub("\ufffd", _ESCAPES.sub("", text))


def echo(message: Any = "", *, err: bool = False, file=None, nl: bool = True) -> None:
    """``click.echo`` of ``safe(message)``: the one way commands print text for people."""
    click.echo(safe(message), err=err, file=file, nl=nl)


def emit_json(rows: Iterable[dict | None]) -> int:
    """Write each row as one JSON line to stdout; return how many were written.

    JSON escapes C0 controls itself; DEL, C1 and bidi controls are written as ``\\uXXXX`` too,
    so a terminal showing the output never acts on article text (the data is unchanged).
    """
    n = 0
    out = sys.stdout
    for row in rows:
        line = json.dumps(row, ensure_ascii=False)
        line = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
        out.write(line + "\n")
        n += 1
    out.flush()
    return n


def say(message: str, silent: bool = False) -> None:
    """A message for people, on stderr."""
    if not silent:
        echo(message, err=True)


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

__all__ = ["cli", "db_option", "echo", "emit_json", "safe", "handle_errors", "json_option", "open_db", "output_file",
           "progress", "require", "say", "silent_option"]
