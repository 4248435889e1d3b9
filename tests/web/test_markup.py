"""Highlighting from offsets escapes every segment; charts escape their labels."""

from __future__ import annotations

import re

import pytest

from parallax.web.markup import Mark, bar_chart, highlight, stacked_bars

CASES = [
    # (text, marks, expected HTML)
    ("Він сказав: „Росії це не потрібно“.", [Mark(13, 33, "stmt")],
     "Він сказав: „<mark class=\"stmt\">Росії це не потрібно</mark>“."),
    ("He said “<b>no</b> & yes”.", [Mark(9, 24, "stmt")],
     "He said “<mark class=\"stmt\">&lt;b&gt;no&lt;/b&gt; &amp; yes</mark>”."),
    ("«Это глупость», — сказал он.", [Mark(1, 13, "stmt"), Mark(25, 27, "speaker", href="/people/p1")],
     "«<mark class=\"stmt\">Это глупость</mark>», — сказал <a class=\"speaker\" href=\"/people/p1\">он</a>."),
]


@pytest.mark.parametrize("text,marks,expected", CASES)
def test_markup_highlight_wraps_and_escapes_each_segment(text, marks, expected):
    assert str(highlight(text, marks)) == expected


def test_markup_highlight_round_trips_the_text():
    text = "Lukashenko said: “<script>alert(1)</script> & \"more\"”, and left."
    marks = [Mark(18, 55, "stmt"), Mark(0, 10, "speaker", href="/people/x"), Mark(20, 30, "evidence")]
    html = str(highlight(text, marks))
    assert "<script>" not in html
    plain = re.sub(r"<[^>]+>", "", html)
    unescaped = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&amp;", "&")
    assert unescaped == text


def test_markup_highlight_nests_overlapping_marks_well_formed():
    text = "abcdefghij"
    html = str(highlight(text, [Mark(0, 6, "a"), Mark(3, 9, "b")]))
    assert html == ('<mark class="a">abc</mark><mark class="b"><mark class="a">def</mark></mark>'
                    '<mark class="b">ghi</mark>j')


def test_markup_highlight_ignores_offsets_outside_the_text():
    assert str(highlight("short", [Mark(2, 99, "x"), Mark(-1, 2, "y")])) == "short"


def test_markup_highlight_window_clips_marks():
    text = "0123456789"
    assert str(highlight(text, [Mark(2, 8, "m")], start=4, end=6)) == '<mark class="m">45</mark>'


def test_markup_bar_chart_escapes_labels_and_scales_bars():
    svg = str(bar_chart([("2024-10-23", 4), ("<script>", 2)], title="a & b"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    heights = [int(h) for h in re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="22" height="(\d+)"', svg)]
    assert heights[0] == 2 * heights[1] > 0
    assert "<title>a &amp; b</title>" in svg


def test_markup_stacked_bars_split_by_status():
    svg = str(stacked_bars([("state", {"verbatim": 1, "omitted": 3})], title="coverage"))
    assert "state: 3 omitted" in svg and "state: 1 verbatim" in svg
    assert "4 cells" in svg
