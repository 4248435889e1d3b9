"""Every command has help with an example, and docs/cli.md is current (sqlite-utils' test_docs)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from parallax.cli import cli

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

COMMANDS = [path for path, _ in gen.commands(cli)]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_docs_every_command_has_help(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    summary = result.output.split("\n\n")[1].strip()
    assert summary, f"{' '.join(path)} has no one-line summary"
    assert "Example" in result.output, f"{' '.join(path)} has no example"


def test_docs_cli_reference_is_current():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == gen.render(), (
        "docs/cli.md is stale: run python scripts/gen_cli_docs.py")
