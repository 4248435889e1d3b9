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
import time
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from ..model import Article, Claim, Statement
from .claims import Assignment, ClaimIndex, Options, day, order, speaker_key, weak_attribution
from .embed import Embedder, from_bytes, get_embedder, to_bytes
from .occasions import occasions as build_occasions
from .occasions import venue_key


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


def run(store, *, embedder: Embedder | None = None, full: bool = False, options: Options | None = None,
        coverage: bool = True) -> Summary:
    """Align every statement that has no claim yet; refresh the affected occasions and coverage."""
    t0 = time.perf_counter()
    embedder = embedder or get_embedder("auto")
    options = options or Options()
    if full:
        store.clear_alignment()
    statements = store.statements()
    art_ids = sorted({s.article_id for s in statements})
    articles = {a.id: a for a in store.articles(ids=art_ids)} if art_ids else {}
    days = {s.id: day(articles[s.article_id].published) if s.article_id in articles else None for s in statements}
    pending = [s for s in statements if s.claim_id is None]
    summary = Summary(statements=len(statements), embedder=embedder.name)
    if not any(speaker_key(s) for s in pending):
        summary.skipped = [s.id for s in pending]
        summary.seconds = time.perf_counter() - t0
        return summary

    attributed = [s for s in statements if speaker_key(s) is not None]
    quoted_articles = {s.article_id for s in attributed}
    # speakerless statements in articles that quote someone may get that speaker (ClaimIndex.adopt)
    attributed += [s for s in pending if speaker_key(s) is None and s.article_id in quoted_articles]
    n_cached = len(store.embeddings([s.id for s in attributed], embedder.name))
    vectors = vectors_for(store, attributed, embedder)
    summary.embedded = len(attributed) - n_cached

    index = ClaimIndex(embedder_name=embedder.name, same_claim=embedder.same_claim, options=options)
    existing: dict[str, list[Statement]] = {}
    for s in statements:
        if s.claim_id:
            existing.setdefault(s.claim_id, []).append(s)
    stored_claims = {c.id: c for c in store.claims()} if existing else {}
    for cid, members in existing.items():
        claim = stored_claims.get(cid) or Claim(cid, members[0].person_id, None, members[0].text[:160])
        index.load(claim, members, days, vectors)

    assignments: dict[str, Assignment] = {}
    unattributed = [s for s in pending if speaker_key(s) is None]
    summary.skipped.extend(s.id for s in unattributed)
    pending = [s for s in pending if speaker_key(s) is not None]  # a claim is someone's utterance
    for batch in order(pending, articles):
        a = articles.get(batch[0].article_id)
        for got in index.add_article(batch, days, vectors, a.text if a else ""):
            assignments[got.statement_id] = got
    moved = index.reattribute([s for batch in order(pending, articles) for s in batch], vectors)
    for a in moved:
        assignments[a.statement_id] = a
    adopted = index.adopt(statements, vectors, {aid: a.text for aid, a in articles.items()}) if options.adopt else []
    for a in adopted:
        assignments[a.statement_id] = a
    moved += adopted
    summary.skipped = [sid for sid in summary.skipped if sid not in index.of_statement]
    for a in index.merge(options.merge):
        if a.statement_id in assignments:
            prev = assignments[a.statement_id]
            assignments[a.statement_id] = Assignment(a.statement_id, a.claim_id, prev.score, f"{prev.rule}; {a.rule}")
    summary.new_assignments, summary.reattributed = len(assignments), len(moved)

    # occasions: recomputed from all claims (cheap and deterministic); ids are content-derived
    by_id = {s.id: s for s in statements}
    members = {g.id: [by_id[m] for m in g.members] for g in index.groups.values() if g.members}
    keys = {g.id: g.key for g in index.groups.values() if g.members}
    occs, claim_occ = build_occasions(members, keys, articles, days, window_days=options.window_days)

    claims = [dataclasses.replace(c, occasion_id=claim_occ.get(c.id)) for c in index.claims(members)]
    affected_claims = {a.claim_id for a in assignments.values()}
    changed = []
    for cid, ms in members.items():
        for s in ms:
            if s.id in assignments:
                continue
            if s.occasion_id != claim_occ.get(cid):
                changed.append(dataclasses.replace(s, claim_id=cid, occasion_id=claim_occ.get(cid)))
                affected_claims.add(cid)
    with store.transaction():
        store.upsert_claims([c for c in claims if c.id in affected_claims],
                            {cid: to_bytes(index.centroid(cid)) for cid in affected_claims if cid in index.groups})
        store.assign_claims((a.statement_id, a.claim_id, claim_occ.get(a.claim_id), a.score, a.rule)
                            for a in assignments.values())
        if changed:
            store.update_links(changed)
        store.upsert_occasions(occs)
        store.prune_alignment()
    summary.claims, summary.occasions = len(claims), len(occs)

    if coverage:
        affected_occ = {claim_occ.get(c) for c in affected_claims} - {None}
        after = {s.id: dataclasses.replace(s, claim_id=c.id, occasion_id=c.occasion_id)
                 for c in claims for s in members[c.id]}
        summary.cells = refresh_coverage(store, sorted(affected_occ), claims, after, articles, vectors)
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
