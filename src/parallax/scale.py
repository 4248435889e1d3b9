"""Per-article work on Ray, for corpora that outgrow one machine (extra ``[scale]``).

The same ``pipeline.process`` runs in each Ray worker on chunks of articles; results come
back to the caller, which writes them through the store (one writer). Ray core tasks are used
rather than Ray Data datasets because articles, statements and persons are Python dataclasses
that Ray Data would have to convert to Arrow tables and back.

Reads: Articles. Writes: nothing itself. Depends on: ``pipeline.process``; ``ray``.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .errors import ModelUnavailable
from .model import Article, Person, Statement


def _process_chunk(articles: list[Article]) -> list[tuple[Article, list[Statement], list[Person]]]:
    from . import pipeline, resolve

    registry = resolve.Registry.load(None)
    return [(a, *pipeline.process(a, registry)) for a in articles]


def process_corpus(articles: Iterable[Article], *, workers: int = 2,
                   chunk_size: int = 64) -> Iterator[tuple[Article, list[Statement], list[Person]]]:
    """Map ``pipeline.process`` over articles on Ray; yields (article, statements, people) in order.

    Raises:
        ModelUnavailable: ray is not installed (``pip install 'parallax[scale]'``).
    """
    try:
        import ray
    except ImportError as e:  # an optional extra
        raise ModelUnavailable("Ray is not installed; install it with: pip install 'parallax[scale]'") from e
    if not ray.is_initialized():
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    task = ray.remote(_process_chunk)
    chunk: list[Article] = []
    pending = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= chunk_size:
            pending.append(task.remote(chunk))
            chunk = []
    if chunk:
        pending.append(task.remote(chunk))
    for ref in pending:
        yield from ray.get(ref)
