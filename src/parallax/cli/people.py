"""``parallax people``: resolve names, list and show people, and record analysts' corrections."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import echo as _echo
from . import cli, db_option, emit_json, handle_errors, json_option, open_db, say
from . import person_id as resolve_person


def _registry(store):
    from ..resolve import Registry

    return Registry.load(store)


def _person_row(p, statements: int | None = None) -> dict:
    row = {"id": p.id, "name": p.name, "qid": p.qid, "gender": p.gender, "source": p.source,
           "aliases": list(p.aliases),
           "roles": [{"title": r.title, "start": r.start, "end": r.end} for r in p.roles]}
    if statements is not None:
        row["statements"] = statements
    return row


def _check_date(date: str | None) -> str | None:
    import re

    if date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise click.BadParameter(f"{date!r} is not a date like 2024-10-23", param_hint="--date")
    return date


@cli.group(name="people")
def people() -> None:
    """People: resolve a name, list and show people, merge, split and alias them.

    \b
    Example:
        parallax people resolve "Лукашенком" --lang ru --json
        parallax people merge alexander-lukashenko lukashenka-3f2a1b --db news.db
    """


@people.command(name="resolve")
@click.argument("name")
@click.option("--lang", default=None, help="Language of the text the name comes from (en, ru, uk …).")
@click.option("--date", default=None, help="Date of the text (YYYY-MM-DD), for role descriptions.")
@click.option("--context", "context", multiple=True, help="Another name in the same article (repeatable).")
@db_option
@json_option
@handle_errors
def resolve_cmd(name: str, lang: str | None, date: str | None, context: tuple[str, ...], db: str,
                as_json: bool) -> None:
    """Print the person a bare name resolves to (id, name, score, rule), or null.

    \b
    Example:
        parallax people resolve "A. Lukashenko" --json
        parallax people resolve "the Russian defence minister" --date 2023-05-01
    """
    store = open_db(db, must_exist=False)  # the bundled registry answers without a store
    link = _registry(store).resolve(name, lang=lang, date=_check_date(date), context_names=context)
    row = None if link is None else {"id": link.person_id, "name": link.name, "score": link.score,
                                     "rule": link.rule}
    if as_json:
        emit_json([row])
    elif row is None:
        _echo("null")
        say(f"no person found for {name!r}")
    else:
        _echo(f"{row['id']}\t{row['name']}\t{row['score']}\t{row['rule']}")


@people.command(name="list")
@click.option("--query", "-q", default="", help="Only people whose names contain this (any script).")
@click.option("--limit", type=int, default=None, help="At most this many.")
@db_option
@json_option
@handle_errors
def list_cmd(query: str, limit: int | None, db: str, as_json: bool) -> None:
    """List known people: bundled, imported, discovered.

    \b
    Example:
        parallax people list --query Лукашенко --json
    """
    store = open_db(db, must_exist=False)  # the bundled registry answers without a store
    found = _registry(store).search(query, limit=limit)
    if as_json:
        emit_json(_person_row(p) for p in found)
    else:
        for p in found:
            _echo(f"{p.id}\t{p.name}\t{p.source}")
    say(f"{len(found)} people", False)


@people.command(name="show")
@click.argument("person_id")
@db_option
@json_option
@handle_errors
def show_cmd(person_id: str, db: str, as_json: bool) -> None:
    """Show one person: aliases, roles, statement count and the evidence of their links.

    \b
    Example:
        parallax people show alexander-lukashenko --db news.db --json
    """
    from ..errors import NotFound

    store = open_db(db, must_exist=False)  # the bundled registry answers without a store
    reg = _registry(store)
    p = reg.get(resolve_person(store, person_id))
    if p is None:
        raise NotFound(f"no person with id {person_id!r}; see `parallax people list`")
    stmts = store.statements(person_id=p.id)
    evidence: dict[tuple, int] = {}
    for s in stmts:
        key = (s.speaker_name or (s.speaker.text if s.speaker else ""), s.person_rule, s.person_score)
        evidence[key] = evidence.get(key, 0) + 1
    row = _person_row(p, statements=len(stmts))
    row["merged"] = sorted(k for k in reg._redirect if reg.canonical(k) == p.id)
    row["links"] = [{"mention": m, "rule": r, "score": sc, "statements": n}
                    for (m, r, sc), n in sorted(evidence.items(), key=lambda kv: -kv[1])]
    if as_json:
        emit_json([row])
        return
    _echo(f"{p.name}  ({p.id}){'  ' + p.qid if p.qid else ''}  [{p.source}]")
    if p.aliases:
        _echo("aliases: " + ", ".join(p.aliases))
    for r in p.roles:
        _echo(f"role: {r.title} ({r.start or '?'} – {r.end or 'now'})")
    _echo(f"statements: {len(stmts)}")
    for link in row["links"]:
        _echo(f"  {link['mention']!r} → rule {link['rule']}, score {link['score']} ×{link['statements']}")


@people.command(name="merge")
@click.argument("into")
@click.argument("other")
@db_option
@handle_errors
def merge_cmd(into: str, other: str, db: str) -> None:
    """Fold person OTHER into INTO (stored; re-applied to every statement).

    \b
    Example:
        parallax people merge alexander-lukashenko lukashenka-aleksandr-1a2b3c --db news.db
    """
    from ..resolve import merge

    n = merge(open_db(db, write=True, create=True), into, other)
    say(f"merged {other} into {into}; {n} statements re-linked", False)


@people.command(name="split")
@click.argument("person_id")
@click.option("--alias", "alias", required=True, help="The name that was wrongly attached.")
@db_option
@handle_errors
def split_cmd(person_id: str, alias: str, db: str) -> None:
    """Detach a wrongly attached name from a person: it becomes its own person.

    \b
    Example:
        parallax people split alexander-lukashenko --alias "Viktor Lukashenko" --db news.db
    """
    from ..resolve import split

    new_id, n = split(open_db(db, write=True, create=True), person_id, alias)
    _echo(new_id)
    say(f"{alias!r} is now person {new_id}; {n} statements re-linked", False)


@people.group(name="alias")
def alias_group() -> None:
    """Add names to a person.

    \b
    Example:
        parallax people alias add alexander-lukashenko "Батька" --db news.db
    """


@alias_group.command(name="add")
@click.argument("person_id")
@click.argument("name")
@db_option
@handle_errors
def alias_add_cmd(person_id: str, name: str, db: str) -> None:
    """Attach NAME to a person (stored; it then always resolves to them).

    \b
    Example:
        parallax people alias add alexander-lukashenko "Батька" --db news.db
    """
    from ..resolve import add_alias

    n = add_alias(open_db(db, write=True, create=True), person_id, name)
    say(f"{name!r} added to {person_id}; {n} statements re-linked", False)


@people.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@handle_errors
def import_cmd(file: str, db: str) -> None:
    """Import your own people (JSON Lines, the format of the bundled people.jsonl) into the store.

    \b
    Example:
        parallax people import my-people.jsonl --db news.db
    """
    from ..resolve import apply_corrections
    from ..resolve.registry import read_people_file

    found = read_people_file(file)
    store = open_db(db, write=True, create=True)
    n = store.upsert_people(p for p, _meta in found)
    relinked = apply_corrections(store)
    say(f"imported {n} people from {file}; {relinked} statements re-linked", False)


@people.command(name="eval")
@click.argument("cases", required=False, type=click.Path(dir_okay=False))
@json_option
@handle_errors
def eval_cmd(cases: str | None, as_json: bool) -> None:
    """Score name resolution on labelled cases: linking and merge precision/recall.

    CASES defaults to tests/fixtures/resolve/cases.jsonl in the current checkout.

    \b
    Example:
        parallax people eval --json
    """
    from ..resolve.evaluate import TARGETS, evaluate

    path = Path(cases) if cases else Path("tests/fixtures/resolve/cases.jsonl")
    if not path.is_file():
        raise click.UsageError(f"{path}: no cases file; pass one (see docs/_parts/people-evaluation.md)")
    result = evaluate(path)
    errors = result.pop("errors")
    if as_json:
        emit_json([dict(result, errors=errors)])
    else:
        for k, v in result.items():
            _echo(f"{k}: {v}")
        for e in errors:
            say(f"miss: {e['mention']!r} ({e['lang']}): expected {e['expected']}, got {e['got']} [{e['rule']}]")
    if result["precision"] < TARGETS["precision"] or result["recall"] < TARGETS["recall"]:
        say(f"below target: precision ≥ {TARGETS['precision']}, recall ≥ {TARGETS['recall']}")
        sys.exit(1)
