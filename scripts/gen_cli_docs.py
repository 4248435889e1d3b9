"""Regenerate docs/cli.md from the commands' own --help (run after changing a command)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parallax.cli import cli  # noqa: E402


def commands(group: click.Group, prefix: tuple[str, ...] = ()):
    """Every command path under ``group``, depth first, in name order."""
    for name in sorted(group.commands):
        cmd = group.commands[name]
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from commands(cmd, (*prefix, name))


def render() -> str:
    runner = CliRunner()
    parts = ["# CLI reference\n", "Generated from `--help` by `python scripts/gen_cli_docs.py`; do not edit by hand.\n"]
    top = runner.invoke(cli, ["--help"], prog_name="parallax").output
    parts.append(f"## parallax\n\n```\n{top}```\n")
    for path, _cmd in commands(cli):
        out = runner.invoke(cli, [*path, "--help"], prog_name="parallax").output
        parts.append(f"## parallax {' '.join(path)}\n\n```\n{out}```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    (ROOT / "docs" / "cli.md").write_text(render(), encoding="utf-8")
    print("wrote docs/cli.md", file=sys.stderr)
