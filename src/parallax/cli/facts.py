"""``parallax facts`` (analyst facts), ``parallax contradictions`` and ``parallax record``."""

from __future__ import annotations

import sys
import textwrap

import click

from . import cli, db_option, echo, emit_json, handle_errors, json_option, open_db, say
from . import person_id as resolve_person


def store_facts(store, facts) -> tuple[int, int, int]:
    from ..facts import save

    return save(store, facts)


@cli.group(name="facts", invoke_without_command=True)
@db_option
@json_option
@click.option("--history", is_flag=True, help="Every version of every fact, not only the current one.")
@click.pass_context
@handle_errors
def facts_group(ctx: click.Context, db: str, as_json: bool, history: bool) -> None:
    """Analyst facts: list them, add one, import a file. A run never changes them.

    \b
    Example:
        parallax facts import facts.jsonl --db news.db
        parallax facts add F01 "The invasion began on 24 February 2022" --date 2022-02-24 --entity Ukraine --db news.db
        parallax facts --db news.db --json
    """
    if ctx.invoked_subcommand:
        return
    from ..report.records import fact_record

    facts = open_db(db).facts(history=history)
    if as_json:
        emit_json(fact_record(f) for f in facts)
        return
    for f in facts:
        ents = f" [{', '.join(f.entities)}]" if f.entities else ""
        echo(f"{f.id} v{f.version}  {f.date or '-':10}  {textwrap.shorten(f.text, 90)}{ents}  {f.source_url or ''}")


@facts_group.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@json_option
@handle_errors
def facts_import(path: str, db: str, as_json: bool) -> None:
    """Import facts from JSON Lines; a known id is updated (its earlier version is kept).

    Bad lines are reported as PATH:LINE and the command exits 1; the other lines are imported.

    \b
    Example:
        parallax facts import facts.jsonl --db news.db
    """
    from .. import facts as facts_mod
    from ..model import Rejected
    from ..report.records import fact_record

    with click.open_file(path, encoding="utf-8", errors="replace") as fh:
        items = list(facts_mod.parse(fh, "-" if path == "-" else path))
    good = [i for i in items if not isinstance(i, Rejected)]
    bad = [i for i in items if isinstance(i, Rejected)]
    for r in bad:
        say(f"{r.source}: {r.reason}")
    store = open_db(db, write=True, create=True)
    added, updated, unchanged = store_facts(store, good)
    say(f"facts: {added} added, {updated} updated, {unchanged} unchanged, {len(bad)} rejected", False)
    if as_json:
        current = {f.id: f for f in store.facts(ids=[f.id for f in good])} if good else {}
        emit_json(fact_record(current[f.id]) for f in good if f.id in current)
    if bad:
        sys.exit(1)


@facts_group.command(name="add")
@click.argument("fact_id")
@click.argument("text")
@click.option("--date", help="Date the fact holds for (YYYY-MM-DD).")
@click.option("--source-url", help="Where the fact is documented.")
@click.option("--entity", "entities", multiple=True, help="A person or place it is about (repeatable).")
@click.option("--language", default="en", show_default=True, help="Language of TEXT.")
@db_option
@json_option
@handle_errors
def facts_add(fact_id: str, text: str, date: str | None, source_url: str | None, entities: tuple[str, ...],
              language: str, db: str, as_json: bool) -> None:
    """Add a fact, or edit one: a known id gets a new version (options not given are kept).

    \b
    Example:
        parallax facts add F02 "Belarus took part in the invasion of Ukraine" --entity Belarus --db news.db
    """
    from .. import facts as facts_mod
    from ..report.records import fact_record

    store = open_db(db, write=True, create=True)
    # an edit keeps what it does not restate (the date, the source, the entities)
    known = {f.id: f for f in store.facts(ids=[fact_id])}.get(fact_id)
    try:
        f = facts_mod.fact({"id": fact_id, "text": text, "date": date or (known.date if known else None),
                            "source_url": source_url or (known.source_url if known else None),
                            "entities": list(entities) or list(known.entities if known else ()),
                            "language": language})
    except ValueError as e:
        raise click.BadParameter(str(e)) from e
    added, updated, _ = store_facts(store, [f])
    stored = store.fact(f.id)
    say(f"fact {f.id}: {'added' if added else 'updated' if updated else 'unchanged'} (version {stored.version})", False)
    if as_json:
        emit_json([fact_record(stored)])


