"""Gold pairs of one remark split across claims, charged to their first cause
(``parallax.eval.events.split_pairs``)."""

from __future__ import annotations

import json
import unicodedata

from parallax.eval.events import split_pairs

A = ("Vance warns Europe of the threat from within\n"
     "“What I worry about is the threat from within, the retreat of Europe from some of its most fundamental "
     "values,” Vance said in Munich.")
B = "Vance said the biggest danger was not Russia or China but “the threat from within.”"
C = "„Was mir Sorgen bereitet, ist die Bedrohung von innen“, sagte er."
D = ("“What I worry about is the threat from within, the retreat of Europe from some of its most fundamental "
     "values,” Vance told the conference.")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if c.isalnum())


def _gold(url, text, span, mode, lang, sid="V-01"):
    start = text.index(span)
    return {"group": "vance/1", "url": url, "lang": lang, "start": start, "end": start + len(span), "sid": sid,
            "forms": {"vance"}, "occ": "main", "mode": mode}


def _row(url, text, span, claim, person="JD Vance", occasion="o1"):
    start = text.index(span)
    return {"id": f"{url}:{start}", "url": url, "start": start, "end": start + len(span), "claim": claim,
            "occasion": occasion, "person": person}


def test_each_split_pair_is_charged_to_its_first_cause(tmp_path):
    whole = "What I worry about is the threat from within, the retreat of Europe from some of its most fundamental values,"
    rows = [
        # a quote that ``align.parts`` cut at its comma: two claims where the annotation keeps one remark
        _row("a", A, "What I worry about is the threat from within,", "c1"),
        _row("a", A, "the retreat of Europe from some of its most fundamental values,", "c2"),
        _row("b", B, "the biggest danger was not Russia or China but “the threat from within.”", "c3"),
        _row("c", C, "Was mir Sorgen bereitet, ist die Bedrohung von innen", "c1", person=None),
        _row("d", D, "What I worry about is the threat from within,", "c1"),
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = [_gold("a", A, whole, "direct", "en"),
            _gold("b", B, "the biggest danger was not Russia or China but “the threat from within.”", "partial_quote", "en"),
            _gold("c", C, "Was mir Sorgen bereitet, ist die Bedrohung von innen", "direct", "de"),
            _gold("d", D, "What I worry about is the threat from within,", "direct", "en")]
    got = split_pairs(gold, path, _fold, {"a": {"title": A.split("\n")[0], "text": A}})
    # a–b and a–d: a's mention covers two claimed parts; c's speaker ("er") is unresolved (a–c, b–c; c–d
    # share a claim); b–d: a partial quote against its full quote
    assert got == {"long remark cut into parts": 2, "speaker": 2, "partial quote": 1}


def test_a_headline_report_and_a_report_with_no_claim(tmp_path):
    rows = [_row("a", A, "Vance warns Europe of the threat from within", "c9"),
            _row("b", B, "the biggest danger was not Russia or China but “the threat from within.”", "c3"),
            _row("d", D, "What I worry about is the threat from within,", None)]
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = [_gold("a", A, "Vance warns Europe of the threat from within", "reported", "en"),
            _gold("b", B, "the biggest danger was not Russia or China but “the threat from within.”", "reported", "en"),
            _gold("d", D, "What I worry about is the threat from within,", "direct", "en")]
    got = split_pairs(gold, path, _fold, {"a": {"title": A.split("\n")[0], "text": A}})
    assert got == {"headline": 1, "no claim": 2}
