"""``parallax correct``: human corrections (issue 15) — people, speakers, claims, verdicts; list, import."""

from __future__ import annotations

import getpass
import json
import os
import sys

import click

from . import cli, db_option, echo, emit_json, handle_errors, json_option, open_db, require, say


def _who(f):
    f = click.option("--note", default=None, help="Why: kept with the correction and shown beside it.")(f)
    return click.option("--by", "author", default=None,
                        help="Who makes the correction (default: $PARALLAX_USER or your login).")(f)


def _author(author: str | None) -> str:
    if author:
        return author
    try:
        return os.environ.get("PARALLAX_USER") or getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "analyst"


def _done(store, as_json: bool, message: str, **extra) -> None:
    from .. import corrections

    last = store.correction_log()[-1]
    if as_json:
        emit_json([{**corrections.record(last), **extra}])
    say(message)


@cli.group(name="correct")
def correct() -> None:
    """Human corrections: merge, split or rename people, reassign a speaker, move a statement to
    another claim, mark a verdict wrong. Each is stored with who/when/why and re-applied on every run.

    \b
    Example:
        parallax correct speaker 3f2a… alexander-lukashenko --note "the cue is his" --db news.db
        parallax correct verdict OCCASION CLAIM tass.ru --status paraphrased --note "carried in para 4" --db news.db
        parallax correct list --db news.db --json
    """


@correct.command(name="merge")
@click.argument("into")
@click.argument("other")
@_who
@db_option
@json_option
@handle_errors
def merge_cmd(into: str, other: str, author, note, db: str, as_json: bool) -> None:
    """Fold person OTHER into person INTO.

    \b
    Example:
        parallax correct merge alexander-lukashenko lukashenka-1a2b3c --db news.db
    """
    from .. import corrections

    store = open_db(db, write=True)
    n = corrections.merge(store, into, other, author=_author(author), note=note)
    _done(store, as_json, f"merged {other} into {into}; {n} statements re-linked", relinked=n)


@correct.command(name="split")
@click.argument("person_id")
@click.option("--alias", required=True, help="The name that was wrongly attached to the person.")
@_who
@db_option
@json_option
@handle_errors
def split_cmd(person_id: str, alias: str, author, note, db: str, as_json: bool) -> None:
    """Split a wrongly attached name off a person: it becomes a person of its own.

    \b
    Example:
        parallax correct split alexander-lukashenko --alias "Viktor Lukashenko" --db news.db
    """
    from .. import corrections

    store = open_db(db, write=True)
    new_id, n = corrections.split(store, person_id, alias, author=_author(author), note=note)
    if not as_json:
        echo(new_id)
    _done(store, as_json, f"{alias!r} is now person {new_id}; {n} statements re-linked", person=new_id, relinked=n)


@correct.command(name="rename")
@click.argument("person_id")
@click.argument("name")
@_who
@db_option
@json_option
@handle_errors
def rename_cmd(person_id: str, name: str, author, note, db: str, as_json: bool) -> None:
    """Give a person another display name (the old name stays an alias).

    \b
    Example:
        parallax correct rename aliaksandr-1a2b3c "Aliaksandr Volkau" --db news.db
    """
    from .. import corrections

    store = open_db(db, write=True)
    n = corrections.rename(store, person_id, name, author=_author(author), note=note)
    _done(store, as_json, f"{person_id} is now named {name!r}; {n} statements re-linked", relinked=n)


@correct.command(name="speaker")
@click.argument("statement_id")
@click.argument("person_id", required=False)
@click.option("--new-person", "new_name", default=None, help="Give the statement to a new person of this name.")
@_who
@db_option
@json_option
@handle_errors
def speaker_cmd(statement_id: str, person_id, new_name, author, note, db: str, as_json: bool) -> None:
    """Reassign a statement's speaker to PERSON_ID (or to a new person with --new-person).

    The statement is re-linked now; the next `parallax run` regroups its claims.

    \b
    Example:
        parallax correct speaker 9c1f0e2a77b14d05 sergey-lavrov --db news.db
        parallax correct speaker 9c1f0e2a77b14d05 --new-person "Natalia Eismont" --db news.db
    """
    from .. import corrections

    if bool(person_id) == bool(new_name):
        raise click.UsageError("give PERSON_ID or --new-person NAME (one of them)")
    store = open_db(db, write=True)
    require(statement_id, [statement_id] if store.count_statements(ids=[statement_id]) else
            [s.id for s in store.statements(limit=5000)], "statement")
    pid = corrections.reassign_speaker(store, statement_id, person_id, new_name=new_name,
                                       author=_author(author), note=note)
    _done(store, as_json, f"statement {statement_id} is now {pid}'s; `parallax run` regroups it", person=pid)