@cli.command(name="contradictions")
@click.option("--person", "person_id", help="Only this person's statements (id or any spelling of the name).")
@click.option("--since", help="Only statements published on or after this date (YYYY-MM-DD).")
@db_option
@json_option
@handle_errors
def contradictions_cmd(person_id: str | None, since: str | None, db: str, as_json: bool) -> None:
    """Statements that contradict a recorded fact or the speaker's earlier words, each with its reason.

    \b
    Example:
        parallax contradictions --db news.db --json
        parallax contradictions --person alexander-lukashenko --since 2024-10-01 --db news.db
    """
    from ..report.records import contradiction_records

    store = open_db(db)
    person_id = resolve_person(store, person_id)
    rows = contradiction_records(store, store.contradictions(person_id=person_id, since=since))
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        echo(f"{(r['published'] or '-')[:10]}  {r['person'] or r['person_id'] or '?'}: "
                   f"“{textwrap.shorten(r['content'], 100)}” ({r['url'] or r['article_id']})\n"
                   f"    {r['reason']}")
        if r["against"]["kind"] == "statement":
            echo(f"    earlier: {r['against']['url'] or r['against']['article_id']}")


@cli.command(name="record")
@click.argument("person_id")
@db_option
@json_option
@handle_errors
def record_cmd(person_id: str, db: str, as_json: bool) -> None:
    """A speaker's claims over time, with the contradictions (against facts and earlier words) and why.

    \b
    Example:
        parallax record alexander-lukashenko --db news.db
        parallax record p42 --db news.db --json
    """
    from ..report.record import record

    store = open_db(db)
    person_id = resolve_person(store, person_id)
    entries = record(store, person_id)
    if as_json:
        emit_json({"claim": e.claim_id, "date": e.date, "label": e.label, "occasion": e.occasion_id,
                   "negative": e.negative, "contradicts": list(e.contradicts),
                   "flags": list(e.flags)} for e in entries)
        return
    for e in entries:
        echo(f"{e.date or '-':10}  {e.claim_id}  {textwrap.shorten(e.label, 90)}")
        for flag in e.flags:
            echo(f"    CONTRADICTS {flag['against']['kind']} "
                       f"{flag['against'].get('fact') or flag['against'].get('statement')}: {flag['reason']}")
            echo(f"      this: “{textwrap.shorten(flag['content'], 100)}” "
                       f"{flag['url'] or flag['article_id']} [{flag['start']}:{flag['end']}]")
            if flag["against"]["kind"] == "fact":
                echo(f"      fact: {flag['against'].get('source_url') or '-'}")
            else:
                echo(f"      earlier: “{textwrap.shorten(flag['against'].get('content') or '', 100)}” "
                           f"{flag['against']['url'] or flag['against']['article_id']} "
                           f"[{flag['against']['start']}:{flag['against']['end']}]")


@cli.command(name="contradictions-eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--ablation", is_flag=True, help="Also score each step: embedder only, + negation, + polarity verbs, …")
@json_option
@handle_errors
def contradictions_eval_cmd(folder: str, ablation: bool, as_json: bool) -> None:
    """Score contradiction flags against an annotated folder (articles, facts, cases), end to end.

    \b
    Example:
        parallax contradictions-eval tests/fixtures/contradictions --ablation
    """
    from ..eval.contradictions import evaluate

    r = evaluate(folder, ablation=ablation)
    if as_json:
        emit_json([r])
        return

    def pct(x):
        return "-" if x is None else f"{x:.3f}"

    echo(f"{folder}: {r.get('articles', 0)} articles, {r.get('statements', 0)} statements, "
               f"cases {r['cases']}, {r['flags']} flags")
    echo(f"  fact recall {pct(r['fact_recall'])}  earlier recall {pct(r['earlier_recall'])} "
               f"(paired: {pct(r.get('earlier_recall_paired'))})  controls flagged {pct(r['controls_flagged'])} (any flag: {pct(r['controls_flagged_any'])})")
    for lang, kinds in r["by_language"].items():
        echo(f"  {lang}: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    for name, m in (r.get("ablation") or {}).items():
        echo(f"  {name:36} fact {pct(m['fact_recall'])}  earlier {pct(m['earlier_recall'])}  "
                   f"controls {pct(m['controls_flagged'])} (any {pct(m['controls_flagged_any'])})  flags {m['flags']}")
    if r["missed"]:
        echo(f"  missed: {', '.join(r['missed'])}")
    if r["false_flags"]:
        echo(f"  controls flagged: {', '.join(r['false_flags'])}")
