"""The pipeline: per-article work (extract → resolve) and the corpus-level run, in flow order.

``process(article, registry)`` is a pure function of one article and the loaded models: it is
the unit that ``scale.py`` maps over a corpus with Ray. The registry grows as a run stores the
people it discovers, so each article is resolved against the people found in the articles before
it (``extract_pending``; the Ray path links again where that differs). The other functions read
their input from the store and write their output back, incrementally.

Reads: articles (``pending``). Writes: statements with person links, discovered people.
Depends on: ``extract`` (statements), ``resolve`` (registry, linking), ``align`` (claims,
occasions, coverage).
"""

from __future__ import annotations

import gc
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

    The one path from an article to linked statements: ``parallax run`` (``extract_pending``, in
    process or on Ray workers: ``scale.py``) and ``parallax eval`` call it. ``registry=None``
    skips resolution. Returns the linked statements and the persons discovered in this article
    (unknown speakers).
    """
    from . import extract

    statements = extract.statements(article, options=options)
    if registry is None:
        return statements, []
    return link(statements, article, registry)


def link(statements: list[Statement], article: Article, registry) -> tuple[list[Statement], list[Person]]:
    """The resolution half of ``process``: link extracted statements against ``registry``."""
    from . import resolve

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
    """Raise ``OverBudget`` in the block once ``seconds`` have passed: SIGALRM in the main thread
    of a POSIX process; in another thread (a Ray Data worker runs its batches in one), a timer
    raises it in that thread. Either lands between two Python bytecodes, so a single long call
    into C is stopped when it returns. No budget: the block runs unbounded."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_budget(seconds):
            yield
        return

    def alarm(signum, frame):
        raise OverBudget(_over(seconds))

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _over(seconds: float) -> str:
    return f"over the time budget of {seconds:g} s per article"


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """``time_budget`` off the main thread: ``PyThreadState_SetAsyncExc`` from a timer thread."""
    import ctypes

    ident, lock, state = threading.get_ident(), threading.Lock(), {"done": False, "fired": False}
    expired = type("OverBudget", (OverBudget,), {"__init__": lambda self: OverBudget.__init__(self, _over(seconds))})

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(expired))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # fired as the block ended: take back what was not raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)


#: ``extractor_version`` of an article skipped for its time budget: not pending for a plain
#: ``run`` (which would stall on it again), extracted again by ``extract --all``.
OVER_BUDGET = "over-budget"


