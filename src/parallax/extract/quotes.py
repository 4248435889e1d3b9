"""Quotation marks: pairing on the raw text, before any parse.

Method (PEERS §2.1–2.2, after sayswho and Quootstrap): a per-language opener → closer table;
" and ' open or close by context (a space or line start before → opener); a ’ between two
letters is never a mark (Belarus’ involvement, інтерв’ю, officials’); a stack per paragraph;
an unmatched mark is skipped, never fatal, and never shifts the pairs of other paragraphs.
A paragraph that opens a quote and does not close it continues into the next paragraph when
that one opens with a mark too (multi-paragraph quotes), or, in languages that quote paragraph by
paragraph (ru, uk), when its first mark closes the quote; otherwise the quote closes at the
paragraph end. The opener glyph used as a closer (the seed's “…Ukraine“) closes by context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.base import Language

MARK_RE = re.compile(r"``|''|[“”„‟«»‹›‘’‚\"'「」]")
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?!\w))")
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | set("“„«‹‘‚\"'「")
_CLOSE_AFTER = set(" \t\n)]}.,;:!?…—–-/") | set("”“»›’'\"」«")


@dataclass(frozen=True, slots=True)
class Quote:
    """A marked span: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    depth: int
    closed: bool = True
    opener: str = ""


def scan(text: str, lang: Language, paras: list[tuple[int, int]]) -> list[Quote]:
    """Every quotation span of ``text``, nested ones with ``depth`` > 0, in text order."""
    pairs = lang.quote_pairs
    closers = lang.closers
    spaced = lang.spaced_marks
    out: list[Quote] = []
    carried: list[tuple[str, int]] = []
    for pi, (pstart, pend) in enumerate(paras):
        stack: list[tuple[str, int]] = []
        lead = pstart
        while lead < pend and text[lead].isspace():
            lead += 1
        continued = bool(carried)
        if carried:
            m = MARK_RE.match(text, lead)
            if m and m.group() in pairs:
                # the continuation's mark decides the closer («…¶"… !" — заявил он)
                stack = [(m.group(), carried[0][1])]
                lead_skip = m.end()
            elif _closes_later(text, (lead, pend), carried[0][0], pairs):
                stack = carried  # «"…¶… один год", – заявил Усик»: continued without a new opener
                lead_skip = -1
            else:
                _close_unterminated(out, carried, text, paras[pi - 1][1])
                lead_skip = -1
            carried = []
        else:
            lead_skip = -1
        skip_to = -1
        for m in MARK_RE.finditer(text, pstart, pend):
            i, mk = m.start(), m.group()
            j = m.end()
            if i < lead_skip or i < skip_to:
                continue
            prev = text[i - 1] if i > pstart else "\n"
            nxt = text[j] if j < pend else "\n"
            if mk in "’'" and prev.isalnum() and nxt.isalnum():
                continue  # apostrophe inside a word
            if mk in "‘’'" and _ELIDED_YEAR.match(text, j):
                continue  # an elided year, however typed: "said in ‘08 that", "the class of '92", "'90s"
            opening = (prev in _OPEN_BEFORE or prev.isspace()) and not nxt.isspace()
            closing = not prev.isspace() and (nxt in _CLOSE_AFTER or nxt.isspace())
            if not opening and not closing and prev in ".!?" and nxt.isalnum() and mk not in "’'":
                opening = True  # a space lost between sentences: ‘canadien."Dans dix jours’
            if mk == "„" and not opening and not prev.isalnum():
                opening = True  # „ only ever opens; some outlets write „ Текст “ with spaces inside
            elif not closing and prev.isspace() and not nxt.isalnum() and mk in closers \
                    and any(o == "„" and mk in pairs.get(o, "") for o, _ in stack):
                closing = True
            if spaced and mk in "«»‹›":  # French « texte »: the space inside the marks is usual
                opening, closing = mk in "«‹" and not prev.isalnum(), mk in "»›" and not nxt.isalnum()
            if mk in "’'" and not opening and not any(o in "‘'‚" for o, _ in stack):
                continue  # possessive officials’ / Belarus’ with no single quote open
            if mk == "''" and text[j:j + 1] == "'" and closing and len(stack) >= 2 \
                    and stack[-1][0] in "'‘" and stack[-2][0] == "''":
                # ''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said: the
                # first mark closes the inner quote, the two after it the outer one
                o, pos = stack.pop()
                out.append(Quote(pos, i + 1, pos + len(o), i, len(stack), True, o))
                o, pos = stack.pop()
                out.append(Quote(pos, j + 1, pos + len(o), i + 1, len(stack), True, o))
                skip_to = j + 1
                continue
            target = -1
            if mk in closers and (closing or not opening):
                for k in range(len(stack) - 1, -1, -1):
                    if mk in pairs.get(stack[k][0], ""):
                        target = k
                        break
            if target >= 0:
                o, pos = stack[target]
                del stack[target:]
                out.append(Quote(pos, j, pos + len(o), i, target, True, o))
            elif mk in pairs and opening:
                stack.append((mk, i))
        if stack:
            bottom_open, bottom_pos = stack[0]
            nxt_para = paras[pi + 1] if pi + 1 < len(paras) else None
            # a quote opened at this paragraph's start, or one carried into it (a statement over
            # three paragraphs or more, each opening with a mark and only the last closing)
            if (bottom_pos == lead or continued and bottom_pos < pstart) and nxt_para is not None and (
                    _opens_with_mark(text, nxt_para, pairs)
                    or lang.paragraph_quotes and _closes_later(text, nxt_para, bottom_open, pairs)):
                carried = stack[:1]
            else:
                _close_unterminated(out, stack[:1], text, pend)
    if carried:
        _close_unterminated(out, carried, text, paras[-1][1])
    out.sort(key=lambda q: (q.start, -q.end))
    return _depths(out)


