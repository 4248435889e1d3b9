"""Human corrections (issue 15): what an analyst says the machine got wrong, kept and re-applied.

Each correction is a row of the store's corrections (op, a, b, value, author, note, when):

========  ======================  ====================  ==========================================
op        a                       b                     value
========  ======================  ====================  ==========================================
merge     person that stays       person folded in      —
split     person                  the new person's id   the name split off
alias_add person                  —                     the name added
rename    person                  —                     the new name (the old one becomes an alias)
speaker   statement               person                the person's name (recreates a new person)
claim     statement               claim asked for       anchor statement (none: a claim of its own)
verdict   occasion|claim|outlet   right status or none  anchor statement of the claim
========  ======================  ====================  ==========================================

Re-applied on every run: people corrections and speakers through the registry (``resolve``) and
``reapply_speakers`` (statements that alignment split into parts), claim moves inside
``align.run`` (``align.moves``), verdicts after the coverage matrix (``reapply_verdicts``).
``check`` records per correction whether it holds (applied), waits for a run (pending) or lost
its target (orphaned: the statement or cell is gone; the correction is kept).

Reads and writes through ``Store`` only. Depends on: ``resolve`` (registry, re-linking),
``align.moves``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable

from .errors import InputError, NotFound
from .model import Correction, Person, Status

OPS = ("merge", "split", "alias_add", "rename", "speaker", "claim", "verdict")
STATES = ("applied", "pending", "orphaned")
MAX_NOTE = 2000
MAX_NAME = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str | None, what: str, limit: int) -> str | None:
    if text is None:
        return None
    text = _CONTROL.sub(" ", str(text)).strip()
    if len(text) > limit:
        raise InputError(what, f"longer than {limit} characters")
    return text or None


def cell_key(occasion_id: str, claim_id: str, outlet: str) -> str:
    """The target of a verdict correction: ``occasion|claim|outlet``."""
    return f"{occasion_id}|{claim_id}|{outlet}"


def split_cell_key(key: str) -> tuple[str, str, str]:
    occ, claim, outlet = key.split("|", 2)
    return occ, claim, outlet


def _person(store, person_id: str) -> Person:
    from .pipeline import registry_for

    p = registry_for(store).get(person_id)
    if p is None:
        raise NotFound(f"no person with id {person_id!r}; see `parallax people list`")
    return p


# ------------------------------------------------------------------ people
def merge(store, into: str, other: str, *, author: str | None = None, note: str | None = None) -> int:
    """Fold person ``other`` into ``into``; returns the statements re-linked."""
    from .resolve import corrections as rc

    return rc.merge(store, into, other, author=author, note=_clean(note, "note", MAX_NOTE))


def split(store, person_id: str, alias: str, *, author: str | None = None, note: str | None = None):
    """Detach a wrongly attached name; returns (new person id, statements re-linked)."""
    from .resolve import corrections as rc

    return rc.split(store, person_id, _clean(alias, "alias", MAX_NAME) or "", author=author,
                    note=_clean(note, "note", MAX_NOTE))


def rename(store, person_id: str, name: str, *, author: str | None = None, note: str | None = None) -> int:
    """Give a person another display name (the old one stays an alias); returns statements re-linked."""
    from .resolve import apply_corrections

    name = _clean(name, "name", MAX_NAME)
    if not name:
        raise InputError("name", "the new name is empty")
    p = _person(store, person_id)
    store.add_correction("rename", p.id, None, name, author=author, note=_clean(note, "note", MAX_NOTE))
    aliases = tuple(x for x in dict.fromkeys((p.name, *p.aliases)) if x != name)
    store.upsert_people([replace(p, name=name, aliases=aliases,
                                 source="corrected" if p.source == "registry" else p.source)])
    return apply_corrections(store)


# -------------------------------------------------------------- statements
def reassign_speaker(store, statement_id: str, person_id: str | None = None, *, new_name: str | None = None,
                     author: str | None = None, note: str | None = None) -> str:
    """Give a statement to another person (an existing id, or a new person named ``new_name``).

    Returns the person id. The statement is re-linked now and regrouped by the next run.
    """
    from .model import stable_id
    from .resolve import names as N

    s = store.statement(statement_id)
    if person_id:
        p = _person(store, person_id)
        value = None
    else:
        name = _clean(new_name, "name", MAX_NAME)
        if not name:
            raise InputError("person", "give an existing person id or a new person's name")
        p = Person(id=f"{N.slug(name) or 'person'}-{stable_id('speaker', name, length=6)}", name=name,
                   source="correction")
        store.upsert_people([p])
        value = name
    store.add_correction("speaker", s.id, p.id, value, author=author, note=_clean(note, "note", MAX_NOTE))
    _set_speaker(store, s, p.id, p.name)
    return p.id


def _set_speaker(store, s, person_id: str, name: str) -> None:
    with store.transaction():
        store.update_links([replace(s, person_id=person_id, person_name=name, person_rule="correction",
                                    person_score=1.0)])
        store.unalign([s.id])


def move_statement(store, statement_id: str, claim_id: str | None = None, *, own: bool = False,
                   author: str | None = None, note: str | None = None) -> str:
    """Put a statement in another claim of the same speaker, or (``own``) in a claim of its own.

    Returns the claim id it is in now. The next run regroups the speaker with the move applied.
    """
    from .align.moves import own_claim_id

    s = store.statement(statement_id)
    if own == bool(claim_id):
        raise InputError("claim", "give either a claim id or --own")
    if own:
        target, anchor, occasion = None, None, s.occasion_id
        now = own_claim_id(s.id)
    else:
        claim = next((c for c in store.claims() if c.id == claim_id), None)
        if claim is None:
            raise NotFound(f"no claim with id {claim_id!r}")
        if s.person_id and claim.person_id and s.person_id != claim.person_id:
            raise InputError("claim", f"claim {claim_id} is {claim.person_id}'s and the statement "
                                      f"{s.person_id}'s: reassign the speaker first")
        others = [x for x in claim.statement_ids if x != s.id]
        if not others:
            raise InputError("claim", f"statement {s.id} is already the only report of claim {claim_id}")
        target, anchor, occasion, now = claim.id, min(others), claim.occasion_id, claim.id
    store.add_correction("claim", s.id, target, anchor, author=author, note=_clean(note, "note", MAX_NOTE))
    with store.transaction():
        store.update_links([replace(s, claim_id=now, occasion_id=occasion)])
        store.unalign([s.id])
    return now


# ------------------------------------------------------------------ verdicts
def mark_verdict(store, occasion_id: str, claim_id: str, outlet: str, *, note: str, status: str | None = None,
                 author: str | None = None) -> str | None:
    """Mark a coverage verdict wrong, with a note and optionally the right status.

    Returns the cell's status before. Raises NotFound for a cell that does not exist.
    """
    note = _clean(note, "note", MAX_NOTE)
    if not note:
        raise InputError("note", "say what is wrong with the verdict")
    if status is not None and status not in {s.value for s in Status}:
        raise InputError("status", f"{status!r}: expected one of {', '.join(s.value for s in Status)}")
    cell = next((c for c in store.coverage(occasion_id) if c.claim_id == claim_id and c.outlet == outlet), None)
    if cell is None:
        raise NotFound(f"no coverage cell for claim {claim_id!r} and outlet {outlet!r} in occasion {occasion_id!r}")
    claim = next((c for c in store.claims(occasion_id=occasion_id) if c.id == claim_id), None)
    anchor = min(claim.statement_ids) if claim and claim.statement_ids else None
    cid = store.add_correction("verdict", cell_key(occasion_id, claim_id, outlet), status, anchor,
                               author=author, note=note)
    before = cell.status.value
    if status:
        store.set_cell_status(occasion_id, claim_id, outlet, status)
    store.set_correction_states([(cid, "applied", _verdict_detail(before, status))])
    return before


def _verdict_detail(machine: str, status: str | None) -> str:
    return f"machine said {machine}" + (f"; analyst: {status}" if status and status != machine else "")


# ------------------------------------------------------------------ re-apply
def _latest(corrections: Iterable[Correction], op: str) -> dict[str, Correction]:
    out: dict[str, Correction] = {}
    for c in corrections:
        if c.op == op:
            out[c.a] = c
    return out


def reapply_speakers(store) -> int:
    """Statements whose speaker differs from the analyst's (re-extracted, or split into parts by
    alignment since): re-linked and made pending for alignment. Returns how many."""
    from .pipeline import registry_for

    wanted = _latest(store.correction_log(ops=["speaker"]), "speaker")
    if not wanted:
        return 0
    reg = registry_for(store)
    n = 0
    by_id = {s.id: s for s in store.statements(ids=sorted(wanted))}
    for sid, c in wanted.items():
        s = by_id.get(sid)
        pid = reg.speaker_of(sid)
        if s is None or pid is None:
            continue
        if s.person_id != pid or s.person_rule != "correction":
            _set_speaker(store, s, pid, reg.people[pid].name)
            n += 1
    return n


def _verdict_cell(store, c: Correction):
    """The cell a verdict correction is about now: its own key, else the cell of the claim that its
    anchor statement is in now (the claim regrouped under a new id); None when gone."""
    occ, claim, outlet = split_cell_key(c.a)
    cells = {(x.claim_id, x.outlet): x for x in store.coverage(occ)} if occ else {}
    if (claim, outlet) in cells:
        return cells[(claim, outlet)]
    if c.value:
        try:
            s = store.statement(c.value)
        except NotFound:
            return None
        if s.claim_id and s.occasion_id:
            return next((x for x in store.coverage(s.occasion_id)
                         if x.claim_id == s.claim_id and x.outlet == outlet), None)
    return None


def reapply_verdicts(store) -> int:
    """Set every corrected cell that a run recomputed back to the analyst's status; returns how many."""
    n = 0
    states = []
    for c in _latest(store.correction_log(ops=["verdict"]), "verdict").values():
        cell = _verdict_cell(store, c)
        if cell is None:
            states.append((c.id, "orphaned", "the cell is gone (regrouped or its article removed)"))
            continue
        machine = cell.status.value
        if c.b and machine != c.b:
            store.set_cell_status(cell.occasion_id, cell.claim_id, cell.outlet, c.b)
            n += 1
            states.append((c.id, "applied", _verdict_detail(machine, c.b)))
        elif c.state != "applied":
            states.append((c.id, "applied", c.detail or _verdict_detail(machine, c.b)))
    if states:
        store.set_correction_states(states)
    return n


