"""Pledges against a later act: "I will not resign", «не намерена подавать в отставку», «я намерена остаться»
said by the one a fact records resigning, before it.

A promise or an intention that names the fact's event negated (or refused: «отказывается уходить в отставку»),
or its opposite ("stay", ``antonyms.txt``), made by a person the fact names, before the fact's date: the
event word itself ties the pledge to the fact, so the retrieval floor suffices where a bare negation needs a close
match (a pledge in Russian is ≈ 0.80 from an English fact).

Reads: ``lang/<code>/antonyms.txt`` (through ``compare.antonyms``), ``refusals``. Used by
``compare.contradictions`` (issue 12).
"""

from __future__ import annotations

import re
from typing import AbstractSet

from ..lang.base import WORD_RE
from . import antonyms
from .wording import is_negator


def pledge(text: str, lg, *, negative: bool, future: bool, hedged: bool, fact_events: AbstractSet[str]) -> str | None:
    """The word by which ``text`` (a promise or an intention) pledges against one of ``fact_events``: the
    event negated or refused ("not … stepping down", «отказывается уходить»), or its opposite not negated ("I
    intend to stay"); None when it is no pledge."""
    words = WORD_RE.findall(text)
    refused = any(lg.has_word(w, "refusals") for w in words)  # refusing is an intention too
    if not (future or refused) or hedged or not fact_events:
        return None
    if negative or refused:
        for clause in re.split(r"[,;:.!?…]", text):
            cw = WORD_RE.findall(clause)
            for k, w in antonyms.events(cw, lg).items():
                i = cw.index(w.split()[0])
                # the event itself negated or refused, before it in its clause: "no intention of stepping down",
                # «не має наміру подавати у відставку»; not "he will stand down and not seek re-election"
                if k in fact_events and any(is_negator(x, lg) or lg.has_word(x, "refusals")
                                            for x in cw[max(0, i - NEGATED_WITHIN):i]):
                    return w
    if not negative:
        return next((w for k, w in antonyms.opposed(text, lg).items() if k in fact_events), None)
    return None


#: how many words before the event word its negator may stand («не намерена подавать в отставку»)
NEGATED_WITHIN = 5


__all__ = ["pledge"]
