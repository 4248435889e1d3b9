"""Issue 14 regressions for outputs: Markdown, CSV and terminal text cannot carry live markup."""

from __future__ import annotations

import csv

import pytest

from parallax.model import Article

pytestmark = pytest.mark.issue(14)

SCRIPT = "<script>alert(1)</script>"
HOSTILE_URL = "https://evil.example/a><script>alert(1)</script>"


def _hostile_store():
    from parallax.store import open_store

    store = open_store(":memory:")
    store.add_articles([Article(
        id="a1", text=f"He said {SCRIPT} and more.\n<img src=x onerror=alert(1)>", content_hash="h1",
        url=HOSTILE_URL, title=f"{SCRIPT}\n<iframe src=javascript:alert(1)>", outlet=f"<b>{SCRIPT}</b>",
        published="2024-10-23")])
    return store


def test_markdown_brief_renders_no_live_html_under_commonmark():
    markdown_it = pytest.importorskip("markdown_it")
    from parallax.report.brief import Section, Sentence, render

    store = _hostile_store()
    try:
        said = Section("What was said", (Sentence(f"He said “{SCRIPT}” [x](javascript:alert(1)) &lt;b&gt;", ("a1",)),))
        md = render(store, f"{SCRIPT} title", [("label", [said])], "md")
    finally:
        store.close()
    html = markdown_it.MarkdownIt("commonmark").render(md)
    assert "<script" not in html and "<iframe" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html  # the text is still there, as text
    assert 'href="https://evil.example/a%3E%3Cscript%3Ealert(1)%3C/script%3E"' in html


def test_csv_export_neutralises_formulas_and_round_trips(tmp_path):
    from parallax.report.export import read, write

    rows = [{"outlet": v, "n": i} for i, v in enumerate(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx",
                                                          "'=kept", "plain", "a=b"])]
    path = tmp_path / "out.csv"
    write(rows, path, "csv")
    with path.open(newline="", encoding="utf-8") as f:
        cells = [r["outlet"] for r in csv.DictReader(f)]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert cells[-2:] == ["plain", "a=b"]
    assert [r["outlet"] for r in read(path, "csv")] == [r["outlet"] for r in rows]


OSC8 = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07"
TITLE = "\x1b]0;pwned\x07"
CSI = "\x1b[2J\x1b[31m"
C1 = "\x9b31m\x9d0;t\x9c"


@pytest.mark.parametrize("seq", [OSC8, TITLE, CSI, C1, "\u202e", "\x07\x08\x7f"])
def test_safe_strips_terminal_sequences(seq):
    from parallax.cli import safe

    out = safe(f"before {seq} after")
    assert out.startswith("before ") and out.endswith(" after")
    assert not any(c in out for c in "\x1b\x07\x9b\x9d\x9c\x7f\x08\u202e")
    assert "pwned" not in out and "evil.example" not in out
    assert safe("Зеленський сказав: «так» — 100 %\tok\n") == "Зеленський сказав: «так» — 100 %\tok\n"


def test_statements_listing_and_json_are_terminal_safe(db_path):
    from click.testing import CliRunner

    from parallax.cli import cli
    from parallax.model import Kind, Span, Statement
    from parallax.store import open_store

    text = f"The minister said: “{OSC8} {TITLE} {CSI} all is well.”"
    store = open_store(db_path)
    store.add_articles([Article(id="a1", text=text, content_hash="h", outlet=f"x{TITLE}.example",
                                title=TITLE, url="https://x.example/1")])
    s, e = text.index("“") + 1, text.index("”")
    store.replace_statements("a1", [Statement(id="s1", article_id="a1", type=Kind.DIRECT,
                                              content=(Span(s, e, text[s:e]),), language="en")], "t")
    store.close()
    for args in (["statements", "--db", db_path], ["statements", "--db", db_path, "--json"],
                 ["show", "a1", "--db", db_path]):
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 0, res.output
        assert not any(c in res.output for c in "\x1b\x07\x9b\x9d"), args
