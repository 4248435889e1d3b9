"""``parallax migrate``: copy a store to another backend (SQLite file ↔ PostgreSQL) without loss."""

from __future__ import annotations

import click

from . import cli, handle_errors, open_db, say, silent_option


@cli.command(name="migrate")
@click.option("--from", "source", required=True, metavar="STORE",
              help="The store to copy: a SQLite path (sqlite:PATH) or a postgresql:// URL.")
@click.option("--to", "target", required=True, metavar="STORE",
              help="A new, empty store to copy into (created and migrated if need be).")
@silent_option
@handle_errors
def migrate_cmd(source: str, target: str, silent: bool) -> None:
    """Copy every table of one store into another: articles, statements, people, corrections,
    occasions, claims, coverage, embeddings, facts with their history, contradictions.

    \b
    Example:
        parallax migrate --from sqlite:news.db --to postgresql://team@db.example/parallax
        parallax migrate --from postgresql://team@db.example/parallax --to sqlite:copy.db
    """
    from ..store.copy import copy_store

    src = open_db(source.removeprefix("sqlite:").removeprefix("//") if source.startswith("sqlite:") else source,
                  must_exist=True)
    dst = open_db(target, write=True, create=True)
    counts = copy_store(src, dst, on_table=lambda table, n: say(f"  {table}: {n}", silent))
    say(f"copied {sum(counts.values())} rows in {len(counts)} tables", silent)
