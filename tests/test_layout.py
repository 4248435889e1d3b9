"""Data flows one way: no stage imports a later one (STYLE.md §1), checked on the source with ``ast``."""

from __future__ import annotations

import ast
import re
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


# --- no stage branches on a language code (issue 11) -------------------------------------------

#: ISO 639-1 codes a stage could branch on: every pack's, and those language identification returns
CODES = frozenset("""be bg cs de en es fr hu it lt pl pt ro ru sk sr tr uk xx
    sl hr lv et nl mk kk bs sq el fi sv da no nb ka hy az he ar fa zh ja ko""".split())
#: modules outside ``lang/`` that may name codes, and why
ALLOWED = {
    # generators of test data: planted changes come from tables of their own, never from the packs the
    # detector reads (a change planted from the detector's own lists would be found by construction)
    "eval/planted.py",
    # language identification returns codes: the sets lingua weighs per script are its configuration
    "ingest/langid.py",
}
_LANGISH = re.compile(r"(?i)^(lang|language|code|lg)$|_(lang|language|code)$|^(lang|language)_|cyrillic_lang")
#: functions that take a language code: a literal one there reads one language's pack from a stage
_CODE_TAKERS = frozenset({"morph", "_pack_table", "_pack_file", "_word_list", "name_cases", "speech_lemmas"})


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def _codes(node: ast.AST) -> list[str]:
    """The language codes a literal holds: a string, or every element of a tuple, list or set."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value in CODES else []
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts:
        vals = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return vals if len(vals) == len(node.elts) and all(v in CODES for v in vals) else []
    return []


def code_branches(source: str) -> list[tuple[int, str]]:
    """Where ``source`` compares a language with a literal code, holds a table keyed by codes or a
    set of codes, or reads one named language's pack: (line, code) pairs."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_LANGISH.search(_name(s)) for s in sides) and any(_codes(s) for s in sides):
                out.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if sum(k in CODES for k in keys) >= 2 and sum(k in CODES for k in keys) * 2 > len(node.keys):
                out.append((node.lineno, "{" + ", ".join(keys[:6]) + " …}"))
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(_codes(node)) >= 2:
            out.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Call) and node.args and _codes(node.args[0]) and (
                _name(node.func) in _CODE_TAKERS
                or isinstance(node.func, ast.Attribute) and _name(node.func.value) in ("languages", "lang")):
            out.append((node.lineno, ast.unparse(node)))
    return out


def test_layout_no_stage_branches_on_a_language_code():
    """Language knowledge lives in ``lang/<code>/`` behind ``Language``: a module outside it that
    compares a language with a literal code, keeps a table keyed by codes or reads one named
    language's lists is a per-language branch in a stage (DESIGN.md, issue 11)."""
    bad = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("lang/") or rel in ALLOWED:
            continue
        hits = code_branches(path.read_text(encoding="utf-8"))
        if hits:
            bad[rel] = hits
    assert not bad, bad


@pytest.mark.parametrize("source", [
    'if lang == "uk":\n    pass',
    'x = code in ("ru", "uk")',
    'if language != "en":\n    pass',
    '_IDS = {"ru": "Russian-Latin/BGN", "uk": "Ukrainian-Latin/BGN"}',
    'an = morph("uk")',
    'months = languages.get("en").months()',
    'ok = cyrillic_lang(w, lang) == "be"',
])
def test_layout_code_branch_check_finds_each_kind(source):
    assert code_branches(source)


@pytest.mark.parametrize("source", [
    'lg = languages.get(article.language)',
    'words = ("it", "was", "said")',
    'if m.language == language:\n    pass',
    'kinds = {"head_of_state": 1, "de facto": 2}',
])
def test_layout_code_branch_check_leaves_other_code_alone(source):
    assert not code_branches(source)
