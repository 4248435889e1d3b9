"""Data flows one way: no stage imports a later one (STYLE.md §1), checked on the source with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import parallax

ORDER = ["ingest", "extract", "resolve", "store", "align", "compare", "report", "web", "cli"]
ROOT = Path(parallax.__file__).parent


def _imports(path: Path) -> set[str]:
    """The parallax packages a module imports (relative or absolute)."""
    out: set[str] = set()
    pkg = path.relative_to(ROOT).parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(pkg[:-1])[: len(pkg) - node.level]
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("parallax."):
                target = node.module.split(".")[1:]
            else:
                continue
            if target:
                out.add(target[0])
            elif not node.module:
                out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("parallax."))
    return out


@pytest.mark.parametrize("stage", ORDER)
def test_layout_no_stage_imports_a_later_one(stage):
    later = set(ORDER[ORDER.index(stage) + 1:])
    bad = {}
    for path in sorted((ROOT / stage).rglob("*.py")):
        hit = _imports(path) & later
        if hit:
            bad[str(path.relative_to(ROOT))] = sorted(hit)
    assert not bad, bad
