"""Parallax on Ray (extra ``[scale]``): per-article work on Ray Data, corpus-level computation
on Ray workers, every store write in this process.

``connect(address, workers=…)`` starts a local Ray of ``workers`` CPUs (or joins the cluster at
``address``) and returns a ``Cluster`` for ``pipeline.run(store, cluster=…)``:

* **Per article** (``Cluster.process_articles``): a Ray Data dataset of the pending articles,
  mapped in batches (``map_batches``) by a pool of ``workers`` actors that load the models and
  the people registry once; each article goes through ``pipeline.attempt``, the code of the
  in-process run. Rows carry the article and its ``pipeline.Outcome`` as pickled bytes (Ray Data
  would turn nested frozen dataclasses into Arrow structs and lose their types); the dataclasses
  are rebuilt here. The dataset keeps its order and this process writes each result through the
  store (one writer), in the order of the in-process run.
* **Resolution as in process.** In process, an article is resolved against the registry as it
  stands after the articles before it (a person discovered in one article resolves later
  mentions of them). Workers resolve against the registry of the run's start; once this run has
  discovered someone, the writer links an article's extracted statements again against the
  current registry (``pipeline.link``, a few per cent of the per-article time), so every article
  is resolved exactly as in process.
* **Corpus level.** ``Cluster.embedder(base)`` splits large ``embed`` calls across actors that
  hold the same model (the model embeds each text on its own, on one thread, so the vectors are
  bit-identical; embedding is most of align's time); ``Cluster.map_groups`` groups a block's
  speakers (``align.group_keys``) on the same actors. Both are pure; align and compare write here. The
  compare stages (coverage per occasion, contradictions) read the store as they go, so they run
  here, with the Ray embedder. These use Ray core actors, not Ray Data: they are many
  small calls inside a stage (one per block or occasion), where a dataset's start per call
  (an actor pool loading its model) would cost more than the work.

Reads: articles, people and corrections (for the workers' registry). Writes: nothing itself.
Depends on: ``pipeline`` (``attempt``, ``link``, ``registry_for``), ``align.group_keys``, ``ray[data]``.
"""

from __future__ import annotations

import logging
import pickle
import warnings
from dataclasses import dataclass, replace
from typing import Iterator, Mapping, Sequence

import numpy as np

from .errors import ModelUnavailable
from .model import Article, Person, Statement

#: articles per Ray Data batch (one ``pipeline.attempt`` each, ~0.1–0.5 s per article)
BATCH_SIZE = 8
#: an ``embed`` call of more texts than this is split across the embedding actors, in shards of this size
EMBED_SHARD = 64
#: a block of fewer statements than this is grouped here (shipping it costs more than grouping it)
GROUP_REMOTE_MIN = 200


def _ray():
    try:
        import ray
    except ImportError as e:  # an optional extra
        raise ModelUnavailable("Ray is not installed; install it with: pip install 'parallax[scale]'") from e
    return ray


def connect(address: str | None = None, *, workers: int = 2, batch_size: int = BATCH_SIZE) -> "Cluster":
    """Ray for ``pipeline.run(store, cluster=…)``: a local Ray with ``workers`` CPUs (no address),
    or the running cluster at ``address`` (``ray://host:10001``, ``host:6379``, ``auto``), where
    ``workers`` is how many actors each stage uses. A Ray already initialised in this process is
    used as it is. Close the cluster (``with connect() as c``) to stop a Ray it started.

    On a remote cluster every node needs parallax and its models installed (the same version).

    Raises:
        ModelUnavailable: ray is not installed (``pip install 'parallax[scale]'``).
    """
    ray = _ray()
    if workers < 1:
        raise ValueError("workers must be at least 1")
    started = not ray.is_initialized()
    if started:
        # a local Ray turns token authentication on by itself and says so on every start
        logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
        kwargs = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=workers, **kwargs)
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # results come back in the articles' order
    ctx.enable_progress_bars = False  # the run's own progress bars say how far it is
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)  # "progress bars disabled"
    return Cluster(workers, batch_size, started)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The store's people and corrections, for ``Registry.load`` on a worker."""

    people_: tuple[Person, ...]
    corrections_: tuple[tuple, ...]

    def people(self) -> tuple[Person, ...]:
        return self.people_

    def corrections(self) -> tuple[tuple, ...]:
        return self.corrections_


