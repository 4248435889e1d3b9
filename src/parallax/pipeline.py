"""The pipeline: per-article work (extract → resolve) and the corpus-level run, in flow order.

``process(article, registry)`` is a pure function of one article and the loaded models: it is
the unit that ``scale.py`` maps over a corpus with Ray. The other functions read their input
from the store and write their output back, incrementally.

Reads: articles (``pending``). Writes: statements with person links, discovered people.
Depends on: ``extract`` (statements), ``resolve`` (registry, linking), ``align`` (claims,
occasions, coverage).
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .model import Article, Person, Statement

_registries: dict[tuple[str, int, int], object] = {}


def registry_for(store):
    """The people registry for this store, loaded once per (store, people, corrections) state."""
    from . import resolve

    key = (store.path, len(store.people()), len(store.corrections()))
    if key not in _registries:
        _registries.clear()
        _registries[key] = resolve.Registry.load(store)
    return _registries[key]


def process(article: Article, registry=None, options=None) -> tuple[list[Statement], list[Person]]:
    """Extract and resolve the statements of one article; pure apart from loading models.

    The one path from an article to linked statements: ``parallax run`` (``extract_pending``),
    ``scale.py`` and ``parallax eval`` all call it. ``registry=None`` skips resolution.
    Returns the linked statements and the persons discovered in this article (unknown speakers).
    """
    from . import extract, resolve

    statements = extract.statements(article, options=options)
    if registry is None:
        return statements, []
    linked, new_people = resolve.link(statements, article, registry)
    return list(linked), list(new_people)


def after_extract(store, article: Article, statements: list[Statement]) -> list[Statement]:
    """Link freshly extracted statements to people and store any person discovered on the way."""
    from . import resolve

    registry = registry_for(store)
    linked, new_people = resolve.link(statements, article, registry)
    _store_people(store, new_people)
    return list(linked)


def _store_people(store, new_people: list[Person]) -> None:
    if new_people:
        store.upsert_people(new_people)
        _registries.clear()


@dataclass(frozen=True, slots=True)
class RunSummary:
    articles: int
    statements: int
    failed: tuple[tuple[str, str], ...] = ()
    #: what the contradiction check did (``compare.contradictions.CheckSummary``)
    contradictions: object | None = None


class OverBudget(Exception):
    """One article's extraction ran past its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` in the block once ``seconds`` have passed (SIGALRM; the main thread
    of a POSIX process only: elsewhere, or with no budget, the block runs unbounded)."""
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise OverBudget(f"over the time budget of {seconds:g} s per article")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: ``extractor_version`` of an article skipped for its time budget: not pending for a plain
#: ``run`` (which would stall on it again), extracted again by ``extract --all``.
OVER_BUDGET = "over-budget"


def extract_pending(store, *, everything: bool = False, options=None,
                    on_article: Callable[[Article], None] | None = None,
                    budget: float | None = None) -> RunSummary:
    """Extract, resolve and store statements for every article without them (or all).

    One article that fails is reported in the summary and skipped; nothing is written for it.
    One that takes longer than ``budget`` seconds (``settings.ARTICLE_TIME_BUDGET_S`` by
    default) is stopped, reported, and recorded with no statements and the version
    ``OVER_BUDGET``, so that the batch goes on and the next run does not stall on it again.
    """
    from . import settings
    from .extract import EXTRACTOR_VERSION

    budget = settings.ARTICLE_TIME_BUDGET_S if budget is None else budget
    articles: Iterable[Article] = list(store.articles(pending=not everything))
    n_articles = n_statements = 0
    failed: list[tuple[str, str]] = []
    for article in articles:
        try:
            with time_budget(budget):
                statements, new_people = process(article, registry_for(store), options)
            _store_people(store, new_people)
        except OverBudget as e:
            failed.append((article.id, str(e)))
            store.replace_statements(article.id, [], OVER_BUDGET)
            continue
        except Exception as e:  # one bad article must not stop the corpus; it is reported
            failed.append((article.id, f"{type(e).__name__}: {e}"))
            continue
        store.replace_statements(article.id, statements, EXTRACTOR_VERSION)
        n_articles += 1
        n_statements += len(statements)
        if on_article:
            on_article(article)
    return RunSummary(n_articles, n_statements, tuple(failed))


def run(store, *, full: bool = False, on_article: Callable[[Article], None] | None = None,
        on_group=None, on_compare=None):
    """Everything that is pending, in order: extract → resolve → align → compare (coverage,
    contradictions)."""
    from dataclasses import replace

    summary = extract_pending(store, on_article=on_article)
    alignment = group(store, full=full, on_group=on_group, on_compare=on_compare)
    return replace(summary, contradictions=alignment.contradictions), alignment


def group(store, *, embedder=None, full: bool = False, options=None, on_group=None, on_compare=None,
          on_embed=None, on_check=None):
    """The corpus-level stages: ``align.run`` (occasions, claims), then ``compare``: the coverage
    matrix (``compare.coverage.run``) and the contradictions (``compare.contradictions.run``).

    ``on_embed``, ``on_group``, ``on_compare`` and ``on_check``, each ``(done, total)``, report
    progress: statements embedded, statements grouped, occasions compared, statements checked.
    """
    from . import align
    from .compare import contradictions, coverage

    embedder = embedder or align.get_embedder("auto")
    summary = align.run(store, embedder=embedder, full=full, options=options, progress=on_group,
                        on_embed=on_embed)
    summary.cells = coverage.run(store, embedder=embedder, progress=on_compare)
    summary.contradictions = contradictions.run(store, embedder=embedder, full=full, progress=on_check)
    return summary
