"""Claims are propositions: a statement that carries several remarks is split into its sentences.

Reads: a ``Statement`` and its article's text. Writes: nothing; returns the parts as statements.
Depends on: ``lang`` (sentence spans), ``model``.

A quote of three sentences often carries three remarks that outlets relay separately ("Today I
had my fourteenth meeting …. The most important thing for Europe is peace."), so alignment
groups sentence-sized parts, not whole quotes. A part is a ``Statement`` with the same speaker,
cue, venue and person, whose content is one sentence of the original (a split quote's fragments
stay together when each is shorter than a sentence). Parts shorter than ``MIN_WORDS`` words stay
with their neighbour. Ids derive from the original id and the part's offsets, so re-splitting
gives the same ids, and a part never splits again.
"""

from __future__ import annotations

import dataclasses
import re

from .. import lang as languages
from ..model import Span, Statement, stable_id

#: a part needs this many words to stand as a remark of its own
MIN_WORDS = 5
_WORD = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _pieces(text: str, span: Span, language: str | None) -> list[tuple[int, int]]:
    """Sentence pieces of one fragment, as article offsets; short pieces join a neighbour."""
    local = span.text
    sents = [(s.start, s.end) for s in languages.get(language or "xx").sentences(local)]
    if len(sents) <= 1:
        return [(span.start, span.end)]
    merged: list[list[int]] = []
    for a, b in sents:
        if merged and (_words(local[merged[-1][0]:merged[-1][1]]) < MIN_WORDS or _words(local[a:b]) < MIN_WORDS):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    out = []
    for i, (a, b) in enumerate(merged):
        a = span.start if i == 0 else span.start + a
        b = span.end if i == len(merged) - 1 else span.start + b
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split(statement: Statement, text: str) -> list[Statement]:
    """The statement's parts (itself when it is one remark); each part a ``Statement``."""
    if len(statement.content) > 1:
        return [statement]
    pieces = _pieces(text, statement.content[0], statement.language)
    if len(pieces) <= 1:
        return [statement]
    parts = []
    for a, b in pieces:
        parts.append(dataclasses.replace(
            statement, id=stable_id(statement.id, a, b, prefix="s"), content=(Span(a, b, text[a:b]),),
            claim_id=None, occasion_id=None))
    return parts


__all__ = ["MIN_WORDS", "split"]
