"""Contradiction flags scored end to end on the six held-out sets (tests/fixtures/contradictions_heldout,
tests/fixtures/contradictions_heldout2, tests/fixtures/contradictions_heldout3, tests/fixtures/contradictions_heldout4,
tests/fixtures/contradictions_heldout5, tests/fixtures/contradictions_heldout6).

Each set was annotated from real reporting (new speakers and topics) by an annotator who had not read
the contradiction code, and committed before parallax was first run on it: its first figures estimate
unseen reporting, where the dev set's (tests/fixtures/contradictions) are optimistic. The first four were read
afterwards to write general rules (branches contra7, contra8 for the first; contra10, contra12 for the second;
contra12 for the third; contra14 for the fourth), so their later figures are optimistic too. The floors are the figures last measured, less a little; the
issue's targets do not hold on any of them yet (a strict xfail).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class HeldOut(NamedTuple):
    cases: dict
    floors: dict
    ceilings: dict


# first set
#: measured 2026-12-07 on branch contra6 (main after contra5): fact recall 0.303 (20/66), own-earlier
#: 0.133 (2/15), controls flagged 0.097 (6/62; any flag 0.161). Dev set at the same commit: fact 0.806,
#: own-earlier 0.739, controls 0.024.
#: branch contra7 (not blind: the causes were read from this set; negated doubt, not knowing, short names'
#: vowels, cues of conviction, a negated "our"): fact 0.348 (23/66), own-earlier 0.133 (2/15; paired 0.133),
#: controls 0.032 (2/62; any flag 0.097). Dev set at the same commit: fact 0.806, own-earlier 0.739, controls 0.024.
#: branch contra8 (not blind either: short first-person denials read on their headline, antonyms, a fact's doer
#: naming its event, ruling out as a promise, denials naming nothing read on the sentence before, «Джозеф» is
#: Joseph, exonyms, negated intent, futures in relative clauses, a fact's earlier year): fact 0.591 (39/66),
#: own-earlier 0.533 (8/15; paired 0.600), controls 0.032 (2/62; any flag 0.097). Dev set unchanged.
# second set
#: measured 2026-12-07 on branch contra9 (main at 34bea44), the first run on the set: fact recall
#: 0.167 (9/54), own-earlier 0.067 (1/15; paired 0.067), controls flagged 0.149 (11/74; any flag 0.149).
#: Branch contra10 read the set to write rules (it is no longer blind) and raised the floors to its figures:
#: fact 0.426 (23/54), own-earlier 0.067, controls 0.000 (any flag 0.000); one control flagged is allowed.
# third set
#: measured 2026-12-07 on main c8b33d8 (contra10's rules and every earlier one), the first and only run on the set
#: (branch contra11, blind; nothing was written from it): fact recall 0.263 (10/38), own-earlier 0.143 (1/7; paired
#: 0.286), controls flagged 0.000 (0/35; any flag 0.057).
# branch contra12 read the second and third sets' misses to write rules (neither is blind now) and raised the floors
# to its figures: second set fact 0.481 (26/54), own-earlier 0.400 (6/15; paired 0.533), controls 0.000; third set
# fact 0.395 (15/38), own-earlier 0.143 (paired 0.286), controls 0.000 (any flag 0.057). First set and dev unchanged.
# fourth set
#: measured 2026-12-07 on lead 4e8227a (contra12's rules and every earlier one), the first and only blind run on the
#: set (branch contra13): fact recall 0.353 (18/51), own-earlier 0.000 (0/13; paired 0.000), controls flagged 0.097
#: (6/62: U007, U013, U057, U087, U106, U109; any flag 0.145).
# branch contra14 read the set's false flags and missed own-earlier cases (it is not blind now): negated feelings,
# «не раз», "to lie", an admitted lie, a denied involvement of a party the fact does not name, a negation "for now"
# on the fact's day: fact 0.353, own-earlier 0.000, controls 0.000 (any flag 0.065). Other sets unchanged.
# contra15 (a colon-led transcript's first-person excerpts, admissions with a noun object): third set fact 0.368 →
# 0.395, own-earlier 0.143 → 0.286 (T014, T025: Macleans' "I have never doped" under "… with a statement on his
# website:"); the other four sets unchanged.
# person10 («Лэнс Армстронг» is Lance Armstrong: one man, one record) with contra15's admissions: third set
# own-earlier 0.286 → 0.714 (paired 0.857), any flag 0.057 → 0.086; the other sets unchanged.
# fifth set
#: measured 2026-12-07 on main 716fd01 (branch contra16, the first run, blind): fact recall 0.240 (12/50), own-earlier
#: 0.000 (0/13; paired 0.000), controls flagged 0.024 (2/85; any flag 0.071). On the ninth session's merged code (lead,
#: contra15's extraction, person10's people, speed5) the same, still blind: nothing written this session carried over.
# sixth set
#: measured 2026-12-07 on main 38a4c47 (branch contra18, the first run, blind): fact recall 0.222 (6/27), own-earlier
#: 0.000 (0/25; paired 0.000), controls flagged 0.112 (11/98; any flag 0.153).
#: contra19 (an event's side reversed in the record, ``antonyms.sides``): own-earlier first set 0.533 → 0.667 (paired
#: 0.733), second 0.400 → 0.533, fourth 0.000 → 0.231; controls second set 0.000 → 0.014 (S137, an unlisted hedge).
#: The fifth and sixth sets, still blind, on the tenth session's merged code (lead a36d1f9): fifth fact 0.240 → 0.220
#: (one case lost to held1's speaker rules, not contra19's), own-earlier 0.000, controls 0.024; sixth own-earlier 0.000 →
#: 0.080 (paired 0.120: contra19's reversals, the first own-earlier cases found on a blind set), fact 0.222, controls
#: flagged 0.112, any flag 0.153 → 0.163 (one more control carries a flag: its ceiling moves 0.16 → 0.17). After the
#: session's last merges (person12, lang9, claims7, held2: extraction and people) the sixth set reads own-earlier 0.120
#: (paired 0.120), any flag 0.153; the fifth is unchanged (0.220 / 0.000 / 0.024).
SETS = {
    "contradictions_heldout": HeldOut(
        {"fact": 66, "earlier": 15, "control": 62},
        {"fact_recall": 0.57, "earlier_recall": 0.63, "earlier_recall_paired": 0.70},
        {"controls_flagged": 0.05, "controls_flagged_any": 0.11}),
    "contradictions_heldout2": HeldOut(
        {"fact": 54, "earlier": 15, "control": 74},
        {"fact_recall": 0.46, "earlier_recall": 0.50, "earlier_recall_paired": 0.50},
        {"controls_flagged": 0.02, "controls_flagged_any": 0.02}),
    "contradictions_heldout3": HeldOut(
        {"fact": 38, "earlier": 7, "control": 35},
        {"fact_recall": 0.37, "earlier_recall": 0.68, "earlier_recall_paired": 0.82},
        {"controls_flagged": 0.03, "controls_flagged_any": 0.09}),
    "contradictions_heldout4": HeldOut(
        {"fact": 51, "earlier": 13, "control": 62},
        {"fact_recall": 0.32, "earlier_recall": 0.20, "earlier_recall_paired": 0.20},
        {"controls_flagged": 0.02, "controls_flagged_any": 0.08}),
    "contradictions_heldout5": HeldOut(
        {"fact": 50, "earlier": 13, "control": 85},
        {"fact_recall": 0.22, "earlier_recall": 0.0, "earlier_recall_paired": 0.0},
        {"controls_flagged": 0.03, "controls_flagged_any": 0.08}),
    "contradictions_heldout6": HeldOut(
        {"fact": 27, "earlier": 25, "control": 98},
        {"fact_recall": 0.20, "earlier_recall": 0.11, "earlier_recall_paired": 0.11},
        {"controls_flagged": 0.12, "controls_flagged_any": 0.17}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def held_out(request):
    from parallax.eval.contradictions import evaluate

    return SETS[request.param], evaluate(FIXTURES / request.param)


@pytest.mark.issue(12)
def test_heldout_set_covers_the_case_kinds(held_out):
    expected, result = held_out
    assert result["cases"] == expected.cases


@pytest.mark.issue(12)
def test_heldout_set_holds_its_floors(held_out):
    expected, result = held_out
    for key, floor in expected.floors.items():
        assert result[key] >= floor, (key, result[key], result["missed"])
    for key, ceiling in expected.ceilings.items():
        assert result[key] <= ceiling, (key, result[key], result["false_flags"])


@pytest.mark.issue(12)
@pytest.mark.xfail(strict=True, reason="held out: first set fact recall 0.59, own-earlier 0.53, controls 0.03; "
                   "second set 0.48, 0.40, 0.00 (blind: 0.17, 0.07, 0.15); third set 0.39, 0.71, 0.00 (blind: 0.26, "
                   "0.14, 0.00); fourth set 0.35, 0.00, 0.00 (blind: 0.35, 0.00, 0.10); fifth set (blind) 0.22, 0.00, "
                   "0.02; sixth set (blind) 0.22, 0.12, 0.11; docs/_parts/contradictions-evaluation.md. Misses: quoted first-person denials and promises "
                   "later reversed under the similarity bars, no statement or no speaker extracted, alternative "
                   "accounts, pledges with no event word")
def test_heldout_set_meets_the_issue_targets(held_out):
    _expected, result = held_out
    assert result["fact_recall"] >= 0.8 and result["earlier_recall"] >= 0.7 and result["controls_flagged"] <= 0.05
