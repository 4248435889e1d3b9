"""``parallax serve --get PATH``: one request through the real app, no server."""

from __future__ import annotations

import json
import warnings

from click.testing import CliRunner

from parallax.cli import cli

from .conftest import O_R1


def _run(*args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CliRunner().invoke(cli, ["serve", *args])


def test_cli_serve_get_prints_the_api_response(world):
    result = _run("--db", world.path, "--get", f"/api/occasions/{O_R1}")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    tass = next(r for r in data["rows"] if r["outlet"] == "tass.ru")
    assert [c["status"] for c in tass["cells"]] == ["verbatim", "omitted"]


def test_cli_serve_get_html_page(world):
    result = _run("--db", world.path, "--get", "/outlets")
    assert result.exit_code == 0 and "<h1>Outlets</h1>" in result.stdout


def test_cli_serve_get_error_exits_1(world):
    result = _run("--db", world.path, "--get", "/api/articles/nope")
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["status"] == 404
    assert "answered 404" in result.stderr


def test_cli_serve_get_needs_a_path_exits_2(world):
    assert _run("--db", world.path, "--get", "api/home").exit_code == 2


def test_cli_serve_help_has_example():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--token" in result.output
