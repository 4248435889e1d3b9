"""``parallax people``: JSON shapes, exit codes, corrections through the CLI."""

from __future__ import annotations

import json

from click.testing import CliRunner

from parallax.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_people_cli_resolve_json_shape(db_path):
    r = run("people", "resolve", "Лукашенкові", "--lang", "uk", "--db", db_path, "--json")
    assert r.exit_code == 0
    row = json.loads(r.stdout)
    assert set(row) == {"id", "name", "score", "rule"}
    assert row["id"] == "alexander-lukashenko" and 0 < row["score"] <= 1
    r = run("people", "resolve", "Kim", "--db", db_path, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) is None


def test_people_cli_resolve_by_date(db_path):
    r = run("people", "resolve", "the Russian defence minister", "--date", "2025-01-01", "--db", db_path, "--json")
    assert json.loads(r.stdout)["id"] == "andrei-belousov"
    assert run("people", "resolve", "x", "--date", "yesterday", "--db", db_path).exit_code == 2


def test_people_cli_list_show_alias(db_path):
    r = run("people", "list", "--query", "Лукашенко", "--db", db_path, "--json")
    ids = [json.loads(l)["id"] for l in r.stdout.splitlines()]
    assert "alexander-lukashenko" in ids and "viktor-lukashenko" in ids
    assert run("people", "alias", "add", "alexander-lukashenko", "Батька", "--db", db_path).exit_code == 0
    r = run("people", "resolve", "Батька", "--db", db_path, "--json")
    assert json.loads(r.stdout)["rule"] == "correction"
    r = run("people", "show", "alexander-lukashenko", "--db", db_path, "--json")
    row = json.loads(r.stdout)
    assert "Батька" in row["aliases"] and row["statements"] == 0 and row["roles"][0]["title"] == "President of Belarus"


def test_people_cli_errors_name_the_input(db_path, tmp_path):
    r = CliRunner().invoke(cli, ["people", "show", "nobody-here", "--db", db_path])
    assert r.exit_code == 1 and "nobody-here" in r.output
    r = CliRunner().invoke(cli, ["people", "merge", "alexander-lukashenko", "nobody-here", "--db", db_path])
    assert r.exit_code == 1 and "nobody-here" in r.output
    bad = tmp_path / "p.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["people", "import", str(bad), "--db", db_path])
    assert r.exit_code == 1 and "p.jsonl:1" in r.output


def test_people_cli_import_then_resolve(db_path, tmp_path):
    f = tmp_path / "mine.jsonl"
    f.write_text(json.dumps({"id": "olha-petrenko", "name": "Olha Petrenko", "gender": "f",
                             "names": {"uk": ["Ольга Петренко"]}}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("people", "import", str(f), "--db", db_path).exit_code == 0
    r = run("people", "resolve", "Ольги Петренко", "--lang", "uk", "--db", db_path, "--json")
    assert json.loads(r.stdout)["id"] == "olha-petrenko"


def test_people_cli_eval_json(tmp_path, monkeypatch):
    from pathlib import Path

    cases = Path(__file__).resolve().parents[1] / "fixtures" / "resolve" / "cases.jsonl"
    r = run("people", "eval", str(cases), "--json")
    assert r.exit_code == 0
    row = json.loads(r.stdout)
    assert {"precision", "recall", "merge_precision", "merge_recall", "cases", "errors"} <= set(row)
