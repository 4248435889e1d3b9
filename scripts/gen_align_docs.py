"""Regenerate docs/_parts/align-evaluation.md and align-benchmarks.md from live runs.

Every figure comes from this script's runs: the real coverage in ``../shared/data/events_dev``
through the user's path (``parallax.eval.events``), the synthetic align fixture (regression
floors only), the demo's omitted cells against its gold, and ``benchmarks/bench_align.py``.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/gen_align_docs.py [--no-bench]
"""
from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.chdir(Path(__file__).resolve().parents[1])
sys.path.insert(0, "src")
env = dict(os.environ, OMP_NUM_THREADS="1")
today = datetime.date.today().isoformat()
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()

from parallax.align.embed import E5Embedder  # noqa: E402
from parallax.align.evaluate import evaluate as fixture_eval  # noqa: E402
from parallax.eval.events import ceilings, evaluate as events_eval, table  # noqa: E402

e5 = E5Embedder()
with tempfile.TemporaryDirectory() as tmp:
    real = events_eval("../shared/data/events_dev", tmp)
    limits = ceilings("../shared/data/events_dev", Path(tmp) / "statements.jsonl", e5)
cos = limits["cosine"]
spans = limits["gold_spans"]
gold_built = fixture_eval("tests/fixtures/align", embedder=e5)
end_to_end = fixture_eval("tests/fixtures/align", embedder=e5, from_text=True)


def line(name, r):
    return f"  {name:<12} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"


def fixture_block(r):
    out = [line("grouping", r["grouping"]), line("omissions", r["omissions"]), line("alterations", r["alterations"])]
    for kind, k in sorted(r["alterations_by_kind"].items()):
        out.append(f"    {kind:<12} P {k['precision']:.3f}  R {k['recall']:.3f}")
    return "\n".join(out)


with tempfile.TemporaryDirectory() as tmp:
    db = f"{tmp}/demo.db"
    subprocess.run([sys.executable, "-m", "parallax", "demo", "--db", db, "-s"], env=env, check=True,
                   capture_output=True)
    from parallax import settings
    from parallax.store import open_store

    from parallax.align.evaluate import omitted_against_gold

    gold = json.loads((settings.PACKAGE_DATA / "demo" / "gold.json").read_text(encoding="utf-8"))
    store = open_store(db)
    omitted = omitted_against_gold(store, gold)
    gold_om = {(o["claim"], o["outlet"]) for o in gold["omissions"]}
    false = sorted((x for x in omitted if x not in gold_om), key=lambda x: (x[0] or "", x[1]))
    store.close()

