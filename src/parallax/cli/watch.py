"""``parallax watch`` (named watch lists) and ``parallax alerts`` (what happened to watched items)."""

from __future__ import annotations

import re
import sys

import click

from . import cli, db_option, echo, emit_json, handle_errors, json_option, open_db, say


def _items(person, outlet, occasion) -> list[tuple[str, str]]:
    return [("person", p) for p in person] + [("outlet", o) for o in outlet] + [("occasion", o) for o in occasion]


def _targets(f):
    f = click.option("--occasion", multiple=True, help="An occasion id (repeatable).")(f)
    f = click.option("--outlet", multiple=True, help="An outlet domain, e.g. tass.ru (repeatable).")(f)
    return click.option("--person", multiple=True, help="A person id or name (repeatable).")(f)


@cli.group(name="watch")
def watch_group() -> None:
    """Watch lists: people, outlets and occasions whose new omissions, alterations and
    contradictions become alerts after each run.

    \b
    Example:
        parallax watch add belarus --person alexander-lukashenko --outlet belta.by --db news.db
        parallax watch add belarus --webhook https://hooks.example.org/parallax --db news.db
        parallax alerts --db news.db
    """


@watch_group.command(name="add")
@click.argument("name")
@_targets
@click.option("--webhook", default=None, help="POST each new alert of this list as JSON to this URL.")
@db_option
@json_option
@handle_errors
def add_cmd(name: str, person, outlet, occasion, webhook, db: str, as_json: bool) -> None:
    """Add items to watch list NAME (created if new); alerts on them are recorded at once.

    \b
    Example:
        parallax watch add belarus --person Лукашенко --outlet belta.by --db news.db
    """
    from .. import watch

    items = _items(person, outlet, occasion)
    if not items and not webhook:
        raise click.UsageError("give --person, --outlet, --occasion or --webhook")
    store = open_db(db, write=True)
    watch.check_name(name)
    watch.check_webhook(webhook)
    for kind, target in items:  # every item is checked before any is stored: all or nothing
        watch.resolve_target(store, kind, target)
    added = [watch.add(store, name, kind, target, webhook=webhook) for kind, target in items]
    if not items:
        store.put_watch_list(name, watch.check_webhook(webhook))
    new = watch.check(store)
    if as_json:
        emit_json({"list": w.list, "kind": w.kind, "target": w.target} for w in added)
    say(f"{name}: watching {', '.join(f'{w.kind} {w.target}' for w in added) or 'nothing new'}"
        f"{'; webhook set' if webhook else ''}; {len(new)} new alerts")


@watch_group.command(name="list")
@click.argument("name", required=False)
@db_option
@json_option
@handle_errors
def list_cmd(name, db: str, as_json: bool) -> None:
    """Show watch lists and what each watches.

    \b
    Example:
        parallax watch list --db news.db --json
    """
    store = open_db(db)
    lists = [r for r in store.watch_lists() if name is None or r[0] == name]
    if name is not None and not lists:
        raise click.ClickException(f"no watch list {name!r}; known: {', '.join(r[0] for r in store.watch_lists()) or '-'}")
    rows = [{"list": n, "webhook": hook, "created_at": when,
             "watches": [{"kind": w.kind, "target": w.target} for w in store.watches(n)]} for n, hook, when in lists]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        echo(f"{r['list']}{'  → ' + r['webhook'] if r['webhook'] else ''}")
        for w in r["watches"]:
            echo(f"  {w['kind']:8} {w['target']}")


@watch_group.command(name="remove")
@click.argument("name")
@_targets
@db_option
@handle_errors
def remove_cmd(name: str, person, outlet, occasion, db: str) -> None:
    """Remove items from watch list NAME, or the whole list when no item is given (alerts are kept).

    \b
    Example:
        parallax watch remove belarus --outlet belta.by --db news.db
    """
    store = open_db(db, write=True)
    if name not in {r[0] for r in store.watch_lists()}:
        raise click.ClickException(f"no watch list {name!r}")
    items = _items(person, outlet, occasion)
    if not items:
        store.remove_watches(name)
        say(f"removed watch list {name}")
        return
    gone = 0
    for kind, target in items:
        n = store.remove_watches(name, kind, target)
        if not n:
            raise click.ClickException(f"{name} does not watch {kind} {target!r}")
        gone += n
    say(f"{name}: {gone} items removed")


_SINCE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?Z?)?$")


@cli.group(name="alerts", invoke_without_command=True)
@click.option("--since", default=None, help="Only alerts recorded since this date or time (UTC, 2024-10-23).")
@click.option("--list", "name", default=None, help="Only this watch list's alerts.")
@click.option("--limit", type=click.IntRange(1), default=None)
@db_option
@json_option
@click.pass_context
@handle_errors
def alerts_group(ctx: click.Context, since, name, limit, db: str, as_json: bool) -> None:
    """New omissions, alterations and contradictions on watched items, newest first.

    \b
    Example:
        parallax alerts --since 2024-10-23 --db news.db
        parallax alerts deliver --wait --db news.db
    """
    if ctx.invoked_subcommand:
        return
    from .. import watch

    if since and not _SINCE.match(since):
        raise click.BadParameter(f"{since!r} is not a date like 2024-10-23", param_hint="--since")
    store = open_db(db)
    if name and name not in {r[0] for r in store.watch_lists()}:
        raise click.ClickException(f"no watch list {name!r}")
    found = store.alerts(name=name, since=since.replace(" ", "T") if since else None, limit=limit)
    if as_json:
        emit_json(watch.record(a) for a in found)
        return
    for a in found:
        echo(f"{a.created_at}  [{a.list}] {a.kind:13} {a.title}  {a.link or ''}")
    say(f"{len(found)} alerts")


@alerts_group.command(name="deliver")
@click.option("--wait", is_flag=True, help="Keep retrying failed deliveries (backoff) for up to --max-wait seconds.")
@click.option("--max-wait", type=click.FloatRange(0), default=120.0, show_default=True)
@db_option
@json_option
@handle_errors
def deliver_cmd(wait: bool, max_wait: float, db: str, as_json: bool) -> None:
    """POST queued alerts to their lists' webhooks; failures are retried with backoff and recorded.

    Exit 1 when a delivery failed for good.

    \b
    Example:
        parallax alerts deliver --db news.db        # from cron, every few minutes
    """
    from .. import watch

    store = open_db(db, write=True)
    counts = watch.deliver_all(store, max_wait=max_wait) if wait else watch.deliver(store)
    counts.setdefault("pending", len(store.deliveries("pending")))
    if as_json:
        emit_json([counts])
    for alert_id, url, status, attempts, _next, error, _when in store.deliveries():
        if status != "delivered" and error:
            say(f"alert {alert_id} → {url}: {status} after {attempts} tries: {error}")
    say(f"deliveries: {counts['delivered']} delivered, {counts['retry']} to retry, {counts['failed']} failed, "
        f"{counts['pending']} pending")
    if counts["failed"]:
        sys.exit(1)


@alerts_group.command(name="feed")
@click.argument("name")
@click.option("--base-url", default="http://localhost:8000", show_default=True, help="Where `parallax serve` runs.")
@db_option
@handle_errors
def feed_cmd(name: str, base_url: str, db: str) -> None:
    """Print watch list NAME's Atom feed (what /watch/NAME/feed.atom serves).

    \b
    Example:
        parallax alerts feed belarus --db news.db > belarus.atom
    """
    from .. import watch

    click.echo(watch.feed(open_db(db), name, base_url))
