"""``parallax extract``, ``statements`` and ``show`` over a store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from parallax.cli import cli
from parallax.model import Article
from parallax.store import open_store

TEXT = ("Kremlin spokesman Dmitry Peskov said: “There are no such plans.”\n\n"
        "He stressed that talks were \x1b[31mnot\x1b[0m possible now.")


def _store(db_path):
    store = open_store(db_path)
    store.add_articles([Article(id="a1", text=TEXT, content_hash="h1", url="https://example.org/a1",
                                outlet="example.org", language="en", published="2024-10-23", synthetic=True)])
    store.close()


def test_cli_extract_is_incremental_and_lists_json(db_path):
    _store(db_path)
    r = CliRunner().invoke(cli, ["extract", "--db", db_path, "-s"])
    assert r.exit_code == 0, r.output
    r2 = CliRunner().invoke(cli, ["extract", "--db", db_path])
    assert "from 0 articles" in r2.output
    r3 = CliRunner().invoke(cli, ["statements", "--db", db_path, "--json"])
    assert r3.exit_code == 0
    rows = [json.loads(line) for line in r3.stdout.splitlines() if line.strip()]
    assert len(rows) == 2
    keys = {"id", "article_id", "url", "outlet", "language", "published", "type", "start", "end", "content",
            "fragments", "speaker", "speaker_start", "speaker_end", "cue", "person", "person_id", "venue",
            "claim", "occasion"}
    assert keys <= set(rows[0])
    direct = [r for r in rows if r["type"] == "direct"][0]
    assert direct["content"] == "“There are no such plans.”"
    assert TEXT[direct["start"]:direct["end"]] == direct["content"]
    assert direct["speaker"] == "Kremlin spokesman Dmitry Peskov" and direct["speaker_name"] == "Dmitry Peskov"
    assert direct["synthetic"] is True
    only = CliRunner().invoke(cli, ["statements", "--db", db_path, "--json", "--type", "indirect"])
    assert [json.loads(x)["type"] for x in only.stdout.splitlines()] == ["indirect"]


def test_cli_show_marks_statements_and_strips_control_characters(db_path):
    _store(db_path)
    CliRunner().invoke(cli, ["extract", "--db", db_path, "-s"])
    r = CliRunner().invoke(cli, ["show", "a1", "--db", db_path])
    assert r.exit_code == 0, r.output
    assert "⟦1:“There are no such plans.”⟧" in r.output
    assert "\x1b" not in r.output
    assert "[synthetic]" in r.output


def test_cli_show_unknown_article_is_an_error(db_path):
    _store(db_path)
    r = CliRunner().invoke(cli, ["show", "nope", "--db", db_path])
    assert r.exit_code == 1
    assert "nope" in r.output


def test_cli_extract_help_has_example():
    for cmd in ("extract", "statements", "show"):
        r = CliRunner().invoke(cli, [cmd, "--help"])
        assert r.exit_code == 0 and "Example:" in r.output
