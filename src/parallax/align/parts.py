"""Claims are propositions: a statement that carries several remarks is split into its sentences.

Reads: a ``Statement`` and its article's text. Writes: nothing; returns the parts as statements.
Depends on: ``lang`` (sentence spans, pronouns, hedges), ``model``.

A quote of three sentences often carries three remarks that outlets relay separately ("Today I
had my fourteenth meeting …. The most important thing for Europe is peace."), so alignment
groups sentence-sized parts, not whole quotes. A part is a ``Statement`` with the same speaker,
cue, venue and person, whose content is one sentence of the original; a quote in several fragments
(“A,” he said. “B. C.”) splits at its sentences and fragments too (measured on events_dev: claims F1
0.40 → 0.46, docs/evaluation.md). A sentence also splits at its clauses — at a comma, semicolon or
colon with at least ``CLAUSE_WORDS`` words up to the next break on each side ("There is no consensus
today …, but nothing should be ruled out"; "…, що потрібно зробити багато кроків …, але перший
важливий крок …"): outlets relay such clauses as separate remarks, in every language (events_dev:
claims F1 0.436 → 0.503 with the speaker rule of ``align.effective_keys``). No cut falls
before a clause that opens with a pronoun (a main clause after its condition, a relative clause), and
a sentence that opens with a condition or hedge ("If …", «Если …») stays whole (see ``_clauses``).
Parts shorter than ``MIN_WORDS`` words stay with their neighbour. Ids derive from the original id and
the part's offsets, so re-splitting gives the same ids, and a part never splits again.
"""

from __future__ import annotations

import dataclasses
import re

from .. import lang as languages
from ..model import Span, Statement, stable_id

#: a part needs this many words to stand as a remark of its own (“Nothing should be excluded.”)
MIN_WORDS = 4
#: a sentence splits at a clause break when the clauses on both sides have at least this many words
CLAUSE_WORDS = 6
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _sentences(text: str, span: Span, language: str | None, clauses: bool = False) -> list[tuple[int, int]]:
    """The fragment's sentences as article offsets, trimmed of spaces (and cut at their clauses)."""
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
            out.extend(_clauses(text, a, b, language) if clauses else [(a, b)])
    return out


def _clauses(text: str, a: int, b: int, language: str | None = None) -> list[tuple[int, int]]:
    """The sentence ``text[a:b]`` cut at its clause breaks, trimmed of spaces.

    A break is a comma, semicolon or colon with at least ``CLAUSE_WORDS`` words between it and the
    breaks (or sentence ends) on either side, so an apposition ("…, even Belarus, …") never stands
    alone. A clause that opens with a pronoun of the language ("…, it would be a step", "…, который
    …") continues the clause before it (a main clause after its condition, a relative clause), so
    no cut falls before it either; and a sentence that opens with a condition or hedge of the
    language ("If …", «Если …, это будет шаг»: its ``hedges`` list) is one proposition and stays whole.
    """
    pack = languages.get(language or "xx")
    if (_first_word(text, a, b) or "") in pack.word_list("hedges"):
        return [(a, b)] if text[a:b].strip() else []
    pronouns = {w.lower() for w in (pack.pronouns or ())}
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, a, b)]
    bounds = [a, *breaks, b]
    cuts = [a]
    for k in range(1, len(bounds) - 1):
        before, after = text[bounds[k - 1]:bounds[k]], text[bounds[k]:bounds[k + 1]]
        if (_words(before) >= CLAUSE_WORDS and _words(after) >= CLAUSE_WORDS
                and (_first_word(text, bounds[k], b) or "") not in pronouns):
            cuts.append(bounds[k])
    cuts.append(b)
    out = []
    for x, y in zip(cuts, cuts[1:]):
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1].isspace():
            y -= 1
        if y > x:
            out.append((x, y))
    return out


def _first_word(text: str, a: int, b: int) -> str | None:
    m = _WORD.search(text, a, b)
    return m.group().lower() if m else None


def _pieces(text: str, content: tuple[Span, ...], language: str | None,
            clauses: bool = True) -> list[list[tuple[int, int]]]:
    """The statement's remarks: each a list of article spans (sentences of its fragments, in order);
    a piece shorter than ``MIN_WORDS`` words joins its neighbour, so a quote broken by its cue
    ("A,” he said, “B.”) stays one remark when its halves are not sentences of their own."""
    merged: list[list[tuple[int, int]]] = []
    for span in content:
        for ab in _sentences(text, span, language, clauses):
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
