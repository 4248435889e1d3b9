"""Score alignment against a gold fixture: claim grouping, omissions, alterations, cell status.

Reads: a fixture folder with ``corpus.jsonl`` (articles) and ``gold.json`` — either the
evaluation format (``claims[].reports``, ``other_statements``, ``omissions``, ``alterations``)
or the demo format (``statements`` with ``claim``). Writes: an in-memory store only.
Depends on: ``align.run`` and everything it depends on; end to end also on ``ingest``,
``extract`` and ``pipeline`` (people).

Statements are built from the gold: each report's content span is its ``span`` (an exact
substring of the article), its speaker the gold speaker (for a planted changed-speaker report,
the wrong speaker the article names). This measures the alignment stage in isolation.

End to end (``evaluate(folder, from_text=True)``) the articles go through the real pipeline
instead — ingest → extraction → people → ``align.run`` → coverage — and each predicted
statement is mapped to the gold report its content spans overlap most (same article); a
prediction that overlaps no gold report is an unmatched statement (a singleton in the gold),
and a gold report that no prediction overlaps is missed (its pairs count as false negatives).

Metrics:

* claim grouping — pairwise precision/recall/F1 over all pairs of gold statements (a
  non-claim statement is its own singleton);
* omissions — (gold claim, omitting article) pairs, predicted claims mapped to the gold claim
  most of their statements belong to;
* alterations — (gold claim, article, kind) triples, overall and per kind;
* cell status — share of (claim, outlet) cells whose status matches the gold coverage.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any, Sequence

from ..errors import FormatError
from ..model import Article, Kind, Outlet, OutletKind, Span, Statement, Status, stable_id
from .embed import latin


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def load_fixture(folder: str | Path) -> tuple[list[Article], dict]:
    """Articles and gold of a fixture folder (``corpus.jsonl`` or ``articles.jsonl`` + ``gold.json``)."""
    folder = Path(folder)
    corpus = folder / "corpus.jsonl"
    if not corpus.exists():
        corpus = folder / "articles.jsonl"
    gold_path = folder / "gold.json"
    if not corpus.exists() or not gold_path.exists():
        raise FormatError(str(folder), "needs corpus.jsonl (or articles.jsonl) and gold.json")
    articles = []
    for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise FormatError(f"{corpus}:{n}", f"not JSON: {e}") from e
        articles.append(Article(
            id=d["id"], text=d["text"], content_hash=hashlib.sha1(d["text"].encode()).hexdigest(),
            url=d.get("url"), title=d.get("title"), outlet=d.get("outlet"), language=d.get("language"),
            published=d.get("published"), synthetic=bool(d.get("synthetic")), primary=bool(d.get("primary")),
            source=str(corpus)))
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise FormatError(str(gold_path), f"not JSON: {e}") from e
    return articles, gold


def _looks_like_person(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZА-ЯЁІЇЄŁ][\w'’.-]+(?: [A-ZА-ЯЁІЇЄŁ][\w'’.-]+){1,3}", name))


def _find_name(text: str, name: str) -> Span | None:
    """The first mention of the name's surname in the text, across scripts."""
    surname = latin(name.split()[-1])[:4]
    for m in re.finditer(r"\w+", text):
        if latin(m.group()).startswith(surname):
            return Span.of(text, m.start(), m.end())
    return None


