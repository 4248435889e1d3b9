"""Word-level readings the contradiction rules share: a short first-person denial, the words outside relative
clauses, and countries' names across scripts.

Reads: ``lang/<code>/first_singular.txt``, ``negators``, ``relatives``, ``exonyms.txt``, ``antonyms.txt`` (through
``compare.antonyms``). Used by ``compare.contradictions`` (issue 12).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.base import WORD_RE, _pack_table
from . import antonyms


def own_denial(text: str, lg) -> bool:
    """A short negation in the first person singular that names nothing ("I'm not leaving", «Я никуда
    не ухожу», or its antonym "I'm staying in the race"): the speaker denies his own course of action,
    and only the article (its headline) says which. Its topic is read there for retrieval; the words and
    polarity stay the speaker's."""
    words = WORD_RE.findall(text)
    if not words or len(words) > OWN_DENIAL_TEXT:
        return False

    def me(w: str) -> bool:  # "I’m", "I'll": the pronoun before a contraction
        return bool(lg.has_word(re.split(r"['’]", w)[0], "first_singular"))

    def negated(w: str) -> bool:
        return bool(lg.has_word(w, "negators") or w.lower().endswith(("n't", "n’t")))

    # one clause of a few words holds the pronoun and the negator: "I’m not leaving", «Я не уйду, …»;
    # not "I don't care what those big names think", whose object is a clause of its own
    clauses = [WORD_RE.findall(c) for c in re.split(r"[,.;:!?…]", text)]
    if not any(len(c) <= OWN_DENIAL_WORDS and any(map(me, c)) and (
            any(map(negated, c)) or antonyms.opposed(" ".join(c), lg)) for c in clauses):
        return False
    return not any(lg.is_name_word(w, j == 0) for j, w in enumerate(words) if len(w) > 2 and not me(w))


#: the clause of a short first-person denial: pronoun, negator, verb and an adverb or two; its whole text
OWN_DENIAL_WORDS = 5
OWN_DENIAL_TEXT = 8


def main_words(text: str, lg) -> list[str]:
    """The words of ``text`` outside its relative clauses (a comma, then a relative pronoun among the first two
    words: «…, які відбудуться в листопаді»): what they will do is not what the speaker promises."""
    return [w for i, c in enumerate(text.split(",")) if not (i and any(
        lg.has_word(w, "relatives") for w in WORD_RE.findall(c)[:2])) for w in WORD_RE.findall(c)]


def exonyms(tokens: Sequence[str], lg) -> dict[str, str]:
    """The words among ``tokens`` whose lemma ``exonyms.txt`` gives an English name for («Польщі» → Poland,
    «польской» → Poland)."""
    table = _pack_table(lg.code, "exonyms")
    if not table:
        return {}
    return {t: name for t in tokens if len(t) > 2 and (name := next(
        (table[f] for f in (t.lower(), *lg._lemmas_cached(t)) if f in table), None))}


__all__ = ["exonyms", "main_words", "own_denial"]
