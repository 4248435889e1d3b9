"""A headline repeats the remark its article's body quotes (``align.group.in_headline``)."""

from __future__ import annotations

import dataclasses

import numpy as np

from parallax.align import group

TITLE = "Vance warns Europe of the threat from within"
TEXT = (TITLE + "\n“What I worry about is the threat from within, the retreat of Europe from some of its most "
        "fundamental values,” Vance said. “We must not be afraid of our people,” he added.")


def _three(make, title=TITLE):
    a = dataclasses.replace(make.article("t-vance", TEXT, outlet="apnews.com", language="en"), title=title)
    head = make.statement(a, TITLE, "JD Vance", type_="indirect")
    body = make.statement(a, "What I worry about is the threat from within, the retreat of Europe from some of its "
                             "most fundamental values,", "JD Vance")
    other = make.statement(a, "We must not be afraid of our people,", "JD Vance")
    return a, [head, body, other]


def test_a_headline_is_not_kept_apart_from_its_body(make):
    a, ms = _three(make)
    assert group.in_headline(ms[0], a) and not group.in_headline(ms[1], a)
    V = np.tile([1.0, 0.0, 0.0], (3, 1))  # one remark, as far as the vectors tell
    S = group.similarity(ms, V, {a.id: a})
    assert S[0, 1] >= group.SAME_CLAIM  # headline and body may share a claim
    assert S[1, 2] < 0  # two reports of the body stay apart
    assert group.average_linkage(S, group.SAME_CLAIM)[:2] == [0, 0]


def test_a_text_that_does_not_open_with_its_title_has_no_headline_report(make):
    a, ms = _three(make, title="Munich, 14 February")
    assert not group.in_headline(ms[0], a)
    assert group.similarity(ms, np.tile([1.0, 0.0, 0.0], (3, 1)), {a.id: a})[0, 1] < 0