def gold_statements(articles: list[Article], gold: dict) -> tuple[list[Statement], dict[str, str | None]]:
    """Statements built from gold spans, and each one's gold claim (``None`` for non-claims)."""
    by_id = {a.id: a for a in articles}
    wrong_speaker = {}
    for alt in gold.get("alterations", []):
        m = re.search(r"attributed to (.+?) instead of", alt.get("note", ""))
        if alt.get("kind") == "speaker" and m:
            wrong_speaker[(alt["article"], alt["claim"])] = m.group(1)
    claim_speaker = {c["id"]: c.get("speaker") for c in gold.get("claims", [])}
    rows = []
    for c in gold.get("claims", []):
        for r in c.get("reports", []):
            rows.append({**r, "claim": c["id"], "speaker": c.get("speaker")})
    rows += [dict(r) for r in gold.get("statements", [])]
    rows += [dict(r) for r in gold.get("other_statements", [])]
    out, labels = [], {}
    for r in rows:
        a = by_id.get(r["article"])
        if a is None:
            raise FormatError(r["article"], "gold names an article that the corpus lacks")
        start, end = r["span"]
        if a.text[start:end] != r["content_substring"]:
            raise FormatError(r["article"], f"gold span {start}-{end} does not hold its content_substring")
        speaker = r.get("speaker") or claim_speaker.get(r.get("claim")) or ""
        speaker = wrong_speaker.get((r["article"], r.get("claim")), speaker)
        is_person = _looks_like_person(speaker)
        content = (Span.of(a.text, start, end),)
        sid = Statement.make_id(a.id, content)
        venue_name = r.get("venue")
        venue = None
        if venue_name:
            i = a.text.find(venue_name)
            venue = Span.of(a.text, i, i + len(venue_name)) if i >= 0 else None
        out.append(Statement(
            id=sid, article_id=a.id, type=Kind(r.get("type", "indirect")), content=content,
            speaker=_find_name(a.text, speaker) if is_person else None, venue=venue, venue_name=venue_name,
            speaker_name=speaker, person_id=stable_id(speaker, prefix="p") if is_person else None,
            person_name=speaker if is_person else None, language=a.language))
        labels[sid] = r.get("claim")
    return out, labels


def build_store(folder: str | Path, store=None):
    """A store holding the fixture's articles and gold-built statements; returns (store, labels, gold)."""
    from ..store import open_store

    articles, gold = load_fixture(folder)
    store = store or open_store(":memory:")
    store.add_articles(articles)
    statements, labels = gold_statements(articles, gold)
    by_article: dict[str, list[Statement]] = {}
    for s in statements:
        by_article.setdefault(s.article_id, []).append(s)
    for aid, ss in by_article.items():
        store.replace_statements(aid, ss, version="gold")
    state = {o["outlet"] for o in gold.get("omissions", []) if o.get("state_media")}
    if state:
        store.upsert_outlets(Outlet(domain=d, name=d, kind=OutletKind.STATE) for d in sorted(state))
    return store, labels, gold


def _part_claim(stmts, where: tuple[str, int, int] | None) -> str | None:
    """The claim of the stored statement that overlaps ``where`` (article, start, end) most: alignment
    may have split a gold statement into its remarks (``align.parts``)."""
    if where is None:
        return None
    aid, start, end = where
    best = max((s for s in stmts if s.article_id == aid), key=lambda s: (_overlap(s, start, end), s.id), default=None)
    return best.claim_id if best is not None and _overlap(best, start, end) > 0 else None


