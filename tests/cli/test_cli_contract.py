"""Every command fails loudly: a missing store, an unknown id, ``-o -``; progress and ``--quiet``.

One parametrised case per read command and per id-taking command, against the demo store.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from parallax.cli import Progress, cli

#: every command that reads a store (the db path is appended as --db)
READ_COMMANDS = [
    ["brief", "--occasion", "x"], ["claims"], ["contradictions"], ["coverage"], ["occasions"], ["facts"],
    ["export", "statements", "--format", "jsonl", "-o", "-"], ["record", "x"], ["show", "x"], ["statements"],
    ["serve", "--get", "/"], ["align"], ["extract"], ["run"],
]
# (corrections, ingest, imports and facts bring the analyst's data in: they may create a store)
#: commands that answer from the bundled registry without a store, and must not create one
REGISTRY_COMMANDS = [["outlets"], ["people", "list"], ["people", "resolve", "Lukashenko"],
                     ["people", "show", "alexander-lukashenko"]]


def _run(args, **kw):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kw)


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_cli_contract_missing_store_exits_1_naming_it(tmp_path, args):
    db = tmp_path / "typo.db"
    result = _run([*args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert str(db) in result.output and "no such store" in result.output
    assert not db.exists(), "a mistyped --db must not create an empty store"


@pytest.mark.parametrize("args", REGISTRY_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_cli_contract_registry_commands_create_no_store(tmp_path, args):
    db = tmp_path / "typo.db"
    result = _run([*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not db.exists()


def _ids(db: str) -> dict[str, str]:
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {"article": one("SELECT id FROM articles ORDER BY id LIMIT 1"),
            "occasion": one("SELECT id FROM occasions ORDER BY id LIMIT 1"),
            "person": "alexander-lukashenko"}


#: (command with {kind} for a near-miss id, kind of id): each must exit 1 naming the real id
ID_COMMANDS = [
    (["show", "{article}"], "article"), (["record", "{person}"], "person"),
    (["people", "show", "{person}"], "person"), (["claims", "--occasion", "{occasion}"], "occasion"),
    (["claims", "--person", "{person}"], "person"), (["occasions", "--person", "{person}"], "person"),
    (["brief", "--occasion", "{occasion}"], "occasion"), (["brief", "--person", "{person}"], "person"),
    (["coverage", "--occasion", "{occasion}"], "occasion"), (["contradictions", "--person", "{person}"], "person"),
    (["statements", "--article", "{article}"], "article"), (["statements", "--person", "{person}"], "person"),
]


@pytest.mark.parametrize("args,kind", ID_COMMANDS, ids=lambda a: " ".join(a) if isinstance(a, list) else a)
def test_cli_contract_unknown_id_exits_1_with_nearest(demo_store, args, kind):
    db, _ = demo_store
    real = _ids(db)[kind]
    near_miss = real + "x"
    result = _run([a.format(**{kind: near_miss}) for a in args] + ["--db", db])
    assert result.exit_code == 1, result.output
    assert repr(near_miss) in result.output and real in result.output, result.output


def test_cli_contract_export_dash_is_stdout(demo_store, tmp_path, monkeypatch):
    db, _ = demo_store
    monkeypatch.chdir(tmp_path)
    result = _run(["export", "statements", "--format", "jsonl", "-o", "-", "--db", db])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("content" in r for r in rows)
    assert not (tmp_path / "-").exists()


def test_cli_contract_brief_dash_is_stdout(demo_store, tmp_path, monkeypatch):
    db, _ = demo_store
    monkeypatch.chdir(tmp_path)
    occasion = _ids(db)["occasion"]
    result = _run(["brief", "--occasion", occasion, "-o", "-", "--db", db])
    assert result.exit_code == 0 and result.stdout.strip()
    assert not (tmp_path / "-").exists()


STAGES = ("extract + resolve", "embed", "group claims", "coverage", "contradictions")


def test_cli_progress_run_shows_a_bar_per_stage(demo_store):
    _, stderr = demo_store
    for stage in STAGES:
        finished = [line for line in stderr.splitlines() if line.startswith(f"{stage} [") and "done in" in line]
        assert len(finished) == 1, (stage, stderr)
        assert re.search(r"\[#+\] (\d+)/\1 100% done in", finished[0])


def test_cli_progress_quiet_shows_nothing(tmp_path):
    result = CliRunner().invoke(cli, ["--quiet", "demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "== contradictions" in result.stdout  # the data itself still comes


def test_cli_progress_quiet_still_shows_errors(tmp_path):
    result = CliRunner().invoke(cli, ["--quiet", "statements", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.stderr


class _Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


class _Sink:
    def __init__(self) -> None:
        self.text = ""

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def test_cli_progress_estimate_is_measured_not_guessed():
    """The first item (model loading) is left out; the estimate follows the pace measured since."""
    clock, sink = _Clock(), _Sink()
    bar = Progress("align", 100, file=sink, clock=clock, every_s=0)
    clock.t += 30.0          # the first item pays for loading the model
    bar.set(1)
    assert bar.eta() is None and "measuring" in sink.text.splitlines()[-1]
    clock.t += 9.0           # then 9 more items in 9 s: 1 item/s
    bar.set(10)
    assert bar.rate() == pytest.approx(1.0)
    assert bar.eta() == pytest.approx(90.0)
    assert "about 1m30s left" in sink.text.splitlines()[-1]
    clock.t += 1.0           # faster now: 20 items in the next second → 29 items in 10 s
    bar.set(30)
    assert bar.eta() == pytest.approx(70 / 2.9)
    bar.finish()
    assert sink.text.splitlines()[-1].endswith("done in 40s")


@pytest.mark.parametrize("spelling", ["Лукашенко", "Лукашенка", "Лукашенком", "Лукашэнка", "Lukashenko",
                                      "Łukaszenka", "Lukaschenko", "Alexander Lukashenko", "alexander-lukashenko"])
def test_cli_statements_person_any_spelling(demo_store, spelling):
    db, _ = demo_store
    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM statements WHERE person_id = 'alexander-lukashenko'").fetchone()[0]
    result = _run(["statements", "--person", spelling, "--json", "--db", db])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == n > 0 and {r["person_id"] for r in rows} == {"alexander-lukashenko"}
