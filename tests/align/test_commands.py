"""The align / coverage / brief / export commands, through the CLI (CliRunner)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from parallax.cli import cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from parallax.align.evaluate import build_store
    from parallax.store import open_store

    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    store, _, _ = build_store("src/parallax/data/demo", open_store(path))
    store.close()
    result = CliRunner().invoke(cli, ["align", "--db", path])
    assert result.exit_code == 0, result.output
    return path


def _jsonl(output):
    return [json.loads(l) for l in output.splitlines() if l.strip()]


def test_commands_align_is_incremental(demo_db):
    r = CliRunner().invoke(cli, ["align", "--db", demo_db])
    assert r.exit_code == 0
    assert "grouped 0 statements" in r.output  # nothing pending: nothing regrouped
    before = _jsonl(CliRunner().invoke(cli, ["claims", "--db", demo_db, "--json"]).output)
    assert before and all({"id", "occasion", "label", "statements"} <= set(c) for c in before)


def test_commands_coverage_json_follows_the_interface(demo_db):
    cells = _jsonl(CliRunner().invoke(cli, ["coverage", "--db", demo_db, "--json"]).output)
    assert {"verbatim", "paraphrased", "omitted"} <= {c["status"] for c in cells}
    for c in cells:
        assert {"occasion", "claim", "outlet", "article_id", "url", "status", "alterations"} <= set(c)
    tass = [c for c in cells if c["outlet"] == "tass.ru" and c["status"] == "omitted"]
    assert tass and all(c["article_id"] == "demo-08" for c in tass)


def test_commands_coverage_table_shows_matrix_legend_and_cited_omissions(demo_db):
    out = CliRunner().invoke(cli, ["coverage", "--db", demo_db]).output
    assert "legend: V verbatim" in out
    assert "tass.ru (state) left out" in out
    first = out[out.index("Russia 1"):]
    block = first[first.index("omissions, most telling first:"):]
    assert block.splitlines()[1].startswith("  - tass.ru")
    assert "tass.ru's report:" in block and "'s version: “" in block  # both sides cited


def test_commands_occasions_and_brief(demo_db, tmp_path):
    occs = _jsonl(CliRunner().invoke(cli, ["occasions", "--db", demo_db, "--json"]).output)
    r1 = next(o for o in occs if o["venue"] == "Russia 1")
    assert r1["primary_article_id"] == "demo-01" and "Russia 1, 2024-10-23" in r1["label"]
    out = tmp_path / "b.html"
    r = CliRunner().invoke(cli, ["brief", "--db", demo_db, "--occasion", r1["id"], "--format", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "tass.ru" in out.read_text(encoding="utf-8")


def test_commands_export_writes_parquet(demo_db, tmp_path):
    from parallax.report.export import read

    out = tmp_path / "c.parquet"
    r = CliRunner().invoke(cli, ["export", "coverage", "--db", demo_db, "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0 and "wrote" in r.output
    assert read(out, "parquet")


def test_commands_errors_name_the_input(demo_db):
    r = CliRunner().invoke(cli, ["coverage", "--db", demo_db, "--occasion", "nope"])
    assert r.exit_code == 1 and "nope" in r.output
    r = CliRunner().invoke(cli, ["brief", "--db", demo_db])
    assert r.exit_code == 2 and "--occasion or --person" in r.output


def test_commands_align_eval_reports_metrics():
    r = CliRunner().invoke(cli, ["align-eval", "tests/fixtures/align", "--embedder", "lexical", "--json"])
    assert r.exit_code == 0, r.output
    (m,) = _jsonl(r.output)
    assert m["embedder"] == "lexical-v1" and 0 < m["grouping"]["f1"] <= 1


def test_commands_read_commands_refuse_a_store_that_does_not_exist(tmp_path):
    missing = str(tmp_path / "typo.db")
    for args in (["coverage", "--db", missing], ["statements", "--db", missing, "--json"],
                 ["claims", "--db", missing]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 1 and "no such store" in r.output, (args, r.output)
    assert not (tmp_path / "typo.db").exists()  # nothing created


def test_commands_unknown_ids_exit_1_naming_the_nearest(demo_db):
    occ = _jsonl(CliRunner().invoke(cli, ["occasions", "--db", demo_db, "--json"]).output)[0]["id"]
    r = CliRunner().invoke(cli, ["claims", "--db", demo_db, "--occasion", occ[:-1] + "x"])
    assert r.exit_code == 1 and "nearest" in r.output and occ in r.output
    r = CliRunner().invoke(cli, ["coverage", "--db", demo_db, "--occasion", "bogus"])
    assert r.exit_code == 1 and "no occasion 'bogus'" in r.output


def test_commands_dash_is_stdout(demo_db, tmp_path):
    r = CliRunner().invoke(cli, ["export", "occasions", "--db", demo_db, "--format", "jsonl", "-o", "-"])
    assert r.exit_code == 0 and _jsonl(r.stdout) and not (tmp_path / "-").exists()
    occ = _jsonl(CliRunner().invoke(cli, ["occasions", "--db", demo_db, "--json"]).output)[0]["id"]
    r = CliRunner().invoke(cli, ["brief", "--db", demo_db, "--occasion", occ, "-o", "-"])
    assert r.exit_code == 0 and r.stdout.startswith("#")

