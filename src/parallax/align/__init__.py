"""Stage 5: align reports across outlets and languages — occasions and claims.

Reads: statements and articles from the ``Store`` (plus cached embeddings).
Writes: embeddings, claims (with centroids), claim evidence, occasions; clears the cells of the
occasions it regroups (``compare.coverage`` recomputes them).
Depends on: extraction (statements), people resolution (``person_id``; the normalised
``speaker_name`` is the fallback), ``align.embed`` for vectors. Never imports ``compare``.

``run(store)`` regroups every speaker that has a statement not yet aligned, whole and
order-independently (``align.group``), so the same articles give the same claims and occasions
whether they arrive in one batch or several, and ``run(store, full=True)`` gives the same store
again. Ids derive from content (a claim's from its occasion and earliest report), so adding an
outlet's article later keeps the ids of the claims it joins.

    >>> from parallax.store import open_store          # doctest: +SKIP
    >>> summary = run(open_store("news.db"))           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from .. import lang, settings
from ..model import Article, Claim, Statement, main_speaker
from .claims import Options, key_for, medium_mention, weak_mention
from .embed import Embedder, from_bytes, get_embedder, to_bytes
from .group import Grouping, group_speaker
from . import moves as _moves
from .occasions import remembering_cues, split_by_kind, venue_key
from .parts import split


@dataclass
class Summary:
    """What one ``run`` did."""

    statements: int = 0
    #: statements grouped in this run (every statement of each speaker that had something new)
    new_assignments: int = 0
    claims: int = 0
    occasions: int = 0
    cells: int = 0
    embedded: int = 0
    seconds: float = 0.0
    embedder: str = ""
    skipped: list[str] = field(default_factory=list)
    #: what the contradiction check after it did (``compare.contradictions``), set by ``pipeline.group``
    contradictions: object | None = None
    #: corrections per state after the run (``parallax.corrections.check``), set by ``pipeline.group``
    corrections: dict | None = None
    #: alerts recorded after the run (``parallax.watch.check``), set by ``pipeline.group``
    alerts: list = field(default_factory=list)

    def __str__(self) -> str:
        return (f"grouped {self.new_assignments} statements into {self.claims} claims and {self.occasions} "
                f"occasions; {self.cells} coverage cells; {self.embedded} embedded with {self.embedder} "
                f"in {self.seconds:.1f}s")


#: statements embedded between two progress reports
EMBED_CHUNK = 64


def vectors_for(store, statements: Sequence[Statement], embedder: Embedder,
                articles: Mapping[str, Article] | None = None, progress=None) -> dict[str, np.ndarray]:
    """Vectors for the statements: from the store's cache, computing and caching the missing ones.

    A short statement (a quoted word: «глупостью», "stupid") says little on its own, so it is
    embedded with the sentence around it (``embed_text``). ``progress(n)`` is called with the
    statements that have a vector so far (the cached ones at once, then each chunk embedded).
    """
    return _vectors(store, statements, embedder, articles, progress)[0]


def _vectors(store, statements: Sequence[Statement], embedder: Embedder,
             articles: Mapping[str, Article] | None = None, progress=None) -> tuple[dict[str, np.ndarray], int]:
    """``vectors_for`` and how many of the vectors were in the cache."""
    ids = [s.id for s in statements]
    cached = {k: from_bytes(v) for k, v in store.embeddings(ids, embedder.name).items()}
    n_cached = len(cached)
    missing = [s for s in statements if s.id not in cached]
    if progress is not None:
        progress(len(cached))
    if missing:
        arts = articles or {}
        chunk = EMBED_CHUNK if progress is not None else max(len(missing), 1)
        for i in range(0, len(missing), chunk):
            part = missing[i:i + chunk]
            vecs = embedder.embed([embed_text(s, arts.get(s.article_id)) for s in part])
            store.put_embeddings((s.id, embedder.name, to_bytes(v)) for s, v in zip(part, vecs))
            cached.update({s.id: v for s, v in zip(part, vecs)})
            if progress is not None:
                progress(len(cached))
    return cached, n_cached


#: statements of fewer words than this are embedded with their sentence
SHORT_WORDS = 4
#: at most this many characters are embedded for one statement (work bounded by input size)
MAX_EMBED_CHARS = 1000


def embed_text(s: Statement, article: Article | None) -> str:
    """The text a statement is embedded as: its content, or its sentence when the content is short."""
    text = s.text
    if article is not None and len(re.findall(r"\w+", text)) < SHORT_WORDS:
        for sent in lang.get(s.language or article.language or "xx").sentences(article.text):
            if sent.start <= s.start and s.end <= sent.end:
                text = sent.text
                break
    return text[:MAX_EMBED_CHARS]


def _fetch(store, ids: Sequence[str]) -> list[Statement]:
    out: list[Statement] = []
    ids = list(ids)
    for i in range(0, len(ids), 900):
        out.extend(store.statements(ids=ids[i:i + 900]))
    return out


def _blocks(counts: Mapping[str, int], size: int) -> list[list[str]]:
    """Speaker keys cut into blocks of about ``size`` statements, in key order."""
    blocks: list[list[str]] = []
    cur: list[str] = []
    n = 0
    for k in sorted(counts):
        cur.append(k)
        n += counts[k]
        if n >= size:
            blocks.append(cur)
            cur, n = [], 0
    if cur:
        blocks.append(cur)
    return blocks


def effective_keys(state: Sequence[tuple], copies_of=None) -> dict[str, str | None]:
    """Statement id → the speaker key it is grouped under.

    A weakly attributed statement (no resolved person, or a one-word mention that is not the
    person's name: a dateline "MOSCOW", a venue) takes the speaker of its article when the article
    attributes its other statements to one person only; a statement with no speaker at all (no
    name, no mention) takes the article's main speaker, the person its other statements are
    attributed to most often, with no tie (an article about Macron that also quotes Scholz once
    still reports Macron). A quote whose speaker mention names a news medium or platform
    (``medium_mention``: «"…", - пише Le Monde», ««…», пишет ТАСС») relays someone's quoted words: it
    takes the article's main speaker even beside other speakers; what a medium reports in its own words
    («Как сообщает Укринформ, бой длился 12 раундов») stays the medium's. In a transcript (a primary
    source) every turn names its speaker, so an unresolved turn there is someone else and keeps its own key.

    An article with weak statements only takes the main speaker of the texts it copied
    (``copies_of``: article ids → their near-duplicates), when they agree: a copy that cut the
    sentences naming the speaker still reports him, and its sentences must meet their originals in
    one claim (a re-published wire is one voice, ``compare.matrix.cut``).
    """
    own: dict[str, str | None] = {}
    weak: set[str] = set()
    relayed: set[str] = set()
    strong_by_article: dict[str, Counter] = {}
    article_of: dict[str, str] = {}
    primary: set[str] = set()
    for sid, aid, pid, sname, stext, _cid, _oid, _aligned, pname, is_primary, *kind in state:
        k = key_for(pid, sname or stext)
        own[sid], article_of[sid] = k, aid
        if is_primary:
            primary.add(aid)
        if weak_mention(pid, stext or sname, pname):
            weak.add(sid)
            if kind and kind[0] in ("direct", "mixed") and medium_mention(stext or sname):
                relayed.add(sid)
        elif k:
            strong_by_article.setdefault(aid, Counter())[k] += 1
    main: dict[str, str] = {}
    for aid, counts in strong_by_article.items():
        if aid not in primary and (top := main_speaker(counts.elements())) is not None:
            main[aid] = top
    single = {aid for aid, counts in strong_by_article.items() if len(counts) == 1}
    orphans = sorted({article_of[sid] for sid in weak} - strong_by_article.keys() - primary)
    if orphans and copies_of is not None:
        for aid, links in copies_of(orphans).items():
            mains = {main.get(other) for other, _score in links}
            if len(mains) == 1 and None not in mains:
                main[aid] = mains.pop()
                if all(other in single for other, _ in links):
                    single.add(aid)
    out = dict(own)
    for sid in weak:
        aid = article_of[sid]
        if aid in main and (own[sid] is None or sid in relayed or aid in single):
            out[sid] = main[aid]
    return out


def split_pending(store, ids: Sequence[str]) -> int:
    """Split the not yet aligned statements into their remarks (``align.parts``); return how many split."""
    n = 0
    for i in range(0, len(ids), 900):
        stmts = store.statements(ids=list(ids[i:i + 900]))
        arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts}))}
        splits = []
        for s in stmts:
            a = arts.get(s.article_id)
            parts = split(s, a.text) if a is not None else [s]
            if len(parts) > 1:
                splits.append((s.id, parts))
        if splits:
            with store.transaction():
                store.split_statements(splits)
            n += len(splits)
    return n


def group_keys(tasks: Sequence[tuple[str, Sequence[Statement]]], articles: Mapping[str, Article],
               vectors: Mapping[str, np.ndarray], options: Options) -> list[Grouping]:
    """``group_speaker`` over (speaker key, statements) pairs, in order: the pure computation of a
    block, which ``run(map_groups=…)`` may hand to other processes (``scale``)."""
    with remembering_cues():
        return [split_by_kind(k, group_speaker(k, stmts, articles, vectors, window_days=options.window_days,
                                               threshold=options.same_claim), stmts, articles)
                for k, stmts in tasks]


def run(store, *, embedder: Embedder | None = None, full: bool = False, options: Options | None = None,
        block_size: int | None = None, progress=None, map_groups=None, on_embed=None) -> Summary:
    """Group every speaker that has statements not yet aligned; write occasions and claims.

    A speaker with anything new is regrouped whole (``group.group_speaker``), so the result depends
    only on the statements stored, never on the order or the batches they came in; ``full``
    regroups every speaker and gives the same store. Each block of speakers is written in one
    transaction (its old claims, occasions and cells replaced together), so a run killed at any
    point leaves every block either as it was or fully regrouped, and a plain rerun finishes it.
    ``progress(done, total)`` is called with the statements grouped so far after each block.
    ``map_groups`` (``group_keys``'s signature and results) computes a block's groupings elsewhere,
    e.g. on Ray workers; every write stays here.
    ``on_embed(done, total)`` is called with the statements that have a vector so far.
    """
    t0 = time.perf_counter()
    embedder = embedder or get_embedder("auto")
    options = options or Options()
    block_size = block_size or settings.ALIGN_BLOCK_SIZE
    summary = Summary(embedder=embedder.name)
    wanted = _moves.moves(store)  # analysts' claim moves, re-applied to every regrouping (issue 15)

    state = list(store.alignment_state())
    pending = [r[0] for r in state if not r[7]]
    if pending and split_pending(store, pending):
        state = list(store.alignment_state())
    old_claim: dict[str, str | None] = {}
    old_occ: dict[str, str | None] = {}
    dirty: set[str] = set()
    unkeyed: list[str] = []
    key_of = effective_keys(state, store.near_duplicates_of)
    for sid, _aid, pid, sname, stext, cid, oid, aligned, *_ in state:
        k = key_of[sid]
        old_claim[sid], old_occ[sid] = cid, oid
        if k is None:
            if not aligned:
                unkeyed.append(sid)
        elif full or not aligned:
            dirty.add(k)
    summary.statements = len(state)
    # a key whose old occasions or claims are shared with a dirty key is regrouped with it
    by_group: dict[str, set[str]] = {}
    for sid, k in key_of.items():
        for g in (old_claim[sid], old_occ[sid]):
            if g and k:
                by_group.setdefault(g, set()).add(k)
    grew = True
    while grew:
        grew = False
        for keys in by_group.values():
            if keys & dirty and not keys <= dirty:
                dirty |= keys
                grew = True
    ids_by_key: dict[str, list[str]] = {}
    for sid, k in key_of.items():
        if k in dirty:
            ids_by_key.setdefault(k, []).append(sid)
    if unkeyed:
        # nothing to group a statement with no speaker by; mark it seen so runs stay incremental
        with store.transaction():
            store.assign_claims((sid, "", None, 0.0, "no speaker") for sid in unkeyed)
        summary.skipped = unkeyed

    total, done = sum(len(v) for v in ids_by_key.values()), 0
    for keys in _blocks({k: len(v) for k, v in ids_by_key.items()}, block_size):
        ids = [sid for k in keys for sid in ids_by_key[k]]
        stmts = _fetch(store, ids)
        arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts}))}
        base = done
        vectors, n_cached = _vectors(store, stmts, embedder, arts,
                                     progress=None if on_embed is None else (lambda n: on_embed(base + n, total)))
        summary.embedded += len(stmts) - n_cached
        by_key: dict[str, list[Statement]] = {}
        for s in stmts:
            by_key.setdefault(key_of[s.id], []).append(s)
        occs: list = []
        claims: list[Claim] = []
        rows: list = []
        for g in (map_groups or group_keys)([(k, by_key[k]) for k in sorted(by_key)], arts, vectors, options):
            occs.extend(g.occasions)
            claims.extend(g.claims)
            rows.extend(g.rows)
        if wanted:
            claims, occs, rows = _moves.apply(wanted, claims, occs, rows, {s.id: s for s in stmts})
        # the links written back are those of the statements that join no claim; each takes its last row
        last = {sid: (cid, oid) for sid, cid, oid, _score, _rule in rows}
        by_id = {s.id: s for s in stmts}
        unclaimed = [dataclasses.replace(by_id[sid], claim_id=last[sid][0] or None, occasion_id=last[sid][1])
                     for sid, cid, *_ in rows if not cid]
        old_c = sorted({old_claim[s] for s in ids if old_claim.get(s)} - {c.id for c in claims})
        old_o = sorted({old_occ[s] for s in ids if old_occ.get(s)} - {o.id for o in occs})
        with store.transaction():
            store.delete_alignment(ids, old_c, old_o)
            store.upsert_occasions(occs)
            store.upsert_claims(claims, {c.id: to_bytes(np.mean([vectors[m] for m in c.statement_ids], axis=0))
                                         for c in claims})
            store.assign_claims((sid, cid, oid, score, rule) for sid, cid, oid, score, rule in rows)
            store.update_links(unclaimed)
            # the block's occasions are regrouped: their cells are stale until ``compare`` redoes them
            store.clear_coverage([o.id for o in occs])
        summary.new_assignments += len(rows)
        summary.claims += len(claims)
        summary.occasions += len(occs)
        done += len(ids)
        if progress is not None:
            progress(done, total)
    summary.seconds = time.perf_counter() - t0
    return summary


__all__ = ["MAX_EMBED_CHARS", "Options", "Summary", "embed_text", "get_embedder", "group_keys", "run", "vectors_for", "venue_key"]
