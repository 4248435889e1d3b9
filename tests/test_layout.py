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


# --- no stage holds a word list of a language (issue 11) ----------------------------------------

#: the stages that read language; eval/ (planted changes are its own tables), web/, report/ and cli/ hold
#: field names and labels, not words read from news
STAGES = ("ingest", "extract", "resolve", "align", "compare")
#: word lists that may stay in a stage, and why
WORDS_ALLOWED = {
    # the class names ``hedges.txt`` sorts its words into: labels of the interface, not words read from text
    ("compare/alterations.py", "HEDGE_CLASSES"),
    # the occasion kinds ``venue_kinds.txt`` sorts its words into, in the order they win
    ("align/occasions.py", "_KIND_ORDER"),
}


def _pack_vocabulary() -> frozenset[str]:
    from parallax.lang import read_lexicon

    return frozenset(row[0].lower().rstrip("*") for f in (ROOT / "lang").glob("*/*.txt") for row in read_lexicon(f))


_WORD = re.compile(r"[^\W\d_]{2,}(?:[ ’'-][^\W\d_]+)*")
#: a word of one letter beyond ASCII: a preposition or conjunction of its own («в», «у», «и», "z", "à")
_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
#: regex syntax around the alternatives of a pattern, dropped before reading them as words
_REGEX_SYNTAX = re.compile(r"\(\?[:!=<]*(?:[a-zA-Z]*:)?|\\[bBwWsSdD][*+?]?|[()^$?]")


def _natural(words: list[str], vocabulary: frozenset[str]) -> list[str]:
    """The natural-language words of ``words``: a word of some pack, or one with a letter beyond ASCII; a
    lone letter too («в», «у») beside such a word (letters alone are an alphabet: letter frequencies)."""
    longer = [w for w in words if _WORD.fullmatch(w) and (not w.isascii() or w.lower() in vocabulary)]
    return [w for w in words if w in longer or longer and _LETTER.fullmatch(w) and w.lower() != w.upper()]


def _spellings(node: ast.AST) -> list[str]:
    """The word forms of a dict literal whose values are collections of strings (a name → its spellings:
    ``{"bbc": ("bbc", "bibisi"), …}``): the values of two letters or more and no space; a table of word
    forms whatever its script."""
    if not isinstance(node, ast.Dict) or not node.values:
        return []
    values = [_literal_words(v) for v in node.values]
    if any(v is None for v in values):
        return []
    return [w for v in values for w in v if re.search(r"[^\W\d_]{2}", w) and not re.search(r"\s", w)]


def _literal_words(node: ast.AST) -> list[str] | None:
    """The strings of a set, tuple, list, dict (its keys) or ``"…".split()`` literal made of strings only."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        elts = node.elts
    elif isinstance(node, ast.Dict):
        elts = node.keys
    elif isinstance(node, ast.Call) and _name(node.func) == "split" and isinstance(node.func, ast.Attribute) \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return node.func.value.value.split()
    else:
        return None
    vals = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return vals if elts and len(vals) == len(elts) else None


def word_lists(source: str, vocabulary: frozenset[str]) -> list[tuple[str, str]]:
    """Where ``source`` holds 4 or more natural-language words as a literal collection or as the
    alternatives of a ``re.compile`` pattern: (the name holding it, a sample) pairs; the name is the
    assigned variable, else the enclosing function."""
    out = []

    def visit(node: ast.AST, holder: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            holder = node.name
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and holder == "<module>":
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name):
                for child in ast.iter_child_nodes(node):
                    visit(child, target.id)
                return
        words = _literal_words(node)
        if words is None and isinstance(node, ast.Call) and _name(node.func) == "compile" and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            words = [" ".join(a.split()) for a in _REGEX_SYNTAX.sub(" ", node.args[0].value).split("|")]
        hits = _natural(words or [], vocabulary)
        spellings = _spellings(node)
        if spellings and len(spellings) > len(hits):
            hits = spellings
        if len(hits) >= 4:
            out.append((holder, " ".join(hits[:5])))
        for child in ast.iter_child_nodes(node):
            visit(child, holder)

    visit(ast.parse(source), "<module>")
    return out


def test_layout_no_stage_holds_a_word_list():
    """Words of a language live in ``lang/<code>/<name>.txt``, read through ``Language.word_list``/``table``
    or ``lang.every_pack`` (DESIGN.md, issue 11): a stage module holding 4 or more natural-language
    words in a literal or a regex alternation is a word list outside the packs."""
    vocabulary = _pack_vocabulary()
    found: dict[str, set[str]] = {}
    for stage in STAGES:
        for path in sorted((ROOT / stage).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ALLOWED:
                continue
            for holder, _ in word_lists(path.read_text(encoding="utf-8"), vocabulary):
                if (rel, holder) not in WORDS_ALLOWED:
                    found.setdefault(rel, set()).add(holder)
    assert not found, f"word lists in stages, move them into lang/<code>/ (lang/xx/ for no one language): {found}"


@pytest.mark.parametrize("source", [
    '_COORD = frozenset({"and", "but", "и", "а", "но", "і", "й", "та", "але", "und", "aber", "oraz"})',
    '_SLAVIC_ABOUT = frozenset({"про", "о", "об", "обо", "при"})',
    'X = frozenset("""der die das des dem den ein eine""".split())',
    '_K = re.compile(r"interview|интервью|інтерв|wywiad", re.I)',
    'def f(t):\n    return t in ("who", "который", "которая", "які")',
    '_LOC = frozenset({"в", "у", "во", "на"})',
    '_ALIASES = {"bbc": ("bbc", "bibisi", "bbcnews"), "cnn": ("cnn", "sienen")}',
])
def test_layout_word_list_check_finds_each_kind(source):
    assert word_lists(source, _pack_vocabulary())


@pytest.mark.parametrize("source", [
    'CLASSES = ("speech", "attitude", "belief", "source")',
    '_DIGITS = re.compile(r"\\d+(?:[  ]\\d{3})*(?:[.,]\\d+)?")',
    'COLUMNS = ("id", "article_id", "start", "end", "content", "speaker")',
    '_AFTER = re.compile(r"\\s*(?:[,;]\\s*|[,]?\\s*[—–-]\\s+)(?:[^\\W\\d][\\w’\'\\-]*\\.?\\s+){1,4}$")',
])
def test_layout_word_list_check_leaves_other_code_alone(source):
    assert not word_lists(source, _pack_vocabulary())
