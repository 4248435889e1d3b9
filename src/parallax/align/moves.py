"""Analysts' claim moves (issue 15), re-applied to every fresh grouping of a speaker.

A move is stored as a correction ``("claim", statement_id, claim_id, anchor)``: put the statement
in the claim that ``anchor`` (another statement) is grouped in, or, with no anchor, in a claim of
its own. The anchor is what makes a move survive regrouping: claim ids derive from content and
may change when reports arrive, the claim of the anchor statement is found again.

Reads: ``Store.corrections()``. Writes: nothing (``apply`` is pure). Depends on: ``model``.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import Claim, Occasion, Statement, stable_id

#: the evidence rule of a statement an analyst moved
RULE = "correction: moved by an analyst"


def moves(store) -> dict[str, tuple[str | None, str | None]]:
    """statement id → (claim id asked for, anchor statement id or None for a claim of its own);
    the latest correction of a statement wins."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for _id, op, a, b, value in store.corrections():
        if op == "claim":
            out[a] = (b or None, value or None)
    return out


def own_claim_id(statement_id: str) -> str:
    """The id of the claim a statement moved out on its own gets (stable across runs)."""
    return stable_id("claim", "own", statement_id, prefix="c")


def apply(wanted: Mapping[str, tuple[str | None, str | None]], claims: Sequence[Claim],
          occasions: Sequence[Occasion], rows: Sequence[tuple], statements: Mapping[str, Statement],
          ) -> tuple[list[Claim], list[Occasion], list[tuple]]:
    """The grouping of one block with the analysts' moves applied.

    A move whose anchor is not in this block, and whose claim is not either, is left out (the
    statement stays where the machine put it; ``parallax.corrections`` reports it orphaned).
    Claims left without a statement are dropped, occasions without a claim too.
    """
    row_of = {r[0]: r for r in rows}
    todo = {sid: w for sid, w in wanted.items() if sid in row_of}
    if not todo:
        return list(claims), list(occasions), list(rows)
    by_id = {c.id: c for c in claims}
    new_rows = dict(row_of)
    extra: dict[str, Claim] = {}
    for sid, (claim_id, anchor) in sorted(todo.items()):
        if anchor is None and claim_id is None:
            cid, oid = own_claim_id(sid), row_of[sid][2]
            s = statements.get(sid)
            extra[cid] = Claim(cid, by_id[row_of[sid][1]].person_id if row_of[sid][1] in by_id else None, oid,
                               (s.text if s else sid)[:160], (), s.language if s else None)
        elif anchor in row_of and anchor not in todo and row_of[anchor][1]:
            cid, oid = row_of[anchor][1], row_of[anchor][2]
        elif claim_id in by_id:
            cid, oid = claim_id, by_id[claim_id].occasion_id
        else:
            continue
        new_rows[sid] = (sid, cid, oid, 1.0, RULE)
    members: dict[str, list[str]] = {}
    for sid, cid, *_ in new_rows.values():
        if cid:
            members.setdefault(cid, []).append(sid)
    out_claims = [Claim(c.id, c.person_id, c.occasion_id, c.label, tuple(sorted(members[c.id])), c.language)
                  for c in [*claims, *extra.values()] if c.id in members]
    live = {c.occasion_id for c in out_claims}
    out_occ = [o for o in occasions if o.id in live or any(r[2] == o.id for r in new_rows.values())]
    return out_claims, out_occ, [new_rows[r[0]] for r in rows]


__all__ = ["RULE", "apply", "moves", "own_claim_id"]