def score(store, labels: dict[str, str | None], gold: dict, missed: Sequence[str | None] = (),
          origin: dict[str, tuple[str, int, int]] | None = None) -> dict[str, Any]:
    """Metrics of the store's alignment against the gold (see the module docstring).

    Args:
        labels: statement id → gold claim (``None``: a non-claim or unmatched statement).
        missed: the gold claims of gold reports that no statement stands for (end to end);
            every pair they form with a report of the same claim is a false negative.
        origin: statement id → (article, start, end) of the statements as built, for those that
            alignment split into parts (each scored by the part that overlaps it most).
    """
    origin = origin or {}
    stmts = {s.id: s for s in store.statements()}
    pred = {sid: stmts[sid].claim_id if sid in stmts else _part_claim(stmts.values(), origin.get(sid))
            for sid in labels}
    tp = fp = fn = 0
    for a, b in combinations(sorted(labels), 2):
        g = labels[a] is not None and labels[a] == labels[b]
        p = pred[a] is not None and pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    present = Counter(l for l in labels.values() if l)
    for label, n in Counter(l for l in missed if l).items():
        fn += n * present[label] + n * (n - 1) // 2
    grouping = _prf(tp, fp, fn)

    claim_gold: dict[str, str | None] = {}
    members: dict[str, list] = {}
    for sid, cid in pred.items():
        if cid:
            members.setdefault(cid, []).append(labels[sid])
    for cid, ls in members.items():
        ranked = Counter(ls).most_common()
        top = ranked[0][1]
        claim_gold[cid] = next((l for l, n in ranked if n == top and l is not None), ranked[0][0])
    cells = store.coverage()
    outlet_of = {a.id: a.outlet for a in store.articles()}

    got_om = {(claim_gold.get(c.claim_id), c.article_id) for c in cells if c.status == Status.OMITTED}
    want_om = {(o["claim"], o["article"]) for o in gold.get("omissions", [])}
    omissions = _prf(len(got_om & want_om), len(got_om - want_om), len(want_om - got_om))

    got_alt = {(claim_gold.get(c.claim_id), c.article_id, a.kind) for c in cells for a in c.alterations}
    want_alt = {(a["claim"], a["article"], a["kind"]) for a in gold.get("alterations", [])}
    alterations = _prf(len(got_alt & want_alt), len(got_alt - want_alt), len(want_alt - got_alt))
    per_kind = {}
    for kind in sorted({k for *_, k in got_alt | want_alt}):
        g = {x for x in got_alt if x[2] == kind}
        w = {x for x in want_alt if x[2] == kind}
        per_kind[kind] = _prf(len(g & w), len(g - w), len(w - g))

    want_status: dict[tuple[str, str], str] = {}
    rank = {"altered": 0, "verbatim": 1, "paraphrased": 2}
    for c in gold.get("claims", []):
        for r in c.get("reports", []):
            k = (c["id"], r.get("outlet") or outlet_of.get(r["article"]))
            if r.get("coverage") and (k not in want_status or rank[r["coverage"]] < rank[want_status[k]]):
                want_status[k] = r["coverage"]
    status_hits = status_total = 0
    for c in cells:
        k = (claim_gold.get(c.claim_id), c.outlet)
        if k in want_status:
            status_total += 1
            status_hits += want_status[k] == c.status.value
    return {
        "statements": len(labels), "claims_gold": len({l for l in labels.values() if l}),
        "claims_predicted": len({p for p in pred.values() if p}),
        "occasions_predicted": len(store.occasions()),
        "grouping": grouping, "omissions": omissions, "alterations": alterations,
        "alterations_by_kind": per_kind,
        "cell_status_accuracy": round(status_hits / status_total, 4) if status_total else None,
        "missed_alterations": sorted(map(list, want_alt - got_alt)),
        "extra_alterations": sorted(map(list, got_alt - want_alt), key=str),
        "missed_omissions": sorted(map(list, want_om - got_om)),
        "extra_omissions": sorted(map(list, got_om - want_om), key=str),
    }


def gold_reports(gold: dict) -> list[dict]:
    """Every gold statement (claim reports, demo statements, other statements) with its claim."""
    rows = [{**r, "claim": c["id"]} for c in gold.get("claims", []) for r in c.get("reports", [])]
    rows += [dict(r) for r in gold.get("statements", [])]
    rows += [{**r, "claim": None} for r in gold.get("other_statements", [])]
    return rows


def _overlap(s: Statement, start: int, end: int) -> int:
    return sum(max(0, min(end, sp.end) - max(start, sp.start)) for sp in s.content)


def match_reports(statements: Sequence[Statement], gold: dict) -> tuple[dict[str, str | None], list[str | None], dict]:
    """Map predicted statements to gold reports by content-span overlap in the same article.

    Returns (statement id → gold claim or ``None``, the claims of gold reports no statement
    overlaps, counts: matched / unmatched statements, matched / missed reports).
    """
    by_article: dict[str, list[tuple[int, dict]]] = {}
    reports = gold_reports(gold)
    for i, r in enumerate(reports):
        by_article.setdefault(r["article"], []).append((i, r))
    labels: dict[str, str | None] = {}
    hit: set[int] = set()
    unmatched = 0
    for s in statements:
        best = max(((_overlap(s, *r["span"]), i, r) for i, r in by_article.get(s.article_id, [])),
                   key=lambda x: (x[0], -x[1]), default=(0, -1, None))
        if best[0] > 0:
            labels[s.id] = best[2].get("claim")
            hit.add(best[1])
        else:
            labels[s.id] = None
            unmatched += 1
    missed = [r.get("claim") for i, r in enumerate(reports) if i not in hit]
    counts = {"statements_matched": len(statements) - unmatched, "statements_unmatched": unmatched,
              "reports": len(reports), "reports_matched": len(hit),
              "claim_reports_missed": sum(1 for m in missed if m)}
    return labels, missed, counts


