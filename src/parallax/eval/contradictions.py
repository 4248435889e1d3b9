"""Score contradiction flags against an annotated folder (``tests/fixtures/contradictions``).

The folder holds ``articles.jsonl`` (real articles), ``facts.jsonl`` (analyst facts) and
``cases.jsonl``: ``kind`` fact | earlier | control, the statement ``span`` (text of the article),
``fact`` or ``earlier_article_id`` + ``earlier_span``, ``expected``. The real path runs: ingest,
``facts import``, ``pipeline.run`` (extract → … → contradictions), then the flags of
``contradictions --json`` are matched to cases. A case is caught when a flag's statement
overlaps the case span in the same article and its ``against`` matches (the fact id, or a
statement overlapping the earlier span or reporting the same utterance: one claim);
``earlier_recall_paired`` also takes a flag against another earlier side that a case pairs with the
same later utterance of the same speaker. A control counts as flagged when an overlapping flag is
against the fact it names (or, naming none, against an earlier statement); ``controls_flagged_any``
counts any overlapping flag.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ..compare.contradictions import ABLATION, Rules


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(folder: str | Path, store) -> dict[str, Any]:
    """Ingest the folder's articles and facts into ``store`` and run the pipeline once."""
    from .. import facts as facts_mod, ingest, pipeline
    from ..model import Rejected

    folder = Path(folder)
    arts = [a for a in ingest.articles([str(folder / "articles.jsonl")]) if not isinstance(a, Rejected)]
    store.add_articles(arts)
    lines = (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    store.put_facts([f for f in facts_mod.parse(lines, "facts.jsonl") if not isinstance(f, Rejected)])
    summary, _ = pipeline.run(store)
    return {"articles": len(arts), "statements": summary.statements}


def score(folder: str | Path, store) -> dict[str, Any]:
    """Recall on fact and earlier cases, share of controls flagged, from the store's flags."""
    from ..report.records import contradiction_records

    folder = Path(folder)
    src = {a["id"]: a for a in _load(folder / "articles.jsonl")}
    cases = _load(folder / "cases.jsonl")
    stored = {a.url or a.id: a for a in store.articles()}

    def locate(article_id: str, span: str) -> tuple[str | None, int, int]:
        a = src.get(article_id, {})
        art = stored.get(a.get("url") or article_id) or stored.get(article_id)
        if art is None:
            return None, -1, -1
        i = art.text.find(span)
        return art.id, i, i + len(span)

    flags = contradiction_records(store, store.contradictions())
    claim_ids = {x.id: x.claim_id for x in store.statements()}

    def claim_of(statement_id: str) -> str | None:
        return claim_ids.get(statement_id)

    by_article: dict[str, list[dict]] = {}
    for f in flags:
        by_article.setdefault(f["article_id"], []).append(f)
    def over(article_id: str, span: str) -> list:
        aid, s, e = locate(article_id, span)
        return [x for x in store.statements(article_id=aid) if x.start < e and s < x.end] if aid else []

    # the earlier sides the annotator paired with each later utterance (its claim: every report of it):
    # a reversal flagged against another of them is flagged against the same point of the same speaker
    paired: dict[tuple[str, str], list[tuple[set, set]]] = {}
    later_keys: dict[str, set] = {}
    for c in cases:
        if c["kind"] != "earlier":
            continue
        later = over(c["article_id"], c["span"])
        keys = {(c.get("person", ""), x.claim_id or x.id) for x in later}
        later_keys[c["id"]] = keys
        earlier = over(c.get("earlier_article_id", ""), c.get("earlier_span", ""))
        side = ({x.id for x in earlier}, {x.claim_id for x in earlier if x.claim_id})
        for k in keys:
            paired.setdefault(k, []).append(side)
    hits_paired: list[bool] = []
    out: dict[str, Any] = {"cases": {}, "missed": [], "false_flags": []}
    hits: dict[str, list[bool]] = {"fact": [], "earlier": [], "control": []}
    strict: list[bool] = []
    by_lang: dict[str, dict[str, list[bool]]] = {}
    for c in cases:
        aid, s, e = locate(c["article_id"], c["span"])
        near = [f for f in by_article.get(aid, []) if f["start"] < e and s < f["end"]] if aid and s >= 0 else []
        if c["kind"] == "fact":
            ok = any(f["against"]["kind"] == "fact" and f["against"]["fact"] == c.get("fact") for f in near)
        elif c["kind"] == "earlier":
            # the earlier words: the statements over the earlier span, and the other reports of the
            # same utterance (their claim), since one remark is relayed by several outlets
            eaid, es, ee = locate(c.get("earlier_article_id", ""), c.get("earlier_span", ""))
            earlier = [x for x in store.statements(article_id=eaid) if x.start < ee and es < x.end] if eaid else []
            claims = {x.claim_id for x in earlier if x.claim_id}
            ids = {x.id for x in earlier}
            ok = any(f["against"]["kind"] == "statement" and (
                f["against"]["statement"] in ids or claim_of(f["against"]["statement"]) in claims) for f in near)
            sides = [side for k in later_keys.get(c["id"], ()) for side in paired.get(k, ())]
            hits_paired.append(ok or any(f["against"]["kind"] == "statement" and any(
                f["against"]["statement"] in i or claim_of(f["against"]["statement"]) in cl for i, cl in sides)
                for f in near))
        else:
            # a control is a control for one relation: the fact it names, or (naming none) the
            # speaker's own record; a flag on another relation is judged by that relation's cases
            ok = any((f["against"]["kind"] == "fact" and f["against"]["fact"] == c["fact"]) if c.get("fact")
                     else f["against"]["kind"] == "statement" for f in near)
            strict.append(bool(near))
        hits.setdefault(c["kind"], []).append(ok)
        by_lang.setdefault(c.get("language") or "?", {}).setdefault(c["kind"], []).append(ok)
        if c["kind"] != "control" and not ok:
            out["missed"].append(c["id"])
        if c["kind"] == "control" and ok:
            out["false_flags"].append(c["id"])
    for kind, got in hits.items():
        out["cases"][kind] = len(got)
    out["fact_recall"] = sum(hits["fact"]) / len(hits["fact"]) if hits["fact"] else None
    out["earlier_recall"] = sum(hits["earlier"]) / len(hits["earlier"]) if hits["earlier"] else None
    #: an earlier case also caught by a flag against another earlier side the annotator paired with
    #: the same later utterance (the same speaker's same point, said on another day)
    out["earlier_recall_paired"] = sum(hits_paired) / len(hits_paired) if hits_paired else None
    out["controls_flagged"] = sum(hits["control"]) / len(hits["control"]) if hits["control"] else None
    #: with any flag on a control counted, whatever it is against
    out["controls_flagged_any"] = sum(strict) / len(strict) if strict else None
    out["flags"] = len(flags)
    out["by_language"] = {lang: {kind: f"{sum(v)}/{len(v)}" for kind, v in sorted(kinds.items())}
                          for lang, kinds in sorted(by_lang.items())}
    return out


def evaluate(folder: str | Path, *, ablation: bool = False, db: str | None = None) -> dict[str, Any]:
    """Build a fresh store from the folder (or reuse ``db``), run, and score; with ``ablation``, also
    rescore each step of ``ABLATION`` (embedder only, + negation, + polarity verbs, + numbers/dates)."""
    from ..compare import contradictions
    from ..store import open_store

    with tempfile.TemporaryDirectory(prefix="parallax-contra-") as tmp:
        store = open_store(db or str(Path(tmp) / "eval.db"))
        built = build(folder, store) if not store.count_articles() else {}
        result = {**built, **score(folder, store)}
        if ablation:
            result["ablation"] = {}
            for name, rules in ABLATION.items():
                contradictions.run(store, full=True, rules=rules)
                r = score(folder, store)
                result["ablation"][name] = {k: r[k] for k in ("fact_recall", "earlier_recall", "earlier_recall_paired",
                                                              "controls_flagged",
                                                              "controls_flagged_any", "flags")}
            contradictions.run(store, full=True, rules=Rules())
        store.close()
    return result


__all__ = ["build", "evaluate", "score"]
