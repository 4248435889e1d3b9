"""Memos that live for one run of the corpus stages, and no longer.

A run reads one statement in several stages (the day its own words give it: grouping and the speaker's
record; its reading: unnamed denials, continuations, facts, the record). What a stage works out of a
statement and its article is kept in the run's memo (``memo(name)``) and dropped when the run ends
(``one_run``): a second run in the same process, on another store or after an edit, starts empty, so it
cannot read an entry of the first. Outside a run ``memo`` is None and nothing is kept. The memo is the
current context's (a thread or a Ray worker outside the run computes afresh).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

_RUN: ContextVar[dict[str, dict] | None] = ContextVar("parallax_run_memo", default=None)


@contextmanager
def one_run() -> Iterator[None]:
    """The block is one run: its memos start empty and are dropped at its end. A block inside another
    is part of the outer run (``pipeline.group`` around ``contradictions.run``)."""
    if _RUN.get() is not None:
        yield
        return
    token = _RUN.set({})
    try:
        yield
    finally:
        _RUN.reset(token)


def memo(name: str) -> dict[Any, Any] | None:
    """The current run's memo called ``name`` (created empty on first use), or None outside a run."""
    run = _RUN.get()
    return None if run is None else run.setdefault(name, {})


__all__ = ["memo", "one_run"]
