"""A speaker's record: claims over time, and contradictions between them.

Reads: a person's claims, their statements, articles and cached vectors (through ``Store``).
Writes: nothing. Depends on: ``compare.alterations`` (polarity), ``align.embed``.

A later claim *contradicts* an earlier one of the same speaker when the two are about the same
thing (cosine of their centroids ≥ ``same_topic``, set a little below the same-claim threshold
because a negated sentence still scores ≈ 0.93) and their polarity differs (one is negated,
the other not). Contradicting an analyst-recorded fact (a ``facts`` table) is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..align.embed import from_bytes
from .alterations import Version, negative


@dataclass(frozen=True)
class Entry:
    """One claim in a speaker's record."""

    claim_id: str
    date: str | None
    label: str
    occasion_id: str | None
    negative: bool
    contradicts: tuple[str, ...] = ()


def record(store, person_id: str, *, same_topic: float = 0.86) -> list[Entry]:
    """The person's claims in date order, each with the earlier claims it contradicts."""
    claims = store.claims(person_id=person_id)
    stmts = {s.id: s for s in store.statements(person_id=person_id)}
    arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts.values()}))} if stmts else {}
    cents = {k: from_bytes(v) for k, v in store.claim_centroids(person_id).items()}
    rows = []
    for c in claims:
        members = [stmts[i] for i in c.statement_ids if i in stmts]
        if not members:
            continue
        dates = sorted((arts[m.article_id].published or "")[:10] for m in members if m.article_id in arts)
        votes = [negative(Version(m, arts[m.article_id], arts[m.article_id].outlet or m.article_id))
                 for m in members if m.article_id in arts]
        rows.append((dates[0] if dates else None, c, sum(votes) * 2 > len(votes)))
    rows.sort(key=lambda r: (r[0] or "", r[1].id))
    out: list[Entry] = []
    for i, (d, c, neg) in enumerate(rows):
        against = []
        for d0, c0, neg0 in rows[:i]:
            if c0.occasion_id == c.occasion_id or neg0 == neg:
                continue
            if c.id in cents and c0.id in cents and float(np.dot(cents[c.id], cents[c0.id])) >= same_topic:
                against.append(c0.id)
        out.append(Entry(c.id, d, c.label, c.occasion_id, neg, tuple(against)))
    return out


__all__ = ["Entry", "record"]