def _opens_with_mark(text: str, para: tuple[int, int], pairs: dict[str, str]) -> bool:
    s = para[0]
    while s < para[1] and text[s].isspace():
        s += 1
    m = MARK_RE.match(text, s)
    return bool(m and m.group() in pairs)


def _closes_later(text: str, para: tuple[int, int], opener: str, pairs: dict[str, str]) -> bool:
    """Whether the first mark of ``para`` closes ``opener`` (a letter or punctuation before it,
    then a space, punctuation or the line end): the quote of the paragraph before goes on here."""
    m = MARK_RE.search(text, para[0], para[1])
    if m is None or m.group() not in pairs.get(opener, ""):
        return False
    i, j = m.start(), m.end()
    prev, nxt = text[i - 1] if i > para[0] else "\n", text[j] if j < para[1] else "\n"
    return not prev.isspace() and (nxt in _CLOSE_AFTER or nxt.isspace()) and i - para[0] > 20


def _close_unterminated(out: list[Quote], stack: list[tuple[str, int]], text: str, end: int) -> None:
    """An opener left open at a paragraph end closes there (a line break is a closer)."""
    if not stack:
        return
    o, pos = stack[0]
    while end > pos and text[end - 1].isspace():
        end -= 1
    inner = text[pos + len(o):end]
    if len(inner.split()) >= 4:
        out.append(Quote(pos, end, pos + len(o), end, 0, False, o))


def _depths(quotes: list[Quote]) -> list[Quote]:
    """Recompute nesting depth from containment (a closed inner pair inside an outer one)."""
    result: list[Quote] = []
    open_ends: list[int] = []
    for q in quotes:
        while open_ends and open_ends[-1] <= q.start:
            open_ends.pop()
        depth = len(open_ends)
        if open_ends and q.end > open_ends[-1]:
            continue  # crossing pairs: keep the outer one only
        result.append(Quote(q.start, q.end, q.inner_start, q.inner_end, depth, q.closed, q.opener))
        open_ends.append(q.end)
    return result