def check(store) -> dict[str, int]:
    """Record, per correction, whether it holds now; returns counts per state."""
    from .align.moves import own_claim_id
    from .pipeline import registry_for

    log = store.correction_log()
    if not log:
        return {k: 0 for k in STATES}
    reg = registry_for(store)
    stmt_ids = sorted({c.a for c in log if c.op in ("speaker", "claim")} |
                      {c.value for c in log if c.op == "claim" and c.value})
    stmts = {s.id: s for s in store.statements(ids=stmt_ids)} if stmt_ids else {}
    states = []
    latest = {**_latest(log, "speaker"), **{"claim:" + k: v for k, v in _latest(log, "claim").items()}}
    for c in log:
        if c.op in ("merge", "split", "alias_add", "rename"):
            gone = [x for x in (c.a, c.b if c.op == "merge" else None) if x and reg.get(x) is None]
            states.append((c.id, "orphaned" if gone else "applied",
                           f"no person {gone[0]!r}" if gone else None))
        elif c.op == "speaker":
            s = stmts.get(c.a)
            if latest.get(c.a) is not c:
                states.append((c.id, "applied", "superseded by a later correction"))
            elif s is None:
                states.append((c.id, "orphaned", "the statement is gone (re-extracted or split)"))
            else:
                ok = s.person_id == reg.speaker_of(c.a)
                states.append((c.id, "applied" if ok else "pending", None if ok else "until the next run"))
        elif c.op == "claim":
            s = stmts.get(c.a)
            if latest.get("claim:" + c.a) is not c:
                states.append((c.id, "applied", "superseded by a later correction"))
            elif s is None:
                states.append((c.id, "orphaned", "the statement is gone (re-extracted or split)"))
            elif c.value and c.value not in stmts:
                states.append((c.id, "orphaned", "the claim it was moved to is gone"))
            else:
                want = own_claim_id(c.a) if not c.value else stmts[c.value].claim_id
                ok = bool(want) and s.claim_id == want and store.claim_evidence(c.a) is not None
                states.append((c.id, "applied" if ok else "pending", f"in claim {s.claim_id}" if ok
                               else "until the next run"))
    if states:
        store.set_correction_states(states)
    counts = {k: 0 for k in STATES}
    for c in store.correction_log():
        if c.state in counts:
            counts[c.state] += 1
    return counts


