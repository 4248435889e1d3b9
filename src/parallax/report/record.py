"""A speaker's record: claims over time, with the contradictions flagged among them and against facts.

Reads: a person's claims, statements, articles and the stored contradiction flags (``Store``).
Writes: nothing. Depends on: ``compare.contradictions`` (which writes the flags during ``run``).

Replaces the earlier rule "a later claim of opposite polarity on the same topic contradicts",
which flagged 9 of the demo's 14 claims without a reason (issue 12): a claim now contradicts
only what a flag, with its one-sentence reason and both sides cited, says it contradicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..compare.contradictions import reading_of


@dataclass(frozen=True)
class Entry:
    """One claim in a speaker's record, with the flags on its statements."""

    claim_id: str
    date: str | None
    label: str
    occasion_id: str | None
    negative: bool
    #: earlier claims this one contradicts
    contradicts: tuple[str, ...] = ()
    #: the flags, as ``parallax contradictions --json`` records (reason, both sides)
    flags: tuple[dict[str, Any], ...] = ()


def record(store, person_id: str) -> list[Entry]:
    """The person's claims in date order, each with its contradiction flags."""
    from .records import contradiction_records

    claims = store.claims(person_id=person_id)
    stmts = {s.id: s for s in store.statements(person_id=person_id)}
    arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts.values()}))} if stmts else {}
    flags_of: dict[str, list[dict]] = {}
    for row in contradiction_records(store, store.contradictions(person_id=person_id)):
        flags_of.setdefault(row["statement"], []).append(row)
    rows = []
    for c in claims:
        members = [stmts[i] for i in c.statement_ids if i in stmts]
        if not members:
            continue
        dates = sorted((arts[m.article_id].published or "")[:10] for m in members if m.article_id in arts)
        votes = [reading_of(m, arts.get(m.article_id)).negative for m in members]
        flags = tuple(f for m in members for f in flags_of.get(m.id, []))
        against = tuple(sorted({stmts[f["against"]["statement"]].claim_id for f in flags
                                if f["against"]["kind"] == "statement" and f["against"]["statement"] in stmts
                                and stmts[f["against"]["statement"]].claim_id}))
        rows.append(Entry(c.id, dates[0] if dates else None, c.label, c.occasion_id,
                          sum(votes) * 2 > len(votes), against, flags))
    rows.sort(key=lambda e: (e.date or "", e.claim_id))
    return rows


__all__ = ["Entry", "record"]
