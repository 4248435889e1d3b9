"""Planted changes on real articles: do the coverage verdicts find what was planted?

The evaluation (``parallax.eval.planted``) copies a seeded subset of ``../shared/data/events_dev``
articles, plants one change per copy (omission, negation, number, date, qualifier, modal shift,
speaker swap, addressee, words inside the quotes) plus unchanged control copies, runs ``parallax
ingest`` → ``run`` → ``coverage --json`` as a user does and scores the cells. Floors are the
figures measured on 2026-12-07 (docs/evaluation.md, "Planted changes") just below what was measured:
a drop is a regression. The issue's targets (omissions 100 %, alterations ≥ 80 % with the right
kind, flag precision ≥ 0.9, controls flagged ≤ 5 %) are xfail where not met.

The unit tests at the top need no shared data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.eval import planted as pl

EVENTS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events_dev"


def _apply(fn, text, sub, lang):
    s = text.index(sub)
    return fn(text, (s, s + len(sub)), lang, None)


def test_rewrites_change_only_the_mention_and_follow_its_span():
    text = "Intro line.\n“Nothing should be ruled out,” she said. “We will not give up.”"
    new, span, variant = _apply(pl._modal, text, "“Nothing should be ruled out,”", "en")
    assert new[slice(*span)] == "“Nothing can be ruled out,”" and variant == "should -> can"
    assert new.endswith("“We will not give up.”")
    new, span, variant = _apply(pl._negation, text, "“We will not give up.”", "en")
    assert new[slice(*span)] == "“We will give up.”" and variant == "negation dropped"
    new, span, _ = _apply(pl._added_words, text, "“We will not give up.”", "en")
    assert new[slice(*span)] == "“Belgium will not give up.”"


def test_rewrites_in_cyrillic_keep_inflection():
    text = "Он заявил, что России не удастся победить."
    new, span, _ = _apply(pl._addressee, text, text, "ru")
    assert "Бельгии не удастся" in new
    new, span, variant = _apply(pl._negation, text, text, "ru")
    assert "России удастся" in new and variant == "negation dropped"
    assert _apply(pl._number, text, text, "ru") is None  # nothing to change: no plant


def test_speaker_swap_renames_the_mention_s_sentence_only_and_keeps_the_span():
    text = "Other news.\n“We stay,” Jane Roe said. Roe added more.\nRoe elsewhere."
    new, span, _ = pl._speaker(text, (12, 22), "en", None, ["Jane Roe", "Roe"])
    assert new[slice(*span)] == "“We stay,”"
    assert "“We stay,” Olaf Scholz said. Roe added more." in new and new.endswith("Roe elsewhere.")
    # a mention whose sentence does not name the speaker takes no plant
    assert pl._speaker("Roe spoke.\n“We stay,” he said.", (11, 21), "en", None, ["Roe"]) is None


def test_a_plant_that_reads_as_another_outlet_already_reads_is_traceless():
    """"can -> should" where another outlet wrote "should": no reader could see the change."""
    texts = {"a": "Nothing should be ruled out, he said.", "b": "Nothing can be ruled out, he said.",
             "c": "Troops are not excluded."}
    mentions = {"a": [("S1", 0, 28)], "b": [("S1", 0, 25)], "c": [("S1", 0, 24)]}
    plant = pl.Plant("modal", "can -> should", "p1", "p1.example", "b", "en", "S1", (0, 28), (0, 25),
                     "Nothing can be ruled out,", "Nothing should be ruled out,")
    assert not pl.visible(plant, texts, mentions)
    assert pl.visible(plant, {k: v for k, v in texts.items() if k != "a"}, mentions)
    added = pl.Plant("added_words", "inserted", "p2", "p2.example", "b", "en", "S1", (0, 40), (0, 25),
                     "Nothing can be ruled out,", "Without the slightest doubt, nothing can be ruled out,")
    assert pl.visible(added, texts, mentions)


def test_omission_deletes_the_sentences_of_the_remark_only():
    text = "First remark here. Second remark “quoted,” he said. Third one.\nLast."
    s = text.index("Second")
    out = pl._omit(text, [(s, s + 10)])
    assert "Second" not in out and "First remark here." in out and "Third one." in out


def test_score_maps_plants_to_the_copy_cells():
    key = [pl.Plant("negation", "negation added", "p1", "p1.example", "a1", "en", "S1", (10, 30), (10, 26), "", ""),
           pl.Plant("omission", "sentences deleted", "p2", "p2.example", "a1", "en", "S1", (10, 26), (10, 26), "", ""),
           pl.Plant("control", "unchanged", "c3", "c3.example", "a1", "en", "", (0, 0), (0, 0), "", "")]
    stmts = [{"article_id": "a1", "outlet": "a.example", "start": 5, "end": 40, "claim": "K"},
             {"article_id": "p1", "outlet": "p1.example", "start": 5, "end": 45, "claim": "K"}]
    cells = [{"outlet": "p1.example", "claim": "K", "status": "altered",
              "alterations": [{"kind": "negation"}]},
             {"outlet": "p1.example", "claim": "L", "status": "omitted", "alterations": []},
             {"outlet": "p2.example", "claim": "K", "status": "omitted", "alterations": []},
             {"outlet": "c3.example", "claim": "K", "status": "verbatim", "alterations": []},
             {"outlet": "c3.example", "claim": "L", "status": "altered", "alterations": [{"kind": "date"}]}]
    r = pl.score(key, cells, stmts)
    assert r["omissions_found"] == 1.0 and r["alterations_right_kind"] == 1.0
    assert (r["flags"], r["flags_matched"]) == (3, 2)
    assert r["controls_flagged"] == 0.5
    # an omission of the original that the annotation confirms is counted apart, as a true flag
    r = pl.score(key, cells, stmts, {("p1.example", "L")})
    assert (r["flags_confirmed"], r["flag_precision"]) == (1, 1.0) and r["flag_precision_strict"] == 2 / 3
    assert r["controls_flagged_unconfirmed"] == 0.5


def test_score_finds_a_plant_on_any_claim_of_its_remark_and_keeps_the_strict_figure():
    """Grouping split the remark S1 into claims K and M: the copy's omission of M is the plant's."""
    key = [pl.Plant("omission", "sentences deleted", "p2", "p2.example", "a1", "en", "S1", (10, 26), (10, 26), "", ""),
           pl.Plant("negation", "negation added", "p3", "p3.example", "a1", "en", "S2", (40, 60), (40, 60), "", "")]
    stmts = [{"article_id": "a1", "outlet": "a.example", "start": 5, "end": 30, "claim": "K"},
             {"article_id": "a1", "outlet": "a.example", "start": 40, "end": 60, "claim": "N"}]
    cells = [{"outlet": "p2.example", "claim": "K", "status": "paraphrased", "alterations": []},
             {"outlet": "p2.example", "claim": "M", "status": "omitted", "alterations": []},
             {"outlet": "p3.example", "claim": "N", "status": "paraphrased", "alterations": []},
             {"outlet": "p3.example", "claim": "M", "status": "altered", "alterations": [{"kind": "negation"}]}]
    r = pl.score(key, cells, stmts, remark_of={"K": "S1", "M": "S1", "N": "S2"})
    assert r["omissions_found"] == 1.0 and r["omissions_found_strict"] == 0.0
    # a negation flag on another remark's claim is no find, and a false flag
    assert r["alterations_found"] == 0.0 and (r["flags"], r["flags_matched"]) == (2, 1)


def test_score_counts_a_flag_whose_evidence_is_the_changed_words_on_another_claim():
    """«…, для достижения мира придется приложить много усилий, заявил премьер-министр Венгрии Виктор
    Орбан» → «Австрии»: the title frames the sentence's two remarks, and a flag on the other one that
    cites «Австрии» saw the plant; a flag citing other words is still false."""
    before = "для достижения мира придется приложить много усилий, заявил премьер-министр Венгрии Виктор Орбан"
    after = before.replace("Венгрии", "Австрии")
    key = [pl.Plant("addressee", "Венгри -> Австри", "p1", "p1.example", "a1", "ru", "S23", (107, 107 + len(after)),
                    (107, 107 + len(before)), before, after)]
    at = 107 + after.index("Австрии")
    assert pl._edited(key[0]) == (at, at + 4)  # «Австрии» / «Венгрии» share «рии»
    stmts = [{"article_id": "p1", "outlet": "p1.example", "start": 107, "end": 158, "claim": "K23"},
             {"article_id": "p1", "outlet": "p1.example", "start": 0, "end": 106, "claim": "K22"}]
    addressee = {"kind": "addressee", "this": [at, at + 7]}
    cells = [{"outlet": "p1.example", "claim": "K23", "status": "altered", "alterations": [addressee]},
             {"outlet": "p1.example", "claim": "K22", "status": "altered", "alterations": [addressee]},
             {"outlet": "p1.example", "claim": "K21", "status": "altered",
              "alterations": [{"kind": "negation", "this": [10, 14]}]}]
    r = pl.score(key, cells, stmts)
    assert (r["flags"], r["flags_matched"], r["flags_matched_strict"]) == (3, 2, 1)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not EVENTS.is_dir():
        pytest.skip("../shared/data/events_dev is not beside the checkout")
    return pl.evaluate(EVENTS, tmp_path_factory.mktemp("planted"))


def test_every_kind_is_planted(result):
    assert all(result["per_kind"][k]["planted"] >= 1 for k in pl.KINDS), result["per_kind"]


#: measured 2026-12-07 with the defaults of ``evaluate`` (seed 7, 30 originals per occasion, 4 plants
#: per kind per occasion) on branch ``plant4``: fair scoring (a plant's verdict on any claim of its remark;
#: omitted cells the annotation confirms on the copy's text count as right), speaker swaps that rename
#: the mention's sentences only, copies counted as one voice in every alteration rule; modal shifts across
#: close translations, a quote given to someone else beside the outlet's own report, a party swapped at
#: the opening of a quote, copies judged against the passages of the text they copied. Floors a little
#: under each figure; the strict figures (the old scoring) are kept too.
FLOORS = {
    "omissions_found": 0.85,                  # measured 1.00 on plant6 (8 of 8); 0.88 on plant4 and plant5
    "omissions_found_strict": 0.85,           # 1.00 on plant6; 0.88 on plant5
    "alterations_found": 0.85,                # 0.89 on plant9 (a renamed speaker in the sentence); 0.81 on plant5
    "alterations_right_kind": 0.85,           # 0.89 (strict 0.89) on plant9; 0.81 on plant5; main 0.74
    "alterations_found_scorable": 0.90,       # 0.94 of those whose statement was extracted and has a cell (plant9)
    "flag_precision": 0.86,                   # 0.91 (75 of 82: the plant's cells and confirmed omissions) on plant6; 0.86 on plant5
    "flag_precision_strict": 0.58,            # 0.65 (53 of 82: the cell at the planted span only) on plant6; 0.55 on plant5
    "flag_precision_own": 0.90,               # 0.95 (60 of 63) leaving out flags the original has too on plant6; 0.91 on plant5
}
#: found with the right kind, per kind where some are found (measured on plant5: 7, 8, 4, 8, 5, 6, 7,
#: speaker 4, date 1; speaker 7 on plant9)
KIND_FLOORS = {"omission": 6, "negation": 7, "number": 3, "qualifier": 7, "addressee": 4, "modal": 5,
               "added_words": 6, "speaker": 6}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_planted_stays_above_floor(result, metric):
    assert result[metric] >= FLOORS[metric], pl.table(result)


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_planted_kind_stays_above_floor(result, kind):
    assert result["per_kind"][kind]["right_kind"] >= KIND_FLOORS[kind], pl.table(result)


def test_controls_flag_no_more_than_their_originals(result):
    """An unchanged re-publication gets no flag that its original does not have (measured 0)."""
    assert result["control_flags_not_in_original"] == 0, pl.table(result)
    # every flag, true omissions included: measured 0.130 on main after the merges (6 of 46 cells, 4 of
    # them omissions the annotation confirms on the copy's text); 0.048 on plant3 alone, 0.196 before
    assert result["controls_flagged"] <= 0.15, pl.table(result)


def test_planted_alterations_meet_issue_target(result):
    """Issue 10 target: alterations found with the right kind ≥ 0.8 (measured 0.81, 43 of 53, on plant5:
    changes in the reporting words of a copy — date, number, negation, the speaker's title)."""
    assert result["alterations_right_kind"] >= 0.8, pl.table(result)


def test_planted_omissions_meet_issue_target(result):
    """Issue 10 target: every planted omission found (measured 8 of 8 on plant6: a copy with no speaker
    of its own takes its source's, so a Turkish copy that cut Orbán's sentences still reports him)."""
    assert result["omissions_found"] >= 1.0, pl.table(result)


def test_planted_flag_precision_meets_issue_target(result):
    """Issue 10 target: flag precision ≥ 0.9 (measured 0.91, 75 of 82, on plant6; 0.90 without the
    scoring of a flag whose evidence is the changed words on another claim)."""
    assert result["flag_precision"] >= 0.9, pl.table(result)


def test_planted_speaker_swaps_are_found(result):
    """A quote given to someone else is a speaker change beside the outlet's own report of the claim too
    (measured 3 of 8 on plant4, 1 on main; the rest: the renamed sentence's statement keeps the old
    speaker, an extraction matter)."""
    assert result["per_kind"]["speaker"]["right_kind"] >= 2, pl.table(result)


def test_untouched_statements_flagged_at_most_5_percent(result):
    """Issue 10 target: an unchanged re-publication is not flagged falsely. An omitted cell the hand
    annotation confirms on the copy's own text is a right verdict (the original left the remark out too),
    so it is not counted; measured 0.000 on plant6 (0 of 44; 0.043 on plant5: omissions of a Duda remark
    charged because a planted copy's statement joined its claim, whose source gave the sentence to
    another speaker: no sure carrier now)."""
    assert result["controls_flagged_unconfirmed"] <= 0.05, pl.table(result)