doc = f"""## Alignment: occasions, claims, coverage verdicts (issue 10)

Alignment is one step per speaker (`align.group`): statements are first split into their remarks
(`align.parts`: a quote of several sentences carries several claims), the speaker's statements fall
into date windows (undated reports join the window of their nearest report), and within a window all
reports are grouped at once by average linkage over a similarity that removes what every report of
the window shares (the topic) from the multilingual E5 vectors, per language, adds same-language word
overlap and shared numbers, and keeps two reports of one article apart. Each claim takes the venue its
reports name; a venue needs two articles naming it before it splits an occasion off. The result
depends only on the set of statements (tests: one batch or several, `run` after `run --full`, SIGKILL
at four points then a plain rerun — all give the same store). Coverage is `compare.coverage`: an outlet
**omitted** a claim only when it reported the occasion, none of its reports is within cosine 0.88 of
a version of the claim, its article does not hold 60 % of the claim's word stems, and at least two
independent outlets (copies and translations counted once) and 40 % of the occasion's outlets carried
it; words given to another speaker are a `speaker` alteration, not an omission.

### Real coverage (`../shared/data/events_dev`, the user's path)

`parallax ingest` → `parallax run` → `parallax statements --json`, scored by
`../shared/tools/score_coverage.py` ({today}, commit {commit}):

```
OMP_NUM_THREADS=1 .venv/bin/python -m parallax.eval.events ../shared/data/events_dev /tmp/ev
```

{table(real)}

Targets (claims F1 ≥ 0.85 overall and across languages, occasions ≥ 0.90) are **not met**;
`tests/align/test_events.py` holds floors just under these figures and xfails the targets. What
limits claims: (1) speakers — a pair of reports can share a claim only when both resolve to one
speaker key; (2) the only offline multilingual embedder (multilingual-e5-small, 4-bit) barely
separates the remarks of one occasion: on the gold mention spans themselves, the median cosine of
two reports of one remark is {"; ".join(f"{k.split('-')[0]} {v['same_remark']:.3f} against {v['other_remark']:.3f} for two different remarks" for k, v in cos.items())},
and the best grouping of the gold spans with this similarity scores F1 {", ".join(f"{v:.2f} ({k.split('-')[0]})" for k, v in spans.items())};
(3) spans — giving each statement that extraction finds (split into remarks) the remark most of its
gold mentions belong to would score claims F1 {limits['assignment']:.2f}. Tried and left out:
shared-nearest-neighbour similarity (no gain), the E5 sparse head `E5.sparse` (+0.03–0.05 on gold
spans at twice the embedding cost), removing the top principal components of a window (worse: they
carry the remark), quotes anchoring paraphrases (worse), a cross-script cognate overlap (no steady
gain), a softer same-article penalty (worse). What helped: splitting a quote of several fragments at
its sentences, and remarks of four words ("Nothing should be excluded."). Figures:
`parallax.eval.events.ceilings`.

**Omissions on real coverage.** The last line above judges every omitted cell of `coverage --json`
against the hand annotation (`parallax.eval.events.omissions`): an omitted cell is false when the
outlet's article mentions the remark its claim stands for. The false ones come from one remark
split into two claims (a quote "nothing can be ruled out" and its paraphrase "sending troops is not
ruled out"): an outlet that carried one is charged with the other. Over the (outlet, claim) pairs an
omission could be charged on, no embedding feature (raw cosine, topic-centred cosine, their maximum
or mean over the claim's reports) separates carried from left out, so the verdict stays tied to
claim recall; `tests/align/test_events.py` keeps a floor on the precision and xfails "no false
omission".

### Demo: every omitted cell against the demo's gold

`parallax demo` shows {len(omitted)} omitted cells; {len(omitted) - len(false)} are gold omissions (the
planted TASS omission of R2 among them) and {len(false)} are not: {", ".join(f"{c or 'no gold claim'} at {o}" for c, o in false) or "none"}.
`tests/test_demo.py` checks every omitted cell (floor on the false ones; no false omission is the
strict xfail target).

### Synthetic fixture (regression floors only)

`tests/fixtures/align` (30 synthetic articles). It scored 0.94 while real coverage scored 0.21, so it
is no longer a target; `tests/align/test_evaluate.py` keeps floors under these figures. Omission
precision stays 1.0 on purpose; recall is what the conservative rule gives up.

Gold-built statements (`parallax align-eval tests/fixtures/align`):
```
{fixture_block(gold_built)}
  cell status accuracy {gold_built['cell_status_accuracy']:.3f}
```
End to end from raw text (`parallax align-eval tests/fixtures/align --from-text`):
```
{fixture_block(end_to_end)}
  cell status accuracy {end_to_end['cell_status_accuracy']:.3f}
```
"""
Path("docs/_parts/align-evaluation.md").write_text(doc, encoding="utf-8")

if "--no-bench" not in sys.argv:
    out = subprocess.run([sys.executable, "benchmarks/bench_align.py", "--sizes", "10000,30000,100000",
                          "--store", "10000,100000", "--embed", "100"], capture_output=True, text=True, env=env,
                         check=True).stdout
    Path("docs/_parts/align-benchmarks.md").write_text(f"""## Alignment (issue 10)

Grouping (`align.group.group_speaker` per speaker, in memory) and `align.run` + `compare.coverage.run`
end to end on SQLite (claims, occasions, coverage cells, every write), on synthetic statements with
E5-shaped vectors already in the cache (embedding is timed separately: it happens once per statement).
2-core machine shared with other jobs ({today}, commit {commit}); read speeds as ±30 %. Target: 100k
statements ≤ 60 s and ≤ 1.5 GB, near-linear from 10k.

```
OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_align.py --sizes 10000,30000,100000 --store 10000,100000 --embed 100
```
```
{out.rstrip()}
```
""", encoding="utf-8")
print("wrote docs/_parts/align-evaluation.md" + ("" if "--no-bench" in sys.argv else " and align-benchmarks.md"),
      file=sys.stderr)
