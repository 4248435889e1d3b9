"""Score parallax on real multi-outlet coverage through the user's path.

Reads: a folder of occasion folders (``articles.jsonl`` + ``statements.json``, the format of
``../shared/data/events_dev``) and the scorer that ships beside it (``../shared/tools/
score_coverage.py``). Writes: a store under ``workdir``.
Depends on: the ``parallax`` command itself — ``ingest`` → ``run`` → ``statements --json`` are run
as a user runs them (``python -m parallax``), so the figures measure what users get, never a
side path.

``evaluate(events_dir, workdir)`` returns the scorer's figures for all folders together, plus one
entry per occasion folder (``per_folder``), the omitted cells of ``coverage --json`` judged
against the annotation (``omissions``) and the gold pairs of one remark split across claims by
cause (``split_pairs``).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
from collections import Counter, defaultdict
import sys
from pathlib import Path
from typing import Any


def scorer(events_dir: Path, tool: str | Path | None = None):
    """The shared ``score_coverage`` module: ``tool`` when given (occasions kept outside ../shared, such as
    the held-out ones under tests/fixtures), else the one that sits beside the data (``../tools``)."""
    path = Path(tool) if tool else Path(events_dir).resolve().parents[1] / "tools" / "score_coverage.py"
    spec = importlib.util.spec_from_file_location("score_coverage", path)
    if spec is None or not path.is_file():
        raise FileNotFoundError(f"{path}: the coverage scorer is not beside the data")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parallax(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"parallax {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def fresh_store(workdir: Path, name: str) -> str:
    """A new, empty store ``name`` in ``workdir``: a store left there by an earlier evaluation would be
    read as it is (ingest skips known articles, ``run`` finds nothing pending), so its figures would be the
    earlier code's, not this code's."""
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / name
    for leftover in (db, *(db.with_name(db.name + end) for end in (".lock", "-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    return str(db)


def evaluate(events_dir: str | Path, workdir: str | Path, tool: str | Path | None = None) -> dict[str, Any]:
    """Ingest every occasion folder into a fresh store, ``run``, list the statements and score them
    (with ``score_coverage.py`` at ``tool`` when given)."""
    events_dir, workdir = Path(events_dir), Path(workdir)
    sc = scorer(events_dir, tool)
    db = fresh_store(workdir, "events.db")
    folders = sc.folders(events_dir)
    _parallax("ingest", *[str(f / "articles.jsonl") for f in folders], "--db", db)
    _parallax("run", "--db", db)
    out = workdir / "statements.jsonl"
    out.write_text(_parallax("statements", "--db", db, "--json"), encoding="utf-8")
    cov = workdir / "coverage.jsonl"
    cov.write_text(_parallax("coverage", "--db", db, "--json"), encoding="utf-8")
    gold = sc.load_gold(events_dir)[0]
    result = sc.score(gold, out)
    result["omissions"] = omissions(gold, out, cov)
    arts = {}
    for f in folders:
        arts.update({a["url"]: a for a in _read_jsonl(f / "articles.jsonl")})
    result["split_pairs"] = dict(split_pairs(gold, out, sc.fold, arts))
    result["per_folder"] = {f.name: sc.score(sc.load_gold(f)[0], out) for f in folders}
    return result


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


def match(g: dict, by_url: dict[str, list[dict]]) -> dict | None:
    """The predicted statement a gold mention is matched to (the scorer's rule): the one of its article
    that overlaps it most, by at least half of the shorter span."""
    best, best_ov = None, 0
    for d in by_url.get(g["url"], []):
        ov = min(g["end"], d["end"]) - max(g["start"], d["start"])
        if ov > 0 and ov >= 0.5 * min(g["end"] - g["start"], d["end"] - d["start"]) and ov > best_ov:
            best, best_ov = d, ov
    return best


#: the causes ``split_pairs`` charges a split pair to, in the order they are tried
SPLIT_CAUSES = ("no claim", "speaker", "occasion", "one article", "long remark cut into parts", "headline",
                "partial quote", "similarity across languages", "similarity within a language")


def split_pairs(gold: list[dict], statements: Path, fold, articles: dict[str, dict] | None = None) -> Counter:
    """Gold pairs of one remark that the run puts in two claims, each charged to its first cause.

    The causes, tried in ``SPLIT_CAUSES`` order: a mention whose statement has no claim; a speaker
    not resolved to the remark's speaker (either side); two occasions; two mentions in one article
    (an article's reports are kept apart); a mention that overlaps several statements with claims (a
    remark the annotation keeps whole, which ``align.parts`` cut at its sentences or clauses); a
    statement in its article's headline (``articles``: url → article, with ``title`` and ``text``);
    a partial quote against a full quote or paraphrase; else the similarity of the two reports, across
    languages or within one. Only pairs of the same occasion folder (``group``) count, as in the scorer;
    ``fold`` is the scorer's name folding (``score_coverage.fold``).
    """
    from itertools import combinations

    by_url: dict[str, list[dict]] = defaultdict(list)
    for d in _read_jsonl(statements):
        if d.get("url") and d.get("start") is not None:
            by_url[d["url"]].append(d)
    articles = articles or {}
    found = []
    for g in gold:
        d = match(g, by_url)
        if d is not None:
            who = fold(d.get("person") or d.get("speaker") or "")
            parts = sum(1 for x in by_url[g["url"]] if x.get("claim")
                        and min(g["end"], x["end"]) - max(g["start"], x["start"]) > 0)
            a = articles.get(g["url"]) or {}
            title = a.get("title") or ""
            head = bool(title) and (a.get("text") or "").startswith(title[:20]) and d["start"] < len(title)
            found.append((g, d, bool(who) and any(f in who for f in g.get("forms", ())), parts > 1, head))
    out: Counter = Counter()
    for (g, d, ok, cut, head), (h, e, ok2, cut2, head2) in combinations(found, 2):
        if g["group"] != h["group"] or g["sid"] != h["sid"] or (d.get("claim") and d.get("claim") == e.get("claim")):
            continue
        if not d.get("claim") or not e.get("claim"):
            cause = "no claim"
        elif not (ok and ok2):
            cause = "speaker"
        elif d.get("occasion") != e.get("occasion"):
            cause = "occasion"
        elif g["url"] == h["url"]:
            cause = "one article"
        elif cut or cut2:
            cause = "long remark cut into parts"
        elif head or head2:
            cause = "headline"
        elif (g["mode"] == "partial_quote") != (h["mode"] == "partial_quote"):
            cause = "partial quote"
        else:
            cause = "similarity " + ("across languages" if g["lang"] != h["lang"] else "within a language")
        out[cause] += 1
    return out


def omissions(gold: list[dict], statements: Path, coverage: Path) -> dict[str, Any]:
    """Every omitted cell judged against the hand annotation.

    A cell's claim stands for the annotated statement most of its reports were matched to (the
    scorer's overlap rule). The cell is a **false omission** when the outlet's article mentions that
    statement (every mention is annotated), a **true** one when it does not, and **unjudged** when
    no report of the claim matches an annotated mention.
    """
    by_url: dict[str, list[dict]] = defaultdict(list)
    for d in _read_jsonl(statements):
        if d.get("url") and d.get("start") is not None:
            by_url[d["url"]].append(d)
    claim_votes: dict[str, Counter] = defaultdict(Counter)
    mentioned: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        mentioned[g["url"]].add(g["sid"])
        best = match(g, by_url)
        if best is not None and best.get("claim"):
            claim_votes[best["claim"]][g["sid"]] += 1
    judged: dict[str, list[dict]] = {"true": [], "false": [], "unjudged": []}
    for cell in _read_jsonl(coverage):
        if cell["status"] != "omitted":
            continue
        votes = claim_votes.get(cell["claim"])
        if not votes:
            judged["unjudged"].append(cell)
            continue
        sid = max(sorted(votes), key=votes.get)
        row = {"outlet": cell["outlet"], "claim": cell["claim"], "statement": sid}
        judged["false" if sid in mentioned.get(cell["url"], ()) else "true"].append(row)
    n_true, n_false = len(judged["true"]), len(judged["false"])
    return {"cells": n_true + n_false + len(judged["unjudged"]), "true": n_true, "false": n_false,
            "unjudged": len(judged["unjudged"]),
            "precision": n_true / (n_true + n_false) if n_true + n_false else 1.0,
            "false_cells": judged["false"]}


def table(result: dict[str, Any]) -> str:
    """The figures as Markdown: found/resolved per language and mode, then grouping per folder."""
    lines = ["| row | gold | found | found rate | resolved |", "|---|---|---|---|---|"]
    for k, r in result["rows"].items():
        lines.append(f"| {k} | {r['gold']} | {r['found']} | {r['found_rate']:.3f} | {r['resolved_rate']:.3f} |")
    lines += ["", "| occasion folder | claims P / R / F1 | claims across languages F1 | occasions P / R / F1 |",
              "|---|---|---|---|"]
    for name, r in [("all", result), *result["per_folder"].items()]:
        c, x, o = r["claims"], r["claims_cross_language"], r["occasions"]
        lines.append(f"| {name} | {c['p']:.3f} / {c['r']:.3f} / {c['f1']:.3f} | {x['f1']:.3f} | "
                     f"{o['p']:.3f} / {o['r']:.3f} / {o['f1']:.3f} |")
    om = result.get("omissions")
    if om:
        lines += ["", f"Omitted cells judged against the annotation: {om['cells']} cells, {om['true']} true, "
                  f"{om['false']} false (the outlet's article mentions the remark), {om['unjudged']} on claims "
                  f"no annotated mention matches: precision {om['precision']:.2f}."]
    split = result.get("split_pairs")
    if split:
        lines += ["", f"Gold pairs of one remark in two claims, by first cause: {sum(split.values())} — " + ", ".join(
            f"{k} {split[k]}" for k in SPLIT_CAUSES if split.get(k)) + "."]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m parallax.eval.events EVENTS_DIR WORKDIR [SCORE_COVERAGE_PY]
    res = evaluate(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    print(table(res))


def ceilings(events_dir: str | Path, statements: Path, embedder=None) -> dict[str, Any]:
    """What limits claim grouping on this data, measured (docs/evaluation.md).

    * ``cosine``: median E5 cosine of two gold mentions of one remark and of two different remarks
      of the same occasion folder;
    * ``gold_spans``: the best pairwise F1 of the grouping (``align.group``) run on the gold mention
      spans themselves, per folder (the embedder's ceiling with perfect extraction);
    * ``assignment``: pairwise F1 when each predicted statement of ``statements`` gets the remark most
      of its gold mentions belong to — the ceiling that the extracted spans allow.
    """
    import json
    from collections import Counter, defaultdict

    import numpy as np

    from ..align.embed import get_embedder
    from ..align.group import average_linkage

    events_dir = Path(events_dir)
    sc = scorer(events_dir)
    embedder = embedder or get_embedder("auto")
    out: dict[str, Any] = {"cosine": {}, "gold_spans": {}}
    for folder in sc.folders(events_dir):
        gold, _ = sc.load_gold(folder)
        arts = {}
        for line in open(folder / "articles.jsonl", encoding="utf-8"):
            if line.strip():
                a = json.loads(line)
                arts[a["url"]] = a
        spans = [arts[g["url"]]["text"][g["start"]:g["end"]] for g in gold]
        X = np.asarray(embedder.embed(spans), dtype=np.float64)
        S = X @ X.T
        sid = [g["sid"] for g in gold]
        iu = np.triu_indices(len(gold), 1)
        same = np.array([sid[i] == sid[j] for i, j in zip(*iu)])
        out["cosine"][folder.name] = {"same_remark": float(np.median(S[iu][same])),
                                      "other_remark": float(np.median(S[iu][~same]))}
        langs = [g["lang"] for g in gold]
        Y = X - X.mean(axis=0)
        for code in set(langs):
            idx = [i for i, c in enumerate(langs) if c == code]
            if len(idx) > 3:
                Y[idx] = X[idx] - (0.5 * X[idx].mean(axis=0) + 0.5 * X.mean(axis=0))
        Y /= np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-9)
        C = Y @ Y.T
        arts_of = np.array([g["url"] for g in gold])
        C[arts_of[:, None] == arts_of[None, :]] -= 1.0
        np.fill_diagonal(C, 1.0)
        best = 0.0
        for th in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
            lab = average_linkage(C, th)
            tp = sum(1 for i, j in zip(*iu) if sid[i] == sid[j] and lab[i] == lab[j])
            fp = sum(1 for i, j in zip(*iu) if sid[i] != sid[j] and lab[i] == lab[j])
            fn = sum(1 for i, j in zip(*iu) if sid[i] == sid[j] and lab[i] != lab[j])
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            best = max(best, f1)
        out["gold_spans"][folder.name] = best
    rows = [json.loads(x) for x in open(statements, encoding="utf-8") if x.startswith("{")]
    gold, _ = sc.load_gold(events_dir)
    by_url = defaultdict(list)
    for r in rows:
        by_url[r["url"]].append(r)
    votes: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        hit = match(g, by_url)
        if hit is not None:
            votes[hit["id"]][g["group"] + g["sid"]] += 1
    oracle = Path(statements).with_suffix(".oracle.jsonl")
    with open(oracle, "w", encoding="utf-8") as f:
        for r in rows:
            v = votes.get(r["id"])
            f.write(json.dumps({**r, "claim": max(sorted(v), key=v.get) if v else r["id"]}) + "\n")
    out["assignment"] = sc.score(gold, oracle)["claims"]["f1"]
    return out
