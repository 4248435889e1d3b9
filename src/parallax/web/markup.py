"""Safe HTML built from untrusted article text: highlighted spans and server-side SVG charts.

Article text is data, never markup. Every piece of it goes through ``markupsafe.escape``
segment by segment; only the tags this module writes itself are raw. Nothing here reads the
store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from markupsafe import Markup, escape

STATUS_COLOURS = {
    "verbatim": "#1b7837",
    "paraphrased": "#7fbf7b",
    "altered": "#e08214",
    "omitted": "#b2182b",
}
STATUS_ORDER = ("verbatim", "paraphrased", "altered", "omitted")
#: Mark classes drawn on top of statement highlights.
EMPHASIS = ("evidence", "altered")


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight: ``cls`` is a CSS class; ``href``/``title``/``anchor`` are optional."""

    start: int
    end: int
    cls: str
    href: str | None = None
    title: str | None = None
    anchor: str | None = None


def highlight(text: str, marks: Sequence[Mark], *, start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as HTML with each mark wrapped in ``<mark>`` (or ``<a>`` when it has a link).

    Overlapping marks are split at every boundary, so each output segment is escaped on its own
    and the nesting is always well formed. Marks outside ``[start, end)`` are clipped; marks
    with offsets beyond the text are ignored rather than trusted.

    Args:
        text: the stored article text.
        marks: spans to highlight, in any order.
        start: first character to show.
        end: one past the last character to show (default: the end of the text).

    Returns:
        Escaped HTML, safe to insert into a template.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text) and m.end > start and m.start < end]
    cuts = {start, end}
    for m in usable:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    points = sorted(cuts)
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        piece = str(escape(text[a:b]))
        covering = [m for m in usable if m.start <= a and b <= m.end]
        # Shorter spans go innermost, so a speaker link sits inside its statement; on a tie the
        # evidence mark goes inside, so its colour is the one that shows.
        for m in sorted(covering, key=lambda m: (m.end - m.start, m.cls not in EMPHASIS)):
            attrs = f' class="{escape(m.cls)}"'
            if m.title:
                attrs += f' title="{escape(m.title)}"'
            if m.anchor and m.anchor not in anchored and m.start >= a:
                attrs += f' id="{escape(m.anchor)}"'
                anchored.add(m.anchor)
            tag = "a" if m.href else "mark"
            if m.href:
                attrs += f' href="{escape(m.href)}"'
            piece = f"<{tag}{attrs}>{piece}</{tag}>"
        out.append(piece)
    return Markup("".join(out))


def shorten(text: str, limit: int) -> str:
    """Cut at a word with an ellipsis (see ``tables.shorten``)."""
    from .tables import shorten as cut

    return cut(text, limit)


def _svg(width: int, height: int, title: str, body: Iterable[str]) -> Markup:
    return Markup(
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, unit: str = "", width: int = 640,
              bar: int = 22, colour: str = "#2166ac") -> Markup:
    """Vertical bars, one per item (e.g. claims per day), labelled with value and x label.

    Args:
        items: ``(label, value)`` pairs in display order.
        title: accessible title of the chart.
        unit: word appended to each value in the tooltip.
    """
    if not items:
        return Markup('<p class="muted">No data to chart.</p>')
    height, top, bottom, left = 180, 20, 40, 30
    top_value = max(v for _, v in items) or 1
    step = max(bar + 6, (width - left) // max(len(items), 1))
    step = min(step, 80)
    width = max(width, left + step * len(items) + 10)
    plot = height - top - bottom
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#888"/>',
            f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" class="tick">{top_value}</text>',
            f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end" class="tick">0</text>']
    for i, (label, value) in enumerate(items):
        h = round(plot * value / top_value)
        x = left + i * step + (step - bar) // 2
        y = height - bottom - h
        body.append(
            f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{colour}">'
            f'<title>{escape(label)}: {value} {escape(unit)}</title></rect>'
            f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle" class="val">{value}</text>'
            f'<text x="{x + bar / 2}" y="{height - bottom + 14}" text-anchor="middle" class="tick">'
            f'{escape(label[5:] if len(label) == 10 and label[4] == "-" else shorten(label, 12))}</text>')
    return _svg(width, height, title, body)


def stacked_bars(rows: Sequence[tuple[str, dict[str, int]]], *, title: str, width: int = 640) -> Markup:
    """Horizontal 100 % bars, one per row, split by coverage status, with a legend.

    Each segment carries its status and count as text (in the tooltip and the legend), so the
    chart does not rely on colour alone.
    """
    if not rows:
        return Markup('<p class="muted">No coverage computed yet.</p>')
    left, row_h, top = 110, 26, 28
    plot = width - left - 60
    height = top + row_h * len(rows) + 10
    body = []
    x = left
    for status in STATUS_ORDER:
        body.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{STATUS_COLOURS[status]}"/>'
                    f'<text x="{x + 16}" y="16" class="tick">{status}</text>')
        x += 100
    for i, (label, counts) in enumerate(rows):
        y = top + i * row_h
        total = sum(counts.values())
        body.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" class="tick">{escape(label)}</text>')
        x = float(left)
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            w = plot * n / total  # n > 0 implies total > 0
            body.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" '
                        f'fill="{STATUS_COLOURS[status]}"><title>{escape(label)}: {n} {status}</title></rect>')
            if w > 18:
                body.append(f'<text x="{x + w / 2:.1f}" y="{y + 14}" text-anchor="middle" class="inbar">{n}</text>')
            x += w
        body.append(f'<text x="{left + plot + 6}" y="{y + 15}" class="tick">{total} cell{"" if total == 1 else "s"}</text>')
    return _svg(width, height, title, body)