def pipeline_store(folder: str | Path, path: str | Path):
    """A store at ``path`` holding the fixture's articles run through ingest, extraction and people.

    Returns (store, gold, failed): ``failed`` lists (article id, reason) for articles the
    extractor failed on (skipped, reported by the caller).
    """
    from .. import ingest, pipeline
    from ..model import Rejected
    from ..store import open_store

    folder = Path(folder)
    corpus = folder / "corpus.jsonl"
    if not corpus.exists():
        corpus = folder / "articles.jsonl"
    _, gold = load_fixture(folder)
    articles = []
    for item in ingest.articles([str(corpus)]):
        if isinstance(item, Rejected):
            raise FormatError(f"{item.source}", f"ingest rejected it: {item.reason}")
        articles.append(item)
    store = open_store(str(path))
    store.add_articles(articles)
    state = {o["outlet"] for o in gold.get("omissions", []) if o.get("state_media")}
    if state:
        store.upsert_outlets(Outlet(domain=d, name=d, kind=OutletKind.STATE) for d in sorted(state))
    summary = pipeline.extract_pending(store)
    return store, gold, summary.failed


def omitted_against_gold(store, gold: dict) -> list[tuple[str | None, str]]:
    """Every omitted cell of a store built from a demo-format fixture, as (gold claim, outlet).

    A predicted claim is named by the gold claim most of the gold statements inside its reports
    belong to (``None`` when no gold statement is), so each cell can be checked against
    ``gold["omissions"]``.
    """
    from collections import Counter

    votes: dict[str, Counter] = {}
    for g in gold["statements"]:
        start, end = g["span"]
        for s in store.statements(article_id=g["article"]):
            if s.claim_id and _overlap(s, start, end) > 0:
                votes.setdefault(s.claim_id, Counter())[g["claim"]] += 1
    return [(max(sorted(votes[c.claim_id]), key=votes[c.claim_id].get) if votes.get(c.claim_id) else None, c.outlet)
            for c in store.coverage() if c.status.value == "omitted"]


def evaluate(folder: str | Path, embedder=None, options=None, *, from_text: bool = False) -> dict[str, Any]:
    """Build, align and score one fixture folder (from the gold spans, or end to end from text)."""
    import tempfile

    from ..pipeline import group as run

    if not from_text:
        store, labels, gold = build_store(folder)
        try:
            origin = {s.id: (s.article_id, s.start, s.end) for s in store.statements()}
            summary = run(store, embedder=embedder, options=options)
            result = score(store, labels, gold, origin=origin)
            result["embedder"] = summary.embedder
            result["seconds"] = round(summary.seconds, 2)
            return result
        finally:
            store.close()
    with tempfile.TemporaryDirectory(prefix="parallax-align-eval-") as tmp:
        store, gold, failed = pipeline_store(folder, Path(tmp) / "eval.db")
        try:
            summary = run(store, embedder=embedder, options=options)
            statements = store.statements()
            labels, missed, counts = match_reports(statements, gold)
            result = score(store, labels, gold, missed)
            result.update(counts)
            result["from_text"] = True
            result["extract_failed"] = [list(f) for f in failed]
            result["statements_without_speaker"] = sum(1 for s in statements if not (s.person_id or s.speaker_name))
            result["embedder"] = summary.embedder
            result["seconds"] = round(summary.seconds, 2)
            return result
        finally:
            store.close()


__all__ = ["build_store", "evaluate", "gold_reports", "gold_statements", "load_fixture", "match_reports",
           "pipeline_store", "score"]
