"""Run the extractor over corpus documents and score what it finds.

Reads: ``Document`` objects. Writes: nothing (a ``write`` callback receives the predictions).
Depends on: ``pipeline.process`` (the code ``parallax run`` runs: extraction, then resolution
against the people registry), ``eval.datasets``, ``eval.score``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from ..errors import ParallaxError
from .datasets import Document, Quote, quote_from_statement
from .score import Report, score


@dataclass(frozen=True, slots=True)
class Failure:
    """A document the extractor raised on: counted, reported, never fatal to the run."""

    doc_id: str
    source: str
    reason: str


@dataclass
class Outcome:
    """What an evaluation run produced."""

    report: Report
    failures: list[Failure] = field(default_factory=list)
    documents: int = 0
    words: int = 0
    seconds: float = 0.0


def _pipeline() -> Callable:
    """``pipeline.process`` bound to the bundled people registry (loaded once)."""
    try:
        from .. import pipeline, resolve
    except ImportError as e:
        raise ParallaxError(f"the pipeline parallax.pipeline cannot be imported: {e}") from e
    registry = resolve.Registry.load()

    def run(article, language=None):
        if language and language != article.language:
            article = replace(article, language=language)
        return pipeline.process(article, registry)[0]

    return run


def predict(doc: Document, language: str | None = None, extractor: Callable | None = None) -> list[Quote]:
    """The pipeline's statements for one document (extracted and resolved exactly as in
    ``parallax run``), as corpus-format ``Quote`` objects. ``extractor`` replaces the
    pipeline (``extractor(article, language=...)`` → statements) in tests."""
    extractor = extractor or _pipeline()
    found = extractor(doc.article, language=language or doc.language)
    return [quote_from_statement(st, i + 1) for i, st in enumerate(found)]


def evaluate(docs: Iterable[Document], *, language: str | None = None,
             write: Callable[[Document, Sequence[Quote]], None] | None = None,
             tick: Callable[[Document], None] | None = None, extractor: Callable | None = None,
             speech_subset: bool = True) -> Outcome:
    """Extract from every document, hand predictions to ``write``, score the annotated ones.

    A document the extractor raises on is recorded as a ``Failure`` (scored with no
    predictions, so a crash costs recall instead of vanishing from the figures).
    """
    extractor = extractor or _pipeline()
    pairs: list[tuple[Document, list[Quote]]] = []
    out = Outcome(report=Report())
    t0 = time.perf_counter()
    for doc in docs:
        try:
            quotes = predict(doc, language, extractor)
        except Exception as e:  # noqa: BLE001 — an evaluation must report a crash and go on
            out.failures.append(Failure(doc.id, doc.source, f"{type(e).__name__}: {e}"))
            quotes = []
        out.documents += 1
        out.words += len(doc.article.text.split())
        if write is not None:
            write(doc, quotes)
        if doc.annotated:
            pairs.append((doc, quotes))
        if tick is not None:
            tick(doc)
    out.seconds = time.perf_counter() - t0
    out.report = score(pairs, speech_subset=speech_subset)
    return out


__all__ = ["Failure", "Outcome", "evaluate", "predict"]
