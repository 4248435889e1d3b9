"""Commands of the align / compare / report stages: align, claims, occasions, coverage, brief,
export, align-eval (record: cli/facts.py)."""

from __future__ import annotations

import json
import textwrap

import click

from . import echo as _echo
from . import cli, db_option, emit_json, handle_errors, json_option, open_db, output_file, require, say, silent_option
from . import person_id as _person_id

_EMBEDDERS = click.Choice(["auto", "e5", "lexical"])


@cli.command(name="align")
@db_option
@click.option("--full", is_flag=True, help="Clear claims and occasions and rebuild them (same ids).")
@click.option("--embedder", type=_EMBEDDERS, default="auto", show_default=True,
              help="Sentence representation: multilingual E5 (bundled), or the lexical fallback.")
@silent_option
@handle_errors
def align_cmd(db: str, full: bool, embedder: str, silent: bool) -> None:
    """Group statements into claims and occasions and compute coverage (incremental).

    \b
    Example:
        parallax align --db news.db
        parallax align --db news.db --full --embedder lexical
    """
    from ..align import get_embedder
    from ..pipeline import group

    store = open_db(db, write=True)
    summary = group(store, embedder=get_embedder(embedder), full=full)
    say(str(summary), silent)
    if summary.skipped:
        say(f"{len(summary.skipped)} statements have no speaker; each stands alone", silent)


@cli.command(name="claims")
@db_option
@click.option("--occasion", help="Only the claims of this occasion id.")
@click.option("--person", help="Only the claims of this person (id or any spelling of the name).")
@json_option
@handle_errors
def claims_cmd(db: str, occasion: str | None, person: str | None, as_json: bool) -> None:
    """List claims: one utterance, reported by many statements.

    \b
    Example:
        parallax claims --db news.db --occasion o1234 --json
    """
    store = open_db(db)
    require(occasion, (o.id for o in store.occasions()), "occasion")
    person = _person_id(store, person)
    rows = [{"id": c.id, "person_id": c.person_id, "occasion": c.occasion_id, "label": c.label,
             "language": c.language, "statements": list(c.statement_ids)}
            for c in store.claims(occasion_id=occasion, person_id=person)]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        _echo(f"{r['id']}  {len(r['statements']):3d} reports  {r['occasion'] or '-'}  {r['label'][:90]}")


@cli.command(name="occasions")
@db_option
@click.option("--person", help="Only the occasions of this person (id or any spelling of the name).")
@json_option
@handle_errors
def occasions_cmd(db: str, person: str | None, as_json: bool) -> None:
    """List occasions: interviews, speeches, press conferences.

    \b
    Example:
        parallax occasions --db news.db --json
    """
    store = open_db(db)
    person = _person_id(store, person)
    rows = [{"id": o.id, "person_id": o.person_id, "venue": o.venue, "date": o.date, "label": o.label,
             "primary_article_id": o.primary_article_id} for o in store.occasions(person_id=person)]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        _echo(f"{r['id']}  {r['date'] or '-':10}  {r['label']}")


