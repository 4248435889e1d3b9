"""Human corrections survive `run`, `run --full` and an incremental run with new articles (issue 15)."""

from __future__ import annotations

import pytest

from parallax import corrections, pipeline
from parallax.align.moves import own_claim_id

from .conftest import LATER, demo_articles

pytestmark = pytest.mark.issue(15)


def _pick(store):
    """Corrections chosen from what the machine produced (no ids written into the test)."""
    luka = [s for s in store.statements(person_id="alexander-lukashenko") if s.claim_id]
    claims = {c.id: c for c in store.claims(person_id="alexander-lukashenko")}
    big = sorted((c for c in claims.values() if len(c.statement_ids) >= 3), key=lambda c: (-len(c.statement_ids), c.id))
    assert len(big) >= 3, "the demo should give Lukashenko several claims carried by several outlets"
    target = big[0]
    mover = next(s for s in luka if s.claim_id == big[1].id)
    loner = next(s for s in luka if s.claim_id == big[2].id and s.id != mover.id)
    cell = next(c for c in store.coverage() if c.status.value == "omitted")
    # the speaker correction takes a report out of its claim: not out of the corrected cell's claim, whose
    # omission could then rightly lapse (fewer independent voices), which is not what this test is about
    speaker = next(s for s in luka if s.id not in (mover.id, loner.id)
                   and s.claim_id not in (big[1].id, big[2].id, cell.claim_id))
    return target, mover, loner, speaker, cell


def _holds(store, *, target_anchor, mover, loner, speaker, cell_key):
    by_id = {s.id: s for s in store.statements(ids=[mover.id, loner.id, speaker.id, target_anchor])}
    assert by_id[speaker.id].person_id == "vladimir-putin"
    assert by_id[speaker.id].person_rule == "correction"
    # regrouped under the new speaker: its claim is Putin's now
    claim = next(c for c in store.claims() if c.id == by_id[speaker.id].claim_id)
    assert claim.person_id == "vladimir-putin"
    assert by_id[mover.id].claim_id == by_id[target_anchor].claim_id
    assert store.claim_evidence(mover.id)[2].startswith("correction")
    assert by_id[loner.id].claim_id == own_claim_id(loner.id)
    own = next(c for c in store.claims() if c.id == own_claim_id(loner.id))
    assert own.statement_ids == (loner.id,)
    verdict = next(c for c in store.correction_log(ops=["verdict"]))
    cell = corrections._verdict_cell(store, verdict)
    if cell is None:
        # new reports can reshape the matrix so that the outlet has no cell for the claim any more:
        # then the correction is kept and reported orphaned, never applied to another cell
        anchor_claim = store.statement(verdict.value).claim_id
        assert not [c for c in store.coverage() if c.claim_id == anchor_claim and c.outlet == cell_key.outlet]
        assert (verdict.state, verdict.note) == ("orphaned", "carried in its own words")
    else:
        assert cell.status.value == "paraphrased" and verdict.state == "applied"
    states = {c.op: c.state for c in store.correction_log() if c.op != "verdict"}
    assert states == {"speaker": "applied", "claim": "applied"}, store.correction_log()
    return cell is not None


def test_corrections_survive_run_full_and_incremental(demo_store):
    store = demo_store
    target, mover, loner, speaker, cell = _pick(store)
    corrections.reassign_speaker(store, speaker.id, "vladimir-putin", author="t", note="the cue is Putin's")
    now = corrections.move_statement(store, mover.id, target.id, author="t", note="same remark")
    assert now == target.id
    corrections.move_statement(store, loner.id, own=True, author="t")
    before = corrections.mark_verdict(store, cell.occasion_id, cell.claim_id, cell.outlet, status="paraphrased",
                                      note="carried in its own words", author="t")
    assert before == "omitted"
    anchor = next(c for c in store.correction_log(ops=["claim"]) if c.a == mover.id).value
    assert anchor in target.statement_ids

    pipeline.run(store)                       # parallax run
    assert _holds(store, target_anchor=anchor, mover=mover, loner=loner, speaker=speaker, cell_key=cell)
    pipeline.run(store, full=True)            # parallax run --full
    assert _holds(store, target_anchor=anchor, mover=mover, loner=loner, speaker=speaker, cell_key=cell)
    n = store.add_articles([a for a in demo_articles() if a.id in LATER]).added
    assert n == len(LATER)
    pipeline.run(store)                       # new articles arrive: regrouped incrementally
    assert store.count_articles(pending=True) == 0
    _holds(store, target_anchor=anchor, mover=mover, loner=loner, speaker=speaker, cell_key=cell)


def test_corrections_speaker_survives_relinking_after_a_merge(demo_store):
    """A people correction re-links every statement; an analyst's speaker is kept."""
    store = demo_store
    s = next(x for x in store.statements(person_id="alexander-lukashenko"))
    corrections.reassign_speaker(store, s.id, new_name="Natalia Eismont", author="t")
    corrections.rename(store, "alexander-lukashenko", "Aliaksandr Lukashenka", author="t", note="Belarusian spelling")
    assert store.statement(s.id).person_name == "Natalia Eismont"
    assert store.statement(s.id).person_rule == "correction"
    his = store.statements(person_id="alexander-lukashenko")
    assert len(his) > 10 and all(x.person_name == "Aliaksandr Lukashenka" for x in his)
    from parallax.pipeline import registry_for

    p = registry_for(store).get("alexander-lukashenko")
    assert p.name == "Aliaksandr Lukashenka" and "Alexander Lukashenko" in p.aliases
    assert registry_for(store).resolve("Alexander Lukashenko").person_id == "alexander-lukashenko"


def test_corrections_orphaned_when_the_cell_is_gone(demo_store):
    store = demo_store
    cell = next(c for c in store.coverage() if c.status.value == "omitted")
    corrections.mark_verdict(store, cell.occasion_id, cell.claim_id, cell.outlet, note="wrong", author="t")
    # the outlet's article goes (as a re-ingest that drops it would): its cells go with the next run
    store.clear_coverage([cell.occasion_id])
    store.replace_coverage(cell.occasion_id, [c for c in store.coverage(cell.occasion_id)])  # none left
    corrections.reapply_verdicts(store)
    (c,) = store.correction_log(ops=["verdict"])
    assert c.state == "orphaned" and "gone" in c.detail
    assert c.note == "wrong" and c.author == "t"  # kept


def test_corrections_refused_with_reasons(demo_store):
    from parallax.errors import InputError, NotFound

    store = demo_store
    with pytest.raises(NotFound):
        corrections.reassign_speaker(store, "no-such-statement", "vladimir-putin")
    s = store.statements(person_id="alexander-lukashenko")[0]
    with pytest.raises(NotFound):
        corrections.reassign_speaker(store, s.id, "no-such-person")
    with pytest.raises(NotFound):
        corrections.move_statement(store, s.id, "c-no-such-claim")
    with pytest.raises(InputError):
        corrections.mark_verdict(store, *next((c.occasion_id, c.claim_id, c.outlet) for c in store.coverage()), note=" ")
    assert store.correction_log() == []
