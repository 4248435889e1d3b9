"""``parallax run`` (everything pending, in order) and ``parallax demo`` (the bundled corpus)."""

from __future__ import annotations

from pathlib import Path

import click

from .. import settings
from . import echo as _echo
from . import cli, db_option, handle_errors, open_db, say, silent_option

DEMO_CORPUS = settings.PACKAGE_DATA / "demo" / "articles.jsonl"
#: analyst facts written for the demo (marked so: origin "demo")
DEMO_FACTS = settings.PACKAGE_DATA / "demo" / "facts.jsonl"


def _run_pending(store, *, full: bool, silent: bool, cluster=None):
    """Every pending stage, each with its own progress bar on stderr (``Progress``: the estimate
    comes from the pace measured in that stage)."""
    from .. import pipeline
    from . import Progress

    pending = pipeline.count_pending(store)
    with Progress("extract + resolve", pending, silent=silent) as bar:
        summary = pipeline.extract_pending(store, on_article=lambda _a: bar.update(1), cluster=cluster)
    bars: dict[str, Progress] = {}

    def step(label):
        def update(done, total):
            if label not in bars:
                bars[label] = Progress(label, total, silent=silent)
            bars[label].set(done, total)
            if done >= total:
                bars[label].finish()
        return update

    alignment = pipeline.group(store, full=full, on_embed=step("embed"), on_group=step("group claims"),
                               on_compare=step("coverage"), on_check=step("contradictions"), cluster=cluster)
    for bar in bars.values():
        bar.finish()
    for article_id, reason in summary.failed:
        say(f"failed: article {article_id}: {reason}")
    say(f"extracted {summary.statements} statements from {summary.articles} articles; "
        f"{alignment}", silent)
    if alignment.contradictions is not None:
        say(str(alignment.contradictions), silent)
    if alignment.corrections and alignment.corrections.get("orphaned"):
        say(f"{alignment.corrections['orphaned']} human corrections are orphaned (their statement or cell is "
            "gone); see `parallax correct list`", silent)
    if alignment.alerts:
        say(f"{len(alignment.alerts)} new alerts on watched items; see `parallax alerts`", silent)
    return summary


@cli.command(name="run")
@db_option
@click.option("--full", is_flag=True, help="Recompute claims and occasions from scratch.")
@click.option("--ray", "ray_address", is_flag=False, flag_value="", default=None, metavar="[ADDRESS]",
              help="Run the per-article work and the grouping on Ray (extra [scale]): a local Ray, or "
                   "the cluster at ADDRESS. Same results as without it.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Ray workers (with --ray): the CPUs of a local Ray, the actors per stage on a cluster.")
@silent_option
@handle_errors
def run_cmd(db: str, full: bool, ray_address: str | None, workers: int, silent: bool) -> None:
    """Run every pending stage in order: extract → resolve → align → coverage.

    \b
    Example:
        parallax ingest articles/ --db news.db
        parallax run --db news.db
        parallax run --db news.db --ray --workers 4
    """
    store = open_db(db, write=True)
    if ray_address is None:
        summary = _run_pending(store, full=full, silent=silent)
    else:
        from .. import scale

        with scale.connect(ray_address or None, workers=workers) as cluster:
            summary = _run_pending(store, full=full, silent=silent, cluster=cluster)
    if summary.failed:
        raise SystemExit(1)


def _fresh_demo_store(db: str):
    """Open a fresh store for the demo, refusing to wipe a store that holds anything but the demo."""
    path = Path(db)
    if path.exists():
        store = open_db(db)
        foreign = [a.id for a in store.articles() if not a.meta.get("demo")]
        store.close()
        if foreign:
            raise click.ClickException(
                f"{db}: holds {len(foreign)} articles that are not from the demo corpus; "
                "pass another --db for the demo")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return open_db(db, write=True, create=True)


@cli.command()
@click.option("--db", "db", default="demo.db", show_default=True, help="SQLite file to build the demo in.")
@silent_option
@handle_errors
def demo(db: str, silent: bool) -> None:
    """Build the demo store from the bundled corpus and print what parallax found.

    The corpus is the seed article (real text) plus short synthetic articles, marked as such,
    in which several outlets relay two interviews and a state agency drops one remark. The
    output ends with the coverage matrix of its occasions.

    \b
    Example:
        parallax demo --db demo.db
        parallax serve --db demo.db
    """
    from .. import ingest
    from ..model import Rejected
    from ..store import redact

    store = _fresh_demo_store(db)
    articles = []
    for item in ingest.articles([str(DEMO_CORPUS)]):
        if isinstance(item, Rejected):
            raise click.ClickException(f"demo corpus: {item.source}: {item.reason}")
        articles.append(item)
    articles = [_mark_demo(a) for a in articles]
    ingest_result = store.add_articles(articles)
    say(f"ingested {ingest_result.added} demo articles into {redact(db)}", silent)
    from .. import facts

    demo_facts = list(facts.parse(DEMO_FACTS.read_text(encoding="utf-8").splitlines(), str(DEMO_FACTS),
                                  origin="demo"))
    if any(isinstance(f, Rejected) for f in demo_facts):
        raise click.ClickException(f"demo facts: {[f for f in demo_facts if isinstance(f, Rejected)]}")
    store.put_facts(demo_facts)
    say(f"recorded {len(demo_facts)} analyst facts written for the demo", silent)
    _run_pending(store, full=True, silent=silent)
    _print_demo(store)


def _mark_demo(article):
    from dataclasses import replace

    return replace(article, meta={**dict(article.meta), "demo": True})


def _print_demo(store) -> None:
    """What the demo found: per article its statements, then people, occasions and the matrix."""
    echo = _echo
    for article in store.articles():
        tag = " [synthetic]" if article.synthetic else ""
        primary = " [primary source]" if article.primary else ""
        echo(f"\n== {article.outlet or '?'} ({article.language}) {article.title or article.id}{tag}{primary}")
        for s in store.statements(article_id=article.id):
            who = s.person_name or s.speaker_name or (s.speaker.text if s.speaker else "?")
            mention = f" (“{s.speaker.text}”)" if s.speaker and s.speaker.text != who else ""
            venue = f" @ {s.venue_name}" if s.venue_name else ""
            cue = f" [{' '.join(c.text for c in s.cue)}]" if s.cue else ""
            text = s.text if len(s.text) <= 110 else s.text[:107] + "…"
            echo(f"  {s.type.value:8} {who}{mention}{cue}{venue}: {text}")
    from . import align as align_cli

    _print_contradictions(store)
    echo("")
    align_cli.print_coverage(store)


def _print_contradictions(store) -> None:
    """The demo's contradiction flags, each with its reason and both sides cited."""
    echo = click.echo
    from ..report.records import contradiction_records

    flags = contradiction_records(store, store.contradictions())
    echo(f"\n== contradictions ({len(flags)}), against analyst facts written for the demo and earlier words")
    for r in flags:
        echo(f"  {r['person'] or r['person_id']} ({r['outlet']}): “{r['content']}”\n"
             f"    {r['reason']}\n    statement: {r['url'] or r['article_id']} [{r['start']}:{r['end']}]")
        a = r["against"]
        if a["kind"] == "fact":
            echo(f"    fact {a['fact']}: {a['source_url'] or '-'}")
        else:
            echo(f"    earlier: {a['url'] or a['article_id']} [{a['start']}:{a['end']}]")