def print_coverage(store, occasion_id: str | None = None, out=None) -> None:
    """The readable matrix per occasion (outlets × claims), a legend, and the ranked omissions."""
    from ..compare.matrix import LEGEND, legend_line, outlet_kinds, rank_omissions
    from ..model import Status

    echo = (lambda m="": _echo(m, file=out)) if out else _echo
    occasions = [store.occasion(occasion_id)] if occasion_id else store.occasions()
    kinds = outlet_kinds(store)
    single = 0
    for occ in occasions:
        cells = store.coverage(occ.id)
        claims = store.claims(occasion_id=occ.id)
        if not cells:
            continue
        if not occasion_id and len({x.outlet for x in cells}) < 2:
            single += 1  # one outlet: nothing to compare
            continue
        cols = [c for c in claims if any(x.claim_id == c.id for x in cells)]
        outlets = sorted({x.outlet for x in cells})
        echo(f"\n== {occ.label}  [{occ.id}]")
        for i, c in enumerate(cols, 1):
            echo(f"  C{i}: {textwrap.shorten(c.label, 100)}")
        width = max(len(o) for o in outlets) + 2
        echo(" " * width + " ".join(f"C{i:<3d}" for i in range(1, len(cols) + 1)))
        grid = {(x.claim_id, x.outlet): x for x in cells}
        ids = sorted({x.article_id for x in cells if x.article_id})
        synthetic = {a.id for a in store.articles(ids=ids) if a.synthetic} if ids else set()
        for o in outlets:
            row = []
            for c in cols:
                x = grid.get((c.id, o))
                row.append(f"{LEGEND[x.status.value if x else ''][0]:<4}")
            kind = kinds.get(o)
            mine = {x.article_id for x in cells if x.outlet == o and x.article_id}
            tag = " [synthetic]" if mine and mine <= synthetic else ""
            echo(f"{o:<{width}}" + " ".join(row) + (f"  ({kind.value})" if kind else "") + tag)
        echo(f"  legend: {legend_line()}")
        for x in cells:
            for a in x.alterations:
                art = store.article(x.article_id)
                other = store.article(a.other_article_id)
                echo(f"  altered: {x.outlet} [{a.kind}] {a.note}\n"
                     f"     this : “{textwrap.shorten(art.text[a.this[0]:a.this[1]], 120)}” ({art.url or art.id})\n"
                     f"     other: “{textwrap.shorten(other.text[a.other[0]:a.other[1]], 120)}” "
                     f"({other.outlet}, {other.url or other.id})")
        oms = rank_omissions(cells, kinds)
        if oms:
            echo("  omissions, most telling first:")
        for om in oms:
            claim = next(c for c in cols if c.id == om.cell.claim_id)
            carrier = next((x for x in cells if x.claim_id == claim.id and x.status != Status.OMITTED), None)
            art = store.article(om.cell.article_id)
            echo(f"  - {om.cell.outlet} ({om.outlet_kind.value}) left out: “{textwrap.shorten(claim.label, 110)}”"
                 f" — carried by {len(om.carried_by)}: {', '.join(om.carried_by)}")
            echo(f"     {om.cell.outlet}'s report: {art.title or art.id} ({art.url or art.id})"
                 + (" [synthetic]" if art.synthetic else ""))
            if carrier is not None and carrier.statement_id:
                s = store.statement(carrier.statement_id)
                ca = store.article(carrier.article_id)
                echo(f"     {carrier.outlet}'s version: “{textwrap.shorten(s.text, 140)}” ({ca.url or ca.id})")
    if single:
        echo(f"\n({single} occasion(s) reported by a single outlet not shown; use --occasion ID)")


@cli.command(name="coverage")
@db_option
@click.option("--occasion", "occasion_id", help="Only this occasion id.")
@json_option
@handle_errors
def coverage_cmd(db: str, occasion_id: str | None, as_json: bool) -> None:
    """Show the coverage matrix: which outlet carried, altered or omitted which claim.

    \b
    Example:
        parallax coverage --db news.db
        parallax coverage --db news.db --occasion o1234 --json
    """
    from ..report.export import carriers, cell_row

    store = open_db(db)
    require(occasion_id, (o.id for o in store.occasions()), "occasion")
    if as_json:
        cells = store.coverage(occasion_id)
        ids = sorted({c.article_id for c in cells if c.article_id})
        arts = {a.id: a for a in store.articles(ids=ids)} if ids else {}
        n = carriers(cells)
        emit_json(cell_row(c, arts[c.article_id].url if c.article_id in arts else None,
                           n.get((c.occasion_id, c.claim_id)),
                           synthetic=bool(c.article_id in arts and arts[c.article_id].synthetic)) for c in cells)
        return
    print_coverage(store, occasion_id)


