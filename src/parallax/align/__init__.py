"""Stage 5: align reports across outlets and languages — claims, occasions, coverage.

Reads: statements and articles from the ``Store`` (plus cached embeddings).
Writes: embeddings, claims (with centroids), claim evidence, occasions, coverage cells.
Depends on: extraction (statements), people resolution (``person_id``; the normalised
``speaker_name`` is the fallback), ``align.embed`` for vectors, ``compare`` for the matrix.

``run(store)`` is incremental: statements that already have a claim keep it; only statements
without one are scored against the existing claims of their speaker (centroid and members,
from the embedding cache), so adding an outlet's article later joins existing claims and keeps
their ids. ``run(store, full=True)`` clears the alignment and rebuilds it (same ids, since ids
derive from content and the order is deterministic).

    >>> from parallax.store import open_store          # doctest: +SKIP
    >>> summary = run(open_store("news.db"))           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from ..model import Article, Claim, Statement
from .claims import Assignment, ClaimIndex, Options, day, key_for, order, speaker_key, weak_attribution
from .embed import Embedder, from_bytes, get_embedder, to_bytes
from .occasions import occasions as build_occasions
from .occasions import title_venue, venue_key


@dataclass
class Summary:
    """What one ``run`` did."""

    statements: int = 0
    new_assignments: int = 0
    reattributed: int = 0
    claims: int = 0
    occasions: int = 0
    cells: int = 0
    embedded: int = 0
    seconds: float = 0.0
    embedder: str = ""
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"aligned {self.new_assignments} statements ({self.reattributed} re-attributed) into "
                f"{self.claims} claims and {self.occasions} occasions; {self.cells} coverage cells; "
                f"{self.embedded} embedded with {self.embedder} in {self.seconds:.1f}s")


def vectors_for(store, statements: Sequence[Statement], embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors for the statements: from the store's cache, computing and caching the missing ones."""
    ids = [s.id for s in statements]
    cached = {k: from_bytes(v) for k, v in store.embeddings(ids, embedder.name).items()}
    missing = [s for s in statements if s.id not in cached]
    if missing:
        vecs = embedder.embed([s.text for s in missing])
        store.put_embeddings((s.id, embedder.name, to_bytes(v)) for s, v in zip(missing, vecs))
        cached.update({s.id: v for s, v in zip(missing, vecs)})
    return cached


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


