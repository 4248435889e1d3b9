"""``parallax ingest`` (files → store, in batches) and ``parallax outlets`` (the outlet registry)."""

from __future__ import annotations

import sys
from collections import Counter

import click

from .. import settings
from ..model import Article, OutletKind, Rejected
from . import echo as _echo
from . import cli, db_option, emit_json, handle_errors, json_option, open_db, progress, say, silent_option


def _batches(items, size: int):
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--field", "fields", multiple=True, metavar="FIELD=KEY",
              help="Map an article field to a JSON key, e.g. --field text=body --field published=date.")
@click.option("--outlet", help="Outlet (domain) for inputs that name none; wins over the URL's host.")
@click.option("--language", help="Language (ISO 639-1) for inputs that give none; skips identification.")
@click.option("--format", "fmt", type=click.Choice(["text", "html", "json", "jsonl", "feed", "warc"]),
              help="Read every input as this format instead of choosing by extension and content.")
@click.option("--synthetic", is_flag=True, help="Mark every article synthetic (demo and test data).")
@click.option("--batch-size", type=click.IntRange(min=1), default=settings.INGEST_BATCH, show_default=True,
              help="Articles written per transaction.")
@silent_option
@json_option
@handle_errors
def ingest_cmd(paths, db, fields, outlet, language, fmt, synthetic, batch_size, silent, as_json) -> None:
    """Read articles from files, folders, globs or - (stdin) into the store.

    Formats: plain text / Markdown with front matter, HTML pages, JSON and JSON Lines, RSS/Atom
    feeds, WARC archives. Re-ingesting an article is a no-op; syndicated copies are linked as
    near-duplicates. Each batch is one transaction: a crash loses at most the batch in flight.
    Exit status 1 when any input was rejected (the rest is still stored).

    \b
    Example:
        parallax ingest articles/ feeds/*.xml --db news.db
        parallax ingest dump.jsonl --field text=body --field published=date --db news.db
        curl -s https://example.org/feed.rss | parallax ingest - --format feed --db news.db
    """
    from .. import ingest
    from ..ingest.dedupe import NearDuplicateIndex
    from ..ingest.jsonl import parse_field_map
    from ..ingest.outlets import Registry

    try:
        field_map = parse_field_map(list(fields))
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--field") from e
    store = open_db(db, write=True, create=True)
    registry = Registry.from_store(store)
    index = NearDuplicateIndex()
    index.load(store.fingerprints())
    totals = Counter()
    rejected: list[Rejected] = []
    items = ingest.articles(paths, field_map=field_map, outlet=outlet, language=language, fmt=fmt,
                            registry=registry, synthetic=synthetic)
    try:
        with progress(items, label="ingest", silent=silent) as bar:
            for batch in _batches(bar, batch_size):
                rows = _write_batch(store, index, batch, totals, rejected)
                if as_json:
                    emit_json(rows)
    finally:
        store.close()
    say(f"ingested {totals['added']}, duplicates {totals['duplicate']}, "
        f"near-duplicates linked {totals['linked']}, rejected {len(rejected)}", silent)
    for r in rejected:
        say(f"  {r.source}: {r.reason}", silent)
    if rejected:
        sys.exit(1)


def _write_batch(store, index, batch: list, totals: Counter, rejected: list) -> list[dict]:
    """Store one batch and its near-duplicate links in one transaction; one JSON row per item."""
    articles = [a for a in batch if isinstance(a, Article)]
    with store.transaction():
        result = store.add_articles(articles)
        added = Counter(result.ids)
        pairs, status = [], {}
        for i, a in enumerate(articles):
            aid = store.namespaced(a).id  # the stored id: another outlet may hold the source's own
            if added[aid] > 0:
                added[aid] -= 1
                status[i] = ("added", None, aid)
                pairs.extend(index.add(aid, a.fingerprint))
            else:
                status[i] = ("duplicate", store.find_duplicate(a), a.id)
        linked = store.link_near_duplicates(pairs) if pairs else 0
    totals["added"] += result.added
    totals["duplicate"] += len(articles) - result.added
    totals["linked"] += linked
    rows, k = [], 0
    for item in batch:
        if isinstance(item, Rejected):
            rejected.append(item)
            rows.append({"source": item.source, "id": None, "status": "rejected", "reason": item.reason})
            continue
        state, dup_of, aid = status[k]
        k += 1
        row = {"source": item.source, "id": aid, "status": state, "reason": None}
        if state == "duplicate":
            row["reason"] = f"already stored as {dup_of}" if dup_of and dup_of != item.id else "already stored"
            row["duplicate_of"] = dup_of
        rows.append(row)
    return rows


