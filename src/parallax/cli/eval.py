"""``parallax eval``: score the extractor against annotated corpora in the shared format."""

from __future__ import annotations

import itertools
import json
import sys

import click

from . import echo as _echo
from . import cli, emit_json, handle_errors, json_option, progress, say, silent_option


@cli.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@json_option
@click.option("--predictions", "predictions", type=click.Path(dir_okay=False, writable=True),
              help="Write what was extracted to this file, in the corpus format (JSON Lines).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents of each file.")
@click.option("--language", metavar="xx", help="Only documents in this language (ISO 639-1); "
              "documents without one are read as this language.")
@silent_option
@handle_errors
def eval_cmd(files: tuple[str, ...], as_json: bool, predictions: str | None, limit: int | None,
             language: str | None, silent: bool) -> None:
    """Score statement extraction against annotated corpora (P/R/F1 per dataset, language, type).

    Runs the extractor on every document of FILE (the JSON Lines format of
    ../shared/data/README.md) and prints exact and overlap precision/recall/F1, speaker,
    cue and resolved-name accuracy for each dataset × language × type (direct, indirect,
    mixed, all, and for English the speech-only subset), plus content-token P/R/F1.
    Documents without "quotes" are extracted (for --predictions) but not scored.

    \b
    Example:
        parallax eval ../shared/data/polnear.dev.jsonl --limit 50
        parallax eval ../shared/data/*.jsonl --json > scores.jsonl
        parallax eval articles.jsonl --predictions found.jsonl
    """
    from ..eval.datasets import Document, prediction_json, read
    from ..eval.run import evaluate

    docs: list[Document] = []
    for path in files:
        for doc in itertools.islice(read(path), limit):
            if language and doc.language and doc.language != language:
                continue
            docs.append(doc)
    if not docs:
        raise click.ClickException(f"no documents to evaluate in {', '.join(files)}"
                                   + (f" in language {language!r}" if language else ""))

    out_fh = None
    if predictions:
        try:
            out_fh = open(predictions, "w", encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"{predictions}: cannot write: {e.strerror or e}") from None

    def write(doc, quotes):
        out_fh.write(json.dumps(prediction_json(doc, quotes), ensure_ascii=False) + "\n")

    try:
        with progress(docs, length=len(docs), label="extracting", silent=silent) as bar:
            outcome = evaluate(bar, language=language, write=write if out_fh else None)
    finally:
        if out_fh:
            out_fh.close()

    if as_json:
        emit_json(outcome.report.to_dicts())
    elif outcome.report.rows:
        _echo(outcome.report.table())
    words_s = outcome.words / outcome.seconds if outcome.seconds else 0.0
    say(f"{outcome.documents} documents, {outcome.words} words in {outcome.seconds:.1f} s "
        f"({words_s:,.0f} words/s); {sum(d.annotated for d in docs)} annotated", silent)
    if predictions:
        say(f"predictions written to {predictions}", silent)
    for f in outcome.failures:
        say(f"extractor failed on {f.source} (doc {f.doc_id}): {f.reason}")
    if outcome.failures:
        say(f"{len(outcome.failures)} document(s) failed; they count as having no predictions")
        sys.exit(1)
