"""What a denied report named by a bare noun says: «Сам Армстронг называет обвинения беспочвенными», "denied
the allegations", «отрицает все обвинения». The outlet told the accusation before, in its headline or lead,
often with a verb of the same root («обвиняет … в использовании запрещенных препаратов»): the words that
follow its first telling are what the speaker denies."""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.base import WORD_RE

#: letters two words of one root share from their start ("accus-ation" / "accus-es", «обвин-ения» / «обвин-яет»)
ROOT = 5
#: the told report's words: at least this many, at most so many
MIN_WORDS, MAX_WORDS = 3, 25


def _root(word: str, lg) -> set[str]:
    return {lem[:ROOT] for lem in {word.lower(), *lg.lemmas(word)} if len(lem) > ROOT}


def told_report(nouns: Sequence[str], text: str, lg) -> str | None:
    """The words after the first telling in ``text`` (the headline and the article up to the denial) of a word
    of the same root as one of ``nouns``, to the end of its sentence, when they are ``MIN_WORDS`` or more; else
    the next telling's. None when no telling says enough."""
    roots = set().union(*(_root(w, lg) for w in nouns)) if nouns else set()
    if not roots:
        return None
    for m in WORD_RE.finditer(text):
        if not _root(m.group(), lg) & roots:
            continue
        rest = re.split(r"[.!?\n]", text[m.end():], maxsplit=1)[0]
        words = WORD_RE.findall(rest)
        if len(words) >= MIN_WORDS:
            return " ".join(words[:MAX_WORDS])
    return None


def lead(title: str | None, text: str, lg) -> str | None:
    """The headline and the first sentence of the article: what a report named by a noun no telling of its root
    explains refers to ("the accusations" in a story whose lead says the journalist was killed)."""
    sents = lg.sentences(text)
    first = sents[0].text if sents else ""
    out = f"{title or ''} {first}".strip() if first.strip() != (title or "").strip() else first
    return out if len(WORD_RE.findall(out)) >= MIN_WORDS else None


__all__ = ["lead", "told_report"]