def run(store, *, embedder: Embedder | None = None, full: bool = False, options: Options | None = None,
        coverage: bool = True, block_size: int = 5000) -> Summary:
    """Align every statement that has no claim yet; refresh the affected occasions and coverage.

    Streams the store by speaker: a light pass reads who said what and when (no text), then
    blocks of speakers (about ``block_size`` statements) are read, grouped and compacted one at
    a time; the cross-speaker passes (``reattribute``, ``adopt``) see only the claims and the
    few candidate statements kept from the blocks; occasions, coverage and the writes are done
    block by block again. Memory is the claims' vectors plus one block, not the whole store.
    """
    t0 = time.perf_counter()
    embedder = embedder or get_embedder("auto")
    options = options or Options()
    if full:
        store.clear_alignment()

    # 1. who said what, where and when — without the text
    key_of: dict[str, str | None] = {}
    art_of: dict[str, str] = {}
    day_of: dict[str, int | None] = {}
    claim_of: dict[str, str] = {}
    day_cache: dict[str | None, int | None] = {}
    intern = sys.intern
    for sid, aid, published, pid, sname, stext, cid in store.statement_speakers():
        k = key_for(pid, sname or stext)
        key_of[sid] = intern(k) if k else None
        art_of[sid] = intern(aid)
        if published not in day_cache:
            day_cache[published] = day(published)
        day_of[sid] = day_cache[published]
        if cid:
            claim_of[sid] = intern(cid)
    pending_ids = [sid for sid in key_of if sid not in claim_of]
    summary = Summary(statements=len(key_of), embedder=embedder.name)
    if not any(key_of[sid] for sid in pending_ids):
        summary.skipped = pending_ids
        summary.seconds = time.perf_counter() - t0
        return summary

    # a stored claim is processed whole, in the block of its members' majority speaker
    claim_votes: dict[str, Counter] = {}
    for sid, cid in claim_of.items():
        if key_of[sid]:
            claim_votes.setdefault(cid, Counter())[key_of[sid]] += 1
    claim_key = {cid: max(sorted(v), key=v.get) for cid, v in claim_votes.items()}
    ids_by_key: dict[str, list[str]] = {}
    for sid, k in key_of.items():
        bk = claim_key.get(claim_of[sid], k) if sid in claim_of else k
        if bk:
            ids_by_key.setdefault(bk, []).append(sid)
    blocks = _blocks({k: len(v) for k, v in ids_by_key.items()}, block_size)

    index = ClaimIndex(embedder_name=embedder.name, same_claim=embedder.same_claim, options=options)
    assignments: dict[str, Assignment] = {}
    strong: dict[str, set[str]] = {}
    keep: dict[str, Statement] = {}  # candidates of the cross-speaker passes
    keep_vec: dict[str, np.ndarray] = {}

    # 2. claims, one block of speakers at a time
    for keys in blocks:
        stmts = _fetch(store, [sid for k in keys for sid in ids_by_key[k]])
        arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts}))}
        n_cached = len(store.embeddings([s.id for s in stmts], embedder.name))
        vectors = vectors_for(store, stmts, embedder)
        summary.embedded += len(stmts) - n_cached
        existing: dict[str, list[Statement]] = {}
        for s in stmts:
            if s.claim_id:
                existing.setdefault(s.claim_id, []).append(s)
        heads = store.claim_heads(sorted(existing)) if existing else {}
        for cid, members in sorted(existing.items()):
            claim = heads.get(cid) or Claim(cid, members[0].person_id, None, members[0].text[:160])
            index.load(claim, members, day_of, vectors, key=claim_key.get(cid))
        pending = [s for s in stmts if s.claim_id is None]
        for batch in order(pending, arts):
            a = arts.get(batch[0].article_id)
            headline = title_venue(a.title) if a is not None and a.primary else None
            for got in index.add_article(batch, day_of, vectors, a.text if a else "", venue=headline):
                assignments[got.statement_id] = got
        for a in index.merge(options.merge, keys=keys):
            if a.statement_id in assignments:
                prev = assignments[a.statement_id]
                assignments[a.statement_id] = Assignment(a.statement_id, a.claim_id, prev.score,
                                                         f"{prev.rule}; {a.rule}")
        for s in stmts:
            weak = weak_attribution(s)
            if not weak:
                strong.setdefault(s.article_id, set()).add(key_of[s.id])
            g = index.groups.get(index.of_statement.get(s.id, ""))
            lone = s.claim_id is None and s.person_id and g is not None and len(g.members) == 1
            if weak or lone:
                keep[s.id] = s
                keep_vec[s.id] = vectors[s.id]
        index.compact(keys)
        del stmts, vectors, arts, existing, pending

    # 3. across speakers: the same words attributed to someone else; weak attributions
    moved = index.reattribute([s for s in keep.values() if s.claim_id is None and s.person_id], keep_vec)
    for a in moved:
        assignments[a.statement_id] = a
    unattributed = [sid for sid in pending_ids if key_of[sid] is None]
    if options.adopt:
        loose = _fetch(store, [sid for sid in unattributed if strong.get(art_of[sid])])
        keep_vec.update(vectors_for(store, loose, embedder))
        cands = [s for s in keep.values() if weak_attribution(s)] + loose
        cand_articles = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in cands}))} if cands else {}
        # a transcript names every turn's speaker: an unresolved one there is someone else (the
        # interviewer quoting "СМИ"), never the interviewee
        cands = [s for s in cands if not getattr(cand_articles.get(s.article_id), "primary", False)]
        texts = {aid: a.text for aid, a in cand_articles.items()}
        adopted = index.adopt(cands, keep_vec, texts, strong)
        for a in adopted:
            assignments[a.statement_id] = a
        moved += adopted
    summary.skipped = [sid for sid in unattributed if sid not in index.of_statement]
    summary.new_assignments, summary.reattributed = len(assignments), len(moved)
    del keep, keep_vec

    # 4. occasions, claims, coverage and writes, block by block (occasions are per speaker)
    for keys in blocks:
        groups = [g for k in keys for g in index.by_key.get(k, ()) if g.members]
        if not groups:
            continue
        stmts = {s.id: s for s in _fetch(store, [m for g in groups for m in g.members])}
        arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts.values()}))}
        members = {g.id: [stmts[m] for m in g.members if m in stmts] for g in groups}
        occs, claim_occ = build_occasions(members, {g.id: g.key for g in groups}, arts, day_of,
                                          window_days=options.window_days)
        claims = [dataclasses.replace(c, occasion_id=claim_occ.get(c.id)) for c in index.claims(members)]
        affected = {assignments[m].claim_id for g in groups for m in g.members if m in assignments}
        changed = []
        for cid, ms in members.items():
            for s in ms:
                if s.id not in assignments and s.occasion_id != claim_occ.get(cid):
                    changed.append(dataclasses.replace(s, claim_id=cid, occasion_id=claim_occ.get(cid)))
                    affected.add(cid)
        with store.transaction():
            store.upsert_claims([c for c in claims if c.id in affected],
                                {cid: to_bytes(index.centroid(cid)) for cid in affected if cid in index.groups})
            store.assign_claims((a.statement_id, a.claim_id, claim_occ.get(a.claim_id), a.score, a.rule)
                                for a in (assignments[m] for g in groups for m in g.members if m in assignments))
            if changed:
                store.update_links(changed)
            store.upsert_occasions(occs)
        summary.claims += len(claims)
        summary.occasions += len(occs)
        if coverage:
            affected_occ = {claim_occ.get(c) for c in affected} - {None}
            after = {s.id: dataclasses.replace(s, claim_id=c.id, occasion_id=c.occasion_id)
                     for c in claims for s in members[c.id]}
            vectors = {m: v for g in groups for m, v in zip(g.members, g.vectors)}
            summary.cells += refresh_coverage(store, sorted(affected_occ), claims, after, arts, vectors)
    with store.transaction():
        store.prune_alignment()
    summary.seconds = time.perf_counter() - t0
    return summary


