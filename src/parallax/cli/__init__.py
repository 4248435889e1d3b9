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
@click.option("-q", "--quiet", is_flag=True, help="No progress and no info lines on stderr (errors still shown); "
                                                   "every command's -s/--silent too.")
def cli(quiet: bool) -> None:
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
    return click.option("-s", "--silent", "-q", "--quiet", "silent", is_flag=True,
                        help="No progress bar or info lines on stderr (errors still shown).")(f)


def quiet() -> bool:
    """Whether ``parallax --quiet`` was given (the group's flag, seen from any command)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.find_root().params.get("quiet"))


def open_db(path: str, *, write: bool = False, must_exist: bool = True, create: bool = False):
    """Open the store, turning store errors into a clean CLI error.

    ``write=True`` for commands that write: they become the store's one writer for their whole
    run, after waiting (with a message on stderr) for another process that writes to it.
    Only commands that bring data in (``create=True``: ingest, demo, imports) create a store;
    every other command refuses a store file that does not exist, naming it (a mistyped ``--db``
    would otherwise create an empty store and print nothing, with exit 0). ``must_exist=False``:
    a command that can answer without a store (the bundled registry) gets an empty in-memory
    store instead, and no file is created.
    """
    import os

    from ..store import open_store, redact

    local = path[len("sqlite:///"):] if path.startswith("sqlite:///") else (
        path[len("sqlite:"):] if path.startswith("sqlite:") else path)
    if not create and local != ":memory:" and "://" not in local and not os.path.exists(local):
        if must_exist:
            raise click.ClickException(safe(f"{path}: no such store; `parallax ingest FILES --db {path}` creates one"))
        say(f"{path}: no such store; answering from the bundled registry only", False)
        path = ":memory:"

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


def person_id(store, value: str | None) -> str | None:
    """``--person``: an id or any spelling, script or inflection of a name, resolved through the
    registry ``parallax run`` uses; exit 1 with the nearest ids when it names nobody known."""
    if value is None:
        return None
    from ..pipeline import registry_for
    from ..report.search import person_ids

    registry = registry_for(store)
    known = set(store.person_counts()) | {p.id for p in store.people()} | set(registry.people)
    if value in known:
        return registry.canonical(value)
    # a mistyped id (alexander-lukashenkx) is not read as a name: it gets the nearest ids
    found = () if _ID.fullmatch(value) else person_ids(registry, value)
    if found:
        return found[0]
    require(value, known, "person")
    return value


#: what a person id looks like (a slug with hyphens), as opposed to a name
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def article_id(store, value: str | None) -> str | None:
    """An article id that must be stored; exit 1 with the nearest ids otherwise."""
    if value is not None:
        require(value, store.article_ids(), "article")
    return value


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


def say(message: str, silent: bool | None = None) -> None:
    """A message for people, on stderr. An info line passes ``silent`` (hidden by ``--silent`` or
    ``--quiet``); a warning or error passes nothing and is always shown."""
    if silent is None or not (silent or quiet()):
        echo(message, err=True)


class Progress:
    """One stage's progress on stderr, with an estimate measured from this stage's own pace.

    The rate is items done per second since the stage's first item was done (the first item pays
    for loading models, so it is left out of the rate); no estimate is shown before two items.
    On a terminal the bar is redrawn in place; elsewhere (a log, a pipe) a line is written at most
    every ``every_s`` seconds, and the finished bar, with its time, always ends the stage.

        with Progress("align", total=120) as bar:
            for i, item in enumerate(work, 1):
                bar.set(i)
    """

    WIDTH = 24

    def __init__(self, label: str, total: int | None = None, *, items=None, silent: bool = False,
                 file=None, tty: bool | None = None, clock=None, every_s: float = 5.0) -> None:
        import time

        self.label, self.total, self.items = label, total, items
        self.file = file or sys.stderr
        self.hidden = silent or quiet()
        self.tty = self.file.isatty() if tty is None else tty
        self.clock = clock or time.monotonic
        self.every_s = every_s
        self.pos = 0
        self.t0 = self.clock()
        self._first: tuple[float, int] | None = None
        self._shown = 0.0
        self._done = False

    # the click.progressbar interface the commands used
    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.finish()
        elif self.tty and not self.hidden:
            self.file.write("\n")

    def __iter__(self):
        for item in self.items if self.items is not None else range(self.total or 0):
            yield item
            self.update(1)

    def update(self, steps: int = 1) -> None:
        self.set(self.pos + steps)

    def set(self, done: int, total: int | None = None) -> None:
        """``done`` items of ``total`` (a stage may learn its total late)."""
        if total is not None:
            self.total = total
        now = self.clock()
        if self._first is None and done > 0:
            self._first = (now, done)
        self.pos = done
        if self.tty or now - self._shown >= self.every_s:
            self._shown = now
            self._draw(final=False)

    def rate(self) -> float | None:
        """Items per second measured since the first item was done, or None before two."""
        if self._first is None or self.pos <= self._first[1]:
            return None
        elapsed = self.clock() - self._first[0]
        return (self.pos - self._first[1]) / elapsed if elapsed > 0 else None

    def eta(self) -> float | None:
        """Seconds left at the measured rate (None: not measured yet or no total)."""
        r = self.rate()
        if r is None or not self.total:
            return None
        return max(self.total - self.pos, 0) / r

    def line(self, *, final: bool = False) -> str:
        total = self.total
        frac = min(self.pos / total, 1.0) if total else (1.0 if final else 0.0)
        filled = int(round(frac * self.WIDTH))
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        count = f"{self.pos}/{total}" if total is not None else f"{self.pos}"
        if final:
            tail = f"done in {_duration(self.clock() - self.t0)}"
        else:
            eta, r = self.eta(), self.rate()
            tail = (f"{r:.1f}/s, about {_duration(eta)} left" if eta is not None
                    else "measuring the pace…")
        return f"{self.label} [{bar}] {count} {int(frac * 100)}% {tail}"

    def _draw(self, *, final: bool) -> None:
        if self.hidden:
            return
        text = safe(self.line(final=final))
        if self.tty:
            self.file.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.file.write(text + "\n")
        self.file.flush()

    def finish(self) -> None:
        if not self._done:
            self._done = True
            self._draw(final=True)


def _duration(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.1f}s" if seconds < 10 else f"{seconds:.0f}s"
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}m{s:02d}s" if m < 60 else f"{m // 60}h{m % 60:02d}m"


def progress(items, length: int | None = None, label: str = "", silent: bool = False) -> Progress:
    """A ``Progress`` over ``items`` (``length`` items when given) on stderr."""
    if length is None:
        try:
            length = len(items)
        except TypeError:
            length = None
    return Progress(label, length, items=items, silent=silent)


def _register() -> None:
    """Import every command module so that each registers its commands on ``cli``."""
    import importlib
    import pkgutil

    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{mod}")


_register()

__all__ = ["Progress", "article_id", "person_id", "cli", "db_option", "echo", "emit_json", "safe", "handle_errors", "json_option", "open_db",
           "output_file", "progress", "quiet", "require", "say", "silent_option"]
