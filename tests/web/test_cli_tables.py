"""CLI side of issue 15 items 3, 4 and 7: synthetic marking in ``coverage``, exports and briefs; the
new pages and exports through ``serve --get`` (exit codes); the outlet registry and analyst edits."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest
from click.testing import CliRunner

from parallax.cli import cli

from .conftest import O_BBC, O_R1

pytestmark = pytest.mark.issue(15)


def _run(*args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CliRunner().invoke(cli, [str(a) for a in args])


def test_cli_coverage_marks_synthetic_rows_and_reports(world):
    result = _run("coverage", "--db", world.path, "--occasion", O_R1)
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith(("tass.ru", "reuters.com", "belta.by"))]
    assert len(rows) == 3 and all(line.endswith("[synthetic]") for line in rows)
    assert "tass.ru's report: Лукашенко: Запад сразу отреагирует (https://tass.ru/synthetic/art-tass) [synthetic]" \
        in result.output


def test_cli_coverage_json_has_a_synthetic_field(world):
    result = _run("coverage", "--db", world.path, "--occasion", O_BBC, "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["synthetic"] is True for r in rows)
    assert {"occasion", "claim", "outlet", "status", "url"} <= set(rows[0])  # the INTERFACES fields stay


def test_cli_export_coverage_and_statements_have_a_synthetic_column(world):
    for table in ("coverage", "statements", "occasions"):
        result = _run("export", table, "--db", world.path, "--format", "csv", "-o", "-", "--silent")
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows and {r["synthetic"].lower() for r in rows} == {"true"}, table


def test_cli_brief_marks_synthetic_sources(world):
    result = _run("brief", "--db", world.path, "--occasion", O_BBC)
    assert result.exit_code == 0, result.output
    assert "*synthetic*" in result.stdout


@pytest.mark.parametrize("path,code", [("/outlets/tass.ru", 0), ("/articles", 0), ("/articles.csv?outlet_kind=state", 0),
                                       ("/api/outlets/tass.ru", 0), ("/api/docs", 0),
                                       ("/outlets/no-such.example", 1), ("/articles?sort=nope", 1)])
def test_cli_serve_get_new_pages_exit_codes(world, path, code):
    result = _run("serve", "--db", world.path, "--get", path)
    assert result.exit_code == code, (path, result.output[:300])


def test_cli_serve_get_csv_export(world):
    result = _run("serve", "--db", world.path, "--get", "/articles.csv?outlet_kind=state&sort=outlet&order=asc")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["outlet"] for r in rows] == ["belta.by", "tass.ru", "ukrinform.net"]


# ------------------------------------------------------------------ registry
def test_cli_outlets_lists_the_region(tmp_path):
    result = _run("outlets", "--json", "--db", tmp_path / "none.db")
    assert result.exit_code == 0
    rows = {r["domain"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["ont.by"]["kind"] == "state" and rows["ont.by"]["country"] == "BY"
    assert rows["understandingwar.org"]["kind"] == "think_tank"
    assert rows["news-pravda.com"]["kind"] == "aggregator"
    assert rows["magyarnemzet.hu"]["kind"] == "state_aligned"


def test_cli_outlet_edit_survives_a_new_bundled_registry(tmp_path, monkeypatch):
    """The analyst's entry lives in the store and overlays the bundled file, so a new release of
    the bundled registry (here: one that calls TASS something else) never undoes it."""
    from parallax.ingest import outlets

    db = tmp_path / "news.db"
    add = _run("outlets", "add", "https://www.tass.ru/", "--name", "TASS (desk view)", "--kind", "agency",
               "--country", "ru", "--db", db)
    assert add.exit_code == 0, add.output
    bundled = tmp_path / "bundled.csv"
    bundled.write_text("domain,name,country,language,kind\ntass.ru,TASS,RU,ru,state\nont.by,ONT,BY,ru,state\n",
                       encoding="utf-8")
    monkeypatch.setattr(outlets, "BUNDLED", bundled)
    outlets.bundled.cache_clear()
    outlets.default_registry.cache_clear()
    try:
        result = _run("outlets", "--json", "--db", db)
        rows = {r["domain"]: r for r in map(json.loads, result.stdout.splitlines())}
        assert rows["tass.ru"] == {"domain": "tass.ru", "name": "TASS (desk view)", "country": "RU", "language": "",
                                   "kind": "agency", "source": "user"}
        assert rows["ont.by"]["source"] == "bundled" and len(rows) == 2
    finally:
        outlets.bundled.cache_clear()
        outlets.default_registry.cache_clear()


def test_cli_outlets_add_bad_domain_exits_2(tmp_path):
    assert _run("outlets", "add", "not a domain", "--name", "x", "--db", tmp_path / "x.db").exit_code == 2
    assert _run("outlets", "add", "x.org", "--name", "X", "--kind", "tabloid", "--db", tmp_path / "x.db").exit_code == 2


def test_cli_reimporting_the_bundled_registry_keeps_the_analysts_edit(tmp_path):
    from parallax.ingest.outlets import BUNDLED

    db = tmp_path / "news.db"
    assert _run("outlets", "add", "tass.ru", "--name", "TASS", "--kind", "agency", "--db", db).exit_code == 0
    again = _run("outlets", "import", BUNDLED, "--db", db)
    assert again.exit_code == 0, again.output
    assert "imported 0 outlets" in again.output and "kept your own entries for 1 outlet(s) (tass.ru)" in again.output
    rows = {r["domain"]: r for r in map(json.loads, _run("outlets", "--json", "--db", db).stdout.splitlines())}
    assert (rows["tass.ru"]["kind"], rows["tass.ru"]["source"]) == ("agency", "user")
    assert rows["ont.by"]["source"] == "bundled"  # repeating the bundled file stores nothing
    forced = _run("outlets", "import", BUNDLED, "--replace", "--db", db)
    assert forced.exit_code == 0 and "imported 1 outlets" in forced.output
    rows = {r["domain"]: r for r in map(json.loads, _run("outlets", "--json", "--db", db).stdout.splitlines())}
    assert rows["tass.ru"]["kind"] == "state"