def versions_of(claims: Sequence[Claim], statements: Mapping[str, Statement], articles: Mapping[str, Article],
                vectors: Mapping[str, np.ndarray]):
    """claim id → its ``compare.alterations.Version`` objects (one per statement).

    A weakly attributed statement (``claims.weak_attribution``) carries no speaker key: its
    article names no other person, so it is no evidence of a changed speaker.
    """
    from ..compare.alterations import Version

    out = {}
    for c in claims:
        out[c.id] = [
            Version(statements[sid], articles[statements[sid].article_id],
                    articles[statements[sid].article_id].outlet or articles[statements[sid].article_id].id,
                    vectors.get(sid), None if weak_attribution(statements[sid]) else speaker_key(statements[sid]))
            for sid in c.statement_ids if sid in statements and statements[sid].article_id in articles
        ]
    return out


def refresh_coverage(store, occasion_ids: Sequence[str], claims: Sequence[Claim], statements: Mapping[str, Statement],
                     articles: Mapping[str, Article], vectors: Mapping[str, np.ndarray]) -> int:
    """Recompute and store the coverage matrix of each given occasion; return the number of cells."""
    from ..compare.matrix import matrix

    n = 0
    by_occ: dict[str, list[Claim]] = {}
    for c in claims:
        if c.occasion_id:
            by_occ.setdefault(c.occasion_id, []).append(c)
    for oid in occasion_ids:
        cs = by_occ.get(oid, [])
        cells = matrix(oid, cs, versions_of(cs, statements, articles, vectors))
        store.replace_coverage(oid, cells)
        n += len(cells)
    return n


__all__ = ["Options", "Summary", "get_embedder", "refresh_coverage", "run", "vectors_for", "venue_key",
           "versions_of"]