@cli.group(name="outlets", invoke_without_command=True)
@db_option
@json_option
@click.pass_context
@handle_errors
def outlets_cmd(ctx, db, as_json) -> None:
    """List the outlet registry: bundled outlets plus your own (yours win).

    \b
    Example:
        parallax outlets --db news.db
        parallax outlets add rtvi.com --name RTVI --country US --language ru --kind independent --db news.db
        parallax outlets import my-outlets.csv --db news.db
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..ingest.outlets import Registry

    store = open_db(db, must_exist=False)  # the bundled registry is listed without a store
    try:
        registry = Registry.from_store(store)
    finally:
        store.close()
    rows = [{"domain": o.domain, "name": o.name, "country": o.country, "language": o.language,
             "kind": o.kind.value, "source": "user" if o.domain in registry.user_domains else "bundled"}
            for o in registry]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        _echo(f"{r['domain']:28} {r['kind']:12} {r['country']:3} {r['language']:3} {r['name']}"
                   + ("  [user]" if r["source"] == "user" else ""))


@outlets_cmd.command(name="add")
@click.argument("domain")
@click.option("--name", required=True, help="The outlet's name, e.g. 'RTVI'.")
@click.option("--country", default="", help="ISO 3166 country code, e.g. RU.")
@click.option("--language", default="", help="Main language (ISO 639-1), e.g. ru.")
@click.option("--kind", type=click.Choice([k.value for k in OutletKind]), default="other", show_default=True)
@db_option
@handle_errors
def outlets_add(domain, name, country, language, kind, db) -> None:
    """Add or replace one outlet in the store's registry (it overrides the bundled entry).

    \b
    Example:
        parallax outlets add rtvi.com --name RTVI --country US --language ru --kind independent
    """
    from ..ingest.outlets import normalise_domain
    from ..model import Outlet

    key = normalise_domain(domain)
    if "." not in key or any(c.isspace() for c in key):
        raise click.BadParameter(f"{domain!r} is not a domain like tass.ru", param_hint="DOMAIN")
    store = open_db(db, write=True, create=True)
    try:
        store.upsert_outlets([Outlet(key, name.strip(), country.strip().upper(), language.strip().lower(),
                                     OutletKind(kind))])
    finally:
        store.close()
    say(f"outlet {key} saved", False)


@outlets_cmd.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--replace", is_flag=True, help="Overwrite your own entries for the same domains too.")
@db_option
@handle_errors
def outlets_import(file, replace, db) -> None:
    """Add outlets from a CSV file with the columns domain,name,country,language,kind.

    All or nothing: a bad row stops the import before anything is written. Your own entries
    (from ``outlets add`` or an earlier import) are kept unless --replace; rows that only repeat
    the bundled registry are not stored, so re-importing the bundled file changes nothing.

    \b
    Example:
        parallax outlets import my-outlets.csv --db news.db
        parallax outlets import corrected.csv --replace --db news.db
    """
    from ..ingest.outlets import bundled, load_csv

    outlets = load_csv(file)
    store = open_db(db, write=True, create=True)
    try:
        mine = {o.domain: o for o in store.outlets()}
        shipped = {o.domain: o for o in bundled()}
        new, kept, same = [], [], 0
        for o in outlets:
            if o.domain in mine and mine[o.domain] != o and not replace:
                kept.append(o.domain)
            elif o.domain not in mine and shipped.get(o.domain) == o:
                same += 1
            else:
                new.append(o)
        n = store.upsert_outlets(new)
    finally:
        store.close()
    say(f"imported {n} outlets from {file}" + (f"; {same} already bundled as they are" if same else ""), False)
    if kept:
        say(f"kept your own entries for {len(kept)} outlet(s) ({', '.join(kept[:5])}"
            f"{', …' if len(kept) > 5 else ''}); --replace overwrites them")