def after_group(store) -> dict[str, int]:
    """What ``pipeline.group`` runs after the matrix: verdicts re-applied, then every state checked."""
    reapply_verdicts(store)
    return check(store)


# ------------------------------------------------------------------ records
def record(c: Correction) -> dict[str, Any]:
    """One correction as JSON (``parallax correct list --json``, the export, the API)."""
    return {"id": c.id, "op": c.op, "a": c.a, "b": c.b, "value": c.value, "author": c.author, "note": c.note,
            "created_at": c.created_at, "state": c.state, "detail": c.detail}


def import_records(store, rows: Iterable[dict[str, Any]]) -> tuple[int, int, list[str]]:
    """Restore exported corrections; a row already stored (same op, targets, value and time) is skipped.

    Returns (added, skipped, problems). Re-applied to statements by the next ``parallax run``
    (people corrections at once).
    """
    from .resolve import apply_corrections

    have = {(c.op, c.a, c.b or None, c.value or None, c.created_at) for c in store.correction_log()}
    added, skipped, problems = 0, 0, []
    for i, r in enumerate(rows, 1):
        op, a = r.get("op"), r.get("a")
        if op not in OPS or not isinstance(a, str) or not a:
            problems.append(f"row {i}: not a correction (op {op!r})")
            continue
        key = (op, a, r.get("b") or None, r.get("value") or None, r.get("created_at") or None)
        if key in have:
            skipped += 1
            continue
        if op == "split" and r.get("b"):
            store.upsert_people([Person(id=r["b"], name=r.get("value") or r["b"], source="correction")])
        if op == "speaker" and r.get("b") and r.get("value"):
            store.upsert_people([Person(id=r["b"], name=r["value"], source="correction")])
        store.add_correction(op, a, r.get("b") or None, r.get("value") or None, author=r.get("author") or None,
                             note=r.get("note") or None, created_at=r.get("created_at") or None)
        if op == "claim":
            store.unalign([a])
        have.add(key)
        added += 1
    if added:
        apply_corrections(store)
        reapply_speakers(store)
        reapply_verdicts(store)
    return added, skipped, problems


__all__ = ["OPS", "STATES", "after_group", "cell_key", "check", "import_records", "mark_verdict", "merge",
           "move_statement", "reassign_speaker", "reapply_speakers", "reapply_verdicts", "record", "rename",
           "split", "split_cell_key"]