class _ArticleWorker:
    """A Ray Data actor: the registry snapshot loaded once, then ``pipeline.attempt`` per article."""

    def __init__(self, snapshot: _Snapshot, options, budget: float | None) -> None:
        from . import resolve

        self.registry = resolve.Registry.load(snapshot)
        self.options, self.budget = options, budget

    def __call__(self, batch: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        from . import pipeline

        out = np.empty(len(batch["article"]), dtype=object)
        for j, blob in enumerate(batch["article"]):
            outcome = pipeline.attempt(pickle.loads(blob), self.registry, self.options, self.budget)
            out[j] = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        return {"i": np.asarray(batch["i"]), "outcome": out}


class _CorpusWorker:
    """A Ray actor for the corpus-level stages: embeds with the embedders it loads (one each, on
    first use) and groups speakers. One pool of them serves both, so that neither waits for CPUs
    the other holds."""

    def __init__(self) -> None:
        self.embedders: dict = {}

    def embed(self, name: str, texts: list[str]) -> np.ndarray:
        if name not in self.embedders:
            from .align import get_embedder

            self.embedders[name] = get_embedder(name)
        return self.embedders[name].embed(texts)

    def group(self, tasks, articles, vectors, options) -> list:
        from .align import group_keys

        return group_keys(tasks, articles, vectors, options)


class RayEmbedder:
    """The ``Embedder`` interface over a pool of actors holding ``base``'s model: calls of more than
    ``shard`` texts are split across them, smaller ones embedded here; the same vectors as ``base``."""

    def __init__(self, base, actors: Sequence, shard: int | None = None) -> None:
        self.base, self.actors, self.shard = base, list(actors), shard
        self.name, self.dim = base.name, base.dim
        self.same_claim, self.verbatim = base.same_claim, base.verbatim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts, shard = list(texts), self.shard or EMBED_SHARD
        if len(texts) <= shard or not self.actors:
            return self.base.embed(texts)
        refs = [self.actors[j % len(self.actors)].embed.remote(self.name, texts[i:i + shard])
                for j, i in enumerate(range(0, len(texts), shard))]
        return np.vstack(_ray().get(refs))


class Cluster:
    """A connection to Ray for one run (``connect``); ``close`` stops what it started."""

    def __init__(self, workers: int, batch_size: int = BATCH_SIZE, owns_ray: bool = False) -> None:
        self.workers, self.batch_size, self.owns_ray = workers, batch_size, owns_ray
        self._actors: list = []

    def __enter__(self) -> "Cluster":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        ray = _ray()
        for a in self._actors:
            ray.kill(a)
        self._actors.clear()
        if self.owns_ray and ray.is_initialized():
            ray.shutdown()

    # ------------------------------------------------------------ per article (Ray Data)
    def process_articles(self, store, articles: Sequence[Article], *, options=None,
                         budget: float | None = None) -> Iterator[tuple[Article, object]]:
        """(article, ``pipeline.Outcome``) for each article, in order, computed on Ray workers.

        The caller writes each outcome before asking for the next (``pipeline.extract_pending``):
        the outcome of an article is linked again here when the caller has stored people
        discovered since the start, so that it is the outcome ``pipeline.attempt`` gives in process.
        """
        from . import pipeline

        if not articles:
            return
        ray = _ray()
        start_registry = pipeline.registry_for(store)
        snapshot = _Snapshot(tuple(store.people()), tuple(store.corrections()))
        items = [{"i": i, "article": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
                 for i, a in enumerate(articles)]
        blocks = max(1, min(-(-len(items) // self.batch_size), 64 * self.workers))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # max_restarts: named in Ray ≥ 2.64
            ds = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
                _ArticleWorker, fn_constructor_args=(snapshot, options, budget), batch_size=self.batch_size,
                compute=ray.data.ActorPoolStrategy(size=min(self.workers, blocks)), num_cpus=1,
                max_restarts=0)  # a worker that dies fails the run, as the process dies in process
        for i, row in enumerate(ds.iter_rows()):
            if int(row["i"]) != i:
                raise RuntimeError(f"Ray Data returned article {row['i']} in place of {i}")
            article, outcome = articles[i], pickle.loads(row["outcome"])
            registry = pipeline.registry_for(store)
            if outcome.error is None and registry is not start_registry:
                outcome = _relink(outcome, article, registry)
            yield article, outcome

    # ------------------------------------------------------------ corpus level (Ray core)
    def _pool(self) -> list:
        """``workers`` corpus-level actors, started on first use (Ray Data's have ended by then)."""
        if not self._actors:
            actor = _ray().remote(num_cpus=1)(_CorpusWorker)
            self._actors = [actor.remote() for _ in range(self.workers)]
        return self._actors

    def embedder(self, base) -> RayEmbedder:
        """``base`` with its large calls split across the workers (each loads ``base``'s model)."""
        return RayEmbedder(base, self._pool())

    def map_groups(self, tasks: Sequence[tuple[str, Sequence[Statement]]], articles: Mapping[str, Article],
                   vectors: Mapping[str, np.ndarray], options) -> list:
        """``align.group_keys`` with the speakers cut into consecutive chunks grouped on the workers
        (each with only its statements' articles and vectors); the results in ``tasks``' order."""
        from .align import group_keys

        total = sum(len(stmts) for _k, stmts in tasks)
        if total < GROUP_REMOTE_MIN or not tasks:
            return group_keys(tasks, articles, vectors, options)
        size = max(1, -(-total // (4 * self.workers)))
        chunks, chunk, n = [], [], 0
        for k, stmts in tasks:
            chunk.append((k, stmts))
            n += len(stmts)
            if n >= size:
                chunks.append(chunk)
                chunk, n = [], 0
        if chunk:
            chunks.append(chunk)
        refs = [self._submit(j, c, articles, vectors, options) for j, c in enumerate(chunks)]
        return [g for part in _ray().get(refs) for g in part]

    def _submit(self, j: int, chunk, articles, vectors, options):
        pool = self._pool()
        aids = {s.article_id for _k, stmts in chunk for s in stmts}
        sids = {s.id for _k, stmts in chunk for s in stmts}
        return pool[j % len(pool)].group.remote(chunk, {a: articles[a] for a in aids if a in articles},
                                                {s: vectors[s] for s in sids if s in vectors}, options)


def _relink(outcome, article: Article, registry):
    """The outcome with its extracted statements linked against ``registry`` (as ``attempt`` does)."""
    from . import pipeline

    try:
        statements, people = pipeline.link(list(outcome.extracted), article, registry)
    except Exception as e:  # as ``pipeline.attempt``: the article is reported, nothing written
        return replace(outcome, statements=(), people=(), error=f"{type(e).__name__}: {e}")
    return replace(outcome, statements=tuple(statements), people=tuple(people))