def count_pending(store, *, everything: bool = False) -> int:
    """How many articles ``extract_pending`` would extract: every one with ``everything``, else
    those not extracted yet or extracted by an older ``EXTRACTOR_VERSION`` (its statements are
    out of date; an article over its budget or holding gold statements is not pending)."""
    from .extract import EXTRACTOR_VERSION

    return store.count_articles(pending=not everything, current=EXTRACTOR_VERSION)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the per-article work gave for one article, before anything is written.

    ``extracted`` keeps the statements as extracted (before linking), so that a result computed
    against an older registry (on a Ray worker) can be linked again on the writer.
    """

    statements: tuple[Statement, ...] = ()
    people: tuple[Person, ...] = ()
    extracted: tuple[Statement, ...] = ()
    #: why the article failed (nothing is written for it), or None
    error: str | None = None
    over_budget: bool = False


def attempt(article: Article, registry, options=None, budget: float | None = None) -> Outcome:
    """``process`` one article within its time budget, catching its failure (``extract_pending``)."""
    try:
        with time_budget(budget):
            extracted, _ = process(article, None, options)
            statements, people = link(extracted, article, registry)
    except OverBudget as e:
        return Outcome(error=str(e), over_budget=True)
    except Exception as e:  # one bad article must not stop the corpus; it is reported
        return Outcome(error=f"{type(e).__name__}: {e}")
    return Outcome(tuple(statements), tuple(people), tuple(extracted))


def _in_process(store, articles: Iterable[Article], options, budget) -> Iterator[tuple[Article, Outcome]]:
    """Each article against the registry as it stands once the articles before it are written."""
    for article in articles:
        yield article, attempt(article, registry_for(store), options, budget)


def extract_pending(store, *, everything: bool = False, options=None,
                    on_article: Callable[[Article], None] | None = None,
                    budget: float | None = None, cluster=None) -> RunSummary:
    """Extract, resolve and store statements for every article without them, or extracted by an
    older extractor version (``count_pending``), or all.

    One article that fails is reported in the summary and skipped; nothing is written for it.
    One that takes longer than ``budget`` seconds (``settings.ARTICLE_TIME_BUDGET_S`` by
    default) is stopped, reported, and recorded with no statements and the version
    ``OVER_BUDGET``, so that the batch goes on and the next run does not stall on it again.
    With ``cluster`` (``scale.connect``) the articles are processed on Ray workers; this process
    still writes every result, in the same order, so the store ends up the same.
    """
    from . import settings
    from .extract import EXTRACTOR_VERSION

    budget = settings.ARTICLE_TIME_BUDGET_S if budget is None else budget
    articles = list(store.articles(pending=not everything, current=EXTRACTOR_VERSION))
    outcomes = (_in_process(store, articles, options, budget) if cluster is None
                else cluster.process_articles(store, articles, options=options, budget=budget))
    n_articles = n_statements = 0
    failed: list[tuple[str, str]] = []
    for article, outcome in outcomes:
        if outcome.over_budget:
            failed.append((article.id, outcome.error or ""))
            store.replace_statements(article.id, [], OVER_BUDGET)
            continue
        if outcome.error is not None:
            failed.append((article.id, outcome.error))
            continue
        try:
            _store_people(store, list(outcome.people))
        except Exception as e:  # as for an article that fails: reported, nothing written
            failed.append((article.id, f"{type(e).__name__}: {e}"))
            continue
        store.replace_statements(article.id, list(outcome.statements), EXTRACTOR_VERSION)
        n_articles += 1
        n_statements += len(outcome.statements)
        if on_article:
            on_article(article)
    return RunSummary(n_articles, n_statements, tuple(failed))


def run(store, *, full: bool = False, on_article: Callable[[Article], None] | None = None,
        on_group=None, on_compare=None, cluster=None):
    """Everything that is pending, in order: extract → resolve → align → compare (coverage,
    contradictions); on Ray workers with ``cluster`` (``scale.connect``), with the same results."""
    from dataclasses import replace

    summary = extract_pending(store, on_article=on_article, cluster=cluster)
    alignment = group(store, full=full, on_group=on_group, on_compare=on_compare, cluster=cluster)
    return replace(summary, contradictions=alignment.contradictions), alignment


#: (runs inside ``without_full_collections``, the thresholds to restore when the last one ends)
_full_collections: list = [0, None]
_full_collections_lock = threading.Lock()


@contextmanager
def without_full_collections() -> Iterator[None]:
    """No full (oldest-generation) garbage collections in the block; the young generations are still
    collected. The corpus stages build objects that live for the whole run (statements, versions,
    readings, vectors): each full collection walks all of them and frees next to nothing (15 of them
    took 4 s of a 100k-statement run's 53 s of CPU; the run's peak memory is the same without them).
    Nested or concurrent blocks share one setting; the last to end restores the thresholds."""
    with _full_collections_lock:
        if _full_collections[0] == 0:
            _full_collections[1] = gc.get_threshold()
            young, middle, _old = _full_collections[1]
            gc.set_threshold(young, middle, 1 << 30)
        _full_collections[0] += 1
    try:
        yield
    finally:
        with _full_collections_lock:
            _full_collections[0] -= 1
            if _full_collections[0] == 0:
                gc.set_threshold(*_full_collections[1])


def group(store, *, embedder=None, full: bool = False, options=None, on_group=None, on_compare=None,
          cluster=None, on_embed=None, on_check=None):
    """The corpus-level stages: ``align.run`` (occasions, claims), then ``compare``: the coverage
    matrix (``compare.coverage.run``) and the contradictions (``compare.contradictions.run``);
    human corrections re-applied around them and watch-list alerts recorded after (issue 15).

    ``on_embed``, ``on_group``, ``on_compare`` and ``on_check``, each ``(done, total)``, report
    progress: statements embedded, statements grouped, occasions compared, statements checked.
    With ``cluster`` the embedding and the per-speaker grouping run on Ray workers (``scale``); the
    store is written here.
    """
    from . import align, corrections, watch
    from .compare import contradictions, coverage
    from .memo import one_run

    embedder = embedder or align.get_embedder("auto")
    map_groups = None
    if cluster is not None:
        embedder, map_groups = cluster.embedder(embedder), cluster.map_groups
    # the stages below read every statement (each row parsed once) and keep what they build for the run
    with store.parsing_once(), without_full_collections(), one_run():
        corrections.reapply_speakers(store)  # analysts' speakers hold over re-extraction (issue 15)
        summary = align.run(store, embedder=embedder, full=full, options=options, progress=on_group,
                            map_groups=map_groups, on_embed=on_embed)
        if corrections.reapply_speakers(store):  # parts that alignment just split off a corrected statement
            again = align.run(store, embedder=embedder, options=options, map_groups=map_groups)
            summary.new_assignments += again.new_assignments
            summary.embedded += again.embedded
        coverage.embed_cuts(store, embedder)
        summary.cells = coverage.run(store, embedder=embedder, progress=on_compare)
        summary.corrections = corrections.after_group(store)  # verdicts re-applied, every correction checked
        summary.contradictions = contradictions.run(store, embedder=embedder, full=full, progress=on_check)
        summary.alerts = watch.check(store)  # new events on watched items, recorded once
    return summary
