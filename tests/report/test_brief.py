"""Briefs: every sentence cites its articles; article text is escaped; synthetic is marked."""

from __future__ import annotations

import re

import pytest

from parallax.report.brief import brief
from parallax.store import open_store


@pytest.fixture
def store(aligned_db):
    s = open_store(aligned_db)
    yield s
    s.close()


def _occasion(store, name):
    return next(o for o in store.occasions() if name in o.label)


def test_brief_markdown_cites_every_sentence(store):
    occ = _occasion(store, "Peskov")
    md = brief(store, occasion_id=occ.id)
    body, _, sources = md.partition("## Sources")
    bullets = [l for l in body.splitlines() if l.startswith("- ")]
    assert len(bullets) >= 10
    assert all(re.search(r"\[\^\d+\]\s*$", l) for l in bullets)
    used = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)}
    notes = {int(n) for n in re.findall(r"^\[\^(\d+)\]:", sources, re.M)}
    assert used == notes
    assert "*synthetic*" in sources and "https://" in sources
    assert "### Alterations" in body


def test_brief_names_every_omission_with_the_outlet_kind(store):
    omitted = [c for c in store.coverage() if c.status.value == "omitted"]
    assert omitted
    md = brief(store, occasion_id=omitted[0].occasion_id)
    assert "### Omissions" in md
    for c in omitted:
        if c.occasion_id == omitted[0].occasion_id:
            assert re.search(rf"{re.escape(c.outlet)} \(\w+\) reported the occasion but left out", md)


def test_brief_html_escapes_untrusted_text(store, tmp_path):
    from parallax.report.brief import Section, Sentence, render

    aid = store.coverage()[0].article_id
    hostile = Section("What was said", (Sentence('<script>alert(1)</script> “x”', (aid,)),))
    html = render(store, "<b>title</b>", [("t", [hostile])], "html")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;title" in html
    assert 'href="#n1"' in html and "(synthetic)" in html


def test_brief_per_person_since_filters_occasions(store):
    pid = _occasion(store, "Peskov").person_id
    assert "Peskov" in brief(store, person_id=pid, since="2024-12-01")
    with pytest.raises(Exception, match="no occasions"):
        brief(store, person_id=pid, since="2030-01-01")


def test_brief_quotes_a_claim_in_the_brief_language(store):
    """A claim with no primary source is quoted from a report in the brief's language (English by
    default, ``settings.BRIEF_LANGUAGE``), else its first report: a user setting, not a pack's."""
    from parallax.report.brief import occasion_sections

    occ = _occasion(store, "Lavrov")

    def quotes(**kw):
        return [s.text for sec in occasion_sections(store, occ.id, **kw) for s in sec.sentences if " said: " in s.text]

    english, ukrainian = quotes(), quotes(language="uk")
    assert len(english) == len(ukrainian)
    assert sum(bool(re.search(r"said: “[A-Z]", q)) for q in english) > sum(
        bool(re.search(r"said: “[A-Z]", q)) for q in ukrainian)
    assert sum(bool(re.search(r"[іїєґ]", q)) for q in ukrainian) > sum(bool(re.search(r"[іїєґ]", q)) for q in english)