@cli.command(name="brief")
@db_option
@click.option("--occasion", "occasion_id", help="Brief on this occasion id.")
@click.option("--person", "person_id", help="Brief on every occasion of this person (id or any spelling of the name).")
@click.option("--since", help="With --person: only occasions on or after this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True),
              help="File to write (default, or -: stdout).")
@handle_errors
def brief_cmd(db: str, occasion_id: str | None, person_id: str | None, since: str | None, fmt: str,
              output: str | None) -> None:
    """Write an analyst's brief; every sentence cites its articles as footnotes.

    \b
    Example:
        parallax brief --db news.db --occasion o1234 --format html -o brief.html
        parallax brief --db news.db --person p42 --since 2024-10-01
    """
    from ..report.brief import brief

    if bool(occasion_id) == bool(person_id):
        raise click.UsageError("give exactly one of --occasion or --person")
    if since and not person_id:
        raise click.UsageError("--since goes with --person")
    store = open_db(db)
    require(occasion_id, (o.id for o in store.occasions()), "occasion")
    person_id = _person_id(store, person_id)
    text = brief(store, occasion_id=occasion_id, person_id=person_id, since=since, fmt=fmt)
    with output_file(output) as f:
        f.write(text)


@cli.command(name="export")
@click.argument("table", type=click.Choice(["statements", "claims", "occasions", "coverage", "facts",
                                            "contradictions", "corrections"]))
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), required=True,
              help="File to write; - is stdout.")
@silent_option
@handle_errors
def export_cmd(table: str, db: str, fmt: str, output: str, silent: bool) -> None:
    """Export statements, claims, occasions, the coverage matrix, facts (every version), contradictions
    or human corrections (``parallax correct import`` restores them).

    \b
    Example:
        parallax export coverage --db news.db --format parquet -o coverage.parquet
    """
    from ..report.export import rows, write

    n = write(rows(open_db(db), table), output, fmt)
    say(f"wrote {n} {table} rows to {'stdout' if output == '-' else output}", silent)


@cli.command(name="align-eval")
@click.argument("fixture_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--embedder", type=_EMBEDDERS, default="auto", show_default=True)
@click.option("--from-text", is_flag=True,
              help="End to end: ingest, extract and resolve the raw articles first instead of using gold spans.")
@json_option
@handle_errors
def align_eval_cmd(fixture_dir: str, embedder: str, from_text: bool, as_json: bool) -> None:
    """Score claim grouping, omissions and alterations against a gold fixture folder.

    \b
    Example:
        parallax align-eval tests/fixtures/align
        parallax align-eval tests/fixtures/align --from-text
        parallax align-eval src/parallax/data/demo --json
    """
    from ..align import get_embedder
    from ..align.evaluate import evaluate

    r = evaluate(fixture_dir, embedder=get_embedder(embedder), from_text=from_text)
    if as_json:
        emit_json([r])
        return
    _echo(f"{fixture_dir}: {r['statements']} statements, {r['claims_gold']} gold claims, "
               f"{r['claims_predicted']} predicted, embedder {r['embedder']}")
    if from_text:
        _echo(f"  end to end: {r['reports_matched']}/{r['reports']} gold reports found "
                   f"({r['claim_reports_missed']} claim reports missed), {r['statements_unmatched']} "
                   f"statements match no gold report, {r['statements_without_speaker']} have no speaker")
        for article_id, reason in r["extract_failed"]:
            _echo(f"  extraction failed: {article_id}: {reason}")
    for key in ("grouping", "omissions", "alterations"):
        m = r[key]
        _echo(f"  {key:12} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                   f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    for kind, m in r["alterations_by_kind"].items():
        _echo(f"    {kind:12} P {m['precision']:.3f}  R {m['recall']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    if r["cell_status_accuracy"] is not None:
        _echo(f"  cell status accuracy {r['cell_status_accuracy']:.3f}")
    for key in ("missed_alterations", "extra_alterations", "missed_omissions", "extra_omissions"):
        if r[key]:
            _echo(f"  {key}: {json.dumps(r[key], ensure_ascii=False)}")
