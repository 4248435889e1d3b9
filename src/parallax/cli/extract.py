"""``parallax extract``, ``parallax statements`` and ``parallax show``: stage 2 over the store."""

from __future__ import annotations


import click

from . import echo as _echo
from . import article_id as _article_id
from . import person_id as _person_id
from . import safe as _printable  # the one terminal-safety helper
from . import cli, db_option, emit_json, handle_errors, json_option, open_db, progress, say, silent_option


@cli.command(name="extract")
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only new ones.")
@click.option("--backend", type=click.Choice(["rules", "spacy"]), default=None,
              help="Extraction backend: spacy (parse-assisted English; the default) or rules (no model).")
@silent_option
@handle_errors
def extract_cmd(db: str, everything: bool, backend: str, silent: bool) -> None:
    """Extract statements (quotes, reported speech, speakers, venues) from stored articles.

    Incremental: only articles without statements or extracted by an older extractor version,
    unless --all.

    \b
    Example:
        parallax extract --db news.db
        parallax extract --db news.db --all
    """
    from .. import pipeline
    from ..extract.backends import DEFAULT, Options

    store = open_db(db, write=True)
    options = Options(backend=backend) if backend else DEFAULT
    total = pipeline.count_pending(store, everything=everything)
    with progress(range(total), length=total, label="extracting", silent=silent) as bar:
        summary = pipeline.extract_pending(store, everything=everything, options=options,
                                           on_article=lambda _a: bar.update(1))
    for aid, reason in summary.failed:
        say(f"failed: article {aid}: {reason}")
    say(f"extracted {summary.statements} statements from {summary.articles} articles"
        + (f"; {len(summary.failed)} failed" if summary.failed else ""), silent)
    if summary.failed:
        raise SystemExit(1)


@cli.command(name="statements")
@db_option
@json_option
@click.option("--article", "article_id", help="Only this article's statements.")
@click.option("--person", help="Person id, or a name in any spelling or script (resolved to the person).")
@click.option("--outlet", help="Outlet domain, e.g. tass.ru.")
@click.option("--language", help="ISO 639-1 code.")
@click.option("--type", "type_", type=click.Choice(["direct", "indirect", "mixed"]), help="Statement type.")
@click.option("--query", help="Search: words in any form, names in any spelling, a remark in any language "
                               "(ranked: names, words, then close in meaning).")
@click.option("--meaning/--no-meaning", default=True, show_default=True,
              help="With --query: add statements close in meaning (any language) after the word matches.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N statements.")
@handle_errors
def statements_cmd(db: str, as_json: bool, article_id: str | None, person: str | None, outlet: str | None,
                   language: str | None, type_: str | None, query: str | None, meaning: bool,
                   limit: int | None) -> None:
    """List stored statements, filtered; --json writes one JSON object per line.

    \b
    Example:
        parallax statements --db news.db --person Lukashenko --json
        parallax statements --db news.db --language uk --type direct
    """
    from ..report.records import statement_record

    from ..report import search

    store = open_db(db)
    filters = {"article_id": _article_id(store, article_id), "outlet": outlet, "language": language, "type": type_}
    if person:
        filters.update(_person_filter(store, person))
    filters = {k: v for k, v in filters.items() if v}
    if query:
        found = [h.statement for h in search.statements(
            store, query, limit=limit or 10**9, semantic=meaning, **filters).hits]
    else:
        found = store.statements(limit=limit, **filters)
    if person and not found and "speaker" in filters:
        _person_id(store, person)  # names nobody and no speaker string holds it: exit 1, nearest ids
    cache: dict = {}

    def art(aid):
        if aid not in cache:
            cache[aid] = store.article(aid)
        return cache[aid]

    if as_json:
        emit_json(statement_record(s, art(s.article_id)) for s in found)
        return
    for s in found:
        who = s.person_name or s.speaker_name or (s.speaker.text if s.speaker else "?")
        venue = f" [{s.venue_name}]" if s.venue_name else ""
        _echo(f"{s.id}  {s.type.value:<8} {who}{venue}: {_one_line(s.text, 120)}")
    say(f"{len(found)} statements", False)


def _person_filter(store, person: str) -> dict[str, str]:
    """``--person``: a person id, else a name in any spelling, script or inflection resolved to the
    person it names (Лукашенка, Łukaszenko → alexander-lukashenko), else matched as speaker text."""
    from ..pipeline import registry_for
    from ..report import search

    registry = registry_for(store)
    if registry.get(person) is not None or person in store.person_counts():
        return {"person_id": registry.canonical(person)}
    ids = search.person_ids(registry, person)
    return {"person_id": ids[0]} if ids else {"speaker": person}


def _one_line(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


@cli.command(name="show")
@click.argument("article_id")
@db_option
@json_option
@handle_errors
def show_cmd(article_id: str, db: str, as_json: bool) -> None:
    """Print an article with its statements marked, then a table of them.

    Content is wrapped in ⟦ ⟧ with the statement's number; --json writes one line per statement.

    \b
    Example:
        parallax show 3f2a9c0d1e2b4a5f --db news.db
    """
    from ..report.records import statement_record

    store = open_db(db)
    article = store.article(_article_id(store, article_id))
    found = store.statements(article_id=article_id)
    if as_json:
        emit_json(statement_record(s, article) for s in found)
        return
    text = article.text
    marks: list[tuple[int, int, str]] = []
    for n, s in enumerate(found, 1):
        for f in s.content:
            marks.append((f.start, 0, f"⟦{n}:"))
            marks.append((f.end, 1, f"⟧"))
    out, pos = [], 0
    for off, _, tag in sorted(marks):
        out.append(_printable(text[pos:off]))
        out.append(tag)
        pos = off
    out.append(_printable(text[pos:]))
    head = f"{article.title or article.id}" + ("  [synthetic]" if article.synthetic else "")
    _echo(head)
    _echo(f"{article.outlet or ''} {article.url or ''} {article.published or ''}".strip())
    _echo("")
    _echo("".join(out))
    _echo("")
    _echo(f"{'#':>3}  {'type':<8} {'speaker → name':<40} {'cue':<16} {'venue':<14} content")
    for n, s in enumerate(found, 1):
        spk = s.speaker.text if s.speaker else "—"
        name = s.person_name or s.speaker_name or "?"
        cue = " ".join(c.text for c in s.cue) or "—"
        _echo(f"{n:>3}  {s.type.value:<8} {_one_line(_printable(spk + ' → ' + name), 40):<40} "
                   f"{_one_line(_printable(cue), 16):<16} {_one_line(_printable(s.venue_name or '—'), 14):<14} "
                   f"{_one_line(_printable(s.text), 70)}")


__all__ = ["extract_cmd", "show_cmd", "statements_cmd"]
