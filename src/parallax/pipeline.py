"""The pipeline: per-article work (extract → resolve) and the corpus-level run, in flow order.

``process(article, registry)`` is a pure function of one article and the loaded models: it is
the unit that ``scale.py`` maps over a corpus with Ray. The other functions read their input
from the store and write their output back, incrementally.

Reads: articles (``pending``). Writes: statements with person links, discovered people.
Depends on: ``extract`` (statements), ``resolve`` (registry, linking), ``align`` (claims,
occasions, coverage).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

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


def process(article: Article, registry=None) -> tuple[list[Statement], list[Person]]:
    """Extract and resolve the statements of one article; pure apart from loading models.

    Returns the linked statements and the persons discovered in this article (unknown speakers).
    """
    from . import extract, resolve

    statements = extract.statements(article)
    if registry is None:
        return statements, []
    linked, new_people = resolve.link(statements, article, registry)
    return list(linked), list(new_people)


def after_extract(store, article: Article, statements: list[Statement]) -> list[Statement]:
    """Link freshly extracted statements to people and store any person discovered on the way."""
    from . import resolve

    registry = registry_for(store)
    linked, new_people = resolve.link(statements, article, registry)
    if new_people:
        store.upsert_people(new_people)
        _registries.clear()
    return list(linked)


@dataclass(frozen=True, slots=True)
class RunSummary:
    articles: int
    statements: int
    failed: tuple[tuple[str, str], ...] = ()
    #: what the contradiction check did (``compare.contradictions.CheckSummary``)
    contradictions: object | None = None


def extract_pending(store, *, everything: bool = False, options=None,
                    on_article: Callable[[Article], None] | None = None) -> RunSummary:
    """Extract, resolve and store statements for every article without them (or all).

    One article that fails is reported in the summary and skipped; nothing is written for it.
    """
    from . import extract

    articles: Iterable[Article] = list(store.articles(pending=not everything))
    n_articles = n_statements = 0
    failed: list[tuple[str, str]] = []
    for article in articles:
        try:
            statements = after_extract(store, article, extract.statements(article, options=options))
        except Exception as e:  # one bad article must not stop the corpus; it is reported
            failed.append((article.id, f"{type(e).__name__}: {e}"))
            continue
        store.replace_statements(article.id, statements, extract.EXTRACTOR_VERSION)
        n_articles += 1
        n_statements += len(statements)
        if on_article:
            on_article(article)
    return RunSummary(n_articles, n_statements, tuple(failed))


def run(store, *, full: bool = False, on_article: Callable[[Article], None] | None = None):
    """Everything that is pending, in order: extract → resolve → align → coverage → contradictions."""
    from dataclasses import replace

    from . import align
    from .compare import contradictions

    summary = extract_pending(store, on_article=on_article)
    alignment = align.run(store, full=full)
    checked = contradictions.run(store, full=full)
    return replace(summary, contradictions=checked), alignment
