"""Claims are propositions: a statement that carries several remarks is split into its sentences.

Reads: a ``Statement`` and its article's text. Writes: nothing; returns the parts as statements.
Depends on: ``lang`` (sentence spans), ``model``.

A quote of three sentences often carries three remarks that outlets relay separately ("Today I
had my fourteenth meeting …. The most important thing for Europe is peace."), so alignment
groups sentence-sized parts, not whole quotes. A part is a ``Statement`` with the same speaker,
cue, venue and person, whose content is one sentence of the original; a quote in several fragments
(“A,” he said. “B. C.”) splits at its sentences and fragments too (measured on events_dev: claims F1
0.40 → 0.46, docs/evaluation.md). A sentence also splits at its clauses — at a comma, semicolon or colon
with at least ``CLAUSE_WORDS`` words on each side ("There is no consensus today …, but nothing should
be ruled out"; "The positions are far apart, many steps are needed, but the first step was taken"):
outlets relay such clauses as separate remarks, in every language, and the break needs no word list
(claims F1 0.44 → 0.51). Parts shorter than ``MIN_WORDS`` words stay with their neighbour. Ids derive
from the original id and the part's offsets, so re-splitting gives the same ids, and a part never
splits again.
"""

from __future__ import annotations

import dataclasses
import re

from .. import lang as languages
from ..model import Span, Statement, stable_id

#: a part needs this many words to stand as a remark of its own (“Nothing should be excluded.”)
MIN_WORDS = 4
#: a sentence splits at a clause break when both sides have at least this many words
CLAUSE_WORDS = 5
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _sentences(text: str, span: Span, language: str | None) -> list[tuple[int, int]]:
    """The fragment's sentences as article offsets, trimmed of spaces."""
    local = span.text
    sents = [(s.start, s.end) for s in languages.get(language or "xx").sentences(local)] or [(0, len(local))]
    out = []
    for i, (a, b) in enumerate(sents):
        a = span.start if i == 0 else span.start + a
        b = span.end if i == len(sents) - 1 else span.start + b
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.extend(_clauses(text, a, b))
    return out


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence ``text[a:b]`` cut after each comma, semicolon or colon, a clause shorter than
    ``CLAUSE_WORDS`` words kept with its neighbour; trimmed of spaces."""
    cuts = [a, *(m.end() for m in _CLAUSE_BREAK.finditer(text, a, b)), b]
    out: list[list[int]] = []
    for x, y in zip(cuts, cuts[1:]):
        if out and _words(text[out[-1][0]:out[-1][1]]) < CLAUSE_WORDS:
            out[-1][1] = y
        else:
            out.append([x, y])
    if len(out) > 1 and _words(text[out[-1][0]:out[-1][1]]) < CLAUSE_WORDS:
        last = out.pop()
        out[-1][1] = last[1]
    trimmed = []
    for x, y in out:
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1].isspace():
            y -= 1
        if y > x:
            trimmed.append((x, y))
    return trimmed


def _pieces(text: str, content: tuple[Span, ...], language: str | None) -> list[list[tuple[int, int]]]:
    """The statement's remarks: each a list of article spans (sentences of its fragments, in order);
    a piece shorter than ``MIN_WORDS`` words joins its neighbour, so a quote broken by its cue
    ("A,” he said, “B.”) stays one remark when its halves are not sentences of their own."""
    merged: list[list[tuple[int, int]]] = []
    for span in content:
        for ab in _sentences(text, span, language):
            if merged and (_words(" ".join(text[a:b] for a, b in merged[-1])) < MIN_WORDS
                           or _words(text[ab[0]:ab[1]]) < MIN_WORDS):
                merged[-1].append(ab)
            else:
                merged.append([ab])
    return merged


def split(statement: Statement, text: str) -> list[Statement]:
    """The statement's parts (itself when it is one remark); each part a ``Statement``."""
    pieces = _pieces(text, statement.content, statement.language)
    if len(pieces) <= 1:
        return [statement]
    parts = []
    for piece in pieces:
        spans = _join(text, piece)
        parts.append(dataclasses.replace(
            statement, id=stable_id(statement.id, *(x for s in spans for x in (s.start, s.end)), prefix="s"),
            content=spans, claim_id=None, occasion_id=None))
    return parts


def _join(text: str, piece: list[tuple[int, int]]) -> tuple[Span, ...]:
    """Adjacent sentences of one fragment become one span; sentences of different fragments stay apart."""
    spans: list[list[int]] = []
    for a, b in piece:
        if spans and text[spans[-1][1]:a].strip() == "":
            spans[-1][1] = b
        else:
            spans.append([a, b])
    return tuple(Span(a, b, text[a:b]) for a, b in spans)


__all__ = ["CLAUSE_WORDS", "MIN_WORDS", "split"]