@correct.command(name="claim")
@click.argument("statement_id")
@click.argument("claim_id", required=False)
@click.option("--own", is_flag=True, help="Move the statement out to a claim of its own.")
@_who
@db_option
@json_option
@handle_errors
def claim_cmd(statement_id: str, claim_id, own: bool, author, note, db: str, as_json: bool) -> None:
    """Move a statement to another claim of its speaker (CLAIM_ID), or out on its own (--own).

    \b
    Example:
        parallax correct claim 9c1f0e2a77b14d05 c1b2c3d4e5f60718 --note "same remark" --db news.db
        parallax correct claim 9c1f0e2a77b14d05 --own --db news.db
    """
    from .. import corrections

    if bool(claim_id) == own:
        raise click.UsageError("give CLAIM_ID or --own (one of them)")
    store = open_db(db, write=True)
    require(statement_id, [statement_id] if store.count_statements(ids=[statement_id]) else
            [s.id for s in store.statements(limit=5000)], "statement")
    if claim_id:
        require(claim_id, [c.id for c in store.claims()], "claim")
    now = corrections.move_statement(store, statement_id, claim_id, own=own, author=_author(author), note=note)
    _done(store, as_json, f"statement {statement_id} moved to claim {now}; `parallax run` regroups the rest",
          claim=now)


@correct.command(name="verdict")
@click.argument("occasion_id")
@click.argument("claim_id")
@click.argument("outlet")
@click.option("--status", type=click.Choice(["verbatim", "paraphrased", "altered", "omitted"]), default=None,
              help="The right status (leave out to only mark the verdict disputed).")
@click.option("--note", required=True, help="What is wrong with the verdict.")
@click.option("--by", "author", default=None, help="Who makes the correction (default: $PARALLAX_USER or your login).")
@db_option
@json_option
@handle_errors
def verdict_cmd(occasion_id: str, claim_id: str, outlet: str, status, note: str, author, db: str,
                as_json: bool) -> None:
    """Mark one coverage verdict (an outlet's cell for a claim) wrong, with a note.

    \b
    Example:
        parallax correct verdict o1a2… c3b4… tass.ru --status paraphrased --note "carried in paragraph 4" --db news.db
    """
    from .. import corrections

    store = open_db(db, write=True)
    require(occasion_id, [o.id for o in store.occasions()], "occasion")
    require(claim_id, [c.id for c in store.claims(occasion_id=occasion_id)], "claim of that occasion")
    require(outlet, sorted({c.outlet for c in store.coverage(occasion_id) if c.claim_id == claim_id}),
            "outlet in that claim's cells")
    before = corrections.mark_verdict(store, occasion_id, claim_id, outlet, note=note, status=status,
                                      author=_author(author))
    _done(store, as_json, f"{outlet}: {before} marked wrong" + (f", now {status}" if status else ""), before=before)


@correct.command(name="list")
@click.option("--target", default=None, help="Only corrections of this person, statement or cell key.")
@click.option("--state", type=click.Choice(["applied", "pending", "orphaned"]), default=None)
@db_option
@json_option
@handle_errors
def list_cmd(target, state, db: str, as_json: bool) -> None:
    """List human corrections with who, when, why and whether the last run applied them.

    \b
    Example:
        parallax correct list --state orphaned --db news.db
    """
    from .. import corrections

    rows = [c for c in open_db(db).correction_log(target=target) if state is None or c.state == state]
    if as_json:
        emit_json(corrections.record(c) for c in rows)
        return
    for c in rows:
        what = " ".join(x for x in (c.a, c.b, repr(c.value) if c.value else None) if x)
        echo(f"#{c.id} {c.created_at} {c.author or '?'}: {c.op} {what} [{c.state or 'pending'}"
             f"{': ' + c.detail if c.detail else ''}]{'  — ' + c.note if c.note else ''}")
    say(f"{len(rows)} corrections")


@correct.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@json_option
@handle_errors
def import_cmd(path: str, db: str, as_json: bool) -> None:
    """Restore corrections from `parallax export corrections --format jsonl` (or csv); known ones are skipped.

    \b
    Example:
        parallax export corrections --format jsonl -o corrections.jsonl --db old.db
        parallax correct import corrections.jsonl --db new.db && parallax run --db new.db
    """
    from .. import corrections

    if path.endswith(".csv"):
        from ..report.export import read

        rows = read(path, "csv")
    else:
        with click.open_file(path, encoding="utf-8") as fh:
            rows = []
            for i, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise click.ClickException(f"{path}:{i}: not JSON: {e}")
    added, skipped, problems = corrections.import_records(open_db(db, write=True), rows)
    for p in problems:
        say(f"{path}: {p}")
    if as_json:
        emit_json([{"added": added, "skipped": skipped, "problems": problems}])
    say(f"corrections: {added} added, {skipped} already there, {len(problems)} refused; "
        "`parallax run` re-applies them")
    if problems:
        sys.exit(1)
